import { inOrder } from '../../internal/ordered.js';
import { KEY_PATTERN } from '../../models/primitives.js';
import type { Timeline } from '../../models/timeline.js';
import { dueDate } from './dates.js';

/** Turns something an author wrote that cannot be used into a message: which string, and the value. */
export type Problem = (name: 'badDue' | 'badCount' | 'badKey', value: string, attribute: string) => string;

/** A milestone as the timeline shows it: the author's preset or the learner's own, with progress. */
export interface Row {
  key: string;
  title: string;
  /** The date it is due, `YYYY-MM-DD`, or '' when it has none (yet). */
  due: string;
  /** The author's `week N` / `day N` that waits for a start date. */
  waiting: string;
  count: number;
  done: number;
  notes: string;
  preset: boolean;
  /** What the author wrote wrong on this milestone, in plain words. */
  problems: string[];
}

/** Author presets, from `<milestone-item>` children; a missing or unusable key falls back to the position. */
export function readPresets(items: Element[], start: string, problem: Problem): Row[] {
  const keys = new Set<string>();
  return items.map((item, i) => {
    const problems: string[] = [];
    let key = item.getAttribute('key') ?? '';
    if (!KEY_PATTERN.test(key) || keys.has(key)) {
      if (key) problems.push(problem('badKey', key, 'key'));
      key = `preset-${i + 1}`;
    }
    keys.add(key);
    const countText = item.getAttribute('count');
    let count = countText === null ? 1 : /^ *\d{1,3} *$/.test(countText) ? +countText : 0;
    if (count < 1) {
      problems.push(problem('badCount', countText!, 'count'));
      count = 1;
    }
    const when = item.getAttribute('due')?.trim() ?? '';
    const due = when && dueDate(when, start);
    if (due === undefined) problems.push(problem('badDue', when, 'due'));
    return {
      key,
      title: (item.textContent ?? '').trim().replace(/\s+/g, ' '),
      due: due ?? '',
      waiting: due === '' ? when : '',
      count,
      done: 0,
      notes: '',
      preset: true,
      problems,
    };
  });
}

/**
 * Every milestone to show: the presets with the learner's progress on them, then the
 * learner's own (not removed). Stored progress of a preset the author took away is kept.
 */
export function milestonesOf(presets: Row[], timeline: Timeline | undefined): Row[] {
  const stored = timeline?.milestones ?? {};
  const rows = presets.map((preset) => {
    const saved = stored[preset.key];
    return saved
      ? { ...preset, done: Math.min(saved.done, preset.count), notes: saved.notes, due: saved.due || preset.due }
      : preset;
  });
  for (const [key, m] of inOrder(stored, timeline?.order ?? [])) {
    if (!m.preset && !m.removed) {
      rows.push({ ...m, key, waiting: '', done: Math.min(m.done, m.count), preset: false, problems: [] });
    }
  }
  return rows;
}

const dueKey = (row: Row) => row.due || '~';

/** Chronological, undated last; ties keep their order. */
export const byDue = (a: Row, b: Row) => (dueKey(a) < dueKey(b) ? -1 : +(dueKey(a) > dueKey(b)));
