import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { languageOf } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { liveValue } from '../../internal/live-value.js';
import { newKey } from '../../models/primitives.js';
import type { Timeline } from '../../models/timeline.js';
import { dateFormat, isDate, localToday } from './dates.js';
import { styles } from './milestone-timeline.styles.js';
import { byDue, milestonesOf, readPresets, type Row } from './milestones.js';
import { isDone, progressOf, statusOf, todayIndex } from './status.js';

/** A string of the strings table with its `{t}`, `{n}` and `{c}` filled in. */
const fill = (text: string, t: unknown, n?: unknown, c?: unknown) =>
  text.replace(/\{(\w)\}/g, (_, name: string) => String({ t, n, c }[name]));

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

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
 * @event goalkit-change - The learner changed something; `detail.field` names it, e.g. `startDate`, `milestones.<key>.done`.
 * @event goalkit-complete - A milestone was done by the learner (`detail.kind` is `milestone`, `detail.milestone` its key).
 * @event goalkit-save - The learner's changes were committed to IndexedDB.
 * @event goalkit-error - Storage failed, or an attribute could not be read (`detail.kind` is `config`).
 *
 * @csspart goal - The title of the goal this timeline is for.
 * @csspart summary - The on-track summary.
 * @csspart list - The list of milestones.
 * @csspart milestone - One milestone.
 * @csspart today - The "today" marker in the list.
 * @csspart status - The saving status line.
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Colour of secondary text.
 * @cssproperty --goalkit-color-background - Background of fields.
 * @cssproperty --goalkit-color-surface - Background of buttons and notices.
 * @cssproperty --goalkit-color-border - Borders and the timeline's line.
 * @cssproperty --goalkit-color-accent - The "today" marker and checkboxes.
 * @cssproperty --goalkit-color-success - Done milestones.
 * @cssproperty --goalkit-color-warning - Milestones due soon.
 * @cssproperty --goalkit-color-danger - Overdue milestones and author errors.
 * @cssproperty --goalkit-color-focus - Focus ring.
 * @cssproperty --goalkit-radius - Corner radius.
 * @cssproperty --goalkit-spacing - Base spacing.
 * @cssproperty --goalkit-font - Font.
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

  #observer = new MutationObserver(() => this.requestUpdate());
  #key = '';
  #rows: Row[] = [];
  #order: string[] = [];
  #day = '';
  #start = '';
  #problems: string[] = [];
  #warned = new Set<string>();
  #text = false;
  /** The milestone the learner removed last, for Undo. */
  #removed = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Author edits to the presets show at once.
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['key', 'due', 'count'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  get #timeline(): Timeline | undefined {
    return this.document?.data.timelines[this.#key];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.strings;
    this.#key = this.positionKey();
    this.#problems = [];
    const date = (name: string, value: string) => {
      if (value && !isDate(value)) this.#problems.push(this.#warn(fill(s.badDate, name, value)));
      return isDate(value) ? value : '';
    };
    this.#day = date('today', this.today) || localToday();
    this.#start = date('start-date', this.startDate) || (this.#timeline?.startDate ?? '');
    const items = [...this.querySelectorAll(':scope > milestone-item')];
    const rows = milestonesOf(readPresets(items, this.#start), this.#timeline);
    for (const row of rows) for (const [name, value] of row.problems) this.#warn(fill(s[name], '', value));
    // While the learner works in the list, rows keep their places (a moved row would lose focus).
    const place = (row: Row) => this.#order.indexOf(row.key) >>> 0;
    this.#rows = this.matches(':focus-within') ? rows.sort((a, b) => place(a) - place(b)) : rows.sort(byDue);
    this.#order = this.#rows.map((row) => row.key);
  }

  /** Tells the author once about an attribute that cannot be used. */
  #warn(message: string): string {
    if (!this.#warned.has(message)) {
      this.#warned.add(message);
      console.warn(`<${this.localName}>: ${message}`);
      this.emitError(message, 'config');
    }
    return message;
  }

  /** Records a learner's edit at `field` (a dotted path inside the timeline). */
  #save(field: string, value: unknown, preset?: boolean): void {
    const at = ['timelines', this.#key];
    const path = field.split('.');
    const timeline = this.#timeline;
    const entries: Array<[string[], unknown]> = [[[...at, ...path], value]];
    // A preset's entry holds only the learner's progress, and says it belongs to a preset.
    if (preset && !timeline?.milestones[path[1]]) entries.push([[...at, 'milestones', path[1], 'preset'], true]);
    if (this.goal && timeline?.goal !== this.goal) entries.push([[...at, 'goal'], this.goal]);
    this.editMany(entries, { goal: this.goal || undefined, field, value });
  }

  #setDone(row: Row, value: number): void {
    const done = Math.max(0, Math.min(row.count, Math.round(value)));
    if (isNaN(done) || done === row.done) return;
    this.#save(`milestones.${row.key}.done`, done, row.preset);
    if (done === row.count) this.complete({ kind: 'milestone', milestone: row.key, goal: this.goal || undefined });
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

  #remove(row: Row, removed: boolean): void {
    this.#removed = removed ? row.key : '';
    this.#save(`milestones.${row.key}.removed`, removed);
    void this.#focus(removed ? '.undo button' : `#title${row.key}`);
  }

  protected override render() {
    const s = this.strings;
    // Printing shows the worksheet as text, like readonly.
    const readonly = (this.#text = this.readonly || this.printing);
    const format = dateFormat(languageOf(this), this.#day);
    const time = (date: string) => html`<time datetime=${date}>${format(date)}</time>`;
    const rows: Array<Row | undefined> = [...this.#rows];
    const at = todayIndex(rows as Row[], this.#day);
    if (at >= 0) rows.splice(at, 0, undefined);
    const { due, done } = progressOf(this.#rows, this.#day);
    const goal = this.document?.data.goals[this.goal];
    const fixed = readonly || isDate(this.startDate);
    const removed = this.#rows.find((row) => row.key === this.#removed) ? undefined : this.#removed;

    return html`
      ${goal && !goal.removed && goal.title ? html`<p class="goal" part="goal">${fill(s.goal, goal.title)}</p>` : nothing}
      ${this.#problems.map((problem) => html`<p class="notice error">${problem}</p>`)}
      ${fixed
        ? this.#start && html`<p>${s.startDate}: ${time(this.#start)}</p>`
        : html`<div class="field">
            <label for="start">${s.startDate}</label>
            <input id="start" type="date" data-path=${JSON.stringify(['timelines', this.#key, 'startDate'])}
              .value=${liveValue(this.#start)} @input=${(e: Event) => this.#save('startDate', valueOf(e))} />
          </div>`}
      <p class="summary" part="summary">
        ${this.#rows.some((row) => row.waiting)
          ? s.needsStart
          : due
            ? fill(done < due ? s.behind : s.onTrack, '', done, due)
            : s.nothingDue}
      </p>
      <ol part="list" aria-label=${s.milestones}>
        ${repeat(
          rows,
          (row) => row?.key ?? '',
          (row) =>
            row
              ? this.#milestone(row, time)
              : html`<li class="today" part="today" aria-current="date"><strong>${s.today}</strong> ${time(this.#day)}</li>`,
        )}
      </ol>
      ${readonly
        ? nothing
        : html`<button @click=${this.#add}>${s.add}</button>
            ${removed
              ? html`<p class="notice undo">
                  ${s.removed}
                  <button @click=${() => this.#remove({ key: removed } as Row, false)}>${s.undo}</button>
                </p>`
              : nothing}`}
      ${this.renderStatus()} ${this.renderActions()}
    `;
  }

  #milestone(row: Row, time: (date: string) => unknown) {
    const s = this.strings;
    const { key, count } = row;
    const title = row.title || s.untitled;
    const status = statusOf(row, this.#day);
    const path = (field: string) => JSON.stringify(['timelines', this.#key, 'milestones', key, field]);
    const field = (name: 'title' | 'due' | 'notes', label: string, value: string) => {
      const id = name + key;
      const save = (e: Event) => this.#save(`milestones.${key}.${name}`, valueOf(e), row.preset);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${name === 'notes'
          ? html`<textarea id=${id} data-path=${path(name)} .value=${liveValue(value)} @input=${save}></textarea>`
          : html`<input id=${id} type=${name === 'due' ? 'date' : 'text'} data-path=${path(name)}
              .value=${liveValue(value)} @input=${save} />`}
      </div>`;
    };

    return html`<li class="milestone ${status}" part="milestone">
      <div class="head">
        ${this.#text
          ? html`<span class="title">${title}</span>`
          : html`${count > 1
                ? html`<input id="c${key}" type="number" min="0" max=${count} data-path=${path('done')}
                    .value=${liveValue(String(row.done))} @input=${(e: Event) => this.#setDone(row, +valueOf(e))} />`
                : html`<input id="c${key}" type="checkbox" .checked=${liveValue(isDone(row))}
                    @change=${(e: Event) => this.#setDone(row, +(e.target as HTMLInputElement).checked)} />`}
              <label class="title" for="c${key}">${title}</label>`}
      </div>
      <p class="info">
        ${row.due ? html`${s.due} ${time(row.due)}` : row.waiting ? `${s.due}: ${row.waiting}, ${s.setStart}` : nothing}
        ${[status && s[status], count > 1 && fill(s.progress, '', row.done, count)].filter(Boolean).map((text) => ` · ${text}`)}
      </p>
      ${row.problems.map(([name, value]) => html`<p class="notice error">${fill(s[name], '', value)}</p>`)}
      ${this.#text
        ? row.notes && html`<p class="notes">${row.notes}</p>`
        : html`${row.preset ? nothing : field('title', s.title, row.title)}
            ${field('due', fill(s.dueFor, title), row.due)} ${field('notes', fill(s.notesFor, title), row.notes)}
            ${row.preset
              ? nothing
              : html`<button @click=${() => this.#remove(row, true)}>
                  ${s.remove}<span class="visually-hidden"> ${title}</span>
                </button>`}`}
    </li>`;
  }
}
