import type { Strings } from '../../i18n/strings.js';
import { KEY_PATTERN } from '../../models/primitives.js';

/** One part of a goal's worksheet. */
export interface Field {
  /** Where the answer is kept: `title`, a key of the goal's `fields`, or of its `lists`. */
  key: string;
  label: string;
  /** `text`: a written answer; `list`: a list of items; `lists`: a group of lists. */
  kind: 'text' | 'list' | 'lists';
  hint?: string;
  /** Needed for the goal to count as fully defined. */
  required?: boolean;
  lists?: Field[];
}

const RESOURCES = ['learning', 'mentors', 'events', 'build', 'talks', 'openSource'];
const GROW = ['reality', 'options', 'wayForward'];

/**
 * The fields of a template, in order; the goal's title comes first. `custom` reads the
 * author's `<goal-field>` elements. What it cannot use (an unknown template, a bad field)
 * goes to `problems` as [attribute, value].
 */
export function fieldsOf(
  template: string,
  s: Strings['goal-definer'],
  children: Iterable<Element>,
  problems: string[][],
): Field[] {
  const strings = s as Record<string, string>;
  const field = (key: string, kind: Field['kind'] = 'text', hint?: string, required = true): Field => ({
    key,
    label: strings[key],
    kind,
    hint,
    required,
  });
  const title = { ...field('title'), label: s.goal };
  if (template == 'grow') return [{ ...title, hint: s.goalHint }, ...GROW.map((key) => field(key, 'text', strings[`${key}Hint`]))];
  if (template != 'custom') {
    if (template != 'define') problems.push(['template', template]);
    const lists = RESOURCES.map((key) => field(key, 'list', '', false));
    return [title, field('now'), field('success'), { ...field('resources', 'lists'), lists }, field('why')];
  }
  const fields = [title];
  for (const child of children) {
    const [key, label, kind, hint] = ['key', 'label', 'kind', 'hint'].map((name) => child.getAttribute(name) ?? '');
    if (kind && kind != 'text' && kind != 'list') problems.push(['kind', kind]);
    // A goal-field keyed "title" relabels the title, which every goal has.
    if (key == 'title') Object.assign(title, { label: label || s.goal, hint });
    else if (!KEY_PATTERN.test(key) || fields.some((f) => f.key == key)) problems.push(['key', key]);
    else fields.push({ ...field(key, kind == 'list' ? 'list' : 'text', hint, child.hasAttribute('required')), label: label || key });
  }
  return fields;
}
