import type { Goal } from '../../models/goal.js';
import type { Field } from './templates.js';

/** Whether the learner has answered a field: some text, or at least one item in its list(s). */
export function answered(goal: Goal | undefined, field: Field): boolean {
  if (!goal) return false;
  if (field.kind === 'text') return !!(field.key === 'title' ? goal.title : goal.fields[field.key])?.trim();
  return (field.lists ?? [field]).some(({ key }) =>
    Object.values(goal.lists[key]?.items ?? {}).some((item) => !item.removed && (item.text.trim() || item.href)),
  );
}

/** How many of the fields a goal needs to be fully defined are answered: [answered, needed]. */
export function progress(goal: Goal | undefined, fields: readonly Field[]): [number, number] {
  const needed = fields.filter((f) => f.required);
  return [needed.filter((f) => answered(goal, f)).length, needed.length];
}

export function fullyDefined(goal: Goal | undefined, fields: readonly Field[]): boolean {
  const [done, needed] = progress(goal, fields);
  return done === needed;
}
