import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { workspaceContext } from '../../context/workspace-context.js';
import type { CalendarEvent } from '../../export/ics.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';

/**
 * @summary Groups goalkit elements so they share one store: a goal defined in a
 * `<goal-definer>` can be picked in a `<smart-checklist>` or `<milestone-timeline>`
 * inside it, and every element updates live when another changes. Its own "Export",
 * "Import" and "Forget my data" controls act on everything inside it.
 *
 * @slot - The goalkit elements (and any other content) of this workspace.
 */
export class GoalWorkspace extends GoalkitElement<'goal-workspace'> {
  protected readonly section = 'goal-workspace';

  static override properties = {
    noActions: { attribute: 'no-actions', type: Boolean, reflect: true },
  };

  /** Hides the workspace's own Export / Import controls (the elements inside keep theirs). */
  noActions = false;

  // Created in the constructor so that children upgraded right after find it.
  readonly #provider = new ContextProvider(this, { context: workspaceContext });

  protected override attached(): void {
    const document = this.document!;
    this.#provider.setValue({ store: document.store, storageKey: this.resolvedStorageKey, document, host: this });
    // Elements that were connected before this workspace was defined ask again.
    for (const el of this.#elements(true)) el.findWorkspace?.();
  }

  /** The elements inside (all of them, or those that share this workspace's data). */
  #elements(all = false): GoalkitElement[] {
    return [...this.querySelectorAll<GoalkitElement>('goal-definer, smart-checklist, milestone-timeline')].filter(
      (el) => all || (!el.storageKey && el.markdown),
    );
  }

  override markdown(): string {
    return this.#elements()
      .map((el) => el.markdown())
      .filter(Boolean)
      .join('\n');
  }

  override calendarEvents(): CalendarEvent[] {
    return this.#elements().flatMap((el) => el.calendarEvents?.() ?? []);
  }

  protected override render() {
    return html`<slot></slot>${this.noActions ? nothing : this.renderActions()}`;
  }
}
