/**
 * goalkit: element classes, types and helpers. Importing this registers nothing;
 * import `goalkit/define.js` (or load dist/goalkit.js) to define the tags.
 */
export { GoalWorkspace } from './components/goal-workspace/goal-workspace.js';
export { GoalDefiner } from './components/goal-definer/goal-definer.js';
export { SmartChecklist } from './components/smart-checklist/smart-checklist.js';
export { MilestoneTimeline } from './components/milestone-timeline/milestone-timeline.js';
export { GoalkitElement } from './internal/goalkit-element.js';
export { workspaceContext, type WorkspaceContext } from './context/workspace-context.js';
export { GoalStore, defaultStore, type GoalStoreOptions } from './storage/goal-store.js';
export { GoalDocument, type SaveState, type DocumentChange, type DocumentEvent } from './storage/goal-document.js';
export { registerStrings, type Strings, type PartialStrings } from './i18n/strings.js';
export type * from './events.js';
export * from './models/index.js';
