import { normalize, withEdit, type GoalData, type SetAside } from '../models/document.js';
import { getAt, pathKey, sameValue, type Path } from '../models/paths.js';
import { emptyRecord, MAX_CONFLICTS, readRecord, type StoredRecord } from '../models/record.js';
import type { GoalkitDatabase } from './database.js';

/**
 * What the learner is told about saving:
 * - `idle`: nothing edited yet in this page;
 * - `saving`: edits not yet committed;
 * - `saved`: every edit is in IndexedDB (the transaction completed);
 * - `unavailable`: IndexedDB cannot be used; edits are kept in memory;
 * - `outdated`: another tab upgraded goalkit; this page must be reloaded to save again.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'unavailable' | 'outdated';

export interface DocumentChange {
  /** `local`: an edit in this page; `remote`: another tab or store; `load`: first read. */
  source: 'local' | 'remote' | 'load' | 'forget';
}

interface Edit {
  path: Path;
  value: unknown;
  /** The rev of the value the learner was looking at when they changed it. */
  baseRev: number;
}

/** What a document needs from its store: the connection and the other tabs. */
export interface DocumentHost {
  open(key: string): GoalDocument;
  connection(): Promise<GoalkitDatabase | undefined>;
  readonly database: GoalkitDatabase | undefined;
  readonly unavailableState: SaveState;
  announce(key: string, rev: number): void;
  firstEdit(): void;
  lost(error: unknown): void;
}

/** What a document tells its elements. */
export type DocumentEvent =
  | { type: 'change'; source: DocumentChange['source'] }
  | { type: 'state'; state: SaveState }
  | { type: 'commit'; rev: number }
  | { type: 'setAside'; parts: SetAside[] };

/**
 * The live, in-memory copy of one storage key's data, shared by every element on the
 * page that uses that key, and its save queue: at most one transaction in flight; edits
 * made meanwhile are written by the next one as soon as it ends.
 */
export class GoalDocument {
  #base: StoredRecord;
  #view: GoalData;
  readonly #pending = new Map<string, Edit>();
  /** Paths being edited (focused), with the rev of the value the learner saw. */
  readonly #editing = new Map<string, number>();
  #draining: Promise<void> | undefined;
  #queued = false;
  #saveState: SaveState = 'idle';
  readonly #listeners = new Set<(event: DocumentEvent) => void>();
  #loaded = false;
  /** Resolves once stored data has been read, or storage is known to be unavailable. */
  readonly ready: Promise<void>;
  /** The store this document belongs to. */
  readonly store: DocumentHost;

  readonly #host: DocumentHost;

