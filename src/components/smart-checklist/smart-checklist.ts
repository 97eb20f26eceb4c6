import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { blocks, heading, item, paragraph } from '../../export/markdown.js';
import { fill } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { inOrder } from '../../internal/ordered.js';
import { CRITERIA, type Check, type Criterion } from '../../models/check.js';
import { getAt, pathId, type Path } from '../../models/paths.js';
import { KEY_PATTERN } from '../../models/primitives.js';
import { HINTS, hintsFor } from './hints.js';
import { styles } from './smart-checklist.styles.js';

/** The strings table, also looked up by key: `specificQ`, `vagueHint`… */
type Strings = SmartChecklist['strings'] & Record<string, string>;

/**
 * @summary A SMART check of one goal: is it Specific, Measurable, Achievable, Realistic
 * (or Relevant) and Time-bound? Five criteria with guiding questions, answers and ticks,
 * a score, and live hints about the goal's wording.
 *
 * @event goalkit-change - The learner edited the goal statement or an answer, ticked a criterion or dismissed a hint. `detail.field` is `statement`, `answers.<criterion>`, `met.<criterion>` or `dismissed`; `detail.goal` is the workspace goal being checked, if any.
 * @event goalkit-complete - The learner ticked the last of the five criteria: `{ kind: 'smart', goal }`.
 * @event goalkit-save - The learner's edits were committed to IndexedDB: `{ rev }`.
 * @event goalkit-error - Storage cannot be used, or an attribute is not valid: `{ message, kind }`.
 *
 * @csspart picker - The goal picker.
 * @csspart statement - The "Goal" field of a checklist's own goal.
 * @csspart criterion - One criterion: its tick, guiding question and answer.
 * @csspart score - The score: the meter and its text.
 * @csspart hints - The hints about the goal's wording.
 * @csspart status - The saving status line.
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Secondary text.
 * @cssproperty --goalkit-color-background - Background of fields.
 * @cssproperty --goalkit-color-surface - Background of the score and the hints.
 * @cssproperty --goalkit-color-border - Borders of fields and criteria.
 * @cssproperty --goalkit-color-success - Ticked criteria and the all-five state.
 * @cssproperty --goalkit-color-warning - The edge of hints and notices.
 * @cssproperty --goalkit-color-danger - The status line when nothing can be saved.
 * @cssproperty --goalkit-color-accent - Primary buttons of the Export and Import controls.
 * @cssproperty --goalkit-color-accent-text - Text on primary buttons.
 * @cssproperty --goalkit-color-focus - Focus ring.
 * @cssproperty --goalkit-radius - Corner radius.
 * @cssproperty --goalkit-spacing - Base spacing.
 * @cssproperty --goalkit-font - Font (inherits the page's by default).
 */
export class SmartChecklist extends GoalkitElement<'smart-checklist'> {
  static override styles = [...GoalkitElement.styles, styles];
  protected readonly section = 'smart-checklist';
  // Declared here rather than with decorators, like the base element's: no decorator runtime.
  static override properties: PropertyDeclarations = {
    goal: { reflect: true },
    r: { reflect: true },
  };

  /**
   * Key of the workspace goal to check, e.g. `2` for the second goal of a `<goal-definer>`,
   * even before that goal is written. Without it the checklist has its own "Goal" field.
   */
  goal = '';

  /** `relevant` asks whether the goal is Relevant instead of Realistic (default `realistic`). */
  r: 'realistic' | 'relevant' = 'realistic';

  /** The goal the learner picked (`''`: a goal of their own); each visit starts again from `goal`. */
  #picked: string | undefined;

