import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Strings } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { liveValue } from '../../internal/live-value.js';
import { inOrder, moved } from '../../internal/ordered.js';
import type { Goal, ResourceItem } from '../../models/goal.js';
import type { Path } from '../../models/paths.js';
import { newKey, SAFE_LINK } from '../../models/primitives.js';
import { answered, fullyDefined, progress } from './completeness.js';
import { styles } from './goal-definer.styles.js';
import { fill, goalOrder, isAsked } from './goals.js';
import { fieldsOf, TEMPLATES, type Field } from './templates.js';

type Edits = Array<readonly [Path, unknown]>;

/**
 * @summary The goal worksheet: for each goal, the questions of a template (define, GROW,
 * or the author's own fields), lists of resources, and how complete it is. It saves
 * itself in the learner's browser as they type.
 *
 * @slot - `<goal-field key label kind="text|list" hint required>` elements: the fields of
 * the `custom` template. They are read, not shown; changes to them show at once.
 *
 * @event goalkit-change - The learner edited a goal; `detail` names the widget, the goal and the field.
 * @event goalkit-complete - A learner's edit made a goal fully defined (`detail.kind` is `goal`).
 * @event goalkit-save - The learner's edits were committed to the browser's storage.
 * @event goalkit-error - Storage could not be used, or an attribute is not valid; `detail.message` says why.
 *
 * @csspart summary - The line "N of M goals fully defined".
 * @csspart goal - Each goal.
 * @csspart progress - A goal's "N of M parts done" line.
 * @csspart list - Each list of items (a resource list, or a custom list field).
 * @csspart status - The saving status line.
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Hints and progress lines.
 * @cssproperty --goalkit-color-background - Background of the fields.
 * @cssproperty --goalkit-color-surface - Background of buttons and notices.
 * @cssproperty --goalkit-color-border - Borders of goals, fields and lists.
 * @cssproperty --goalkit-color-accent - The "Add a goal" button.
 * @cssproperty --goalkit-color-success - The progress line of a fully defined goal.
 * @cssproperty --goalkit-color-danger - Required markers and error messages.
 * @cssproperty --goalkit-color-focus - The focus ring.
 * @cssproperty --goalkit-radius - Corner radius.
 * @cssproperty --goalkit-spacing - Base spacing unit.
 * @cssproperty --goalkit-font - Font (the page's by default).
 */
export class GoalDefiner extends GoalkitElement<'goal-definer'> {
  static override styles = [...GoalkitElement.styles, styles];
  protected readonly section = 'goal-definer';

  /** How many goals the page asks for. They are keyed `1`, `2`…, so other elements can name them. */
  @property({ type: Number, reflect: true }) goals = 3;

  /** How many goals the learner may have, counting the ones they add. */
  @property({ attribute: 'max-goals', type: Number, reflect: true }) maxGoals = 10;

  /** The questions asked per goal: `define`, `grow`, or `custom` (the `<goal-field>` children). */
  @property({ reflect: true }) template: 'define' | 'grow' | 'custom' = 'define';

  #s!: Strings['goal-definer'] & Strings['common'];
  #fields: Field[] = [];
  #slots = 3;
  #max = 10;
  #attributeProblems: string[][] = [];
  #problems = '';
  #warned = '';
  /** Goals and items removed during this visit: they show "Undo" in their place. */
  readonly #undo = new Set<string>();
  /** Refused links, by the path they would have been saved at, with what was typed. */
  readonly #badLinks = new Map<string, string>();
  readonly #observer = new MutationObserver(() => this.requestUpdate());

