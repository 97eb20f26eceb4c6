import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { SCHEMA_VERSION } from '../../src/models/document.js';
import { DB_VERSION } from '../../src/storage/database.js';
import type { SaveState } from '../../src/storage/goal-document.js';
import { closeStores, freshStore, sameDatabase, storedRecord, until } from '../helpers.js';

const title = (id: string) => ['goals', id, 'title'];
const goal = (name: string) => ({ title: name, fields: {}, lists: {}, removed: false, created: 1 });

afterEach(closeStores);

describe('GoalStore: saving', () => {
  it('keeps what was typed after a reload', async () => {
    const store = freshStore();
    const doc = store.open('page#definer');
    await doc.ready;
    doc.set(['goals', '1'], goal('Learn Go'));
    doc.set(['goals', '1', 'fields', 'now'], 'I did the tour');
    await doc.flush();
    store.close();

    const reloaded = sameDatabase(store).open('page#definer');
    await reloaded.ready;
    expect(reloaded.data.goals['1'].title).to.equal('Learn Go');
    expect(reloaded.data.goals['1'].fields.now).to.equal('I did the tour');
    expect(reloaded.data.goalOrder).to.deep.equal(['1']);
  });

  it('keeps storage keys apart', async () => {
    const store = freshStore();
    const a = store.open('a');
    const b = store.open('b');
    a.set(title('1'), 'Only in a');
    await a.flush();
    await b.ready;
    expect(b.data.goals).to.deep.equal({});
    expect((await storedRecord(store.name, 'b'))).to.equal(undefined);
  });

  it('says "saved" only after the transaction completed, and never when it failed', async () => {
    const store = freshStore();
    const doc = store.open('k');
    await doc.ready;
    const states: SaveState[] = [];
    const onDisk: Array<unknown> = [];
    doc.subscribe((event) => {
      if (event.type !== 'state') return;
      const { state } = event;
      states.push(state);
      if (state === 'saved') onDisk.push(storedRecord(store.name, 'k').then((r) => r?.data.goals['1']?.title));
    });
    doc.set(title('1'), 'Ship it');
    await doc.flush();
    expect(states).to.deep.equal(['saving', 'saved']);
    expect(await Promise.all(onDisk)).to.deep.equal(['Ship it']);

    // A connection that fails under the document: the edit stays in memory, "saved" never shows.
    store.database!.close();
    states.length = 0;
    doc.set(title('1'), 'Ship it today');
    await doc.flush();
    expect(states).to.not.include('saved');
    expect(states.at(-1)).to.equal('unavailable');
    expect(doc.data.goals['1'].title).to.equal('Ship it today');
    // …and it is written when storage comes back.
    await until(() => doc.state === 'saved', 'recovery after a failed write', 8000);
    expect((await storedRecord(store.name, 'k'))?.data.goals['1'].title).to.equal('Ship it today');
  });

  it('saves during continuous typing, not only when typing stops', async () => {
    const store = freshStore();
    const doc = store.open('typing');
    await doc.ready;
    let commits = 0;
    const lag: number[] = [];
    let typedAt = 0;
    doc.subscribe((event) => {
      if (event.type !== 'commit') return;
      commits++;
      lag.push(performance.now() - typedAt);
    });
    let text = '';
    for (let i = 0; i < 40; i++) {
      text += 'x';
      typedAt = performance.now();
      doc.set(['checks', 'own', 'statement'], text);
      await new Promise((r) => setTimeout(r, 50));
    }
    // A trailing debounce would not have committed at all until now.
    expect(commits).to.be.greaterThan(10);
    expect(Math.max(...lag)).to.be.below(1000);
    await doc.flush();
    expect((await storedRecord(store.name, 'typing'))?.data.checks.own.statement).to.equal(text);
  });

  it('commits pending edits when the page is hidden or left', async () => {
    const store = freshStore();
    const doc = store.open('leaving');
    await doc.ready;
    doc.set(title('1'), 'Before leaving');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(() => doc.state === 'saved', 'saved after pagehide');
    expect((await storedRecord(store.name, 'leaving'))?.data.goals['1'].title).to.equal('Before leaving');
  });

  it('asks the browser to persist storage once, after the first real edit', async () => {
    const original = navigator.storage.persist;
    let asked = 0;
    navigator.storage.persist = () => {
      asked++;
      return Promise.resolve(true);
    };
    try {
      const store = freshStore();
      const doc = store.open('persist');
      await doc.ready;
      expect(asked, 'not before any edit').to.equal(0);
      doc.set(title('1'), 'a');
      doc.set(title('1'), 'ab');
      await doc.flush();
      expect(asked).to.equal(1);
    } finally {
      navigator.storage.persist = original;
    }
  });
});

