import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { blocks, heading, item, paragraph } from '../../export/markdown.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { liveValue } from '../../internal/live-value.js';
import { inOrder } from '../../internal/ordered.js';
import { CRITERIA, type Criterion } from '../../models/check.js';
import type { Path } from '../../models/paths.js';
import { KEY_PATTERN } from '../../models/primitives.js';
import { HINTS, hintsFor } from './hints.js';
import { styles } from './smart-checklist.styles.js';

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

  /**
   * Key of the workspace goal to check, e.g. `2` for the second goal of a `<goal-definer>`,
   * even before that goal is written. Without it the checklist has its own "Goal" field.
   */
  @property({ reflect: true }) goal = '';

  /** `relevant` asks whether the goal is Relevant instead of Realistic (default `realistic`). */
  @property({ reflect: true }) r: 'realistic' | 'relevant' = 'realistic';

  /** The goal the learner picked (`''`: a goal of their own); each visit starts again from `goal`. */
  @state() private picked: string | undefined;

  #problems: string[] = [];
  /** The workspace goal shown, for the event handlers. */
  #bound: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('goal')) this.picked = undefined;
    if (changed.has('goal') || changed.has('r')) {
      const s = this.strings;
      this.#problems = [
        this.goal && !KEY_PATTERN.test(this.goal) ? s.badGoal.replace('{goal}', this.goal) : '',
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
    return (this.strings as unknown as Record<string, string>)[key + suffix];
  }

  /**
   * The goal checked. A valid `goal` key is checked even before the worksheet stores that
   * goal (nothing is stored before the first edit), shown meanwhile as "Goal 1".
   */
  #goal() {
    const s = this.strings;
    const data = this.document?.data;
    const wanted = this.picked ?? this.goal;
    const bound = KEY_PATTERN.test(wanted) ? wanted : undefined;
    const goals = inOrder(data?.goals ?? {}, data?.goalOrder ?? [])
      .filter(([, goal]) => !goal.removed)
      .map(([key, { title }], i) => [key, title, title.trim() || s.untitled.replace('{n}', `${i + 1}`)]);
    if (bound && !goals.some(([key]) => key === bound)) goals.push([bound, '', s.untitled.replace('{n}', bound)]);
    // A checklist's own goal: `own-` and its id or position, so several in a workspace stay apart.
    const key = bound ?? `own-${this.positionKey()}`.replace(/[^\w-]/g, '-').slice(0, 64);
    const check = data?.checks[key];
    const [, title = check?.statement ?? '', label = title] = goals.find(([k]) => k === bound) ?? [];
    return { goals, bound, key, check, title, label, met: CRITERIA.filter((c) => check?.met[c]).length };
  }

  protected override render() {
    const s = this.strings;
    const ro = this.readonly;
    const { goals, bound, key, check, title, label, met } = this.#goal();
    this.#bound = bound;
    const score = s.scoreText.replace('{n}', `${met}`);
    const dismissed = check?.dismissed ?? [];
    const hints = hintsFor(title, check?.answers).filter((id) => !dismissed.includes(id));
    const dismiss = (list: string[]) => async () => {
      this.edit(['checks', key, 'dismissed'], list, { goal: bound, field: 'dismissed' });
      // The button is gone: keep the keyboard in the hints rather than at the top of the page.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.hints button')?.focus();
    };
    /** A labelled text field, or its text when read-only. */
    const field = (id: string, name: string, value = '', path: Path = []) =>
      html`<label class="label" for=${id}>${name}</label>
        ${ro
          ? html`<p class="answer">${value || s.noAnswer}</p>`
          : html`<textarea id=${id} part=${path[2] === 'statement' ? id : nothing} rows="2" data-path=${JSON.stringify(path)}
              .value=${liveValue(value)}></textarea>`}`;

    return html`${this.#problems.map((problem) => html`<p class="notice">${problem}</p>`)}
      ${goals.length && !this.printing
        ? html`<label class="label" for="picker">${s.picker}</label>
            <select id="picker" part="picker" @change=${(e: Event) => (this.picked = (e.target as HTMLSelectElement).value)}>
              ${goals.map(([k, , text]) => html`<option value=${k} .selected=${k === bound}>${text}</option>`)}
              <option value="" .selected=${!bound}>${s.ownGoal}</option>
            </select>`
        : nothing}
      ${bound && !title.trim() && !ro ? html`<p class="notice">${s.unnamed}</p>` : nothing}
      <div @input=${this.#edited}>
        ${!bound || ro ? field('statement', s.goal, bound ? label : title, ['checks', key, 'statement']) : nothing}
        ${CRITERIA.map((c) => {
          const on = !!check?.met[c];
          return html`<section class="criterion" part="criterion" ?data-met=${on}>
            ${ro
              ? nothing
              : html`<input type="checkbox" id=${c} data-path=${JSON.stringify(['checks', key, 'met', c])} .checked=${liveValue(on)} />`}
            <label class="name" for=${c}>${this.#name(c)}</label>
            ${ro ? (on ? s.met : s.notMet) : nothing}
            ${field(c + '-answer', this.#name(c, 'Q'), check?.answers[c], ['checks', key, 'answers', c])}
          </section>`;
        })}
      </div>
      <div class="score" part="score" ?data-complete=${met > 4}>
        <span class="label" id="score">${s.score}</span>
        <meter role="meter" min="0" max="5" value=${met} aria-labelledby="score" aria-valuemin="0" aria-valuemax="5"
          aria-valuenow=${met} aria-valuetext=${score}></meter>
        <p aria-live="polite">${score}${met > 4 ? html`<strong>${s.allMet}</strong>` : nothing}</p>
      </div>
      <div class="hints" part="hints">
        <p class="label" id="hints">${s.hints}</p>
        <div aria-live="polite" aria-labelledby="hints">
          ${!title.trim()
            ? nothing
            : hints.length
              ? html`<ul>
                  ${hints.map((id) => {
                    const tip = (this.strings as unknown as Record<string, string>)[id + 'Tip'];
                    const name = (this.strings as unknown as Record<string, string>)[id + 'Hint'];
                    return html`<li>
                      <span><strong>${this.#name(HINTS[id])}: ${name}.</strong> ${tip}</span>
                      ${ro
                        ? nothing
                        : html`<button @click=${dismiss([...dismissed, id])}>
                            ${s.dismiss}<span class="visually-hidden"> ${name}</span>
                          </button>`}
                    </li>`;
                  })}
                </ul>`
              : html`<p>${s.noHints}</p>`}
        </div>
        ${dismissed.length && !ro ? html`<button @click=${dismiss([])}>${s.showDismissed}</button>` : nothing}
      </div>
      <div class="footer">${this.renderStatus()} ${this.renderActions()}</div>`;
  }

  /** The learner typed or ticked: `data-path` on the control says where the value goes. */
  readonly #edited = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const path = JSON.parse(control.dataset.path!) as Path;
    const before = this.#goal().met;
    this.edit(path, control.type === 'checkbox' ? control.checked : control.value, {
      goal: this.#bound,
      field: path.slice(2).join('.'),
    });
    if (before < 5 && this.#goal().met > 4) this.complete({ kind: 'smart', goal: this.#bound });
  };

  /** Only the check this element shows is exported, imported and forgotten. */
  override scope(): Path[] {
    return [['checks', this.#goal().key]];
  }

  /** The goal as a heading, each criterion as a task item (ticked when met), then the score. */
  override markdown(): string {
    const { check, label, met } = this.#goal();
    const s = this.strings;
    return blocks(
      heading(2, label || s.goal),
      CRITERIA.map((c) => {
        const answer = check?.answers[c];
        return item(answer ? `${this.#name(c)}: ${answer}` : this.#name(c), { done: !!check?.met[c] });
      }).join('\n'),
      paragraph(s.scoreText.replace('{n}', `${met}`)),
    );
  }
}
