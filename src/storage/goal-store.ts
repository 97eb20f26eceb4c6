import { DEFAULT_DB_NAME, openDatabase, type GoalkitDatabase } from './database.js';
import { GoalDocument, type DocumentHost, type SaveState } from './goal-document.js';

export interface GoalStoreOptions {
  /** IndexedDB database name. Default `goalkit`. */
  name?: string;
  /** How long to wait for IndexedDB to open before working in memory. Default 3000 ms. */
  openTimeout?: number;
  /** First delay before trying storage again after it failed. Default 2000 ms, doubling to 60 s. */
  retryDelay?: number;
  /** Never use IndexedDB: everything stays in memory (and the elements say it is not saved). */
  memoryOnly?: boolean;
}

interface SyncMessage {
  key: string;
  rev: number;
}

/**
 * One IndexedDB database and the documents open in it. Tells other tabs (and other
 * stores on this page) about each commit through a BroadcastChannel, works in memory
 * while storage cannot be used, and writes everything when it comes back.
 */
export class GoalStore implements DocumentHost {
  readonly name: string;
  #db: GoalkitDatabase | undefined;
  #opening: Promise<GoalkitDatabase | undefined> | undefined;
  readonly #documents = new Map<string, GoalDocument>();
  readonly #channel: BroadcastChannel | undefined;
  readonly #openTimeout: number;
  #retryDelay: number;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #persistAsked = false;
  #closed = false;
  unavailableState: SaveState = 'unavailable';
  /** The last storage problem, given with `goalkit-error`. */
  lastError: unknown;

  constructor(options: GoalStoreOptions = {}) {
    this.name = options.name ?? DEFAULT_DB_NAME;
    this.#openTimeout = options.openTimeout ?? 3000;
    this.#retryDelay = options.retryDelay ?? 2000;
    this.#closed = !!options.memoryOnly;
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`goalkit:${this.name}`);
      this.#channel.onmessage = (event: MessageEvent<SyncMessage>) => this.#receive(event.data);
    }
    addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.#onHide);
  }

  /** The document for a storage key; every caller with the same key shares one. */
  open(key: string): GoalDocument {
    let document = this.#documents.get(key);
    if (!document) {
      document = new GoalDocument(key, this);
      this.#documents.set(key, document);
    }
    return document;
  }

  get database(): GoalkitDatabase | undefined {
    return this.#db;
  }

  /** The open database, or undefined while storage cannot be used. */
  connection(): Promise<GoalkitDatabase | undefined> {
    if (this.#db || this.#closed) return Promise.resolve(this.#db);
    this.#opening ??= this.#connect();
    return this.#opening;
  }

  /** Commits every document's pending edits. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.#documents.values()].map((d) => d.flush()));
  }

  /** Closes the connection and stops listening (tests, or a host tearing goalkit down). */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#channel?.close();
    this.#db?.close();
    this.#db = undefined;
    removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onHide);
  }

  announce(key: string, rev: number): void {
    this.#channel?.postMessage({ key, rev } satisfies SyncMessage);
  }

  /** Asks the browser to keep this origin's storage, once, after the learner's first edit. */
  firstEdit(): void {
    if (this.#persistAsked) return;
    this.#persistAsked = true;
    navigator.storage?.persist?.().catch(() => undefined);
  }

  /** A transaction failed: work in memory and try the database again later. */
  lost(error: unknown): void {
    this.lastError = error;
    if (this.unavailableState === 'outdated') return;
    const db = this.#db;
    this.#db = undefined;
    this.#opening = undefined;
    try {
      db?.close();
    } catch {
      // already closed
    }
    for (const document of this.#documents.values()) document.disconnect(this.unavailableState);
    this.#scheduleRetry();
  }

  readonly #onHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.flushAll();
  };

  #receive(message: SyncMessage): void {
    if (!message || typeof message.key !== 'string') return;
    this.#documents.get(message.key)?.refresh();
  }

  async #connect(): Promise<GoalkitDatabase | undefined> {
    const attempt = openDatabase(this.name, {
      onVersionChange: () => this.#outdated(),
      onTerminated: () => this.lost(new Error('The browser closed the storage connection')),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.#openTimeout);
    });
    try {
      const result = await Promise.race([attempt, timeout]);
      if (result === 'timeout') {
        // Keep waiting in the background: a blocked open may still succeed later.
        this.lastError = new Error('Storage did not open in time');
        void attempt.then(
          (db) => this.#connected(db),
          () => this.#scheduleRetry(),
        );
        this.#opening = undefined;
        return undefined;
      }
      this.#connected(result);
      return result;
    } catch (error) {
      this.lastError = error;
      this.#opening = undefined;
      this.#scheduleRetry();
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  #connected(db: GoalkitDatabase): void {
    if (this.#closed) {
      db.close();
      return;
    }
    if (this.#db && this.#db !== db) {
      db.close();
      return;
    }
    const recovered = !this.#db && this.#opening === undefined;
    this.#db = db;
    if (recovered) for (const document of this.#documents.values()) void document.reconnect();
  }

  #scheduleRetry(): void {
    if (this.#closed || this.#retryTimer !== undefined) return;
    this.#retryTimer = setTimeout(async () => {
      this.#retryTimer = undefined;
      this.#retryDelay = Math.min(this.#retryDelay * 2, 60_000);
      const db = await this.connection();
      if (db) for (const document of this.#documents.values()) void document.reconnect();
    }, this.#retryDelay);
  }

  /** Another tab upgraded the database: let it proceed, and stop saving here. */
  #outdated(): void {
    this.unavailableState = 'outdated';
    this.lastError = new Error('goalkit was updated in another tab; reload this page to keep saving');
    this.#db?.close();
    this.#db = undefined;
    this.#opening = Promise.resolve(undefined);
    for (const document of this.#documents.values()) document.disconnect('outdated');
  }
}

let shared: GoalStore | undefined;

/** The store used by elements outside a `<goal-workspace>` and by workspaces by default. */
export function defaultStore(): GoalStore {
  shared ??= new GoalStore();
  return shared;
}
