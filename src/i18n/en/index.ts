import { common } from './common.js';
import { goalDefiner } from './goal-definer.js';
import { goalWorkspace } from './goal-workspace.js';
import { milestoneTimeline } from './milestone-timeline.js';
import { smartChecklist } from './smart-checklist.js';

/**
 * The English strings table: every string goalkit shows, by element. A locale provides
 * the same shape (or part of it) through `registerStrings`.
 */
export const en = {
  common,
  'goal-workspace': goalWorkspace,
  'goal-definer': goalDefiner,
  'smart-checklist': smartChecklist,
  'milestone-timeline': milestoneTimeline,
};
