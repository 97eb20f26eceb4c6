// The self-contained build: everything inlined, every element defined on load. It exports
// only what a page without a bundler needs (the full API is the npm entry `goalkit`).
import './define.js';
export { GoalWorkspace } from './components/goal-workspace/goal-workspace.js';
export { GoalDefiner } from './components/goal-definer/goal-definer.js';
export { SmartChecklist } from './components/smart-checklist/smart-checklist.js';
export { MilestoneTimeline } from './components/milestone-timeline/milestone-timeline.js';
export { GoalStore, defaultStore } from './storage/goal-store.js';
export { registerStrings } from './i18n/strings.js';
