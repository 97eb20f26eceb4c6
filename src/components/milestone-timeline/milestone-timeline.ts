import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CalendarEvent } from '../../export/ics.js';
import { blocks, heading, item, paragraph } from '../../export/markdown.js';
import { fill, languageOf } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import type { Path } from '../../models/paths.js';
import { KEY_PATTERN, MAX_TEXT, newKey } from '../../models/primitives.js';
import { dateFormat, isDate, localToday } from './dates.js';
import { styles } from './milestone-timeline.styles.js';
import { byDue, isDone, milestonesOf, progressOf, statusOf, todayIndex, type Row } from './milestones.js';

const problem = (message: string) => html`<p class="notice error">${message}</p>`;

/**
 * @summary Milestones with due dates on a timeline: author presets and the learner's
 * own, each with a done checkbox (or a count, "1 of 3"), notes and a status, a "today"
 * marker and an on-track summary.
 *
 * @slot - `<milestone-item>` presets: `<milestone-item key="interview-1" due="week 2" count="1">Informational interview</milestone-item>`.
 * `due` is a date as `YYYY-MM-DD`, `week N` (the last day of week N) or `day N`, counted
 * from the start date; `count` (default 1) is how many times it must be done. `key` keeps
 * the learner's progress on a preset when the author reorders them (default: its position).
 * Presets can be completed but not removed.
 *
 * @event {CustomEvent<GoalkitChangeDetail>} goalkit-change - The learner changed something (never for property changes or other tabs); `detail.field` names it: `startDate`, `milestones.<key>` (added), `milestones.<key>.done`, `.title`, `.due`, `.notes`, `.removed`; `import` or `forget` for Import and "Forget my data".
 * @event {CustomEvent<GoalkitCompleteDetail>} goalkit-complete - The learner completed a milestone: `{ kind: 'milestone', milestone, goal? }`. Once per transition into done, never on load.
 * @event {CustomEvent<GoalkitSaveDetail>} goalkit-save - The learner's changes were committed to IndexedDB. Detail: `{ widget, storageKey, rev }`.
 * @event {CustomEvent<GoalkitErrorDetail>} goalkit-error - Storage failed, an import was refused, or an attribute could not be read (`kind: 'config'`, with the message shown on the page).
 *
 * @csspart goal - The title of the goal this timeline is for.
 * @csspart summary - The on-track summary.
 * @csspart list - The list of milestones.
 * @csspart milestone - One milestone.
 * @csspart today - The "today" marker in the list.
 * @csspart status - The saving status line.
 * @csspart actions - Export (Markdown, JSON, Print, Calendar), Import and "Forget my data".
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Due dates of upcoming milestones.
 * @cssproperty --goalkit-color-background - Background of fields.
 * @cssproperty --goalkit-color-surface - Background of buttons and notices.
 * @cssproperty --goalkit-color-border - Borders and the line of the timeline.
 * @cssproperty --goalkit-color-accent - The "today" marker.
 * @cssproperty --goalkit-color-accent-text - Text on the accent colour.
 * @cssproperty --goalkit-color-success - Done milestones.
 * @cssproperty --goalkit-color-warning - Milestones due soon.
 * @cssproperty --goalkit-color-danger - Overdue milestones and the author's mistakes.
 * @cssproperty --goalkit-color-focus - The focus ring.
 * @cssproperty --goalkit-radius - Corner radius.
 * @cssproperty --goalkit-spacing - Base spacing unit.
 * @cssproperty --goalkit-font - Font (the page's by default).
 */
export class MilestoneTimeline extends GoalkitElement<'milestone-timeline'> {
  static override styles = [...GoalkitElement.styles, styles];
  protected readonly section = 'milestone-timeline';
  // Declared here rather than with decorators, like the base element's: no decorator runtime.
  static override properties: PropertyDeclarations = {
    startDate: { attribute: 'start-date', reflect: true },
    goal: { reflect: true },
    today: { reflect: true },
  };

  /** The first day of the timeline, as `YYYY-MM-DD`. Without it, the learner sets a "Start date". */
  startDate = '';

  /** Key of the goal of the workspace this timeline is for; its title is shown. */
  goal = '';

  /** The date to count from, as `YYYY-MM-DD`. Default: the learner's calendar date. */
  today = '';

  // Set by willUpdate before anything reads them.
  /** Where the timeline sits in its document: `timelines[#key]`. */
  #key!: string;
  /** The `goal` attribute when it is a usable key. */
  #goal?: string;
  #rows: Row[] = [];
  #day!: string;
  #start!: string;
  /** What the author wrote wrong on the element's own attributes. */
  #problems!: string[];
  /** Every mistake already reported, so each is reported once. */
  #warned = new Set<string>();
  /** The milestone the learner removed last, for Undo. */
  #removed?: string;

