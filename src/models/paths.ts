/**
 * Reading and writing inside a document by path, without mutating: every write copies
 * the objects along the path, so unchanged parts keep their identity.
 */
export type Path = readonly string[];

/** Keys that could reach an object's prototype: never followed, never written. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
  return !UNSAFE_KEYS.has(key);
}

/**
 * A path as the `data-path` (and `id`) of the control that edits it: its keys, which hold no
 * dots, joined by dots. `split('.')` gives the path back.
 */
export const pathId = (path: Path): string => path.join('.');

export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) || !isSafeKey(key) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns a copy of `root` with `value` at `path`; `undefined` removes the key. */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (!isSafeKey(key)) throw new TypeError(`Refused unsafe key "${key}"`);
  const node: Record<string, unknown> = isRecord(root) ? root : {};
  const child = setAt(Object.hasOwn(node, key) ? node[key] : undefined, rest, value);
  const copy: Record<string, unknown> = { ...node };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** Whether two JSON values are equal. */
export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
