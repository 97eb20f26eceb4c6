import * as z from 'zod/mini';
import { count, Flag, is, isKey, listOf, mapOf, OptionalDate, Text } from './primitives.js';

/** A milestone: an author preset (only its progress is stored) or one the learner added. */
export const Milestone = z.object({
  title: Text,
  /** Learner-set due date; for a preset, overrides the author's `due` when set. */
  due: OptionalDate,
  count: z._default(count(1, 999), 1),
  done: z._default(count(0, 999), 0),
  notes: Text,
  preset: Flag,
  removed: Flag,
});
export type Milestone = z.infer<typeof Milestone>;

const string64 = is<string>((s) => typeof s === 'string' && s.length <= 64, 'Expected at most 64 characters');

export const Timeline = z.object({
  startDate: OptionalDate,
  goal: z._default(string64, ''),
  milestones: z._default(mapOf(Milestone), {}),
  order: z._default(listOf(isKey), []),
});
export type Timeline = z.infer<typeof Timeline>;
