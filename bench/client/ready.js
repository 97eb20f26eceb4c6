// goalkit's end of load: every element defined, its stored data read, its update done.
// Phases: `defined` (bundle evaluated, elements upgraded and rendered once without their
// data), `rendered` (data read from IndexedDB and rendered), `laidOut`.
import { deepCount, fail, finish, kind, phase } from './mark.js';

const TAGS = { worksheet: 'goal-definer', checklist: 'smart-checklist', timeline: 'milestone-timeline' };
const ROWS = { worksheet: 'li.item', checklist: 'section[part~="criterion"]', timeline: 'li[part~="milestone"]' };

try {
  const tag = TAGS[kind];
  await customElements.whenDefined(tag);
  phase('defined');
  const elements = [...document.querySelectorAll(tag)];
  await Promise.all(elements.map((el) => el.document?.ready));
  for (const el of elements) while (!(await el.updateComplete));
  phase('rendered');
  finish(() => deepCount(ROWS[kind]));
} catch (error) {
  fail(error);
}