describe('GoalStore: several widgets and tabs', () => {
  it('shares one live document between widgets with the same key on a page', async () => {
    const store = freshStore();
    expect(store.open('same')).to.equal(store.open('same'));
  });

  it('converges two tabs on one key', async () => {
    const tabA = freshStore();
    const tabB = sameDatabase(tabA);
    const a = tabA.open('shared');
    const b = tabB.open('shared');
    await Promise.all([a.ready, b.ready]);

    a.set(title('1'), 'From A');
    await until(() => b.data.goals['1']?.title === 'From A', 'B to see A');
    b.set(['goals', '1', 'fields', 'why'], 'From B');
    await until(() => a.data.goals['1']?.fields.why === 'From B', 'A to see B');
    expect(a.data.goals['1'].title).to.equal('From A');
    expect(b.data).to.deep.equal(a.data);
  });

  it('loses no edit made while another tab writes', async () => {
    const tabA = freshStore();
    const tabB = sameDatabase(tabA);
    const a = tabA.open('race');
    const b = tabB.open('race');
    await Promise.all([a.ready, b.ready]);
    // Both tabs edit before either has seen the other's write.
    for (let i = 0; i < 20; i++) {
      a.set(['goals', '1', 'fields', `a${i}`], `A${i}`);
      b.set(['goals', '1', 'fields', `b${i}`], `B${i}`);
      a.set(['goals', `a${i}`], goal(`goal A${i}`));
      b.set(['goals', `b${i}`], goal(`goal B${i}`));
    }
    await Promise.all([a.flush(), b.flush()]);
    const stored = (await storedRecord(tabA.name, 'race'))!;
    for (let i = 0; i < 20; i++) {
      expect(stored.data.goals['1'].fields[`a${i}`]).to.equal(`A${i}`);
      expect(stored.data.goals['1'].fields[`b${i}`]).to.equal(`B${i}`);
      expect(stored.data.goalOrder).to.include.members([`a${i}`, `b${i}`]);
    }
    await until(() => a.data.goalOrder.length === 41 && b.data.goalOrder.length === 41, 'both tabs to converge');
  });

  it('records no conflict with the learner’s own value still being saved when they type on', async () => {
    const store = freshStore();
    const doc = store.open('typing');
    await doc.ready;
    doc.beginEdit(title('1'));
    for (const text of ['L', 'Le', 'Lea', 'Lear', 'Learn']) {
      doc.set(title('1'), text);
      // The next key comes while this one's transaction is in flight.
      await Promise.resolve();
    }
    await doc.flush();
    const stored = (await storedRecord(store.name, 'typing'))!;
    expect(stored.data.goals['1'].title).to.equal('Learn');
    expect(stored.conflicts).to.deep.equal([]);
  });

  it('keeps the other tab’s value when both edit the same field (no stale write wins silently)', async () => {
    const tabA = freshStore();
    const tabB = sameDatabase(tabA);
    const a = tabA.open('clash');
    const b = tabB.open('clash');
    await Promise.all([a.ready, b.ready]);
    a.set(title('1'), 'Original');
    await a.flush();
    await until(() => b.data.goals['1']?.title === 'Original', 'B to load');

    // B starts editing the title; A changes it meanwhile; then B types.
    b.beginEdit(title('1'));
    a.set(title('1'), 'Changed in A');
    await a.flush();
    await until(() => b.rev === a.rev, 'B to hear about A');
    b.set(title('1'), 'Typed in B');
    await b.flush();

    const stored = (await storedRecord(tabA.name, 'clash'))!;
    expect(stored.data.goals['1'].title).to.equal('Typed in B');
    expect(stored.conflicts.map((c) => c.value)).to.deep.equal(['Changed in A']);
  });
});

describe('GoalStore: when storage is unavailable', () => {
  it('works in memory when IndexedDB does not open in time, then saves when it does', async () => {
    const name = `goalkit-test-${crypto.randomUUID()}`;
    // A connection that ignores versionchange keeps a deletion pending, and every open
    // waits behind it: the store's open does not complete.
    const blocker = await openDB(name, 1);
    const deletion = indexedDB.deleteDatabase(name);
    const store = freshStore({ name, openTimeout: 300 });
    const doc = store.open('offline');
    await doc.ready;
    expect(doc.state).to.equal('unavailable');
    doc.set(title('1'), 'Typed while offline');
    expect(doc.data.goals['1'].title).to.equal('Typed while offline');
    await doc.flush();
    expect(doc.state).to.equal('unavailable');

    blocker.close();
    await new Promise((resolve) => (deletion.onsuccess = resolve));
    await until(() => doc.state === 'saved', 'recovery', 8000);
    expect((await storedRecord(name, 'offline'))?.data.goals['1'].title).to.equal('Typed while offline');
  });

  it('works in memory when IndexedDB is missing', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    try {
      const store = freshStore({ retryDelay: 60_000 });
      const doc = store.open('nothing');
      await doc.ready;
      doc.set(title('1'), 'Kept in memory');
      await doc.flush();
      expect(doc.state).to.equal('unavailable');
      expect(doc.data.goals['1'].title).to.equal('Kept in memory');
    } finally {
      Object.defineProperty(window, 'indexedDB', descriptor);
    }
  });

  it('keeps everything in memory when asked to, and creates no database', async () => {
    const store = freshStore({ memoryOnly: true });
    const doc = store.open('kiosk');
    await doc.ready;
    doc.set(title('1'), 'Only in memory');
    await doc.flush();
    expect(doc.state).to.equal('unavailable');
    expect(doc.data.goals['1'].title).to.equal('Only in memory');
    expect((await indexedDB.databases()).map((d) => d.name)).to.not.include(store.name);
  });

  it('closes its connection when another tab upgrades the database', async () => {
    const store = freshStore();
    const doc = store.open('old-tab');
    await doc.ready;
    doc.set(title('1'), 'Saved by the old version');
    await doc.flush();
    const upgraded = await openDB(store.name, DB_VERSION + 1, { upgrade: () => undefined });
    upgraded.close();
    expect(doc.state).to.equal('outdated');
    doc.set(title('1'), 'Edited after the upgrade');
    expect(doc.data.goals['1'].title).to.equal('Edited after the upgrade');
  });
});