  get #data() {
    return this.document!.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The author's <goal-field> children are read at each render; edits to them show at once.
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Checked before Lit reflects the properties, so the message quotes what the author wrote.
    if (changed.has('goals') || changed.has('maxGoals') || changed.has('template')) {
      const problems: string[][] = [];
      const whole = (name: string, value: number, min: number, fallback: number) =>
        Number.isInteger(value) && value >= min && value <= 100 ? value : (problems.push([name, `${this.getAttribute(name)}`]), fallback);
      this.#slots = whole('goals', this.goals, 0, 3);
      this.#max = whole('max-goals', this.maxGoals, 1, 10);
      if (!TEMPLATES.includes(this.template)) problems.push(['template', this.template]);
      this.#attributeProblems = problems;
    }
  }

  protected override render() {
    const s = (this.#s = this.strings);
    const { goals, goalOrder: stored } = this.#data;
    const slots = this.#slots;
    const max = this.#max;
    const problems = [...this.#attributeProblems];
    this.#fields = fieldsOf(this.template, s, this.querySelectorAll(':scope > goal-field'), problems);
    const messages = problems.map(([name, value]) => fill(s.badAttribute, name, value));
    this.#problems = messages.join(' ');

    const order = goalOrder(stored, slots);
    const live = order.filter((key) => isAsked(key, slots) && !goals[key]?.removed).slice(0, max);
    const shown = order.filter((key) => live.includes(key) || (this.#undo.has(key) && !this.readonly));
    const done = live.filter((key) => fullyDefined(goals[key], this.#fields)).length;
    const add = () => {
      const key = newKey('g');
      this.#add(key, [[['goals', key, 'created'], Date.now()], [['goalOrder'], [...order, key]]], 'added', `${key}.title`);
    };
    return html`${messages.map((message) => html`<p class="notice">${message}</p>`)}
      <p part="summary" class="summary">${fill(s.goalsDone, done, live.length)}</p>
      ${this.readonly ? nothing : html`<p class="hint">${s.required}</p>`}
      <div @input=${this.#onInput} @change=${this.#onChange}>
        ${repeat(shown, (key) => key, (key) => this.#goal(key, goals[key], live, order))}
      </div>
      ${this.readonly
        ? nothing
        : live.length < max
          ? html`<button class="primary" @click=${add}>${s.addGoal}</button>`
          : html`<p class="hint">${fill(s.maxGoals, max)}</p>`}
      ${this.renderStatus()}${this.renderActions()}`;
  }

  #goal(key: string, goal: Goal | undefined, live: string[], order: string[]) {
    const s = this.#s;
    const name = fill(s.goalN, live.indexOf(key) + 1);
    const path = ['goals', key];
    if (!live.includes(key)) return this.#removed(key, key, key, goal?.title || s.goal, path, 'removed');
    const [done, needed] = progress(goal, this.#fields);
    return html`<section part="goal" class="goal" aria-labelledby="${key}:h">
      <h3 id="${key}:h">${(this.readonly && goal?.title) || name}</h3>
      <p part="progress" class="progress" ?data-done=${done === needed}>${fill(s.partsDone, done, needed)}</p>
      ${this.#fields.map((field) => (this.readonly ? this.#answer(goal, field) : this.#field(key, goal, field, name)))}
      ${this.readonly ? nothing : this.#tools(key, key, key, name, live, order, ['goalOrder'], path, 'removed')}
    </section>`;
  }

  #field(key: string, goal: Goal | undefined, field: Field, name: string): unknown {
    const id = `${key}.${field.key}`;
    const required = field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing;
    const hint = field.hint ? html`<p class="hint" id="${id}:hint">${field.hint}</p>` : nothing;
    if (field.kind !== 'text') {
      return html`<fieldset part=${field.lists ? nothing : 'list'}>
        <legend>${field.label}${required}</legend>${hint}
        ${field.lists?.map((list) => this.#field(key, goal, list, name)) ?? this.#list(key, goal, field, name)}
      </fieldset>`;
    }
    const isTitle = field.key === 'title';
    const value = (isTitle ? goal?.title : goal?.fields[field.key]) ?? '';
    const path = JSON.stringify(isTitle ? ['goals', key, 'title'] : ['goals', key, 'fields', field.key]);
    const describedBy = field.hint ? `${id}:hint` : nothing;
    const ariaRequired = field.required ? 'true' : nothing;
    return html`<label for=${id}>${field.label}${required}</label>${hint}
      ${isTitle
        ? html`<input id=${id} type="text" maxlength="20000" data-path=${path} aria-describedby=${describedBy} aria-required=${ariaRequired} .value=${liveValue(value)} />`
        : html`<textarea id=${id} maxlength="20000" data-path=${path} aria-describedby=${describedBy} aria-required=${ariaRequired} .value=${liveValue(value)}></textarea>`}`;
  }

  #list(key: string, goal: Goal | undefined, field: Field, name: string) {
    const path = ['goals', key, 'lists', field.key];
    const { items = {}, order = [] } = goal?.lists[field.key] ?? {};
    const live = order.filter((item) => !items[item].removed);
    const add = () => {
      const item = newKey('i');
      this.#add(key, [[[...path, 'items', item, 'text'], '']], `lists.${field.key}`, `${key}.${field.key}.${item}.t`);
    };
    return html`<ul>
        ${repeat(
          order.filter((item) => live.includes(item) || this.#undo.has(item)),
          (item) => item,
          (item) => this.#item(key, field, item, items[item], live, order),
        )}
      </ul>
      ${this.#button(fill(this.#s.addTo, field.label), name, add, '')}`;
  }

  #item(goal: string, list: Field, key: string, item: ResourceItem, live: string[], order: string[]) {
    const s = this.#s;
    const path = ['goals', goal, 'lists', list.key, 'items', key];
    const id = `${goal}.${list.key}.${key}`;
    const field = `lists.${list.key}`;
    if (item.removed) return html`<li>${this.#removed(goal, key, id, item.text || s.item, path, field)}</li>`;
    const at = (name: string) => JSON.stringify([...path, name]);
    const bad = this.#badLinks.get(at('href'));
    return html`<li class="item">
      <input id="${id}.d" type="checkbox" aria-labelledby="${id}.dl ${id}.t" data-path=${at('done')} .checked=${liveValue(item.done)} />
      <label id="${id}.dl" for="${id}.d">${s.done}</label>
      <label for="${id}.t">${s.item}</label>
      <input id="${id}.t" type="text" maxlength="20000" data-path=${at('text')} .value=${liveValue(item.text)} />
      <label for="${id}.l">${s.link}</label>
      <input id="${id}.l" type="url" maxlength="2048" data-path=${at('href')} aria-invalid=${bad !== undefined}
        aria-describedby="${id}.e" .value=${liveValue(bad ?? item.href)} />
      <p class="error" id="${id}.e" role="alert">${bad === undefined ? '' : s.badLink}</p>
      ${this.#tools(goal, key, id, item.text || `${list.label} ${live.indexOf(key) + 1}`, live, order, [...path.slice(0, -2), 'order'], path, field)}
    </li>`;
  }

  /** A goal's or item's contents as text, for a mentor's view or print; unanswered fields are left out. */
  #answer(goal: Goal | undefined, field: Field, nested = false): unknown {
    if (field.key === 'title' || !answered(goal, field)) return nothing;
    const { items, order } = goal!.lists[field.key] ?? {};
    return html`${nested ? html`<h5>${field.label}</h5>` : html`<h4>${field.label}</h4>`}
    ${field.lists
      ? field.lists.map((list) => this.#answer(goal, list, true))
      : field.kind === 'text'
        ? html`<p class="answer">${goal!.fields[field.key]}</p>`
        : html`<ul>
            ${inOrder(items, order).map(([, item]) =>
              item.removed
                ? nothing
                : html`<li>
                    ${item.href ? html`<a href=${item.href}>${item.text || item.href}</a>` : item.text}
                    ${item.done ? ` (${this.#s.done})` : ''}
                  </li>`,
            )}
          </ul>`}`;
  }

  /** "Move up", "Move down" and "Remove" for a goal or an item; `name` tells them apart for assistive technology. */
  #tools(goal: string, key: string, id: string, name: string, live: string[], order: string[], orderPath: Path, path: string[], field: string) {
    const s = this.#s;
    const i = live.indexOf(key);
    const move = (to: number, button: string) => () => {
      const next = moved(order, key, order.indexOf(live[to]) - order.indexOf(key));
      this.#write(goal, [[orderPath, next]], field === 'removed' ? 'order' : field);
      void this.#focus(`${id}:${button}`, `${id}:up`, `${id}:down`);
    };
    return html`<div class="tools">
      ${this.#button(s.moveUp, name, move(i - 1, 'up'), `${id}:up`, !i)}
      ${this.#button(s.moveDown, name, move(i + 1, 'down'), `${id}:down`, i === live.length - 1)}
      ${this.#button(s.remove, name, () => this.#remove(goal, key, id, path, field, true), `${id}:remove`)}
    </div>`;
  }

  /** What stays of a goal or item removed during this visit: a line saying so, and "Undo". */
  #removed(goal: string, key: string, id: string, name: string, path: string[], field: string) {
    const undo = () => this.#remove(goal, key, id, path, field, false);
    return html`<p class="removed">${fill(this.#s.removed, name)} ${this.#button(this.#s.undo, name, undo, `${id}:undo`)}</p>`;
  }

  #remove(goal: string, key: string, id: string, path: string[], field: string, removed: boolean) {
    this.#undo[removed ? 'add' : 'delete'](key);
    this.#write(goal, [[[...path, 'removed'], removed]], field, removed);
    void this.#focus(`${id}:${removed ? 'undo' : 'remove'}`);
  }

  #button(label: string, name: string, action: () => void, id: string, disabled = false) {
    return html`<button id=${id || nothing} ?disabled=${disabled} @click=${action}>
      ${label}<span class="visually-hidden"> ${name}</span>
    </button>`;
  }

  #add(goal: string, edits: Edits, field: string, focus: string) {
    this.#write(goal, edits, field);
    void this.#focus(focus);
  }

  /** Typing in a field saves it at once; a link only once it is safe. */
  readonly #onInput = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const raw = control.dataset.path;
    if (!raw) return;
    const path = JSON.parse(raw) as string[];
    const [, goal, kind, key] = path;
    let value: string | boolean = control.type === 'checkbox' ? control.checked : control.value;
    if (control.type === 'url') {
      value = control.value.trim();
      // A half-typed link is not saved; the message waits until the learner leaves the field.
      if (value && !SAFE_LINK.test(value)) return;
      if (this.#badLinks.delete(raw)) this.requestUpdate();
    }
    this.#write(goal, [[path, value]], kind === 'fields' ? key : kind === 'lists' ? `lists.${key}` : kind, value);
  };

  readonly #onChange = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const value = control.value.trim();
    if (control.type !== 'url' || !value || SAFE_LINK.test(value)) return;
    this.#badLinks.set(control.dataset.path!, control.value);
    this.requestUpdate();
  };

  /**
   * A learner's edit to one goal. The page's slots hold no data until the first edit; it
   * stores them all with the goal order, so each keeps its place.
   */
  #write(goal: string, edits: Edits, field: string, value?: unknown) {
    const data = this.#data;
    const order = goalOrder(data.goalOrder, this.#slots);
    const missing = order.filter((key) => !data.goals[key]);
    const slots: Edits = missing.map((key) => [['goals', key, 'created'], Date.now()]);
    if (missing.length) slots.push([['goalOrder'], order]);
    const before = fullyDefined(data.goals[goal], this.#fields);
    this.editMany([...slots, ...edits], { goal, field, value });
    if (!before && fullyDefined(this.#data.goals[goal], this.#fields)) this.complete({ kind: 'goal', goal });
  }

  /** Tells the author, once per change, about attributes that cannot be used. */
  protected override updated(): void {
    const problems = this.#problems;
    if (problems && problems !== this.#warned) {
      console.warn(`<goal-definer>: ${problems}`);
      this.emitError(problems, 'config');
    }
    this.#warned = problems;
  }

  async #focus(...ids: string[]) {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    ids.map((id) => root.getElementById(id) as HTMLButtonElement | null).find((el) => el && !el.disabled)?.focus();
  }
}
