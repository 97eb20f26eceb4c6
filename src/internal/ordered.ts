/** Helpers for the ordered maps of the data model (a map of entries plus an `order`). */

export function inOrder<T>(entries: Readonly<Record<string, T>>, order: readonly string[]): Array<[string, T]> {
  return order.filter((key) => Object.hasOwn(entries, key)).map((key) => [key, entries[key]]);
}

