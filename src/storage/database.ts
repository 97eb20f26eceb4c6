import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SetAside } from '../models/document.js';
import type { StoredRecord } from '../models/record.js';

/** Version of the IndexedDB layout (object stores and indexes), not of the data. */
export const DB_VERSION = 1;
export const DEFAULT_DB_NAME = 'goalkit';

export interface SetAsideRecord extends SetAside {
  /** The storage key of the document it came from. */
  key: string;
  at: number;
}

export interface GoalkitDB extends DBSchema {
  documents: { key: string; value: StoredRecord };
  setAside: { key: number; value: SetAsideRecord; indexes: { byDocument: string } };
}

export type GoalkitDatabase = IDBPDatabase<GoalkitDB>;

export class StorageUnavailableError extends Error {}

export interface OpenOptions {
  /** Called when another tab needs a newer layout: the connection must be closed. */
  onVersionChange: () => void;
  /** Called when the browser closes the connection abnormally. */
  onTerminated: () => void;
}

/** Opens (and creates or upgrades) the database. Rejects when IndexedDB cannot be used. */
export function openDatabase(name: string, options: OpenOptions): Promise<GoalkitDatabase> {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB) {
      return Promise.reject(new StorageUnavailableError('IndexedDB is not available'));
    }
    return openDB<GoalkitDB>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        // One step per layout version; never drop a store that holds learner data.
        if (oldVersion < 1) {
          db.createObjectStore('documents', { keyPath: 'key' });
          const aside = db.createObjectStore('setAside', { autoIncrement: true });
          aside.createIndex('byDocument', 'key');
        }
      },
      blocking: options.onVersionChange,
      terminated: options.onTerminated,
    });
  } catch (error) {
    // Some browsers throw synchronously (SecurityError in sandboxed or private contexts).
    return Promise.reject(error);
  }
}