  constructor() {
    super();
    // Author edits to the presets show at once.
    new MutationObserver(() => this.requestUpdate()).observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
  }

  get #timeline() {
    return this.document?.data.timelines[this.#key];
  }

  /** The title of the goal this timeline is for, if it has one. */
  get #goalTitle() {
    const goal = this.#goal && this.document?.data.goals[this.#goal];
    return goal && !goal.removed && goal.title;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const warn = (name: 'badDate' | 'badDue' | 'badCount' | 'badKey', value: string, attribute: string) => {
      const message = fill(this.strings[name], attribute, value);
      if (!this.#warned.has(message)) {
        this.#warned.add(message);
        console.warn(`<${this.localName}>: ${message}`);
        this.emitError(message, 'config');
      }
      return message;
    };
    // An attribute's value when it is usable, else '' and the mistake shown on the page.
    const usable = (attribute: string, value: string, ok: boolean, name: 'badDate' | 'badKey' = 'badDate') =>
      ok || !value ? value : (this.#problems.push(warn(name, value, attribute)), '');
    this.#key = this.ownKey();
    this.#problems = [];
    this.#goal = usable('goal', this.goal, KEY_PATTERN.test(this.goal), 'badKey') || undefined;
    this.#day = usable('today', this.today, isDate(this.today)) || localToday();
    this.#start = usable('start-date', this.startDate, isDate(this.startDate)) || (this.#timeline?.startDate ?? '');
    const rows = milestonesOf([...this.querySelectorAll(':scope > milestone-item')], this.#start, this.#timeline, warn);
    // While the learner works in the list, rows keep their places (a moved row would lose focus).
    const place = (row: Row) => this.#rows.findIndex((old) => old.key == row.key) >>> 0;
    this.#rows = rows.sort(this.matches(':focus-within') ? (a, b) => place(a) - place(b) : byDue);
  }

  /** Records a learner's edit of `field`, a dotted path inside the timeline. */
  #save(field: string, value: unknown): void {
    const at = ['timelines', this.#key];
    const path = field.split('.');
    const timeline = this.#timeline;
    const entries: Array<[string[], unknown]> = [[[...at, ...path], value]];
    // A preset's entry holds only the learner's progress, and says it belongs to a preset. (The
    // learner's own milestones have their entry from the start.)
    if (path[2] && !timeline?.milestones[path[1]]) entries.push([[...at, 'milestones', path[1], 'preset'], true]);
    if (this.#goal) entries.push([[...at, 'goal'], this.#goal]);
    this.editMany(entries, { goal: this.#goal, field, value });
  }

  /** Removes a learner's milestone (or, with Undo, brings it back). */
  #remove(key: string, removed: boolean): void {
    this.#removed = removed ? key : undefined;
    this.#save(`milestones.${key}.removed`, removed);
    void this.focusLater(removed ? 'undo' : `milestones.${key}.title`);
  }

  /** The `data-path` of a control: where in the document the field it edits is. */
  #path(field: string): string {
    return `timelines.${this.#key}.${field}`;
  }

  /** A labelled field for something the learner writes: `field` is a dotted path inside the timeline, and its id. */
  #field(label: string, value: string, field: string, type = 'text') {
    const path = this.#path(field);
    const input = ({ target }: Event) => {
      const { value } = target as HTMLInputElement;
      // A date field can hold a year of five digits or more, which is not a date to keep.
      if (type != 'date' || !value || isDate(value)) this.#save(field, value);
    };
    // A template per kind of control, not one inside another: a timeline renders hundreds.
    return type == 'notes'
      ? html`<label>${label}<textarea id=${field} maxlength=${MAX_TEXT} data-path=${path} .value=${this.held(path, value)} @input=${input}></textarea></label>`
      : html`<label>${label}<input id=${field} type=${type} maxlength=${MAX_TEXT} data-path=${path} .value=${this.held(path, value)} @input=${input} /></label>`;
  }

  /** "1 of 3 done" for a milestone done several times. */
  #progress(row: Row) {
    return row.count > 1 && fill(this.strings.progress, row.done, row.count);
  }

