/** Helpers for the ordered maps of the data model (a map of entries plus an `order`). */

export function inOrder<T>(entries: Readonly<Record<string, T>>, order: readonly string[]): Array<[string, T]> {
  return order.filter((key) => Object.hasOwn(entries, key)).map((key) => [key, entries[key]]);
}

/** The order with `key` moved by `delta` places (clamped); the same array when it cannot move. */
export function moved(order: readonly string[], key: string, delta: number): string[] {
  const from = order.indexOf(key);
  const to = Math.min(order.length - 1, Math.max(0, from + delta));
  if (from < 0 || from === to) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, key);
  return next;
}
