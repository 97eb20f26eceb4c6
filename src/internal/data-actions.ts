import { html, nothing, type ReactiveControllerHost } from 'lit';
import { calendar, type CalendarEvent } from '../export/ics.js';
import { exportDocument, MAX_IMPORT_BYTES, readImport, type ImportProblem, type ImportResult } from '../export/json.js';
import { mergeData } from '../export/merge.js';
import { fill, type Strings } from '../i18n/strings.js';
import type { GoalData } from '../models/document.js';
import { getAt, setAt, type Path } from '../models/paths.js';
import type { GoalDocument } from '../storage/goal-document.js';

/** What an element (or workspace) tells its Export / Import / Forget controls. */
export interface DataOwner extends ReactiveControllerHost, HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly document: GoalDocument | undefined;
  readonly resolvedStorageKey: string;
  readonly: boolean;
  /** The parts of the document this element owns: exported, imported, forgotten. */
  scope(): Path[];
  /** Whether the whole document is this element's (then Forget deletes the record). */
  ownsDocument(): boolean;
  markdown(): string;
  calendarEvents?(): CalendarEvent[];
  /** Renders without controls while printing. */
  printing: boolean;
  readonly actionStrings: Strings['common'];
  /** A learner action changed data through Import or Forget. */
  dataReplaced(field: 'import' | 'forget'): void;
  importFailed(message: string): void;
}

type Pending = ImportResult & { mode: 'replace' | 'merge' };

/** What an emptied part of the document holds: a top-level list or map stays one; an entry goes. */
const emptyAt = (path: Path) => (path.length > 1 ? undefined : path[0] === 'goalOrder' ? [] : {});

/** Slug of the page title and today's date, e.g. `goals-2027-01-04`. */
export function fileName(extension: string, now = new Date()): string {
  const title = (document.title || 'goals').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  // The local calendar date (Swedish writes dates as YYYY-MM-DD).
  return `${title || 'goals'}-${now.toLocaleDateString('sv')}.${extension}`;
}

/**
 * The "Export", "Import" and "Forget my data" controls of an element or workspace, with
 * the import preview and the forget confirmation.
 */
export class DataActions {
  #pending: Pending | undefined;
  #confirmingForget = false;
  #message = '';

  constructor(private readonly host: DataOwner) {}

  /** The data this element exports: its scope of the document. */
  data(): Partial<GoalData> {
    const data = this.host.document?.data;
    let slice: Partial<GoalData> = {};
    for (const path of this.host.scope()) slice = setAt(slice, path, getAt(data, path));
    return slice;
  }

  json(): string {
    const source = { widget: this.host.localName, storageKey: this.host.resolvedStorageKey };
    return JSON.stringify(exportDocument(this.data(), source, document.title), null, 2);
  }

  /** Exports and downloads one format. */
  export(format: 'markdown' | 'json' | 'calendar'): void {
    const host = this.host;
    this.#closeMenu();
    const [text, type, extension] =
      format === 'markdown'
        ? [host.markdown(), 'text/markdown', 'md']
        : format === 'json'
          ? [this.json(), 'application/json', 'json']
          : [calendar(host.calendarEvents?.() ?? []), 'text/calendar', 'ics'];
    this.#download(text, type, fileName(extension));
    host.requestUpdate();
  }

  /** Prints the page with this element (a workspace: everything in it) read-only, without controls. */
  async print(): Promise<void> {
    const host = this.host;
    this.#closeMenu();
    const targets = [host, ...host.querySelectorAll<DataOwner>('goal-definer, smart-checklist, milestone-timeline')];
    const readonly = targets.map((t) => t.readonly);
    const restore = () => targets.forEach((t, i) => Object.assign(t, { printing: false, readonly: readonly[i] }));
    for (const target of targets) Object.assign(target, { printing: true, readonly: true });
    addEventListener('afterprint', restore, { once: true });
    await Promise.all(targets.map((t) => t.updateComplete));
    print();
  }

  /** Reads a chosen file and shows what importing it would do; nothing changes yet. */
  async preview(file: File): Promise<void> {
    const result: ImportResult =
      file.size > MAX_IMPORT_BYTES ? { problems: [{ code: 'importTooLarge' }] } : readImport(await file.text());
    this.#pending = { ...result, mode: 'replace' };
    this.#message = '';
    if (!result.data) this.host.importFailed(result.problems.map((p) => this.#problem(p)).join(' '));
    await this.#open();
  }

  async #open(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#dialog()?.showModal();
  }

  #closeMenu(): void {
    const menu = this.host.shadowRoot?.querySelector('details.export');
    if (menu) (menu as HTMLDetailsElement).open = false;
  }