  protected override render() {
    const s = this.strings;
    // Printing shows the worksheet as text, like readonly.
    const text = this.readonly || this.printing;
    const rows = this.#rows;
    const day = this.#day;
    const start = this.#start;
    const format = dateFormat(languageOf(this));
    const time = (date: string) => html`<time datetime=${date}>${format(date)}</time>`;
    const list: Array<Row | undefined> = [...rows];
    const at = todayIndex(rows, day);
    if (at >= 0) list.splice(at, 0, undefined);
    const goal = this.#goalTitle;
    const removed = this.#removed;
    const { due, done } = progressOf(rows, day);

    const milestone = (row: Row) => {
      const { key, count, preset } = row;
      const title = row.title || s.untitled;
      const status = statusOf(row, day);
      const at = `milestones.${key}.`;
      const path = this.#path(at + 'done');
      return html`<li class=${status} part="milestone">
        <label class="head">${text
          ? nothing
          : html`<input type=${count > 1 ? 'number' : 'checkbox'} min="0" max=${count}
                data-path=${path} .value=${this.held(path, `${row.done}`)} .checked=${isDone(row)}
                @input=${({ target }: Event) => {
                  const control = target as HTMLInputElement;
                  const done = Math.min(count, Math.round(count > 1 ? control.valueAsNumber : +control.checked));
                  // A cleared number field (NaN) or a negative number counts nothing.
                  if (done >= 0 && done != row.done) {
                    this.#save(at + 'done', done);
                    if (done == count) this.complete({ kind: 'milestone', milestone: key, goal: this.#goal });
                  }
                }} />`}<b>${title}</b></label>
        <p class="info">${row.due || row.waiting ? html`${s.due} ${row.due ? time(row.due) : row.waiting}` : ''}${[
          status && s[status],
          this.#progress(row),
        ].map((part) => (part ? ` · ${part}` : ''))}</p>
        ${row.problems?.map(problem)}
        ${text
          ? row.notes && html`<p class="notes">${row.notes}</p>`
          : html`${preset ? nothing : this.#field(s.title, row.title, at + 'title')}
              ${this.#field(fill(s.dueFor, title), row.due, at + 'due', 'date')}
              ${this.#field(fill(s.notesFor, title), row.notes, at + 'notes', 'notes')}
              ${preset ? nothing : html`<button @click=${() => this.#remove(key, true)}>${s.remove}<span class="visually-hidden"> ${title}</span></button>`}`}
      </li>`;
    };

    return html`${goal ? html`<p part="goal">${fill(s.goal, goal)}</p>` : nothing}
      ${this.#problems.map(problem)}
      ${text || isDate(this.startDate)
        ? start && html`<p>${s.startDate}: ${time(start)}</p>`
        : this.#field(s.startDate, start, 'startDate', 'date')}
      <p part="summary">${rows.some((row) => row.waiting)
        ? s.needsStart
        : due
          ? fill(done < due ? s.behind : s.onTrack, done, due)
          : s.nothingDue}</p>
      <ol part="list" aria-label=${s.milestones}>${list.map((row) =>
        keyed(row?.key, row ? milestone(row) : html`<li class="today" part="today" aria-current="date"><b>${s.today}</b> ${time(day)}</li>`),
      )}</ol>
      ${text
        ? nothing
        : html`<button @click=${() => {
              const key = newKey('m');
              this.#save(`milestones.${key}`, {});
              void this.focusLater(`milestones.${key}.title`);
            }}>${s.add}</button>${removed
            ? html`<p class="notice undo" role="status">${s.removed} <button id="undo" @click=${() => this.#remove(removed, false)}>${s.undo}</button></p>`
            : nothing}`}
      ${this.renderStatus()} ${this.renderActions()}`;
  }

  /** Export, Import and "Forget my data" act on this timeline only. */
  override scope(): Path[] {
    return [['timelines', this.ownKey()]];
  }

  /** The goal's title (or "Milestones") as a heading, then a task item per milestone, each followed by its notes. */
  override markdown(): string {
    const s = this.strings;
    return blocks(
      heading(2, this.#goalTitle || s.milestones),
      ...[...this.#rows]
        .sort(byDue)
        .flatMap((row) => [
          item([row.title || s.untitled, row.due && `${s.due} ${row.due}`, this.#progress(row)].filter(Boolean).join(' · '), { done: isDone(row) }),
          paragraph(row.notes),
        ]),
    );
  }

  /** One all-day event per milestone with a due date. */
  override calendarEvents(): CalendarEvent[] {
    return this.#rows
      .filter((row) => row.due)
      .map((row) => ({
        // The same milestone keeps its UID across exports, and another page's has another.
        uid: `${row.key}.${this.#key}.${this.resolvedStorageKey}@goalkit`,
        date: row.due,
        summary: row.title || this.strings.untitled,
        description: row.notes,
      }));
  }
}
