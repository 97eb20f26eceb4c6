// Seeds goalkit's IndexedDB through its own store, before the measured page loads:
// `window.seed(kind, n, key?)` writes the data of a cell and resolves once committed.
import { GoalStore } from '/dist/goalkit.js';
import { DATA, storageKey } from './data.js';

window.seed = async (kind, n, key = storageKey(kind, n)) => {
  const store = new GoalStore();
  try {
    const document = store.open(key);
    await document.ready;
    const data = DATA[kind](n);
    const entries = [];
    for (const [goal, value] of Object.entries(data.goals)) entries.push([['goals', goal], value]);
    if (data.goalOrder.length) entries.push([['goalOrder'], data.goalOrder]);
    for (const [check, value] of Object.entries(data.checks)) entries.push([['checks', check], value]);
    for (const [timeline, value] of Object.entries(data.timelines)) entries.push([['timelines', timeline], value]);
    document.setMany(entries);
    await document.flush();
    if (document.state !== 'saved') throw new Error(`seeding ${key}: storage state is "${document.state}"`);
    return { key, rev: document.rev };
  } finally {
    store.close();
  }
};
window.seedReady = true;
