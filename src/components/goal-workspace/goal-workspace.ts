import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { workspaceContext } from '../../context/workspace-context.js';
import { fire, type GoalkitChangeDetail, type GoalkitErrorDetail } from '../../events.js';
import type { CalendarEvent } from '../../export/ics.js';
import { languageOf, stringsFor, type Strings } from '../../i18n/strings.js';
import { DataActions, type DataOwner } from '../../internal/data-actions.js';
import { actionStyles } from '../../internal/data-actions.styles.js';
import type { GoalkitElement } from '../../internal/goalkit-element.js';
import type { Path } from '../../models/paths.js';
import type { GoalDocument } from '../../storage/goal-document.js';
import { defaultStore, type GoalStore } from '../../storage/goal-store.js';
import { tokens } from '../../styles/tokens.js';

/**
 * @summary Groups goalkit elements so they share one store: a goal defined in a
 * `<goal-definer>` can be picked in a `<smart-checklist>` or `<milestone-timeline>`
 * inside it, and every element updates live when another changes. Its own "Export",
 * "Import" and "Forget my data" controls act on everything inside it.
 *
 * @slot - The goalkit elements (and any other content) of this workspace.
 * @csspart actions - The Export / Import / Forget controls of the whole workspace.
 * @event {CustomEvent<GoalkitChangeDetail>} goalkit-change - The learner imported into, or forgot, the whole workspace. Detail: `{ widget, storageKey, field }`.
 * @event {CustomEvent<GoalkitErrorDetail>} goalkit-error - An import was refused. Detail: `{ widget, message, kind }`.
 *
 * @cssproperty --goalkit-color-text - Text colour of its controls (as on every goalkit element).
 * @cssproperty --goalkit-color-muted - Secondary text.
 * @cssproperty --goalkit-color-background - Background of the import dialog.
 * @cssproperty --goalkit-color-surface - Background of buttons.
 * @cssproperty --goalkit-color-border - Borders of buttons and the dialog.
 * @cssproperty --goalkit-color-accent - Primary buttons.
 * @cssproperty --goalkit-color-accent-text - Text on the accent colour.
 * @cssproperty --goalkit-color-success - Done and complete states.
 * @cssproperty --goalkit-color-warning - Warnings.
 * @cssproperty --goalkit-color-danger - "Forget my data".
 * @cssproperty --goalkit-color-focus - The focus ring.
 * @cssproperty --goalkit-radius - Corner radius.
 * @cssproperty --goalkit-spacing - The base spacing unit.
 * @cssproperty --goalkit-font - Font shorthand (default: inherited from the page).
 */
export class GoalWorkspace extends LitElement implements DataOwner {
  static override styles = [
    tokens,
    actionStyles,
    css`
      :host {
        color: inherit;
      }
    `,
  ];

  /** Namespace for everything inside. Default: the page path plus the workspace's `id` (or its position). */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = '';

  /** Hides "Forget my data" (for a mentor's read-only review page). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Hides the workspace's own Export / Import controls (the elements inside keep theirs). */
  @property({ attribute: 'no-actions', type: Boolean, reflect: true }) noActions = false;

  /** The IndexedDB store; set only to use another database than the default one. */
  @property({ attribute: false }) store: GoalStore | undefined;

  @state() printing = false;

  // Created in the constructor so that children upgraded right after find it.
  readonly #provider = new ContextProvider(this, { context: workspaceContext });
  readonly #actions = new DataActions(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('storageKey') || changed.has('store'))) this.#provide();
  }

  /** The storage key in use. */
  get resolvedStorageKey(): string {
    if (this.storageKey) return this.storageKey;
    const position = [...document.querySelectorAll(this.localName)].indexOf(this) + 1;
    return `${location.pathname}#${this.id || `${this.localName}-${position}`}`;
  }

  /** The document every element inside shares. */
  get document(): GoalDocument | undefined {
    return this.#provider.value?.document;
  }

  /** Everything inside, as a versioned, validated export document. */
  get data() {
    return JSON.parse(this.#actions.json());
  }

  /** Prints the whole workspace, without controls. */
  print(): Promise<void> {
    return this.#actions.print();
  }

  scope(): Path[] {
    return [['goals'], ['goalOrder'], ['checks'], ['timelines']];
  }

  ownsDocument(): boolean {
    return true;
  }

  #elements(): GoalkitElement[] {
    return [...this.querySelectorAll<GoalkitElement>('goal-definer, smart-checklist, milestone-timeline')].filter(
      (el) => typeof el.markdown === 'function' && !el.storageKey,
    );
  }

  markdown(): string {
    return this.#elements()
      .map((el) => el.markdown())
      .filter(Boolean)
      .join('\n');
  }

  calendarEvents(): CalendarEvent[] {
    return this.#elements().flatMap((el) => el.calendarEvents?.() ?? []);
  }

  get actionStrings(): Strings['common'] {
    return stringsFor(languageOf(this), 'common');
  }

  dataReplaced(field: 'import' | 'forget'): void {
    fire<GoalkitChangeDetail>(this, 'goalkit-change', { widget: this.localName, storageKey: this.resolvedStorageKey, field });
  }

  importFailed(message: string): void {
    fire<GoalkitErrorDetail>(this, 'goalkit-error', { widget: this.localName, message, kind: 'import' });
  }

  #provide(): void {
    const store = this.store ?? defaultStore();
    const storageKey = this.resolvedStorageKey;
    const current = this.#provider.value;
    if (current && current.store === store && current.storageKey === storageKey) return;
    this.#provider.setValue({ store, storageKey, document: store.open(storageKey), host: this });
    this.requestUpdate();
  }

  protected override render() {
    return html`<slot></slot>${this.noActions || this.printing ? nothing : this.#actions.render()}`;
  }
}