describe('GoalStore: reading stored data', () => {
  it('sets aside an invalid goal and loads the rest', async () => {
    const store = freshStore();
    await store.connection();
    await store.database!.put('documents', {
      key: 'mixed',
      version: SCHEMA_VERSION,
      rev: 3,
      revs: {},
      updated: 0,
      conflicts: [],
      data: {
        goals: { good: goal('Readable'), bad: { title: 42 }, ['bad key!']: goal('x') },
        goalOrder: ['good', 'bad'],
        checks: {},
        timelines: {},
      } as never,
    });
    const reported: unknown[] = [];
    const doc = store.open('mixed');
    doc.subscribe((event) => event.type === 'setAside' && reported.push(...event.parts));
    await doc.ready;
    expect(doc.data.goals.good.title).to.equal('Readable');
    expect(Object.keys(doc.data.goals)).to.deep.equal(['good']);
    expect(doc.data.goalOrder).to.deep.equal(['good']);
    expect(reported).to.have.length(2);
    const aside = await until(async () => {
      const all = await store.database!.getAll('setAside');
      return all.length === 2 ? all : undefined;
    }, 'set-aside records');
    const parts = await aside;
    expect(parts!.map((p) => p.path.join('/')).sort()).to.deep.equal(['goals/bad', 'goals/bad key!']);
    expect(parts!.find((p) => p.path[1] === 'bad')!.value).to.deep.equal({ title: 42 });
    // The raw record is still there, untouched, until the learner edits.
    expect(((await storedRecord(store.name, 'mixed'))!.data.goals as Record<string, unknown>).bad).to.deep.equal({ title: 42 });
  });

  it('sets aside a record that is not a record at all', async () => {
    const store = freshStore();
    await store.connection();
    await store.database!.put('documents', { key: 'garbage', nonsense: true } as never);
    const doc = store.open('garbage');
    await doc.ready;
    expect(doc.data.goals).to.deep.equal({});
    doc.set(title('1'), 'Fresh start');
    await doc.flush();
    const aside = await store.database!.getAll('setAside');
    expect(aside.map((a) => a.value)).to.deep.include({ key: 'garbage', nonsense: true });
  });

  it('loads data written by every earlier format version', async () => {
    for (let version = 1; version <= SCHEMA_VERSION; version++) {
      const fixture = await (await fetch(`/test/fixtures/schema-v${version}.json`)).json();
      const store = freshStore();
      await store.connection();
      await store.database!.put('documents', fixture);
      const doc = store.open(fixture.key);
      await doc.ready;
      expect(doc.data.goals['1'].title, `v${version}`).to.equal('Learn Go');
      expect(doc.data.goals['1'].lists.learning.items.a1.done).to.equal(true);
      expect(doc.data.checks['1'].met.measurable).to.equal(true);
      expect(doc.data.timelines.main.milestones['preset-1'].done).to.equal(1);
    }
  });

  it('leaves data from a newer goalkit untouched', async () => {
    const store = freshStore();
    await store.connection();
    const newer = { key: 'future', version: SCHEMA_VERSION + 1, rev: 1, data: { shape: 'unknown' } };
    await store.database!.put('documents', newer as never);
    const doc = store.open('future');
    await doc.ready;
    expect(doc.state).to.equal('outdated');
    doc.set(title('1'), 'typed');
    await doc.flush();
    expect(await storedRecord(store.name, 'future')).to.deep.equal(newer);
  });

  it('forgets a key’s data, and only that key’s', async () => {
    const store = freshStore();
    const keep = store.open('keep');
    const drop = store.open('drop');
    keep.set(title('1'), 'keep me');
    drop.set(title('1'), 'drop me');
    await Promise.all([keep.flush(), drop.flush()]);
    await drop.forget();
    expect(drop.data.goals).to.deep.equal({});
    expect(await storedRecord(store.name, 'drop')).to.equal(undefined);
    expect((await storedRecord(store.name, 'keep'))?.data.goals['1'].title).to.equal('keep me');
  });
});
