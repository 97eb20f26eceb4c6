import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { languageOf } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { liveValue } from '../../internal/live-value.js';
import { KEY_PATTERN, MAX_TEXT, newKey } from '../../models/primitives.js';
import type { Timeline } from '../../models/timeline.js';
import { dateFormat, isDate, localToday } from './dates.js';
import { styles } from './milestone-timeline.styles.js';
import { byDue, milestonesOf, readPresets, type Row } from './milestones.js';
import { isDone, progressOf, statusOf, todayIndex } from './status.js';

/** A string of the strings table with its `{t}`, `{n}` and `{c}` filled in. */
const fill = (text: string, t: unknown, n?: unknown, c?: unknown) =>
  text.replace(/\{(\w)\}/g, (_, name: string) => String({ t, n, c }[name]));

const target = (event: Event) => event.target as HTMLInputElement;

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
 * @event {CustomEvent<GoalkitChangeDetail>} goalkit-change - The learner changed something (never for property changes or other tabs); `detail.field` names it: `startDate`, `milestones.<key>` (added), `milestones.<key>.done`, `.title`, `.due`, `.notes`, `.removed`.
 * @event {CustomEvent<GoalkitCompleteDetail>} goalkit-complete - The learner completed a milestone: `{ kind: 'milestone', milestone, goal? }`. Once per transition into done, never on load.
 * @event {CustomEvent<GoalkitSaveDetail>} goalkit-save - The learner's changes were committed to IndexedDB. Detail: `{ widget, storageKey, rev }`.
 * @event {CustomEvent<GoalkitErrorDetail>} goalkit-error - Storage failed, or an attribute could not be read (`kind: 'config'`, with the message shown on the page).
 *
 * @csspart goal - The title of the goal this timeline is for.
 * @csspart summary - The on-track summary.
 * @csspart list - The list of milestones.
 * @csspart milestone - One milestone.
 * @csspart today - The "today" marker in the list.
 * @csspart status - The saving status line.
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

  /** The first day of the timeline, as `YYYY-MM-DD`. Without it, the learner sets a "Start date". */
  @property({ attribute: 'start-date', reflect: true }) startDate = '';

  /** Key of the goal of the workspace this timeline is for; its title is shown. */
  @property({ reflect: true }) goal = '';

  /** The date to count from, as `YYYY-MM-DD`. Default: the learner's calendar date. */
  @property({ reflect: true }) today = '';

  #key = '';
  /** The `goal` attribute when it is a usable key, else undefined. */
  #goal: string | undefined;
  #rows: Row[] = [];
  #day = '';
  #start = '';
  #problems: string[] = [];
  #warned = new Set<string>();
  /** Shown as text only: readonly, or being printed. */
  #text = false;
  /** The milestone the learner removed last, for Undo. */
  #removed = '';

  constructor() {
    super();
    // Author edits to the presets show at once.
    new MutationObserver(() => this.requestUpdate()).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['key', 'due', 'count'],
    });
  }

  get #timeline(): Timeline | undefined {
    return this.document?.data.timelines[this.#key];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.strings;
    const warn = (name: 'badDate' | 'badDue' | 'badCount' | 'badKey', value: string, attribute: string) => {
      const message = fill(s[name], attribute, value);
      if (!this.#warned.has(message)) {
        this.#warned.add(message);
        console.warn(`<${this.localName}>: ${message}`);
        this.emitError(message, 'config');
      }
      return message;
    };
    const usable = (ok: boolean, attribute: string, value: string, name: 'badDate' | 'badKey') => {
      if (value && !ok) this.#problems.push(warn(name, value, attribute));
      return ok ? value : '';
    };
    this.#key = this.positionKey();
    this.#problems = [];
    this.#goal = usable(KEY_PATTERN.test(this.goal), 'goal', this.goal, 'badKey') || undefined;
    this.#day = usable(isDate(this.today), 'today', this.today, 'badDate') || localToday();
    this.#start = usable(isDate(this.startDate), 'start-date', this.startDate, 'badDate') || (this.#timeline?.startDate ?? '');
    const presets = readPresets([...this.querySelectorAll(':scope > milestone-item')], this.#start, warn);
    const rows = milestonesOf(presets, this.#timeline);
    // While the learner works in the list, rows keep their places (a moved row would lose focus).
    const order = this.#rows.map((row) => row.key);
    const place = (row: Row) => order.indexOf(row.key) >>> 0;
    this.#rows = this.matches(':focus-within') ? rows.sort((a, b) => place(a) - place(b)) : rows.sort(byDue);
  }

  /** Records a learner's edit of `field`, a dotted path inside the timeline. */
  #save(field: string, value: unknown, preset?: boolean): void {
    const at = ['timelines', this.#key];
    const path = field.split('.');
    const timeline = this.#timeline;
    const entries: Array<[string[], unknown]> = [[[...at, ...path], value]];
    // A preset's entry holds only the learner's progress, and says it belongs to a preset.
    if (preset && !timeline?.milestones[path[1]]) entries.push([[...at, 'milestones', path[1], 'preset'], true]);
    if (this.#goal && timeline?.goal !== this.#goal) entries.push([[...at, 'goal'], this.#goal]);
    this.editMany(entries, { goal: this.#goal, field, value });
  }

  #setDone(row: Row, value: number): void {
    const done = Math.max(0, Math.min(row.count, Math.round(value)));
    if (isNaN(done) || done === row.done) return;
    this.#save(`milestones.${row.key}.done`, done, row.preset);
    if (done === row.count) this.complete({ kind: 'milestone', milestone: row.key, goal: this.#goal });
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #add(): void {
    const key = newKey('m');
    this.#save(`milestones.${key}`, {});
    void this.#focus(`#title${key}`);
  }

  #remove(key: string, removed: boolean): void {
    this.#removed = removed ? key : '';
    this.#save(`milestones.${key}.removed`, removed);
    void this.#focus(removed ? '.undo button' : `#title${key}`);
  }

  /** The `data-path` of a control that edits `field`, a dotted path inside the timeline. */
  #path(field: string): string {
    return JSON.stringify(['timelines', this.#key, ...field.split('.')]);
  }

  /** A labelled field for something the learner writes. */
  #field(type: 'date' | 'text' | 'notes', id: string, label: string, value: string, field: string, preset?: boolean) {
    const path = this.#path(field);
    const input = (e: Event) => {
      const { value } = target(e);
      // A date field can hold a year of five digits or more, which is not a date to keep.
      if (type !== 'date' || !value || isDate(value)) this.#save(field, value, preset);
    };
    return html`<div class="field"><label for=${id}>${label}</label>${type === 'notes'
      ? html`<textarea id=${id} maxlength=${MAX_TEXT} data-path=${path} .value=${liveValue(value)} @input=${input}></textarea>`
      : html`<input id=${id} type=${type} maxlength=${MAX_TEXT} data-path=${path} .value=${liveValue(value)} @input=${input} />`}</div>`;
  }

  protected override render() {
    const s = this.strings;
    // Printing shows the worksheet as text, like readonly.
    const text = (this.#text = this.readonly || this.printing);
    const rows = this.#rows;
    const day = this.#day;
    const start = this.#start;
    const format = dateFormat(languageOf(this), day);
    const time = (date: string) => html`<time datetime=${date}>${format(date)}</time>`;
    const list: Array<Row | undefined> = [...rows];
    const at = todayIndex(rows, day);
    if (at >= 0) list.splice(at, 0, undefined);
    const { due, done } = progressOf(rows, day);
    const goal = this.#goal && this.document?.data.goals[this.#goal];
    const removed = !rows.some((row) => row.key === this.#removed) && this.#removed;

    return html`${goal && !goal.removed && goal.title ? html`<p part="goal">${fill(s.goal, goal.title)}</p>` : nothing}
      ${this.#problems.map(problem)}
      ${text || isDate(this.startDate)
        ? start && html`<p>${s.startDate}: ${time(start)}</p>`
        : this.#field('date', 'start', s.startDate, start, 'startDate')}
      <p part="summary">${rows.some((row) => row.waiting)
        ? s.needsStart
        : due ? fill(done < due ? s.behind : s.onTrack, '', done, due) : s.nothingDue}</p>
      <ol part="list" aria-label=${s.milestones}>${repeat(list, (row) => row?.key ?? '', (row) => row
        ? this.#milestone(row, time)
        : html`<li class="today" part="today" aria-current="date"><b>${s.today}</b> ${time(day)}</li>`)}</ol>
      ${text
        ? nothing
        : html`<button @click=${this.#add}>${s.add}</button>${removed
            ? html`<p class="notice undo" role="status">${s.removed} <button @click=${() => this.#remove(removed, false)}>${s.undo}</button></p>`
            : nothing}`}
      ${this.renderStatus()} ${this.renderActions()}`;
  }

  #milestone(row: Row, time: (date: string) => unknown) {
    const s = this.strings;
    const { key, count, preset } = row;
    const title = row.title || s.untitled;
    const status = statusOf(row, this.#day);
    const at = `milestones.${key}.`;
    const done = `c${key}`;

    return html`<li class=${status} part="milestone"><div class="head">${this.#text
        ? html`<b>${title}</b>`
        : html`${count > 1
            ? html`<input id=${done} type="number" min="0" max=${count} data-path=${this.#path(at + 'done')}
                .value=${liveValue(String(row.done))} @input=${(e: Event) => this.#setDone(row, target(e).valueAsNumber)} />`
            : html`<input id=${done} type="checkbox" .checked=${liveValue(isDone(row))}
                @change=${(e: Event) => this.#setDone(row, +target(e).checked)} />`}<label for=${done}>${title}</label>`}</div>
      <p class="info">${row.due ? html`${s.due} ${time(row.due)}` : row.waiting && `${s.due}: ${row.waiting}, ${s.setStart}`}${[
        status && s[status],
        count > 1 && fill(s.progress, '', row.done, count),
      ].map((part) => (part ? ` · ${part}` : ''))}</p>
      ${row.problems.map(problem)}
      ${this.#text
        ? row.notes && html`<p class="notes">${row.notes}</p>`
        : html`${preset ? nothing : this.#field('text', `title${key}`, s.title, row.title, at + 'title')}
          ${this.#field('date', `due${key}`, fill(s.dueFor, title), row.due, at + 'due', preset)}
          ${this.#field('notes', `notes${key}`, fill(s.notesFor, title), row.notes, at + 'notes', preset)}
          ${preset ? nothing : html`<button @click=${() => this.#remove(key, true)}>${s.remove}<span class="visually-hidden"> ${title}</span></button>`}`}</li>`;
  }
}