  constructor(
    readonly key: string,
    host: DocumentHost,
  ) {
    this.#host = host;
    this.store = host;
    this.#base = emptyRecord(key);
    this.#view = this.#base.data;
    this.ready = this.#load().finally(() => {
      this.#loaded = true;
    });
  }

  /** The current data: what is stored plus the edits not yet committed. */
  get data(): GoalData {
    return this.#view;
  }

  get state(): SaveState {
    return this.#saveState;
  }

  /** The rev of the last commit seen, from any tab. */
  get rev(): number {
    return this.#base.rev;
  }


  /** A learner's edit: shown at once, saved right away (coalesced with edits in flight). */
  set(path: Path, value: unknown): void {
    this.setMany([[path, value]]);
  }

  setMany(entries: ReadonlyArray<readonly [Path, unknown]>): void {
    let view = this.#view;
    for (const [path, value] of entries) {
      const key = pathKey(path);
      const earlier = this.#pending.get(key);
      const baseRev = earlier?.baseRev ?? this.#editing.get(key) ?? this.#base.revs[key] ?? 0;
      this.#pending.set(key, { path, value, baseRev });
      view = withEdit(view, path, value);
    }
    this.#view = normalize(view);
    this.#host.firstEdit();
    if (this.#saveState !== 'unavailable' && this.#saveState !== 'outdated') this.#setState('saving');
    // The commit is queued before the elements re-render, so the transaction starts first.
    this.#schedule();
    this.#emit({ type: 'change', source: 'local' });
  }

  /** Marks a field as being edited, so a change from another tab cannot silently win over it. */
  beginEdit(path: Path): void {
    const key = pathKey(path);
    if (!this.#editing.has(key)) this.#editing.set(key, this.#base.revs[key] ?? 0);
  }

  endEdit(path: Path): void {
    this.#editing.delete(pathKey(path));
  }

  /** Writes every pending edit; resolves when they are committed (or cannot be). */
  flush(): Promise<void> {
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  /** Deletes this key's data everywhere (after the learner confirmed). */
  async forget(): Promise<void> {
    await this.ready;
    this.#pending.clear();
    await this.#draining;
    const db = this.#host.database;
    if (db) {
      const tx = db.transaction(['documents', 'setAside'], 'readwrite');
      await tx.objectStore('documents').delete(this.key);
      const aside = tx.objectStore('setAside');
      for (const id of await aside.index('byDocument').getAllKeys(this.key)) await aside.delete(id);
      await tx.done;
      this.#host.announce(this.key, -1);
    }
    this.#base = emptyRecord(this.key);
    this.#view = this.#base.data;
    this.#pending.clear();
    this.#emit({ type: 'change', source: 'forget' });
    if (this.#saveState !== 'unavailable' && this.#saveState !== 'outdated') this.#setState('idle');
  }

  /** Listens to changes, save states, commits and set-aside parts; returns how to stop. */
  subscribe(listener: (event: DocumentEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: DocumentEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /** Another tab or store committed: read its result and merge it under pending edits. */
  async refresh(): Promise<void> {
    await this.ready;
    const db = this.#host.database;
    if (!db || this.#draining) return; // a commit in progress reads the latest record itself
    try {
      const raw = await db.get('documents', this.key);
      this.#adopt(raw, 'remote');
    } catch (error) {
      this.#host.lost(error);
    }
  }

  /** Storage became usable again (or for the first time): load, then write what was typed. */
  async reconnect(): Promise<void> {
    await this.ready;
    await this.refresh();
    if (this.#pending.size) await this.flush();
  }

  /** The store lost its connection: keep editing in memory. */
  disconnect(state: SaveState): void {
    this.#setState(state);
  }

  async #load(): Promise<void> {
    const db = await this.#host.connection();
    if (!db) {
      this.#setState(this.#host.unavailableState);
      return;
    }
    try {
      const raw = await db.get('documents', this.key);
      this.#adopt(raw, 'load');
    } catch (error) {
      this.#host.lost(error);
      this.#setState(this.#host.unavailableState);
    }
  }

  /** Takes a stored record as the new base; pending edits stay on top. */
  #adopt(raw: unknown, source: DocumentChange['source']): void {
    if (raw !== undefined && (raw as StoredRecord).rev === this.#base.rev && source === 'remote') return;
    let read: ReturnType<typeof readRecord>;
    try {
      read = readRecord(raw, this.key);
    } catch (error) {
      // Data from a newer goalkit: leave it untouched and keep this page in memory.
      this.#host.lost(error);
      this.#setState('outdated');
      return;
    }
    if (read.setAside.length) void this.#setAside(read.setAside);
    this.#base = read.record;
    this.#rebuildView();
    this.#emit({ type: 'change', source });
  }

  #rebuildView(): void {
    let view = this.#base.data;
    for (const edit of this.#pending.values()) view = withEdit(view, edit.path, edit.value);
    this.#view = normalize(view);
  }

  async #setAside(parts: SetAside[]): Promise<void> {
    this.#emit({ type: 'setAside', parts });
    const db = this.#host.database;
    if (!db) return;
    try {
      const tx = db.transaction('setAside', 'readwrite');
      const at = Date.now();
      for (const part of parts) await tx.store.add({ ...part, key: this.key, at });
      await tx.done;
    } catch (error) {
      this.#host.lost(error);
    }
  }

  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      void this.flush();
    });
  }

  async #drain(): Promise<void> {
    if (!this.#loaded) await this.ready;
    while (this.#pending.size) {
      const db = this.#host.database;
      if (!db) {
        this.#setState(this.#host.unavailableState);
        return;
      }
      const edits = [...this.#pending.values()];
      this.#pending.clear();
      this.#setState('saving');
      try {
        await this.#commit(db, edits);
      } catch (error) {
        // Put the edits back under any newer ones, and keep them in memory.
        for (const edit of edits) {
          const key = pathKey(edit.path);
          const newer = this.#pending.get(key);
          this.#pending.set(key, newer ? { ...newer, baseRev: edit.baseRev } : edit);
        }
        this.#host.lost(error);
        this.#setState(this.#host.unavailableState);
        return;
      }
    }
    this.#setState('saved');
  }

  async #commit(db: GoalkitDatabase, edits: Edit[]): Promise<void> {
    const tx = db.transaction(['documents', 'setAside'], 'readwrite');
    const documents = tx.objectStore('documents');
    const raw = await documents.get(this.key);
    const changedElsewhere = (raw?.rev ?? 0) !== this.#base.rev;
    let record = this.#base;
    if (changedElsewhere) {
      const read = readRecord(raw, this.key);
      record = read.record;
      const at = Date.now();
      for (const part of read.setAside) void tx.objectStore('setAside').add({ ...part, key: this.key, at });
    }
    const rev = record.rev + 1;
    const revs = { ...record.revs };
    const conflicts = [...record.conflicts];
    let data = record.data;
    for (const edit of edits) {
      const key = pathKey(edit.path);
      const storedRev = revs[key] ?? 0;
      if (storedRev > edit.baseRev) {
        const theirs = getAt(data, edit.path);
        if (theirs !== undefined && !sameValue(theirs, edit.value)) {
          conflicts.push({ path: [...edit.path], value: theirs, rev: storedRev, at: Date.now() });
        }
      }
      data = withEdit(data, edit.path, edit.value);
      revs[key] = rev;
    }
    const next: StoredRecord = {
      ...record,
      rev,
      revs,
      data: normalize(data),
      updated: Date.now(),
      conflicts: conflicts.slice(-MAX_CONFLICTS),
    };
    await documents.put(next);
    await tx.done;

    this.#base = next;
    for (const edit of edits) {
      const key = pathKey(edit.path);
      if (this.#editing.has(key)) this.#editing.set(key, rev);
      // An edit made while this commit was in flight was made over its value: not a conflict with it.
      const typedOn = this.#pending.get(key);
      if (typedOn) typedOn.baseRev = rev;
    }
    if (changedElsewhere) {
      this.#rebuildView();
      this.#emit({ type: 'change', source: 'remote' });
    }
    this.#host.announce(this.key, rev);
    this.#emit({ type: 'commit', rev });
  }

  #setState(state: SaveState): void {
    if (state === this.#saveState) return;
    this.#saveState = state;
    this.#emit({ type: 'state', state });
  }

}
