import { inOrder } from '../../internal/ordered.js';
import { CRITERIA, type Check } from '../../models/check.js';
import type { GoalData } from '../../models/document.js';

/** A goal the learner can pick: its key, its title, and what the picker shows. */
export interface GoalChoice {
  key: string;
  title: string;
  label: string;
}

/** The workspace's goals that can be checked: not removed, in order; untitled ones as "Goal 1"… */
export function goalChoices(data: GoalData, untitled: string): GoalChoice[] {
  return inOrder(data.goals, data.goalOrder)
    .filter(([, goal]) => !goal.removed)
    .map(([key, { title }], i) => ({ key, title, label: title.trim() || untitled.replace('{n}', `${i + 1}`) }));
}

/** How many of the five criteria are ticked. */
export const metCount = (check: Check | undefined): number => CRITERIA.filter((c) => check?.met[c]).length;

/**
 * The key of the check of a checklist's own goal: `own-` and the element's `id` or
 * position, so that several checklists in one workspace keep their own goals apart.
 */
export const ownKey = (position: string): string => `own-${position}`.replace(/[^\w-]/g, '-').slice(0, 64);
