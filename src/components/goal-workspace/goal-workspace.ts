import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { workspaceContext } from '../../context/workspace-context.js';
import { defaultStore, type GoalStore } from '../../storage/goal-store.js';

/**
 * @summary Groups goalkit elements so they share one store: a goal defined in a
 * `<goal-definer>` can be picked in a `<smart-checklist>` or `<milestone-timeline>`
 * inside it, and every element updates live when another changes.
 *
 * @slot - The goalkit elements (and any other content) of this workspace.
 */
export class GoalWorkspace extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Namespace for everything inside. Default: the page path plus the workspace's `id` (or its position). */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = '';

  /** The IndexedDB store; set only to use another database than the default one. */
  @property({ attribute: false }) store: GoalStore | undefined;

  // Created in the constructor so that children upgraded right after find it.
  private readonly provider = new ContextProvider(this, { context: workspaceContext });

  override connectedCallback(): void {
    super.connectedCallback();
    this.provide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('storageKey') || changed.has('store'))) this.provide();
  }

  /** The storage key in use. */
  get resolvedStorageKey(): string {
    if (this.storageKey) return this.storageKey;
    const position = [...document.querySelectorAll(this.localName)].indexOf(this) + 1;
    return `${location.pathname}#${this.id || `${this.localName}-${position}`}`;
  }

  private provide(): void {
    const store = this.store ?? defaultStore();
    const storageKey = this.resolvedStorageKey;
    const current = this.provider.value;
    if (current && current.store === store && current.storageKey === storageKey) return;
    this.provider.setValue({ store, storageKey, document: store.open(storageKey), host: this });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
