import * as z from 'zod/mini';
import { Bool, entity, isKey, Link, listOf, LongText, mapOf, Num } from './primitives.js';

/** One entry of a resource list: a book, a mentor, a meetup… */
export const ResourceItem = entity(
  {
    text: LongText,
    href: Link,
    done: Bool,
    /** Removed by the learner; kept so that undo works and nothing typed is lost. */
    removed: Bool,
  },
  () => ({ text: '', href: '', done: false, removed: false }),
);
export type ResourceItem = z.infer<typeof ResourceItem>;

/** An ordered list of items; a map plus an order so that two tabs can add items at once. */
export const ItemList = entity({ items: mapOf(ResourceItem), order: listOf(isKey) }, () => ({ items: {}, order: [] }));
export type ItemList = z.infer<typeof ItemList>;

/**
 * One goal. Answers are kept by stable field key, so a field an author hides or renames
 * keeps its answer until it comes back.
 */
export const Goal = entity(
  {
    title: LongText,
    fields: mapOf(LongText),
    lists: mapOf(ItemList),
    /** Removed by the learner; kept so that undo works and nothing typed is lost. */
    removed: Bool,
    created: Num,
  },
  () => ({ title: '', fields: {}, lists: {}, removed: false, created: 0 }),
);
export type Goal = z.infer<typeof Goal>;
