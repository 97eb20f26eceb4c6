import * as z from 'zod/mini';
import { Flag, isKey, Link, listOf, LongText, mapOf, Num, Text } from './primitives.js';

/** One entry of a resource list: a book, a mentor, a meetup… */
export const ResourceItem = z.object({
  text: Text,
  href: Link,
  done: Flag,
  /** Removed by the learner; kept so that undo works and nothing typed is lost. */
  removed: Flag,
});
export type ResourceItem = z.infer<typeof ResourceItem>;

/** An ordered list of items; a map plus an order so that two tabs can add items at once. */
export const ItemList = z.object({
  items: z._default(mapOf(ResourceItem), {}),
  order: z._default(listOf(isKey), []),
});
export type ItemList = z.infer<typeof ItemList>;

/**
 * One goal. Answers are kept by stable field key, so a field an author hides or renames
 * keeps its answer until it comes back.
 */
export const Goal = z.object({
  title: Text,
  fields: z._default(mapOf(LongText), {}),
  lists: z._default(mapOf(ItemList), {}),
  /** Removed by the learner; kept so that undo works and nothing typed is lost. */
  removed: Flag,
  created: z._default(Num, 0),
});
export type Goal = z.infer<typeof Goal>;