  /** Applies the previewed import, replacing or merging this element's scope. */
  confirmImport(): void {
    const pending = this.#pending;
    const document = this.host.document;
    if (!pending?.data || !document) return;
    const mine = this.data();
    let theirs: Partial<GoalData> = {};
    for (const path of this.host.scope()) {
      let value = getAt(pending.data, path);
      // A checklist's or timeline's single entry is imported whatever its key was.
      if (value === undefined && path.length === 2) {
        const entries = Object.values((getAt(pending.data, [path[0]]) ?? {}) as object);
        if (entries.length === 1) value = entries[0];
      }
      theirs = setAt(theirs, path, value);
    }
    const result = pending.mode === 'merge' ? mergeData(mine, theirs) : theirs;
    document.setMany(this.host.scope().map((path) => [path, getAt(result, path) ?? emptyAt(path)] as const));
    this.#close(this.host.actionStrings.imported);
    this.host.dataReplaced('import');
  }

  async forget(): Promise<void> {
    const document = this.host.document;
    if (!document) return;
    if (this.host.ownsDocument()) await document.forget();
    else document.setMany(this.host.scope().map((path) => [path, emptyAt(path)] as const));
    this.#close(this.host.actionStrings.forgotten);
    this.host.dataReplaced('forget');
  }

  #problem({ code, path = '' }: ImportProblem): string {
    return fill(this.host.actionStrings[code], path);
  }

  #close(message = ''): void {
    this.#pending = undefined;
    this.#confirmingForget = false;
    this.#message = message;
    this.#dialog()?.close();
    this.host.requestUpdate();
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.goalkit-data');
  }

  #download(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
    (this.host.shadowRoot ?? this.host).append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  render() {
    const s = this.host.actionStrings;
    const pending = this.#pending;
    const button = (label: string, run: () => unknown, kind = '') =>
      html`<button type="button" class=${kind} @click=${run}>${label}</button>`;
    const cancel = button(s.cancel, () => this.#close());
    // One template for the row (few nested ones): every element renders it, so it must be cheap.
    return html`<div class="actions" part="actions">
        <details class="export">
          <summary>${s.export}</summary>
          <span role="group" aria-label=${s.export}
            ><button @click=${() => this.export('markdown')}>${s.markdown}</button
            ><button @click=${() => this.export('json')}>${s.json}</button
            ><button @click=${() => this.print()}>${s.print}</button
            >${this.host.calendarEvents ? button(s.calendar, () => this.export('calendar')) : nothing}</span
          >
        </details>
        <button
          @click=${() =>
            // The file picker's input is made when asked for: none waits in every element.
            Object.assign(document.createElement('input'), {
              type: 'file',
              accept: '.json,application/json',
              onchange: ({ target }: Event) => {
                const file = (target as HTMLInputElement).files?.[0];
                if (file) void this.preview(file);
              },
            }).click()}
        >
          ${s.import}
        </button>
        ${this.host.readonly
          ? nothing
          : button(s.forget, () => {
              this.#confirmingForget = true;
              return this.#open();
            })}
        <span role="status">${this.#message}</span>
      </div>
      ${pending || this.#confirmingForget
        ? html`<dialog class="goalkit-data" aria-labelledby="goalkit-dialog-title" @close=${(e: Event) => (e.target as HTMLDialogElement).open || this.#close(this.#message)}>
        ${pending
          ? html`<h2 id="goalkit-dialog-title">${s.importTitle}</h2>
              <p>${pending.data ? summarize(s.importSummary, pending.data) : s.importNothing}</p>
              ${pending.problems.length
                ? html`<p>${pending.data ? s.importProblems : ''}</p>
                    <ul>${pending.problems.slice(0, 20).map((p) => html`<li>${this.#problem(p)}</li>`)}</ul>`
                : nothing}
              ${pending.data
                ? html`<fieldset>
                    <legend class="visually-hidden">${s.importTitle}</legend>
                    ${(['replace', 'merge'] as const).map(
                      (mode) =>
                        html`<label
                          ><input type="radio" name="mode" .checked=${pending.mode === mode} @change=${() => (pending.mode = mode)} />
                          ${mode === 'replace' ? s.importReplace : s.importMerge}</label
                        >`,
                    )}
                  </fieldset>`
                : nothing}
              <div class="dialog-buttons">
                ${pending.data ? button(s.import, () => this.confirmImport(), 'primary') : nothing}${cancel}
              </div>`
          : html`<h2 id="goalkit-dialog-title">${s.forget}</h2>
              <p>${s.forgetConfirm}</p>
              <div class="dialog-buttons">${button(s.forget, () => this.forget(), 'danger')}${cancel}</div>`}
      </dialog>`
        : nothing}`;
  }
}

/** "The file holds 3 goals, 1 SMART checks and 4 milestones." */
const summarize = (template: string, data: GoalData) =>
  fill(
    template,
    Object.values(data.goals).filter((g) => !g.removed).length,
    Object.keys(data.checks).length,
    Object.values(data.timelines).reduce((n, t) => n + Object.keys(t.milestones).length, 0),
  );
