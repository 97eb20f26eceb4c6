import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalkitErrorDetail } from '../../../src/events.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { closeStores, freshStore, sameDatabase, storedRecord, until } from '../../helpers.js';
import { field, fields, hasButton, mount, type, unmount, visibleText } from './dom.js';

afterEach(closeStores);

describe('<goal-definer> author changes', () => {
  it('hides the goals of slots the page no longer asks for, and keeps them', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    type(field(el, 'Goal', 2), 'Third');
    await unmount(el);

    const fewer = await mount(html`<goal-definer storage-key="k" goals="2" .store=${sameDatabase(store)}></goal-definer>`);
    expect(fields(fewer, 'Goal')).to.have.length(2);
    expect(visibleText(fewer)).to.include('0 of 2 goals fully defined');
    expect(fewer.document!.data.goals['3'].title).to.equal('Third');
    // An edit to another goal does not drop it.
    type(field(fewer, 'Goal', 0), 'First');
    await unmount(fewer);

    const more = await mount(html`<goal-definer storage-key="k" goals="3" .store=${sameDatabase(store)}></goal-definer>`);
    expect(fields(more, 'Goal').map((f) => f.value)).to.deep.equal(['First', '', 'Third']);
  });

  it('keeps answers when labels change', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    type(field(el, 'Where are you now?'), 'Beginner');
    el.labels = '{"now":"Where do you stand?"}';
    await el.updateComplete;
    expect(field(el, 'Where do you stand?').value).to.equal('Beginner');
  });

  it('relabels every goal\'s buttons when labels change after the first render', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="2" .store=${freshStore()}></goal-definer>`);
    type(field(el, 'Goal', 1), 'Learn Go');
    await el.updateComplete;
    el.labels = '{"moveUp":"Earlier","goalN":"Aim {0}"}';
    await el.updateComplete;
    expect(hasButton(el, 'Remove Aim 1'), 'a goal just edited').to.equal(true);
    expect(hasButton(el, 'Earlier Aim 2'), 'a goal left as it was').to.equal(true);
    expect(hasButton(el, 'Move up Goal 2')).to.equal(false);
  });

  it('keeps the define answers when the page switches to the custom template and back', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    type(field(el, 'Why is this goal important to you?'), 'Jobs');
    el.template = 'custom';
    await el.updateComplete;
    expect(fields(el, 'Why is this goal important to you?')).to.have.length(0);
    el.innerHTML = '<goal-field key="why" label="Why?"></goal-field>';
    await until(() => fields(el, 'Why?').length === 1, 'the custom field');
    expect(field(el, 'Why?').value).to.equal('Jobs');
  });

  it('tells the author about bad attribute values, on the page and in the console, and carries on', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const store = freshStore();
      const el = document.createElement('goal-definer');
      el.setAttribute('storage-key', 'k');
      el.setAttribute('goals', 'three');
      el.setAttribute('max-goals', '-2');
      el.setAttribute('template', 'smart');
      el.store = store;
      const error = oneEvent(el, 'goalkit-error') as Promise<CustomEvent<GoalkitErrorDetail>>;
      document.body.append(el);
      const { detail } = await error;
      expect(detail.kind).to.equal('config');
      await el.document!.ready;
      await el.updateComplete;
      const text = visibleText(el);
      expect(text).to.include('Ignored goals="three": not valid.');
      expect(text).to.include('Ignored max-goals="-2": not valid.');
      expect(text).to.include('Ignored template="smart": not valid.');
      // The defaults apply: three goals of the define template.
      expect(fields(el, 'Where are you now?')).to.have.length(3);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.include('goals="three"');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.warn = warn;
    }
  });
});

/** Another tab answers "Where are you now?" and "Why…?" of goal 1; resolves once `el` shows the second. */
async function anotherTabWrites(store: GoalStore, el: Element): Promise<void> {
  const tab = sameDatabase(store).open('k');
  await tab.ready;
  tab.setMany([
    [['goals', '1', 'fields', 'now'], 'From the other tab'],
    [['goals', '1', 'fields', 'why'], 'Also from the other tab'],
  ]);
  await tab.flush();
  await until(() => field(el, 'Why is this goal important to you?').value === 'Also from the other tab', 'the other tab');
}

describe('<goal-definer> live sync', () => {
  it('shows edits from another definer on the page and from another tab', async () => {
    const store = freshStore();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<goal-definer storage-key="k" goals="1"></goal-definer><goal-definer storage-key="k" goals="1"></goal-definer>';
    const [a, b] = [...wrapper.querySelectorAll('goal-definer')];
    a.store = store;
    b.store = store;
    document.body.append(wrapper);
    try {
      await a.document!.ready;
      await a.updateComplete;
      await b.updateComplete;
      type(field(a, 'Goal'), 'Learn Go');
      await b.updateComplete;
      expect(field(b, 'Goal').value).to.equal('Learn Go');

      // Another tab writes "Where are you now?" while B's learner is typing in it.
      const now = field(b, 'Where are you now?');
      now.focus();
      await sendKeys({ type: 'Beginn' });
      await anotherTabWrites(store, b);
      expect(field(a, 'Why is this goal important to you?').value).to.equal('Also from the other tab');
      await sendKeys({ type: 'er' });
      expect(now.value).to.equal('Beginner');
      await aTimeout(10);
    } finally {
      wrapper.remove();
    }
  });

  it('keeps what another tab wrote in a field the learner was in, as a conflict, when they type over it', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    try {
      field(el, 'Where are you now?').focus();
      await anotherTabWrites(store, el);
      await sendKeys({ type: 'Mine' });
      await el.document!.flush();
      const stored = (await storedRecord(store.name, 'k'))!;
      expect(stored.data.goals['1'].fields.now).to.equal('Mine');
      expect(stored.conflicts.map((c) => c.value)).to.deep.equal(['From the other tab']);
    } finally {
      await unmount(el);
    }
  });

  it('holds a field the learner is in while another tab writes it, and shows that value once they leave it', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="2" .store=${store}></goal-definer>`);
    try {
      const now = field(el, 'Where are you now?');
      now.focus();
      await anotherTabWrites(store, el);
      expect(now.value, 'while focused').to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(field(el, 'Where are you now?').value, 'once left').to.equal('From the other tab');
    } finally {
      await unmount(el);
    }
  });
});
