import { SCHEMA_VERSION } from './document.js';

/**
 * Upgrades for data written by earlier versions of goalkit: `MIGRATIONS[n]` turns data
 * of version n into version n + 1. Version 1 is the first published format, so the table
 * is empty; every later format change adds a step here and a fixture under
 * test/fixtures/schema-v<n>.json that must keep loading.
 */
export const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

/** Data of a format version this goalkit does not know (a newer one): left untouched. */
export const unknownVersion = (version: unknown) => new Error(`Unknown data format version ${String(version)}`);

/** Brings data of any earlier version up to SCHEMA_VERSION. */
export function migrate(data: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    throw unknownVersion(version);
  }
  let current = data;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw unknownVersion(version);
    current = step((current ?? {}) as Record<string, unknown>);
  }
  return current;
}
