import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { blocks, heading, item, paragraph } from '../../export/markdown.js';
import { fill } from '../../i18n/strings.js';
import { GoalkitElement } from '../../internal/goalkit-element.js';
import { inOrder } from '../../internal/ordered.js';
import type { Goal, ItemList, ResourceItem } from '../../models/goal.js';
import { getAt, pathId, type Path } from '../../models/paths.js';
import { newKey, SAFE_LINK } from '../../models/primitives.js';
import { answered, fullyDefined, progress } from './completeness.js';
import { styles } from './goal-definer.styles.js';
import { goalOrder, isAsked } from './goals.js';
import { fieldsOf, type Field } from './templates.js';

type Edits = Array<readonly [Path, unknown]>;
/** A heading (level 4 or 5, as on the page), a paragraph (level 0), or a list of items. */
type Part = [level: number, content: string | ResourceItem[]];

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
 * @event goalkit-error - Storage could not be used, an attribute is not valid, or a file cannot be imported; `detail.message` says why.
 *
 * @csspart summary - The line "N of M goals fully defined".
 * @csspart goal - Each goal.
 * @csspart progress - A goal's "N of M parts done" line.
 * @csspart list - Each list of items (a resource list, or a custom list field).
 * @csspart status - The saving status line.
 * @csspart actions - The Export, Import and "Forget my data" controls.
 *
 * @cssproperty --goalkit-color-text - Text colour.
 * @cssproperty --goalkit-color-muted - Hints and progress lines.
 * @cssproperty --goalkit-color-background - Background of the element and its fields.
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
  // Declared here rather than with decorators, like the base element's: no decorator runtime.
  static override properties: PropertyDeclarations = {
    goals: { type: Number, reflect: true },
    maxGoals: { attribute: 'max-goals', type: Number, reflect: true },
    template: { reflect: true },
  };

  /** How many goals the page asks for. They are keyed `1`, `2`…, so other elements can name them. */
  goals = 3;

  /** How many goals the learner may have, counting the ones they add. */
  maxGoals = 10;

  /** The questions asked per goal: `define`, `grow`, or `custom` (the `<goal-field>` children). */
  template: 'define' | 'grow' | 'custom' = 'define';

  #fields: Field[] = [];
  #slots = 3;
  #max = 10;
  #attributeProblems: string[][] = [];
  /** What the author wrote that cannot be used, as one message (reported when it changes). */
  #problems = '';
  /** Goal keys in order, and the ones shown: asked for by the page, not removed, up to `max-goals`. */
  #order: string[] = [];
  #live: string[] = [];
  /** The path of the goal or item the learner removed last, for "Undo". */
  #removed?: string[];
  /** Refused links, by the path they would have been saved at, with what was typed. */
  readonly #badLinks = new Map<string, string>();
  /**
   * Everything a goal's rendering depends on besides its data and place: the fields, the
   * strings, read-only, and a count of fields left (leaving one shows what another tab wrote
   * meanwhile, or why a link was refused). A goal renders again only when this, its data or
   * its place changed.
   */
  #context = '';
  #left = 0;

  constructor() {
    super();
    // The author's <goal-field> children are read at each update; edits to them show at once.
    new MutationObserver(() => this.requestUpdate()).observe(this, { childList: true, subtree: true, attributes: true });
  }

  get #data() {
    return this.document!.data;
  }

  /** The goals and their order: what Export, Import and "Forget my data" act on. */
  override scope(): Path[] {
    return [['goals'], ['goalOrder']];
  }

  /** Each goal shown, as a `## Goal 1: title` heading with its answers and resource lists. */
  override markdown(): string {
    return blocks(
      ...this.#live.flatMap((key, i) => {
        const goal = this.#data.goals[key];
        return [
          heading(2, fill(this.strings.goalN, i + 1) + (goal?.title ? `: ${goal.title}` : '')),
          ...this.#outline(goal, this.#fields).map(([level, content]) =>
            typeof content != 'string'
              ? content.map((entry) => item(entry.text, entry)).join('\n')
              : level
                ? heading(level - 1, content)
                : paragraph(content),
          ),
        ];
      }),
    );
  }

  /**
   * Reads the attributes, the author's fields and the goals. Attributes are checked before
   * Lit reflects them, so a message quotes what the author wrote; each new set of problems
   * is shown on the page, logged and reported once.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('goals') || changed.has('maxGoals')) {
      const problems: string[][] = (this.#attributeProblems = []);
      const whole = (name: string, value: number, min: number, fallback: number) =>
        Number.isInteger(value) && value >= min && value <= 100 ? value : (problems.push([name, `${this.getAttribute(name)}`]), fallback);
      this.#slots = whole('goals', this.goals, 0, 3);
      this.#max = whole('max-goals', this.maxGoals, 1, 10);
    }
    const s = this.strings;
    const problems = [...this.#attributeProblems];
    this.#fields = fieldsOf(this.template, s, this.querySelectorAll(':scope > goal-field'), problems);
    const text = problems.map(([name, value]) => fill(s.badAttribute, name, value)).join(' ');
    if (text && text != this.#problems) {
      console.warn(`<${this.localName}>: ${text}`);
      this.emitError(text, 'config');
    }
    this.#problems = text;
    const { goals, goalOrder: stored } = this.#data;
    const order = (this.#order = goalOrder(stored, this.#slots));
    this.#live = order.filter((key) => isAsked(key, this.#slots) && !goals[key]?.removed).slice(0, this.#max);
    this.#context = JSON.stringify([this.#fields, s, this.readonly, this.#left]);
  }

  /** A list's item keys in order, the ones shown (not removed), and its items; `path` leads to the list. */
  #items(path: string[]): [string[], string[], Record<string, ResourceItem>] {
    const { items = {}, order = [] } = (getAt(this.#data, path) ?? {}) as Partial<ItemList>;
    return [order, order.filter((key) => !items[key].removed), items];
  }

  protected override render() {
    const s = this.strings;
    const fields = this.#fields;
    const live = this.#live;
    const { goals } = this.#data;
    const removed = this.#removed;
    const entry = removed && (getAt(this.#data, removed) as { removed: boolean; title?: string; text: string } | undefined);
    const name = (entry && (entry.title ?? entry.text)) || (removed?.[2] ? s.item : s.goal);
    return html`${this.#problems ? html`<p class="notice">${this.#problems}</p>` : nothing}
      <p part="summary">${fill(s.goalsDone, live.filter((key) => fullyDefined(goals[key], fields)).length, live.length)}</p>
      ${this.readonly ? nothing : html`<p class="hint">${s.required}</p>`}
      <div @input=${this.#onEdit} @focusout=${this.#onEdit}>
        ${live.map((key, i) =>
          keyed(key, guard([goals[key], i, live.length, this.#context], () => this.#goal(key, goals[key], i, live.length))),
        )}
      </div>
      ${this.readonly
        ? nothing
        : html`${entry?.removed
              ? html`<p class="notice" role="status">
                  ${fill(s.removed, name)} ${this.#button(s.undo, name, () => this.#remove(removed!, false), 'undo')}
                </p>`
              : nothing}
            ${live.length < this.#max
              ? html`<button class="primary" @click=${() => this.#add(['goals'], 'created', Date.now(), 'title')}>${s.addGoal}</button>`
              : html`<p class="hint">${fill(s.maxGoals, this.#max)}</p>`}`}
      ${this.renderStatus()}${this.renderActions()}`;
  }

  #goal(key: string, goal: Goal | undefined, i: number, n: number) {
    const s = this.strings;
    const path = ['goals', key];
    const name = fill(s.goalN, i + 1);
    const [done, needed] = progress(goal, this.#fields);
    return html`<section part="goal" aria-labelledby="${key}h">
      <h3 id="${key}h">${(this.readonly && goal?.title) || name}</h3>
      <p part="progress" ?data-done=${done == needed}>${fill(s.partsDone, done, needed)}</p>
      ${this.readonly
        ? this.#outline(goal, this.#fields).map(([level, content]) =>
            typeof content != 'string'
              ? html`<ul>
                  ${content.map(
                    (entry) =>
                      html`<li>
                        ${entry.href ? html`<a href=${entry.href}>${entry.text || entry.href}</a>` : entry.text}
                        ${entry.done ? ` (${s.done})` : ''}
                      </li>`,
                  )}
                </ul>`
              : level > 4
                ? html`<h5>${content}</h5>`
                : level
                  ? html`<h4>${content}</h4>`
                  : html`<p class="answer">${content}</p>`,
          )
        : [this.#fields.map((field) => this.#field(path, field, name)), this.#tools(path, name, i, n)]}
    </section>`;
  }

  /** One field of a goal: a written answer, a list of items, or a group of lists. */
  #field(goal: string[], field: Field, name: string): unknown {
    const path = [...goal, ...(field.key == 'title' ? ['title'] : [field.kind == 'text' ? 'fields' : 'lists', field.key])];
    const id = pathId(path);
    const label = html`${field.label}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;
    const hint = field.hint ? html`<p class="hint" id="${id}h">${field.hint}</p>` : nothing;
    const [, live, items] = this.#items(path);
    return field.kind != 'text'
      ? html`<fieldset part=${field.lists ? nothing : 'list'}>
          <legend>${label}</legend>${hint}
          ${field.lists?.map((list) => this.#field(goal, list, name)) ??
          html`<ul>
              ${live.map((key, i) => {
                const entry = items[key];
                // Like goals, an item renders again only when its data, place or context changed.
                return keyed(key, guard([entry, i, live.length, this.#context], () => this.#item([...path, 'items', key], entry, field.label, i, live.length)));
              })}
            </ul>
            ${this.#button(fill(this.strings.addTo, field.label), name, () => this.#add([...path, 'items'], 'text', '', 'text'))}`}
        </fieldset>`
      : this.#input(path, label, field.key == 'title' ? 'text' : '', hint, field.required || nothing);
  }

  /**
   * A labelled text box (of `type`) or, without a type, a text area for the value at `path`,
   * described by its hint. (A template per kind of control, not one inside another: a
   * worksheet renders thousands.)
   */
  #input(path: string[], label: unknown, type: string, hint: unknown = nothing, required: unknown = nothing) {
    const id = pathId(path);
    const value = this.held(id, (getAt(this.#data, path) as string) ?? '');
    const described = hint != nothing ? `${id}h` : nothing;
    return type
      ? html`<label for=${id}>${label}</label>${hint}
          <input id=${id} type=${type} maxlength="20000" data-path=${id} aria-describedby=${described} aria-required=${required}
            .value=${value} />`
      : html`<label for=${id}>${label}</label>${hint}
          <textarea id=${id} maxlength="20000" data-path=${id} aria-describedby=${described} aria-required=${required}
            .value=${value}></textarea>`;
  }

  #item(path: string[], entry: ResourceItem, list: string, i: number, n: number) {
    const s = this.strings;
    const done = pathId([...path, 'done']);
    const text = pathId([...path, 'text']);
    // The link, described by the message under it; a refused link shows what was typed.
    const link = pathId([...path, 'href']);
    const bad = this.#badLinks.has(link);
    // One template for the whole item, its fields included: a worksheet renders thousands.
    return html`<li class="item">
      <input id=${done} type="checkbox" data-path=${done} .checked=${entry.done} />
      <label for=${done}>${s.done}<span class="visually-hidden"> ${entry.text}</span></label>
      <label for=${text}>${s.item}</label>
      <input id=${text} type="text" maxlength="20000" data-path=${text} .value=${this.held(text, entry.text)} />
      <label for=${link}>${s.link}</label>
      <input id=${link} type="url" maxlength="2048" data-path=${link} aria-describedby="${link}h" aria-invalid=${bad}
        .value=${this.held(link, this.#badLinks.get(link) ?? entry.href)} />
      <p class="error" id="${link}h" role="alert">${bad ? s.badLink : ''}</p>
      ${this.#tools(path, entry.text || `${list} ${i + 1}`, i, n)}
    </li>`;
  }

  /**
   * A goal's answers for the read-only view and Markdown: each answered field's label (a
   * heading of `level`), then its text, its list, or its group of lists.
   */
  #outline(goal: Goal | undefined, fields: Field[], level = 4): Part[] {
    return fields.flatMap((field): Part[] => {
      if (field.key == 'title' || !answered(goal, field)) return [];
      const { items = {}, order = [] } = goal!.lists[field.key] ?? {};
      return [
        [level, field.label],
        ...(field.lists
          ? this.#outline(goal, field.lists, level + 1)
          : [
              (field.kind == 'text'
                ? [0, goal!.fields[field.key]]
                : [1, inOrder(items, order).flatMap(([, entry]) => (entry.removed ? [] : [entry]))]) as Part,
            ]),
      ];
    });
  }

  /** "Move up", "Move down" and "Remove" for the goal or item at `path`, the `i`th of `n` shown. */
  #tools(path: string[], name: string, i: number, n: number) {
    const s = this.strings;
    const id = pathId(path);
    const key = path.at(-1)!;
    const goal = path.length < 3;
    const list = path.slice(0, -2);
    // Swaps the goal or item with the one shown next to it; hidden ones keep their places.
    const move = (by: number, button: string) => () => {
      const [order, live] = goal ? [this.#order, this.#live] : this.#items(list);
      const next = [...order];
      const other = live[live.indexOf(key) + by];
      next[order.indexOf(key)] = other;
      next[order.indexOf(other)] = key;
      this.#write(path[1], goal ? ['goalOrder'] : [...list, 'order'], next);
      void this.focusLater(id + button, `${id}up`, `${id}down`);
    };
    // One template for the three (not one each): every goal and item renders them.
    return html`<div>
      <button id="${id}up" ?disabled=${!i} @click=${move(-1, 'up')}>${s.moveUp}<span class="visually-hidden"> ${name}</span></button>
      <button id="${id}down" ?disabled=${i == n - 1} @click=${move(1, 'down')}>
        ${s.moveDown}<span class="visually-hidden"> ${name}</span>
      </button>
      <button id="${id}remove" @click=${() => this.#remove(path, true)}>${s.remove}<span class="visually-hidden"> ${name}</span></button>
    </div>`;
  }

  /** Removes a goal or an item (its data is kept), or with "Undo" brings it back. */
  #remove(path: string[], removed: boolean) {
    this.#removed = removed ? path : undefined;
    this.#write(path[1], [...path, 'removed'], removed, removed);
    void this.focusLater(removed ? 'undo' : `${pathId(path)}remove`);
  }

  /** Adds a goal or an item to the map at `path` and focuses its `focus` field. */
  #add(path: string[], field: string, value: unknown, focus: string) {
    const key = newKey(path[1] ? 'i' : 'g');
    this.#write(path[1] ?? key, [...path, key, field], value, undefined, path[1] ? undefined : 'added');
    void this.focusLater(pathId([...path, key, focus]));
  }

  /** A button whose accessible name ends with what it acts on ("Move up Goal 2"). */
  #button(label: string, name: string, action: () => void, id?: string, disabled = false) {
    return html`<button id=${id ?? nothing} ?disabled=${disabled} @click=${action}>
      ${label}<span class="visually-hidden"> ${name}</span>
    </button>`;
  }

  /**
   * Typing in a field saves it at once; a link only once it is safe, and leaving a link
   * that is not says why. Leaving a field also shows any value another tab wrote meanwhile.
   */
  readonly #onEdit = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const raw = control.dataset.path;
    if (!raw) return;
    const path = raw.split('.');
    const url = control.type == 'url';
    const value = control.type == 'checkbox' ? control.checked : url ? control.value.trim() : control.value;
    // A half-typed link is not saved; the message waits until the learner leaves the field.
    const refused = url && value && !SAFE_LINK.test(value as string);
    if (event.type == 'input') {
      if (refused) return;
      this.#badLinks.delete(raw);
      this.#write(path[1], path, value, value);
    } else {
      if (refused) this.#badLinks.set(raw, control.value);
      this.#left++;
      this.requestUpdate();
    }
  };

  /**
   * A learner's edit to one goal. The page's slots hold no data until the first edit; it
   * stores them all with the goal order, so each keeps its place.
   */
  #write(goal: string, path: Path, edit: unknown, value?: unknown, field?: string) {
    const [, , kind, key] = path;
    const { goals } = this.#data;
    const missing = this.#order.filter((key) => !goals[key]);
    const slots: Edits = missing.map((key) => [['goals', key, 'created'], Date.now()]);
    if (missing.length) slots.push([['goalOrder'], this.#order]);
    const before = fullyDefined(goals[goal], this.#fields);
    field ??= kind == 'fields' ? key : kind == 'lists' ? `lists.${key}` : (kind ?? 'order');
    this.editMany([...slots, [path, edit]], { goal, field, value });
    if (!before && fullyDefined(this.#data.goals[goal], this.#fields)) this.complete({ kind: 'goal', goal });
  }
}
