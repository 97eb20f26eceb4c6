import * as z from 'zod/mini';

/** Keys of goals, fields, items and milestones: short, URL- and path-safe. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const Key = z.string().check(z.regex(KEY_PATTERN));

/** One learner answer. Generous, but bounded so one field cannot fill the quota. */
export const MAX_TEXT = 20_000;
export const Text = z._default(z.string().check(z.maxLength(MAX_TEXT)), '');

/** A calendar date `YYYY-MM-DD`, or empty when not set. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const OptionalDate = z._default(
  z.string().check(z.refine((s) => s === '' || ISO_DATE.test(s), 'Expected a date as YYYY-MM-DD')),
  '',
);

/** Links accept only http:, https: and mailto: (or nothing). */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
export const Link = z._default(
  z.string().check(
    z.maxLength(2048),
    z.refine((s) => s === '' || SAFE_LINK.test(s.trim()), 'Links must start with http:, https: or mailto:'),
  ),
  '',
);

export const Flag = z._default(z.boolean(), false);

/** Creates a key for something the learner adds: unique enough across tabs. */
export function newKey(prefix = 'k'): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}${Date.now().toString(36)}${random[0].toString(36)}${random[1].toString(36)}`.slice(0, 64);
}
