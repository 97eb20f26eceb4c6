/*
 * Due dates are calendar dates, not instants: each is handled as the UTC midnight of its
 * day, so no time zone or daylight-saving change can move it by a day.
 */

/** `YYYY-MM-DD` of a time, read in UTC. */
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Whether `iso` is a real calendar date `YYYY-MM-DD` (not 2027-02-30): only such a date reads
 * back as itself. (What cannot be read at all counts as 1970-01-01, which reads as itself.)
 */
export const isDate = (iso: string) => isoOf(Date.parse(iso) || 0) == iso;

export const addDays = (iso: string, days: number) => isoOf(Date.parse(iso) + days * 864e5);

/** The calendar date it is where the learner is. */
export const localToday = (now = new Date()) => isoOf(+now - now.getTimezoneOffset() * 6e4);

/**
 * The date an author's `due` stands for: an ISO date, `week N` (the last day of week N:
 * start + 7N − 1 days) or `day N` (start + N − 1 days). '' when it needs a start date
 * that is not set; undefined when it cannot be read.
 */
export function dueDate(due: string, start: string): string | undefined {
  const [, week, n] = /^(?:(w)eek|day) +(\d{1,3})$/i.exec(due.trim()) ?? [];
  if (!n) return isDate(due) ? due : undefined;
  if (+n) return start && addDays(start, week ? 7 * +n - 1 : +n - 1);
}

/** Formats calendar dates in full ("Sunday, December 20, 2026") in `lang`. */
export function dateFormat(lang: string): (iso: string) => string {
  const make = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' });
  let format: Intl.DateTimeFormat;
  try {
    format = make(lang);
  } catch {
    // A malformed `lang` must not break the timeline.
    format = make('en');
  }
  return (iso) => format.format(Date.parse(iso));
}
