import { emptyData, readData, SCHEMA_VERSION, type GoalData, type SetAside } from './document.js';
import { migrate, unknownVersion } from './migrations.js';
import { Any, complete, entity, listOf, mapOf, Num, Str } from './primitives.js';

/** A value that another tab's write replaced while this tab was editing it: kept, not lost. */
export interface Conflict {
  path: string[];
  value: unknown;
  rev: number;
  at: number;
}

/** The envelope around one storage key's data, as IndexedDB holds it. */
const Envelope = entity({
  key: Str,
  version: Num,
  rev: Num,
  revs: mapOf(Num, /^/),
  updated: Num,
  data: Any,
  conflicts: listOf((item): item is Conflict => typeof item === 'object' && item !== null),
}, () => ({ rev: 0, revs: {}, updated: 0, conflicts: [] }));

export interface StoredRecord {
  key: string;
  version: number;
  /** Incremented by every commit, in any tab. */
  rev: number;
  /** Per path (JSON of the path), the rev that last wrote it: how stale writes are noticed. */
  revs: Record<string, number>;
  updated: number;
  data: GoalData;
  conflicts: Conflict[];
}

export const MAX_CONFLICTS = 50;

export function emptyRecord(key: string): StoredRecord {
  return { key, version: SCHEMA_VERSION, rev: 0, revs: {}, updated: 0, data: emptyData(), conflicts: [] };
}

/**
 * Reads a stored record: validates, migrates, and returns the parts it could not read
 * so the caller can keep them aside. Throws for data newer than this
 * code, which must then be left untouched.
 */
export function readRecord(raw: unknown, key: string): { record: StoredRecord; setAside: SetAside[] } {
  if (raw === undefined) return { record: emptyRecord(key), setAside: [] };
  const envelope = complete(Envelope, raw);
  if (!envelope.success) {
    return { record: emptyRecord(key), setAside: [{ path: [], value: raw, reason: 'Unreadable record' }] };
  }
  const { version } = envelope.data;
  if (version > SCHEMA_VERSION) throw unknownVersion(version);
  const { data, setAside } = readData(migrate(envelope.data.data, version));
  return {
    record: { ...envelope.data, key, version: SCHEMA_VERSION, data },
    setAside,
  };
}
