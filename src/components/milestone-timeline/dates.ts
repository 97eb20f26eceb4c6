import { ISO_DATE } from '../../models/primitives.js';

/*
 * Due dates are calendar dates, not instants: each is handled as the UTC midnight of its
 * day, so no time zone or daylight-saving change can move it by a day.
 */
const DAY = 864e5;

/** `YYYY-MM-DD` of a UTC-midnight time. */
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The UTC midnight of a calendar date, or NaN when `iso` is not a real date. */
export function timeOf(iso: string): number {
  const time = ISO_DATE.test(iso) ? Date.parse(iso) : NaN;
  return time === time && isoOf(time) === iso ? time : NaN;
}

export const isDate = (iso: string) => !isNaN(timeOf(iso));

export const addDays = (iso: string, days: number) => isoOf(timeOf(iso) + days * DAY);

export const daysBetween = (from: string, to: string) => Math.round((timeOf(to) - timeOf(from)) / DAY);

/** The calendar date it is where the learner is. */
export const localToday = (now = new Date()) => isoOf(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

const RELATIVE = /^(week|day) +(\d{1,3})$/i;

/** Whether `due` counts from the start date (`week N`, `day N`). */
export const isRelative = (due: string) => RELATIVE.test(due.trim());

/**
 * The date an author's `due` stands for: an ISO date, `week N` (the last day of week N:
 * start + 7N − 1 days) or `day N` (start + N − 1 days). '' when it needs a start date
 * that is not set; undefined when it cannot be read.
 */
export function dueDate(due: string, start: string): string | undefined {
  const relative = RELATIVE.exec(due.trim());
  if (!relative) return isDate(due) ? due : undefined;
  const n = +relative[2];
  if (n < 1) return undefined;
  return start ? addDays(start, /^w/i.test(relative[1]) ? 7 * n - 1 : n - 1) : '';
}

/** Formats calendar dates in `lang`, with the year only when it is not `today`'s. */
export function dateFormat(lang: string, today: string): (iso: string) => string {
  const format = (locale: string, year: boolean) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: year ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
  const formats = [false, true].map((year) => {
    try {
      return format(lang, year);
    } catch {
      // A malformed `lang` must not break the timeline.
      return format('en', year);
    }
  });
  return (iso) => formats[+(iso.slice(0, 4) !== today.slice(0, 4))].format(timeOf(iso));
}
