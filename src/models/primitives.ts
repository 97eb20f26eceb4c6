import * as z from 'zod/mini';
import { isRecord } from './paths.js';

/**
 * A value of type T that passes `test`. Every leaf is checked this way: zod's dedicated
 * string, number and boolean types cost more bundle than the checks they replace, and
 * `z.object` still validates the shapes.
 */
export const is = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

const isString = (value: unknown): value is string => typeof value === 'string';
export const Str = is<string>(isString);
export const Num = is<number>((v) => typeof v === 'number' && Number.isFinite(v));
export const Bool = is<boolean>((v) => typeof v === 'boolean');
export const Any = z.custom<unknown>(() => true);

/** Keys of goals, fields, items and milestones: short, URL- and path-safe, never a prototype's name. */
export const KEY_PATTERN = /^(?!(?:__proto__|constructor|prototype)$)[\w-]{1,64}$/;
export const isKey = (item: unknown): item is string => isString(item) && KEY_PATTERN.test(item);
export const Key = is<string>(isKey);

/** One learner answer. Generous, but bounded so one field cannot fill the quota. */
export const MAX_TEXT = 20_000;
export const LongText = is<string>((v) => isString(v) && v.length <= MAX_TEXT);

/** A whole number from `min` to `max`. */
export const count = (min: number, max: number) =>
  is<number>((n) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max);

/** A calendar date `YYYY-MM-DD`, or empty when not set. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const OptionalDate = is<string>((s) => s === '' || (isString(s) && ISO_DATE.test(s)));

/** Links accept only http:, https: and mailto: (or nothing). */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
export const Link = is<string>((s) => s === '' || (isString(s) && s.length <= 2048 && SAFE_LINK.test(s.trim())));


/** What each entity's missing fields mean (fresh objects every time: nothing is shared). */
const defaultsOf = new WeakMap<object, () => object>();

/**
 * An object schema whose missing fields take the values `defaults()` gives when read with
 * `complete`: old records and half-created entities (an edit from another tab to a goal
 * this one has not seen yet) read as whole ones.
 */
export function entity<S extends Record<string, z.ZodMiniType>>(shape: S, defaults: () => { [K in keyof S]?: z.infer<S[K]> }) {
  const schema = z.object(shape);
  defaultsOf.set(schema, defaults);
  return schema;
}

/** Validates `value` with `schema`, its missing fields taking their defaults. */
export function complete<T>(schema: z.ZodMiniType<T>, value: unknown) {
  const defaults = defaultsOf.get(schema);
  if (!defaults || !isRecord(value)) return schema.safeParse(value);
  const whole = defaults() as Record<string, unknown>;
  for (const key of Object.keys(value)) if (value[key] !== undefined) whole[key] = value[key];
  return schema.safeParse(whole);
}


/**
 * A map of key → entry, every key a Key and every entry valid. (A refinement over zod's
 * record and array types: the same checks for a quarter of their bundle size. Entries are
 * read one by one, with their defaults, by `readData`.)
 */
export const mapOf = <T>(entry: z.ZodMiniType<T>, key = KEY_PATTERN) =>
  z.custom<Record<string, T>>(
    (value) => isRecord(value) && Object.entries(value).every(([k, v]) => key.test(k) && entry.safeParse(v).success),
  );

/** A list whose items all pass `test`. */
export const listOf = <T>(test: (item: unknown) => item is T) =>
  z.custom<T[]>((value) => Array.isArray(value) && value.every(test));


/** Creates a key for something the learner adds: unique enough across tabs. */
export function newKey(prefix = 'k'): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}${Date.now().toString(36)}${random[0].toString(36)}${random[1].toString(36)}`.slice(0, 64);
}