  #problems: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('goal')) this.#picked = undefined;
    if (changed.has('goal') || changed.has('r')) {
      const s = this.strings;
      this.#problems = [
        this.goal && !KEY_PATTERN.test(this.goal) ? fill(s.badGoal, this.goal) : '',
        /^(realistic|relevant)$/i.test(this.r) ? '' : s.badR,
      ].filter(Boolean);
      for (const problem of this.#problems) {
        console.warn(`<${this.localName}>: ${problem}`);
        this.emitError(problem, 'config');
      }
    }
  }

  /** A criterion's label: "Relevant" stands for "Realistic" when asked. */
  #name(criterion: Criterion, suffix = ''): string {
    const key = criterion === 'realistic' && /^relevant$/i.test(this.r) ? 'relevant' : criterion;
    return (this.strings as Strings)[key + suffix];
  }

  /**
   * The goal checked. A valid `goal` key is checked even before the worksheet stores that
   * goal (nothing is stored before the first edit), shown meanwhile as "Goal 1".
   */
  #goal() {
    const s = this.strings;
    const data = this.document?.data;
    const wanted = this.#picked ?? this.goal;
    // KEY_PATTERN refuses prototype names.
    const bound = KEY_PATTERN.test(wanted) ? wanted : undefined;
    const goals = inOrder(data?.goals ?? {}, data?.goalOrder ?? [])
      .filter(([key, goal]) => !goal.removed || key === bound)
      .map(([key, { title }], i) => [key, title.trim() || `${s.goal} ${i + 1}`]);
    if (bound && !goals.some(([key]) => key === bound)) goals.push([bound, `${s.goal} ${bound}`]);
    // A checklist's own goal: `own-` and its id or position, so several in a workspace stay apart.
    const key = bound ?? this.ownKey('own-');
    // Read through getAt: a goal key such as "toString" must not reach a prototype.
    const check = getAt(data, ['checks', key]) as Check | undefined;
    const title = (getAt(data, bound ? ['goals', bound, 'title'] : ['checks', key, 'statement']) ?? '') as string;
    const met = CRITERIA.filter((c) => check?.met[c]).length;
    return { goals, bound, key, check, title, met, score: fill(s.scoreText, met) };
  }

  protected override render() {
    const s = this.strings as Strings;
    const ro = this.readonly;
    const { goals, bound, key, check, title, met, score } = this.#goal();
    const dismissed = check?.dismissed ?? [];
    const hints = hintsFor(title, check?.answers).filter((id) => !dismissed.includes(id));
    const dismiss = (list: string[]) => async () => {
      this.edit(['checks', key, 'dismissed'], list, { goal: bound, field: 'dismissed' });
      // The button is gone: keep the keyboard in the hints rather than at the top of the page.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=hints] button')?.focus();
    };
    /**
     * A labelled text field, or its text when read-only. The field being typed in keeps its
     * text; once it loses focus it shows the stored value (another tab's, an import's).
     */
    const field = (id: string, name: string, value = '', path: Path, at = pathId(path)) =>
      ro
        ? html`<label for=${id}>${name}</label>
            <p>${value || s.noAnswer}</p>`
        : html`<label for=${id}>${name}</label>
            <textarea id=${id} part=${path[2] === 'statement' ? id : nothing} data-path=${at} .value=${this.held(at, value)}></textarea>`;

    const notices = bound && !title.trim() && !ro ? [...this.#problems, s.unnamed] : this.#problems;
    return html`${notices.map((notice) => html`<p class="notice">${notice}</p>`)}
      ${goals.length && !this.printing
        ? html`<label for="picker">${s.picker}</label>
            <select id="picker" part="picker" @change=${(e: Event) => {
              this.#picked = (e.target as HTMLSelectElement).value;
              this.requestUpdate();
            }}>
              ${[...goals, ['', s.ownGoal]].map(([k, text]) => html`<option value=${k} .selected=${k === (bound ?? '')}>${text}</option>`)}
            </select>`
        : nothing}
      <div @input=${this.#edited}>
        ${!bound || ro ? field('statement', s.goal, title, ['checks', key, 'statement']) : nothing}
        ${CRITERIA.map((c) => {
          const on = !!check?.met[c];
          return html`<section part="criterion" ?data-met=${on}>
            ${ro
              ? nothing
              : html`<input type="checkbox" id=${c} data-path=${pathId(['checks', key, 'met', c])} .checked=${on} />`}
            <label for=${c}>${this.#name(c)}</label>
            ${ro ? (on ? s.met : s.notMet) : nothing}
            ${field(c + '-answer', this.#name(c, 'Q'), check?.answers[c], ['checks', key, 'answers', c])}
          </section>`;
        })}
      </div>
      <section part="score" ?data-complete=${met > 4}>
        <b id="score">${s.score}</b>
        <meter max="5" value=${met} aria-labelledby="score" aria-valuemin="0" aria-valuemax="5"
          aria-valuenow=${met} aria-valuetext=${score}></meter>
        <p aria-live="polite">${met > 4 ? `${score}. ${s.allMet}` : score}</p>
      </section>
      <section part="hints">
        <b>${s.hints}</b>
        <div aria-live="polite">
          ${hints.length
            ? html`<ul>
                ${hints.map((id) => {
                  const name = s[id + 'Hint'];
                  const criterion = CRITERIA[HINTS[id]];
                  return html`<li>
                    <span><b>${this.#name(criterion)}: ${name}.</b> ${this.#name(criterion, 'Q')}</span>
                    ${ro
                      ? nothing
                      : html`<button @click=${dismiss([...dismissed, id])}>
                          ${s.dismiss}<span class="visually-hidden"> ${name}</span>
                        </button>`}
                  </li>`;
                })}
              </ul>`
            : s.noHints}
        </div>
        ${dismissed.length && !ro ? html`<button @click=${dismiss([])}>${s.showDismissed}</button>` : nothing}
      </section>
      ${this.renderStatus()} ${this.renderActions()}`;
  }

  /** The learner typed or ticked: `data-path` on the control says where the value goes. */
  readonly #edited = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const path = control.dataset.path!.split('.');
    const goal = this.#goal().bound;
    this.edit(path, control.type === 'checkbox' ? control.checked : control.value, { goal, field: path.slice(2).join('.') });
    // Ticking the fifth box is the only way into "all five met".
    if (control.checked && this.#goal().met > 4) this.complete({ kind: 'smart', goal });
  };

  /** Only the check this element shows is exported, imported and forgotten. */
  override scope(): Path[] {
    return [['checks', this.#goal().key]];
  }

  /** The goal as a heading, each criterion as a task item (ticked when met), then the score. */
  override markdown(): string {
    const { check, title, score } = this.#goal();
    return blocks(
      heading(2, title || this.strings.goal),
      CRITERIA.map((c) => item(this.#name(c) + (check?.answers[c] ? `: ${check.answers[c]}` : ''), { done: !!check?.met[c] })).join('\n'),
      paragraph(score),
    );
  }
}
