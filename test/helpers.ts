import { GoalStore, type GoalStoreOptions } from '../src/storage/goal-store.js';

const stores: GoalStore[] = [];

/** A store on a database of its own, closed after the test. */
export function freshStore(options: GoalStoreOptions = {}): GoalStore {
  const store = new GoalStore({ name: `goalkit-test-${crypto.randomUUID()}`, ...options });
  stores.push(store);
  return store;
}

/** Another "tab": a second store with its own connection on the same database. */
export function sameDatabase(store: GoalStore, options: GoalStoreOptions = {}): GoalStore {
  const other = new GoalStore({ ...options, name: store.name });
  stores.push(other);
  return other;
}

export function closeStores(): void {
  for (const store of stores.splice(0)) store.close();
}

/** Waits until `check` returns truthy, polling; fails with `message` after `timeout` ms. */
export async function until<T>(check: () => T, message = 'condition', timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
