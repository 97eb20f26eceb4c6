import * as z from 'zod/mini';
import { Flag, Key, OptionalDate, Text } from './primitives.js';

/** A milestone: an author preset (only its progress is stored) or one the learner added. */
export const Milestone = z.object({
  title: Text,
  /** Learner-set due date; for a preset, overrides the author's `due` when set. */
  due: OptionalDate,
  count: z._default(z.int().check(z.minimum(1), z.maximum(999)), 1),
  done: z._default(z.int().check(z.minimum(0), z.maximum(999)), 0),
  notes: Text,
  preset: Flag,
  removed: Flag,
});
export type Milestone = z.infer<typeof Milestone>;

export const Timeline = z.object({
  startDate: OptionalDate,
  goal: z._default(z.string().check(z.maxLength(64)), ''),
  milestones: z._default(z.record(Key, Milestone), {}),
  order: z._default(z.array(Key), []),
});
export type Timeline = z.infer<typeof Timeline>;
