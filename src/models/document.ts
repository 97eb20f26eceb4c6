import * as z from 'zod/mini';
import { Check } from './check.js';
import { Goal, ItemList, ResourceItem } from './goal.js';
import { getAt, isRecord, isSafeKey, setAt, type Path } from './paths.js';
import { complete, entity, isKey, KEY_PATTERN, listOf, mapOf } from './primitives.js';
import { Milestone, Timeline } from './timeline.js';

/** Version of the stored and exported document format. Bump it with a migration. */
export const SCHEMA_VERSION = 1;

/** Everything one storage key holds: the goals, their SMART checks and timelines. */
export const GoalData = entity(
  { goals: mapOf(Goal), goalOrder: listOf(isKey), checks: mapOf(Check), timelines: mapOf(Timeline) },
  () => ({ goals: {}, goalOrder: [], checks: {}, timelines: {} }),
);
export type GoalData = z.infer<typeof GoalData>;

export function emptyData(): GoalData {
  return { goals: {}, goalOrder: [], checks: {}, timelines: {} };
}

/** A part of a stored or imported document that could not be read, kept aside. */
export interface SetAside {
  path: string[];
  value: unknown;
  reason: string;
}



/**
 * Reads a map of entities one by one: a bad entry is set aside, the others are kept.
 * `prepare` lets an entity clean its own nested maps first, so one bad item inside a
 * goal does not cost the whole goal.
 */
function readEntries<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  path: string[],
  out: SetAside[],
  prepare?: (value: Record<string, unknown>, path: string[]) => Record<string, unknown>,
): Record<string, T> {
  const entries: Record<string, T> = {};
  if (raw === undefined) return entries;
  if (!isRecord(raw)) {
    out.push({ path, value: raw, reason: 'Invalid' });
    return entries;
  }
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const here = [...path, key];
    if (!isSafeKey(key) || !KEY_PATTERN.test(key)) {
      out.push({ path: here, value, reason: 'Invalid key' });
      continue;
    }
    const prepared = prepare && isRecord(value) ? prepare(value, here) : value;
    const parsed = complete(schema, prepared);
    if (parsed.success) entries[key] = parsed.data;
    else out.push({ path: here, value, reason: 'Invalid' });
  }
  return entries;
}

function readOrder(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
}

/** Keeps an order list true to its map: known keys once each, missing ones appended. */
export function normalizeOrder(order: readonly string[], keys: readonly string[]): string[] {
  const known = new Set(keys);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const key of order) {
    if (known.has(key) && !seen.has(key)) {
      seen.add(key);
      result.push(key);
    }
  }
  for (const key of keys) if (!seen.has(key)) result.push(key);
  return result;
}


function prepareGoal(goal: Record<string, unknown>, path: string[], out: SetAside[]) {
  const lists: Record<string, unknown> = {};
  const rawLists = goal.lists;
  if (isRecord(rawLists)) {
    for (const key of Object.keys(rawLists)) {
      const list = rawLists[key];
      if (!isRecord(list)) {
        lists[key] = list;
        continue;
      }
      lists[key] = {
        items: readEntries(list.items, ResourceItem, [...path, 'lists', key, 'items'], out),
        order: readOrder(list.order),
      };
    }
  }
  return { ...goal, lists: isRecord(rawLists) ? lists : rawLists };
}

function prepareTimeline(timeline: Record<string, unknown>, path: string[], out: SetAside[]) {
  return {
    ...timeline,
    milestones: readEntries(timeline.milestones, Milestone, [...path, 'milestones'], out),
    order: readOrder(timeline.order),
  };
}

/**
 * Validates document data part by part. What cannot be read is returned in `setAside`
 * (never dropped silently) and the rest is kept.
 */
export function readData(raw: unknown): { data: GoalData; setAside: SetAside[] } {
  const setAside: SetAside[] = [];
  if (raw !== undefined && !isRecord(raw)) {
    return { data: emptyData(), setAside: [{ path: [], value: raw, reason: 'Invalid' }] };
  }
  const source = raw ?? {};
  const data: GoalData = {
    goals: readEntries(source.goals, Goal, ['goals'], setAside, (g, p) => prepareGoal(g, p, setAside)),
    goalOrder: readOrder(source.goalOrder),
    checks: readEntries(source.checks, Check, ['checks'], setAside),
    timelines: readEntries(source.timelines, Timeline, ['timelines'], setAside, (t, p) =>
      prepareTimeline(t, p, setAside),
    ),
  };
  return { data: normalize(data), setAside };
}

/** Puts every order list in step with its map. Returns the same object when nothing changed. */
export function normalize(data: GoalData): GoalData {
  const lists: Array<[Path, string[], object]> = [[['goalOrder'], data.goalOrder, data.goals]];
  for (const [id, goal] of Object.entries(data.goals)) {
    for (const [key, list] of Object.entries(goal.lists)) lists.push([['goals', id, 'lists', key, 'order'], list.order, list.items]);
  }
  for (const [id, timeline] of Object.entries(data.timelines)) {
    lists.push([['timelines', id, 'order'], timeline.order, timeline.milestones]);
  }
  let result = data;
  for (const [path, order, entries] of lists) {
    const next = normalizeOrder(order, Object.keys(entries));
    // Keys hold no commas, so joined lists compare as the lists do.
    if (next.join() !== order.join()) result = setAt(result, path, next);
  }
  return result;
}

/** The schema that validates whatever sits at `path`, for checking single edits. */
export function entitySchemaAt(path: Path): z.ZodMiniType | undefined {
  const [collection, , ...rest] = path;
  if (collection === 'goals') {
    if (rest.length === 0) return Goal;
    if (rest[0] === 'lists' && rest.length === 2) return ItemList;
    if (rest[0] === 'lists' && rest[2] === 'items' && rest.length === 4) return ResourceItem;
  }
  if (collection === 'checks' && rest.length === 0) return Check;
  if (collection === 'timelines') {
    if (rest.length === 0) return Timeline;
    if (rest[0] === 'milestones' && rest.length === 2) return Milestone;
  }
  return undefined;
}

/**
 * A copy of `data` with `value` at `path`, where every entity along the path that misses
 * fields (an edit to a goal another tab has not created yet, say) takes the schema's defaults.
 */
export function withEdit(data: GoalData, path: Path, value: unknown): GoalData {
  let result = setAt(data, path, value);
  // Deepest first: an entity is complete only once the entities inside it are.
  for (let length = path.length; length >= 2; length--) {
    const prefix = path.slice(0, length);
    const schema = entitySchemaAt(prefix) as (z.ZodMiniObject & z.ZodMiniType) | undefined;
    if (!schema) continue;
    const value = getAt(result, prefix);
    if (!isRecord(value)) continue;
    const shape = schema.def.shape as Record<string, unknown>;
    if (Object.keys(shape).every((key) => Object.hasOwn(value, key))) continue;
    const parsed = complete(schema, value);
    if (parsed.success) result = setAt(result, prefix, parsed.data);
  }
  return result;
}
