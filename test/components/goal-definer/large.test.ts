import { expect, html } from '@open-wc/testing';
import type { Goal } from '../../../src/models/goal.js';
import { closeStores, freshStore, sameDatabase } from '../../helpers.js';
import { field, fields, mount, type, unmount, visibleText } from './dom.js';

afterEach(closeStores);

/** A goal with 20 resources spread over the six lists. */
function bigGoal(n: number): Goal {
  const lists: Goal['lists'] = {};
  const names = ['learning', 'mentors', 'events', 'build', 'talks', 'openSource'];
  for (let i = 0; i < 20; i++) {
    const list = (lists[names[i % 6]] ??= { items: {}, order: [] });
    const key = `i${n}x${i}`;
    list.items[key] = { text: `Resource ${i} of goal ${n}`, href: `https://example.com/${n}/${i}`, done: i % 3 === 0, removed: false };
    list.order.push(key);
  }
  return { title: `Goal number ${n}`, fields: { now: 'Here', success: 'There', why: 'Because' }, lists, removed: false, created: n };
}

describe('<goal-definer> a large document', () => {
  it('renders 100 goals with 20 resources each, saves an edit and shows it after a reload', async () => {
    const store = freshStore();
    const seed = store.open('big');
    await seed.ready;
    const goals: Record<string, Goal> = {};
    for (let n = 1; n <= 100; n++) goals[n] = bigGoal(n);
    seed.setMany([
      [['goals'], goals],
      [['goalOrder'], Object.keys(goals)],
    ]);
    await seed.flush();
    store.close();

    const start = performance.now();
    const el = await mount(html`<goal-definer storage-key="big" goals="100" max-goals="100" .store=${sameDatabase(store)}></goal-definer>`);
    const rendered = performance.now() - start;
    expect(fields(el, 'Goal')).to.have.length(100);
    expect(fields(el, 'Item')).to.have.length(2000);
    expect(visibleText(el)).to.include('100 of 100 goals fully defined');

    const now = field(el, 'Where are you now?', 56);
    now.focus();
    const editStart = performance.now();
    type(now, 'Edited in a big document');
    await el.updateComplete;
    const edited = performance.now() - editStart;
    await unmount(el);
    // Generous bounds for a slow machine; typical figures are far below.
    expect(rendered, 'first render (ms)').to.be.below(10_000);
    expect(edited, 'one keystroke (ms)').to.be.below(1_000);

    const again = await mount(html`<goal-definer storage-key="big" goals="100" max-goals="100" .store=${sameDatabase(store)}></goal-definer>`);
    expect(field(again, 'Where are you now?', 56).value).to.equal('Edited in a big document');
    // The last item on the page is the last of the last list.
    expect(field(again, 'Item', 1999).value).to.equal('Resource 17 of goal 100');
  });
});
