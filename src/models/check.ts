import * as z from 'zod/mini';
import { Bool, isKey, listOf, LongText, mapOf, Text } from './primitives.js';

export const CRITERIA = ['specific', 'measurable', 'achievable', 'realistic', 'timeBound'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** A SMART check of one goal: answers and ticks per criterion. */
export const Check = z.object({
  /** The goal statement when the checklist is not tied to a goal of the workspace. */
  statement: Text,
  answers: z._default(mapOf(LongText), {}),
  met: z._default(mapOf(Bool), {}),
  /** Hints the learner dismissed, by hint id. */
  dismissed: z._default(listOf(isKey), []),
});
export type Check = z.infer<typeof Check>;
