import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { liveValue } from '../../internal/live-value.js';
import { CRITERIA, type Check, type Criterion } from '../../models/check.js';
import type { Path } from '../../models/paths.js';
import { KEY_PATTERN } from '../../models/primitives.js';
import type { GoalDocument } from '../../storage/goal-document.js';
import { goalChoices, metCount, ownKey } from './goals.js';
import { HINTS, hintsFor, type HintId } from './hints.js';
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
 * @cssproperty --goalkit-color-muted - Guiding questions and secondary text.
 * @cssproperty --goalkit-color-background - Background of fields.
 * @cssproperty --goalkit-color-surface - Background of the score and the hints.
 * @cssproperty --goalkit-color-border - Borders of fields and criteria.
 * @cssproperty --goalkit-color-success - Ticked criteria, the meter and the all-five state.
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
   * Key of the workspace goal to check, e.g. `2` for the second goal of a `<goal-definer>`.
   * Without it (or when the workspace has no goals) the checklist has its own "Goal" field.
   */
  @property({ reflect: true }) goal = '';

  /** `relevant` asks whether the goal is Relevant instead of Realistic (default `realistic`). */
  @property({ reflect: true }) r: 'realistic' | 'relevant' = 'realistic';

  /** The goal the learner picked; each visit starts again from the author's `goal`. */
  @state() private picked: string | undefined;

  /** The document whose stored data has been read: only then can a goal be said to be missing. */
  #loaded: GoalDocument | undefined;
  #problems: string[] = [];
  /** The check shown and the workspace goal it belongs to, for the event handlers. */
  #key = '';
  #goal: string | undefined;

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

  protected override documentChanged(source: string): void {
    super.documentChanged(source);
    const document = this.document;
    if (source === 'load') void document?.ready.then(() => ((this.#loaded = document), this.requestUpdate()));
  }

  /** The label of a criterion, or the key of its strings: `relevant` stands for `realistic` when asked. */
  #name(criterion: Criterion): Criterion | 'relevant' {
    return criterion === 'realistic' && /^relevant$/i.test(this.r) ? 'relevant' : criterion;
  }

  protected override render() {
    const s = this.strings;
    const data = this.document?.data;
    const choices = data ? goalChoices(data, s.untitled) : [];
    const wanted = this.picked ?? this.goal;
    const bound = choices.find((choice) => choice.key === wanted);
    const key = (this.#key = bound?.key ?? ownKey(this.positionKey()));
    this.#goal = bound?.key;
    const check = data?.checks[key];
    const text = bound ? bound.title : (check?.statement ?? '');
    const missing = wanted && !bound && this.#loaded === this.document && KEY_PATTERN.test(wanted);

    return html`${this.#problems.map((problem) => html`<p class="notice">${problem}</p>`)}
      ${missing ? html`<p class="notice">${s.noGoal.replace('{goal}', wanted)}</p>` : nothing}
      ${choices.length
        ? html`<label class="label" for="picker">${s.picker}</label>
            <select id="picker" part="picker" @change=${this.#pick}>
              ${choices.map((c) => html`<option value=${c.key} .selected=${c === bound}>${c.label}</option>`)}
              <option value="" .selected=${!bound}>${s.ownGoal}</option>
            </select>`
        : nothing}
      ${keyed(
        key,
        // New controls for each goal: one being typed in is never handed another goal's text.
        html`<div class="criteria" @input=${this.#edited}>
          ${bound ? nothing : this.#field('statement', s.goal, check?.statement ?? '', ['checks', key, 'statement'])}
          ${CRITERIA.map((c) => this.#criterion(c, check))}
        </div>`,
      )}
      ${this.#score(metCount(check))} ${this.#hints(text, check)}
      <div class="footer">${this.renderStatus()} ${this.renderActions()}</div>`;
  }

  /** A labelled text field, or its text when read-only. */
  #field(id: string, label: string, value: string, path: Path) {
    return this.readonly
      ? html`<p class="label">${label}</p>
          <p class="answer">${value || this.strings.noAnswer}</p>`
      : html`<label class="label" for=${id}>${label}</label>
          <textarea id=${id} part=${id === 'statement' ? id : nothing} rows="2" data-path=${JSON.stringify(path)}
            .value=${liveValue(value)}></textarea>`;
  }

  #criterion(criterion: Criterion, check: Check | undefined) {
    const s = this.strings as unknown as Record<string, string>;
    const name = this.#name(criterion);
    const met = !!check?.met[criterion];
    const path = (part: string): Path => ['checks', this.#key, part, criterion];
    return html`<section class="criterion" part="criterion" ?data-met=${met}>
      ${this.readonly
        ? html`<p class="name">${s[name]} <span class="met">${met ? s.met : s.notMet}</span></p>`
        : html`<input type="checkbox" id=${criterion} data-path=${JSON.stringify(path('met'))} .checked=${liveValue(met)} />
            <label class="name" for=${criterion}>${s[name]}</label>`}
      ${this.#field(`${criterion}-answer`, s[`${name}Q`], check?.answers[criterion] ?? '', path('answers'))}
    </section>`;
  }

  #score(met: number) {
    const s = this.strings;
    const text = s.scoreText.replace('{n}', `${met}`);
    return html`<div class="score" part="score" ?data-complete=${met === 5}>
      <span class="label" id="score">${s.score}</span>
      <div class="meter" role="meter" aria-labelledby="score" aria-valuemin="0" aria-valuemax="5"
        aria-valuenow=${met} aria-valuetext=${text}>
        ${CRITERIA.map((_, i) => html`<span class=${i < met ? 'on' : ''}></span>`)}
      </div>
      <p aria-live="polite">${text}${met === 5 ? html`<strong>${s.allMet}</strong>` : nothing}</p>
    </div>`;
  }

  #hints(text: string, check: Check | undefined) {
    const s = this.strings as unknown as Record<string, string>;
    const dismissed = check?.dismissed ?? [];
    const hints = hintsFor(text, check?.answers).filter((id) => !dismissed.includes(id));
    const list = hints.map(
      (id) => html`<li>
        <span><strong>${s[this.#name(HINTS[id])]}: ${s[`${id}Hint`]}.</strong> ${s[`${id}Tip`]}</span>
        ${this.readonly
          ? nothing
          : html`<button data-hint=${id} @click=${this.#dismiss}>
              ${s.dismiss}<span class="visually-hidden"> ${s[`${id}Hint`]}</span>
            </button>`}
      </li>`,
    );
    return html`<div class="hints" part="hints">
      <p class="label" id="hints">${s.hints}</p>
      <div aria-live="polite" aria-labelledby="hints">
        ${!text.trim() ? nothing : hints.length ? html`<ul>${list}</ul>` : html`<p>${s.noHints}</p>`}
      </div>
      ${dismissed.length && !this.readonly
        ? html`<button data-hint="" @click=${this.#dismiss}>${s.showDismissed}</button>`
        : nothing}
    </div>`;
  }

  /** The learner typed or ticked: `data-path` on the control says where the value goes. */
  readonly #edited = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const path = JSON.parse(control.dataset.path!) as Path;
    const checkOf = () => this.document?.data.checks[this.#key];
    const before = metCount(checkOf());
    this.edit(path, control.type === 'checkbox' ? control.checked : control.value, {
      goal: this.#goal,
      field: path.slice(2).join('.'),
    });
    if (before < 5 && metCount(checkOf()) === 5) this.complete({ kind: 'smart', goal: this.#goal });
  };

  readonly #pick = (event: Event): void => {
    this.picked = (event.target as HTMLSelectElement).value;
  };

  /** Dismisses one hint, or (with an empty `data-hint`) shows the dismissed ones again. */
  readonly #dismiss = async (event: Event): Promise<void> => {
    const id = (event.currentTarget as HTMLElement).dataset.hint as HintId | '';
    const dismissed = this.document?.data.checks[this.#key]?.dismissed ?? [];
    this.edit(['checks', this.#key, 'dismissed'], id ? [...dismissed, id] : [], {
      goal: this.#goal,
      field: 'dismissed',
    });
    // The button is gone: keep the keyboard in the hints rather than at the top of the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.hints button')?.focus();
  };
}
