import * as z from 'zod/mini';
import { Bool, count, entity, is, isKey, listOf, LongText, mapOf, OptionalDate } from './primitives.js';

/** A milestone: an author preset (only its progress is stored) or one the learner added. */
export const Milestone = entity(
  {
    title: LongText,
    /** Learner-set due date; for a preset, overrides the author's `due` when set. */
    due: OptionalDate,
    count: count(1, 999),
    done: count(0, 999),
    notes: LongText,
    preset: Bool,
    removed: Bool,
  },
  () => ({ title: '', due: '', count: 1, done: 0, notes: '', preset: false, removed: false }),
);
export type Milestone = z.infer<typeof Milestone>;

const string64 = is<string>((s) => typeof s === 'string' && s.length <= 64);

export const Timeline = entity(
  { startDate: OptionalDate, goal: string64, milestones: mapOf(Milestone), order: listOf(isKey) },
  () => ({ startDate: '', goal: '', milestones: {}, order: [] }),
);
export type Timeline = z.infer<typeof Timeline>;
