import { daysBetween } from './dates.js';
import type { Row } from './milestones.js';

export type Status = 'done' | 'overdue' | 'soon' | 'upcoming' | '';

export const isDone = (row: Row) => row.done >= row.count;

/** Where a milestone stands on `today`: due soon means within the next 7 days. */
export function statusOf(row: Row, today: string): Status {
  if (isDone(row)) return 'done';
  if (!row.due) return '';
  if (row.due < today) return 'overdue';
  return daysBetween(today, row.due) <= 7 ? 'soon' : 'upcoming';
}

/**
 * Milestones due so far (due before today, or today and already done), and how many of
 * those are done: behind when fewer are done than are due.
 */
export function progressOf(rows: Row[], today: string): { due: number; done: number } {
  const due = rows.filter((row) => row.due && (row.due < today || (row.due === today && isDone(row))));
  return { due: due.length, done: due.filter(isDone).length };
}

/** Where the "today" marker goes among chronological rows: -1 when no row has a date. */
export function todayIndex(rows: Row[], today: string): number {
  if (!rows.some((row) => row.due)) return -1;
  const index = rows.findIndex((row) => !row.due || row.due >= today);
  return index < 0 ? rows.length : index;
}
