// Keystroke to committed transaction, in goalkit's <goal-definer> or in the floor: the
// plain-DOM worksheet saving the same record with the bare IndexedDB API the same way
// (one transaction in flight, edits made meanwhile written by the next one).
//
// Each keydown is matched with the first save whose commit includes it: a commit already
// in flight at the keydown cannot include it, so the covering commit is the one after it.
import { readRecord, worksheet } from './floor.js';
import { settled } from './mark.js';

const params = new URLSearchParams(location.search);
const key = params.get('key');
// `impl`, not `variant`: floor.js renders a first-render page by itself when it sees `variant=floor`.
const floor = params.get('impl') === 'floor';

/** What the measurement needs of either: the last committed rev, whether a commit is in flight, the title field. */
async function goalkitTarget() {
  const definer = document.querySelector('goal-definer');
  await customElements.whenDefined('goal-definer');
  await settled([definer]);
  return {
    get rev() {
      return definer.document.rev;
    },
    get saving() {
      return definer.document.state === 'saving';
    },
    field: () => definer.shadowRoot.getElementById('goals.1.title'),
  };
}

async function floorTarget() {
  let record = { key, rev: 0, data: await readRecord(key) };
  document.body.append(worksheet(record.data));
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('goalkit');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let saving = false;
  let dirty = false;
  let rev = 0;
  const save = () => {
    saving = true;
    dirty = false;
    const tx = db.transaction('documents', 'readwrite');
    const store = tx.objectStore('documents');
    const get = store.get(key);
    get.onsuccess = () => {
      record = { ...get.result, rev: get.result.rev + 1, updated: Date.now(), data: record.data };
      store.put(record);
    };
    tx.oncomplete = () => {
      rev = record.rev;
      saving = false;
      dispatchEvent(new CustomEvent('goalkit-save', { detail: { rev } }));
      if (dirty) save();
    };
  };
  const stored = await new Promise((resolve) => {
    const get = db.transaction('documents').objectStore('documents').get(key);
    get.onsuccess = () => resolve(get.result);
  });
  rev = stored.rev;
  document.querySelector('.worksheet').addEventListener('input', (event) => {
    if (event.target.id !== '1.title') return;
    const goal = record.data.goals['1'];
    record = { ...record, data: { ...record.data, goals: { ...record.data.goals, 1: { ...goal, title: event.target.value } } } };
    if (saving) dirty = true;
    else save();
  });
  return {
    get rev() {
      return rev;
    },
    get saving() {
      return saving;
    },
    field: () => document.getElementById('1.title'),
  };
}

const keys = [];
const saves = [];
const slowEvents = [];

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    slowEvents.push({
      name: entry.name,
      interaction: entry.interactionId,
      duration: entry.duration,
      delay: entry.processingStart - entry.startTime,
    });
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });

const target = await (floor ? floorTarget() : goalkitTarget());

addEventListener(
  'keydown',
  (event) => {
    keys.push({ at: performance.now(), timeStamp: event.timeStamp, need: target.rev + (target.saving ? 2 : 1), saved: undefined });
  },
  { capture: true },
);

addEventListener('goalkit-save', (event) => {
  const at = performance.now();
  saves.push({ at, rev: event.detail.rev });
  for (const k of keys) if (k.saved === undefined && k.need <= event.detail.rev) k.saved = at;
});

window.typing = {
  /** Focuses the title of the first goal, caret at the end. */
  focus() {
    const input = target.field();
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    return input.value;
  },
  pending: () => keys.filter((k) => k.saved === undefined).length,
  value: () => target.field().value,
  /** The title as IndexedDB holds it now. */
  committed: async () => (await readRecord(key)).goals['1'].title,
  results: () => ({
    latencies: keys.map((k) => (k.saved === undefined ? null : k.saved - k.at)),
    fromTimeStamp: keys.map((k) => (k.saved === undefined ? null : k.saved - k.timeStamp)),
    keys: keys.length,
    saves: saves.length,
    slowEvents,
  }),
};
window.typingReady = true;
