import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { calendar, type CalendarEvent } from '../export/ics.js';
import { exportDocument, MAX_IMPORT_BYTES, readImport, type ImportProblem, type ImportResult } from '../export/json.js';
import { mergeData } from '../export/merge.js';
import type { Strings } from '../i18n/strings.js';
import type { GoalData } from '../models/document.js';
import { getAt, setAt, type Path } from '../models/paths.js';
import type { GoalDocument } from '../storage/goal-document.js';

/** What an element (or workspace) tells its Export / Import / Forget controls. */
export interface DataOwner extends ReactiveControllerHost, HTMLElement {
  readonly document: GoalDocument | undefined;
  readonly resolvedStorageKey: string;
  readonly readonly: boolean;
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

/** Slug of the page title and today's date, e.g. `goals-2027-01-04`. */
export function fileName(extension: string, now = new Date()): string {
  const title = (globalThis.document?.title || 'goals')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${title || 'goals'}-${date}.${extension}`;
}

/** Isolates one element on the printed page; constructed, so allowed under a strict CSP. */
let printSheet: CSSStyleSheet | undefined;
function isolateForPrint(on: boolean): void {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(
    '@media print{body *{visibility:hidden!important}[data-goalkit-print],[data-goalkit-print] *{visibility:visible!important}[data-goalkit-print]{position:absolute;inset:0 auto auto 0;width:100%}}',
  );
  const others = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  document.adoptedStyleSheets = on ? [...others, printSheet] : others;
}

/**
 * The "Export", "Import" and "Forget my data" controls of an element or workspace, with
 * the import preview and the forget confirmation.
 */
export class DataActions implements ReactiveController {
  #menuOpen = false;
  #pending: Pending | undefined;
  #confirmingForget = false;
  #message = '';

  constructor(private readonly host: DataOwner) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    removeEventListener('afterprint', this.#afterPrint);
  }

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
    this.#menuOpen = false;
    const host = this.host;
    const [text, type, extension] =
      format === 'markdown'
        ? [host.markdown(), 'text/markdown', 'md']
        : format === 'json'
          ? [this.json(), 'application/json', 'json']
          : [calendar(host.calendarEvents?.() ?? [], document.title || 'goals'), 'text/calendar', 'ics'];
    this.#download(text, type, fileName(extension));
    host.requestUpdate();
  }

  /** Prints this element alone, without controls. */
  async print(): Promise<void> {
    this.#menuOpen = false;
    const host = this.host;
    host.printing = true;
    host.setAttribute('data-goalkit-print', '');
    isolateForPrint(true);
    addEventListener('afterprint', this.#afterPrint, { once: true });
    host.requestUpdate();
    await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    print();
  }

  readonly #afterPrint = (): void => {
    this.host.printing = false;
    this.host.removeAttribute('data-goalkit-print');
    isolateForPrint(false);
    this.host.requestUpdate();
  };

  /** Reads a chosen file and shows what importing it would do; nothing changes yet. */
  async preview(file: File): Promise<void> {
    const result: ImportResult =
      file.size > MAX_IMPORT_BYTES ? { problems: [{ code: 'importTooLarge' }] } : readImport(await file.text());
    this.#pending = { ...result, mode: 'replace' };
    this.#message = '';
    if (!result.data) this.host.importFailed(result.problems.map((p) => this.#problem(p)).join(' '));
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.#dialog()?.showModal();
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
    document.setMany(this.host.scope().map((path) => [path, getAt(result, path)] as const));
    this.#close(this.host.actionStrings.imported);
    this.host.dataReplaced('import');
  }

  async forget(): Promise<void> {
    const document = this.host.document;
    if (!document) return;
    if (this.host.ownsDocument()) await document.forget();
    else document.setMany(this.host.scope().map((path) => [path, undefined] as const));
    this.#close(this.host.actionStrings.forgotten);
    this.host.dataReplaced('forget');
  }

  #problem({ code, path = '', reason = '' }: ImportProblem): string {
    return this.host.actionStrings[code].replace('{path}', path).replace('{reason}', reason);
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
    const id = 'goalkit-export-menu';
    const formats: Array<[string, () => void]> = [
      [s.markdown, () => this.export('markdown')],
      [s.json, () => this.export('json')],
      [s.print, () => void this.print()],
      ...(this.host.calendarEvents ? ([[s.calendar, () => this.export('calendar')]] as Array<[string, () => void]>) : []),
    ];
    const pending = this.#pending;
    const counts = pending?.data && summarize(pending.data);
    return html`<div class="actions" part="actions">
        <button
          type="button"
          aria-expanded=${String(this.#menuOpen)}
          aria-controls=${id}
          @click=${() => {
            this.#menuOpen = !this.#menuOpen;
            this.host.requestUpdate();
          }}
          @keydown=${this.#escape}
        >${s.export}</button>
        <span id=${id} role="group" aria-label=${s.export} ?hidden=${!this.#menuOpen} @keydown=${this.#escape}>
          ${formats.map(([label, run]) => html`<button type="button" @click=${run}>${label}</button>`)}
        </span>
        <label class="file-button">
          <span>${s.import}</span>
          <input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void this.preview(file);
            }}
          />
        </label>
        ${this.host.readonly
          ? nothing
          : html`<button
              type="button"
              @click=${async () => {
                this.#confirmingForget = true;
                this.host.requestUpdate();
                await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
                this.#dialog()?.showModal();
              }}
            >${s.forget}</button>`}
        <span role="status" class="action-message">${this.#message}</span>
      </div>
      <dialog class="goalkit-data" aria-labelledby="goalkit-dialog-title" @close=${() => this.#close(this.#message)}>
        ${this.#confirmingForget
          ? html`<h2 id="goalkit-dialog-title">${s.forgetTitle}</h2>
              <p>${s.forgetConfirm}</p>
              <div class="dialog-buttons">
                <button type="button" class="danger" @click=${() => void this.forget()}>${s.forget}</button>
                <button type="button" @click=${() => this.#close()}>${s.cancel}</button>
              </div>`
          : pending
            ? html`<h2 id="goalkit-dialog-title">${s.importTitle}</h2>
                ${counts
                  ? html`<p>${s.importSummary
                      .replace('{goals}', String(counts.goals))
                      .replace('{checks}', String(counts.checks))
                      .replace('{milestones}', String(counts.milestones))}</p>`
                  : html`<p>${s.importNothing}</p>`}
                ${pending.problems.length
                  ? html`<p>${pending.data ? s.importProblems : ''}</p>
                      <ul class="problems">${pending.problems.slice(0, 20).map((p) => html`<li>${this.#problem(p)}</li>`)}</ul>`
                  : nothing}
                ${pending.data
                  ? html`<fieldset>
                        <legend class="visually-hidden">${s.importTitle}</legend>
                        ${(['replace', 'merge'] as const).map(
                          (mode) => html`<label
                            ><input
                              type="radio"
                              name="mode"
                              .checked=${pending.mode === mode}
                              @change=${() => (pending.mode = mode)}
                            />
                            ${mode === 'replace' ? s.importReplace : s.importMerge}</label
                          >`,
                        )}
                      </fieldset>
                      <div class="dialog-buttons">
                        <button type="button" class="primary" @click=${() => this.confirmImport()}>${s.importConfirm}</button>
                        <button type="button" @click=${() => this.#close()}>${s.cancel}</button>
                      </div>`
                  : html`<div class="dialog-buttons"><button type="button" @click=${() => this.#close()}>${s.cancel}</button></div>`}`
            : nothing}
      </dialog>`;
  }

  readonly #escape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#menuOpen) {
      this.#menuOpen = false;
      this.host.requestUpdate();
      this.host.shadowRoot?.querySelector<HTMLButtonElement>('[aria-controls="goalkit-export-menu"]')?.focus();
    }
  };
}

function summarize(data: GoalData) {
  return {
    goals: Object.values(data.goals).filter((g) => !g.removed).length,
    checks: Object.keys(data.checks).length,
    milestones: Object.values(data.timelines).reduce((n, t) => n + Object.keys(t.milestones).length, 0),
  };
}
