import * as z from 'zod/mini';
import { Bool, entity, isKey, listOf, LongText, mapOf } from './primitives.js';

export const CRITERIA = ['specific', 'measurable', 'achievable', 'realistic', 'timeBound'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** A SMART check of one goal: answers and ticks per criterion. */
export const Check = entity(
  {
    /** The goal statement when the checklist is not tied to a goal of the workspace. */
    statement: LongText,
    answers: mapOf(LongText),
    met: mapOf(Bool),
    /** Hints the learner dismissed, by hint id. */
    dismissed: listOf(isKey),
  },
  () => ({ statement: '', answers: {}, met: {}, dismissed: [] }),
);
export type Check = z.infer<typeof Check>;
