import { inOrder } from '../../internal/ordered.js';
import { KEY_PATTERN } from '../../models/primitives.js';
import type { Milestone, Timeline } from '../../models/timeline.js';
import { addDays, dueDate } from './dates.js';

/** Turns something an author wrote that cannot be used into a message: which string, and the value. */
export type Problem = (name: 'badDue' | 'badCount' | 'badKey', value: string, attribute: string) => string;

/** A milestone as the timeline shows it: the author's preset or the learner's own, with progress. */
export interface Row {
  key: string;
  title: string;
  /** The date it is due, `YYYY-MM-DD`, or '' when it has none (yet). */
  due: string;
  /** The author's `week N` / `day N` that waits for a start date. */
  waiting?: string;
  count: number;
  done: number;
  notes: string;
  preset?: boolean;
  /** What the author wrote wrong on this milestone, in plain words. */
  problems?: string[];
}

/**
 * Every milestone to show: the author's presets (`<milestone-item>` children) with the
 * learner's progress on them, then the learner's own, not removed. A preset's missing or
 * unusable key falls back to its position; stored progress of a preset the author took
 * away is kept.
 */
export function milestonesOf(items: Element[], start: string, timeline: Timeline | undefined, problem: Problem): Row[] {
  const stored = timeline?.milestones ?? {};
  const keys = new Set<string>();
  const rows: Row[] = items.map((item, i) => {
    const problems: string[] = [];
    const read = (name: string) => item.getAttribute(name)?.trim() ?? '';
    let key = read('key');
    if (!KEY_PATTERN.test(key) || keys.has(key)) {
      if (key) problems.push(problem('badKey', key, 'key'));
      key = `preset-${i + 1}`;
    }
    keys.add(key);
    const counted = read('count') || '1';
    const count = /^\d{1,3}$/.test(counted) && +counted;
    if (!count) problems.push(problem('badCount', counted, 'count'));
    const when = read('due');
    const due = when && dueDate(when, start);
    if (due == null) problems.push(problem('badDue', when, 'due'));
    const saved: Partial<Milestone> | undefined = stored[key];
    return {
      done: 0,
      notes: '',
      ...saved,
      key,
      title: item.textContent!.trim().replace(/\s+/g, ' '),
      due: saved?.due || due || '',
      waiting: due === '' ? when : '',
      count: count || 1,
      preset: true,
      problems,
    };
  });
  for (const [key, m] of inOrder(stored, timeline?.order ?? [])) if (!m.preset && !m.removed) rows.push({ ...m, key });
  // An author may have lowered a count below what the learner had done.
  return rows.map((row) => ({ ...row, done: Math.min(row.done, row.count) }));
}

const dueKey = (row: Row) => row.due || '~';

/** Chronological, undated last; ties keep their order. */
export const byDue = (a: Row, b: Row) => +(dueKey(a) > dueKey(b)) - +(dueKey(a) < dueKey(b));

export const isDone = (row: Row) => row.done >= row.count;

/** Where a milestone stands on `today`: due soon means today or within the next 7 days. */
export const statusOf = (row: Row, today: string) =>
  isDone(row) ? 'done' : !row.due ? '' : row.due < today ? 'overdue' : row.due > addDays(today, 7) ? 'upcoming' : 'soon';

/**
 * Milestones due so far (due before today, or today and already done), and how many of
 * those are done: behind when fewer are done than are due.
 */
export function progressOf(rows: Row[], today: string): { due: number; done: number } {
  const due = rows.filter((row) => row.due && (row.due < today || (row.due == today && isDone(row))));
  return { due: due.length, done: due.filter(isDone).length };
}

/** Where the "today" marker goes among chronological rows: -1 when no row has a date. */
export function todayIndex(rows: Row[], today: string): number {
  const at = rows.findIndex((row) => !row.due || row.due >= today);
  return rows.some((row) => row.due) ? (at < 0 ? rows.length : at) : -1;
}
