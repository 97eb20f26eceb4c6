import { ContextConsumer } from '@lit/context';
import { html, LitElement, noChange, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { workspaceContext, type WorkspaceContext } from '../context/workspace-context.js';
import {
  fire,
  type GoalkitChangeDetail,
  type GoalkitCompleteDetail,
  type GoalkitErrorDetail,
  type GoalkitSaveDetail,
} from '../events.js';
import { languageOf, stringsFor, type Section, type Strings } from '../i18n/strings.js';
import type { SetAside } from '../models/document.js';
import type { Path } from '../models/paths.js';
import type { GoalDocument, SaveState } from '../storage/goal-document.js';
import { defaultStore, type GoalStore } from '../storage/goal-store.js';
import { tokens } from '../styles/tokens.js';
import type { CalendarEvent } from '../export/ics.js';
import { DataActions, type DataOwner } from './data-actions.js';

type Detail<T> = Omit<T, 'widget' | 'storageKey'>;

/** Reactive state that is not public API (kept apart so the manifest lists no attribute for it). */
const internalState = {
  document: { state: true },
  setAsideNotice: { state: true },
  printing: { state: true },
  labelOverrides: { state: true },
  labelsError: { state: true },
};

/**
 * What every goalkit element shares: finding its data (its workspace's, or its own
 * storage key's), the saving status line, strings and label overrides, export and
 * import, and events.
 *
 * @event {CustomEvent<GoalkitChangeDetail>} goalkit-change - The learner changed something (never for programmatic changes). Detail: `{ widget, storageKey, goal?, field, value? }`.
 * @event {CustomEvent<GoalkitSaveDetail>} goalkit-save - The learner's edits were committed to IndexedDB. Detail: `{ widget, storageKey, rev }`.
 * @event {CustomEvent<GoalkitErrorDetail>} goalkit-error - Storage, import or configuration problem. Detail: `{ widget, message, kind: 'storage' | 'import' | 'config' }`.
 * @event {CustomEvent<GoalkitCompleteDetail>} goalkit-complete - A goal fully defined, all five SMART criteria met, or a milestone done. Detail: `{ widget, storageKey, kind, goal?, milestone? }`.
 *
 * @csspart status - The saving status line ("Saving…", "Saved", "Not saved: …").
 * @csspart actions - The Export, Import and "Forget my data" controls.
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Secondary text (hints, status).
 * @cssproperty --goalkit-color-background - Background of fields and dialogs.
 * @cssproperty --goalkit-color-surface - Background of panels and buttons.
 * @cssproperty --goalkit-color-border - Borders of fields, panels and buttons.
 * @cssproperty --goalkit-color-accent - Primary buttons, progress, links.
 * @cssproperty --goalkit-color-accent-text - Text on the accent colour.
 * @cssproperty --goalkit-color-success - Done and complete states.
 * @cssproperty --goalkit-color-warning - Hints and "due soon".
 * @cssproperty --goalkit-color-danger - Errors, "overdue", "Not saved".
 * @cssproperty --goalkit-color-focus - The focus ring (default: the accent colour).
 * @cssproperty --goalkit-radius - Corner radius of fields, buttons and panels.
 * @cssproperty --goalkit-spacing - The base spacing unit.
 * @cssproperty --goalkit-font - Font shorthand (default: inherited from the page).
 */
export abstract class GoalkitElement<S extends Section = Section> extends LitElement implements DataOwner {
  static override styles = [tokens];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  // Declared here rather than with decorators: the decorator runtime would cost bundle size.
  static override properties: PropertyDeclarations = {
    storageKey: { attribute: 'storage-key', reflect: true },
    readonly: { type: Boolean, reflect: true },
    labels: {},
    store: { attribute: false },
    ...internalState,
  };

  /** The strings-table section of this element. */
  protected abstract readonly section: S;

  /**
   * Where this element's data is kept. Default: its `<goal-workspace>`'s key, else the
   * page path plus the element's `id` (or its tag and position).
   */
  storageKey = '';

  /** Shows the content without editing controls. */
  readonly = false;

  /** Label overrides as a JSON object, e.g. `{"goal": "Objective"}`; keys as in the strings table. */
  labels = '';

  /** The IndexedDB store; set only to use another database than the default one. */
  store: GoalStore | undefined;

  /** The live document this element shows and edits. */
  document: GoalDocument | undefined;
  protected saveState: SaveState = 'idle';
  protected setAsideNotice = false;

  /** True while this element is being printed: render without controls. */
  printing = false;

  readonly #actions = new DataActions(this);
  readonly #consumer: ContextConsumer<typeof workspaceContext, this>;
  private workspace: WorkspaceContext | undefined;
  private unsubscribe: Array<() => void> = [];
  private resolvedKey = '';

  constructor() {
    super();
    this.#consumer = new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (value) => {
        this.workspace = value;
        if (this.isConnected) this.attach();
      },
    });
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  /** The storage key in use (resolved from the attribute, the workspace or the page). */
  get resolvedStorageKey(): string {
    return this.resolvedKey;
  }

  #strings: (Strings[S] & Strings['common']) | undefined;

  /** The strings of this element in the page's language, with the author's label overrides. */
  protected get strings(): Strings[S] & Strings['common'] {
    if (!this.#strings) {
      const lang = languageOf(this);
      this.#strings = {
        ...stringsFor(lang, 'common'),
        ...(stringsFor(lang, this.section) as object),
        ...this.labelOverrides,
      } as Strings[S] & Strings['common'];
    }
    return this.#strings;
  }

  private labelOverrides: Record<string, string> = {};
  protected labelsError = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }


  /**
   * The first render waits for the stored data (briefly: if storage is slow, the empty
   * form shows and fills in when the data arrives), so the element renders once, not twice.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.document) {
      await Promise.race([this.document.ready, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.document?.flush();
    this.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Strings are merged once per update (the page's lang may have changed meanwhile).
    this.#strings = undefined;
    if (changed.has('labels')) this.parseLabels();
    if ((changed.has('storageKey') || changed.has('store')) && this.hasUpdated) this.attach();
  }

  /** Where this element's data sits inside its document, given its workspace and position. */
  protected positionKey(): string {
    if (this.id) return this.id;
    const root = (this.workspace?.host ?? this.getRootNode()) as ParentNode;
    const same = [...root.querySelectorAll(this.localName)];
    return `${this.localName}-${Math.max(0, same.indexOf(this)) + 1}`;
  }

  /** The document to use: own key, else workspace, else the page's default key. */
  private attach(): void {
    let document: GoalDocument;
    let key: string;
    if (this.storageKey) {
      key = this.storageKey;
      document = (this.store ?? this.workspace?.store ?? defaultStore()).open(key);
    } else if (this.workspace) {
      key = this.workspace.storageKey;
      document = this.workspace.document;
    } else {
      key = `${location.pathname}#${this.positionKey()}`;
      document = (this.store ?? defaultStore()).open(key);
    }
    if (document === this.document && this.unsubscribe.length) return;
    this.detach();
    this.resolvedKey = key;
    this.document = document;
    this.saveState = document.state;
    this.unsubscribe = [
      document.subscribe((event) => {
        if (event.type === 'change') this.documentChanged(event.source);
        else if (event.type === 'commit') this.emit<GoalkitSaveDetail>('goalkit-save', { rev: event.rev });
        else if (event.type === 'setAside') this.setAsideFound(event.parts);
        else {
          this.saveState = event.state;
          // The status line alone is repainted, not the whole element.
          const line = this.renderRoot?.querySelector<HTMLElement>('.status');
          if (line) {
            line.dataset.state = event.state;
            line.textContent = this.#statusText();
          } else this.requestUpdate();
          if (event.state === 'unavailable' || event.state === 'outdated') {
            this.emitError(this.#statusText(), 'storage', (document.store as { lastError?: unknown }).lastError);
          }
        }
      }),
    ];
    this.attached();
    this.documentChanged('load');
  }

  /**
   * The value to bind to the text control whose `data-path` is `path`, except while the
   * learner is typing something else in it: a change from another widget or tab then
   * waits until the control loses focus, so the text under the caret is never replaced.
   */
  protected held(path: string, value: string): string | typeof noChange {
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLInputElement | null;
    return active?.dataset.path === path && active.value !== value ? noChange : value;
  }

  /** After the next render, focuses the first of the controls with these ids that exists and is enabled. */
  protected async focusLater(...ids: string[]): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    ids.map((id) => root.getElementById(id) as HTMLButtonElement | null).find((el) => el && !el.disabled)?.focus();
  }

  /**
   * A data key of this element's own (a timeline's, a checklist's own goal): `prefix` and its
   * id or position, with what a key cannot hold (a dot, a space…) replaced.
   */
  protected ownKey(prefix = ''): string {
    return `${prefix}${this.positionKey()}`.replace(/[^\w-]/g, '-').slice(0, 64);
  }

  /** Called when the element has found its document (or moved to another one). */
  protected attached(): void {}

  /** Asks again for a workspace, so one that was defined after this element still reaches it. */
  findWorkspace(): void {
    this.#consumer.hostDisconnected();
    this.#consumer.hostConnected();
  }

  private detach(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
  }

  /** Data changed (here, in another widget or in another tab): render again. */
  protected documentChanged(_source: string): void {
    this.requestUpdate();
  }

  private setAsideFound(parts: SetAside[]): void {
    this.setAsideNotice = true;
    this.emitError(this.strings.setAside, 'storage', parts);
  }

  private parseLabels(): void {
    this.labelsError = false;
    if (!this.labels) {
      this.labelOverrides = {};
      return;
    }
    try {
      const parsed: unknown = JSON.parse(this.labels);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError();
      const overrides: Record<string, string> = Object.create(null);
      for (const [key, value] of Object.entries(parsed)) {
        if (typeof value === 'string' && key !== '__proto__') overrides[key] = value;
      }
      this.labelOverrides = { ...overrides };
    } catch {
      this.labelOverrides = {};
      this.labelsError = true;
      console.warn(`<${this.localName}>: ${this.strings.badLabels}`);
      this.emitError(this.strings.badLabels, 'config');
    }
  }

  /** Records a learner's edit and tells the page. Never call it for programmatic changes. */
  protected edit(path: Path, value: unknown, detail: Detail<GoalkitChangeDetail>): void {
    if (!this.document || this.readonly) return;
    this.document.set(path, value);
    this.emit<GoalkitChangeDetail>('goalkit-change', { ...detail, value });
  }

  /** Several edits that belong together (adding an item, reordering). */
  protected editMany(entries: ReadonlyArray<readonly [Path, unknown]>, detail: Detail<GoalkitChangeDetail>): void {
    if (!this.document || this.readonly) return;
    this.document.setMany(entries);
    this.emit<GoalkitChangeDetail>('goalkit-change', detail);
  }

  protected complete(detail: Detail<GoalkitCompleteDetail>): void {
    this.emit<GoalkitCompleteDetail>('goalkit-complete', detail);
  }

  protected emitError(message: string, kind: GoalkitErrorDetail['kind'], error?: unknown): void {
    fire<GoalkitErrorDetail>(this, 'goalkit-error', { widget: this.localName, message, kind, error });
  }

  private emit<T extends { widget: string; storageKey: string }>(name: `goalkit-${string}`, detail: Detail<T>): void {
    fire(this, name as 'goalkit-change', { widget: this.localName, storageKey: this.resolvedKey, ...detail });
  }

  /** A control that edits `path` carries `data-path` (JSON of the path): it is protected while focused. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const path = this.pathOf(event);
    if (path) this.document?.beginEdit(path);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const path = this.pathOf(event);
    if (!path) return;
    this.document?.endEdit(path);
    void this.document?.flush();
    // Show any value another tab wrote while this control was being edited.
    this.requestUpdate();
  };

  /** The path a control edits, from its `data-path` (see `pathId`). */
  private pathOf(event: Event): Path | undefined {
    return (event.composedPath()[0] as HTMLElement | undefined)?.dataset?.path?.split('.');
  }

  /**
   * The element's "Export" and "Import" controls (and "Forget my data"). Elements render
   * this once, next to their status line.
   */
  protected renderActions(): unknown {
    return this.printing ? nothing : this.#actions.render();
  }

  /** The data this element shows, as a versioned, validated export document. */
  get data() {
    return JSON.parse(this.#actions.json());
  }

  /** Prints this element alone, as a clean worksheet without controls. */
  print(): Promise<void> {
    return this.#actions.print();
  }

  /** The parts of its document this element owns (exported, imported, forgotten). Default: all of it. */
  scope(): Path[] {
    return [['goals'], ['goalOrder'], ['checks'], ['timelines']];
  }

  ownsDocument(): boolean {
    return !this.workspace || !!this.storageKey;
  }

  /** This element's content as Markdown. */
  markdown(): string {
    return '';
  }

  /** Calendar events to export; elements without dates return undefined (no Calendar option). */
  calendarEvents?(): CalendarEvent[];

  get actionStrings(): Strings['common'] {
    return this.strings;
  }

  dataReplaced(field: 'import' | 'forget'): void {
    this.emit<GoalkitChangeDetail>('goalkit-change', { field });
  }

  importFailed(message: string): void {
    this.emitError(message, 'import');
  }

  #statusText(): string {
    const s = this.strings;
    return ({ saving: s.saving, saved: s.saved, unavailable: s.notSaved, outdated: s.outdated } as Record<string, string>)[this.saveState] ?? '';
  }

  /** The status line: "Saving…", "Saved", or why nothing is saved. */
  protected renderStatus() {
    const s = this.strings;
    const text = this.#statusText();
    // A property binding (not a text part): the line is also repainted directly on save.
    return html`<p class="status" part="status" role="status" data-state=${this.saveState} .textContent=${text}></p>
      ${this.setAsideNotice ? html`<p class="notice" role="alert">${s.setAside}</p>` : nothing}
      ${this.labelsError ? html`<p class="notice">${s.badLabels}</p>` : nothing}`;
  }
}
