import { GoalDefiner } from './components/goal-definer/goal-definer.js';
import { GoalWorkspace } from './components/goal-workspace/goal-workspace.js';
import { MilestoneTimeline } from './components/milestone-timeline/milestone-timeline.js';
import { SmartChecklist } from './components/smart-checklist/smart-checklist.js';

/**
 * Registers every goalkit element. Safe to run twice, or next to another copy of
 * goalkit: a tag already defined is left as it is.
 */
const elements: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  // The workspace first: elements inside it ask for its context as they upgrade.
  ['goal-workspace', GoalWorkspace],
  ['goal-definer', GoalDefiner],
  ['smart-checklist', SmartChecklist],
  ['milestone-timeline', MilestoneTimeline],
];

for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'goal-workspace': GoalWorkspace;
    'goal-definer': GoalDefiner;
    'smart-checklist': SmartChecklist;
    'milestone-timeline': MilestoneTimeline;
  }
}
