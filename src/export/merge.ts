import type { GoalData } from '../models/document.js';
import { newKey } from '../models/primitives.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === undefined || v === '' || v === false || (isObject(v) && !Object.keys(v).length);

/**
 * Merges imported data into what the learner has: what they have wins, the file fills
 * what is empty, and lists gain the file's entries. Builds fresh objects; copies only
 * own keys of already validated data.
 */
export function fill(mine: unknown, theirs: unknown): unknown {
  if (Array.isArray(mine) && Array.isArray(theirs)) return [...new Set([...mine, ...theirs])];
  if (isObject(mine) && isObject(theirs)) {
    const result: Record<string, unknown> = { ...mine };
    for (const key of Object.keys(theirs)) result[key] = fill(mine[key], theirs[key]);
    return result;
  }
  return isEmpty(mine) ? theirs : mine;
}

/** Two different goals that happen to share a key (say, slot "1" of two pages) stay two goals. */
export function mergeData(mine: Partial<GoalData>, theirs: Partial<GoalData>): Partial<GoalData> {
  if (!theirs.goals) return fill(mine, theirs) as Partial<GoalData>;
  const goals = { ...theirs.goals };
  const checks = { ...theirs.checks };
  const goalOrder = [...(theirs.goalOrder ?? [])];
  for (const [key, goal] of Object.entries(theirs.goals)) {
    const own = mine.goals?.[key];
    if (own && own.title && goal.title && own.title !== goal.title) {
      const renamed = newKey('g');
      delete goals[key];
      goals[renamed] = goal;
      goalOrder[goalOrder.indexOf(key)] = renamed;
      if (checks[key]) {
        checks[renamed] = checks[key];
        delete checks[key];
      }
    }
  }
  return fill(mine, { ...theirs, goals, goalOrder, ...(theirs.checks && { checks }) }) as Partial<GoalData>;
}
