import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { GoalkitErrorDetail } from '../../src/events.js';
import { registerStrings } from '../../src/i18n/strings.js';
import { GoalStore } from '../../src/storage/goal-store.js';
import { byLabel, captureDownload, closeStores, freshStore, sameDatabase, typeInto, until } from '../helpers.js';

afterEach(closeStores);

const status = (el: Element) => el.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() ?? '';

describe('Every goalkit element', () => {
  it('says when storage cannot be used, keeps editing in memory, and still exports', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    let store: GoalStore;
    try {
      store = new GoalStore({ name: `goalkit-test-${crypto.randomUUID()}`, retryDelay: 60_000 });
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('smart-checklist');
      (el as unknown as { store: GoalStore }).store = store;
      const error = oneEvent(el, 'goalkit-error');
      wrapper.append(el);
      const detail = ((await error) as CustomEvent<GoalkitErrorDetail>).detail;
      expect(detail).to.include({ kind: 'storage', message: 'Not saved: storage is unavailable in this browser' });
      await until(() => status(el) === 'Not saved: storage is unavailable in this browser', 'the status line');

      typeInto(byLabel(el.shadowRoot!, /^Goal/)!, 'Run a 10k by October');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(status(el)).to.equal('Not saved: storage is unavailable in this browser');
      const file = await captureDownload(() =>
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'JSON')!.click(),
      );
      expect(file.text).to.include('Run a 10k by October');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'indexedDB', descriptor);
      store!.close();
    }
  });

  it('shows "Saving…" and then "Saved" once the edit is committed', async () => {
    const store = freshStore();
    const el = await fixture(html`<smart-checklist .store=${store}></smart-checklist>`);
    await until(() => byLabel(el.shadowRoot!, /^Goal/), 'the goal field');
    const saved = oneEvent(el, 'goalkit-save');
    typeInto(byLabel(el.shadowRoot!, /^Goal/)!, 'Ship it');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(status(el)).to.equal('Saving…');
    await saved;
    await until(() => status(el) === 'Saved', '"Saved"');
  });

  it('shows the stored answers in its first render, not an empty form first', async () => {
    const earlier = freshStore();
    const saved = earlier.open('first');
    await saved.ready;
    saved.set(['goals', '1', 'title'], 'Stored before');
    await saved.flush();
    const el = document.createElement('goal-definer');
    el.store = sameDatabase(earlier);
    el.storageKey = 'first';
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(byLabel<HTMLInputElement>(el.shadowRoot!, /^Goal/)!.value).to.equal('Stored before');
  });

  it('tells the author when the labels attribute is not JSON, and keeps the default labels', async () => {
    const el = await fixture(html`<smart-checklist .store=${freshStore()} labels="{not json"></smart-checklist>`);
    expect(el.shadowRoot!.textContent).to.include('The labels attribute is not JSON: default labels are used.');
    expect(byLabel(el.shadowRoot!, 'Specific')).to.exist;
  });

  it('speaks the language of its page or its own lang, from a registered strings table', async () => {
    registerStrings('fr', { common: { export: 'Exporter', import: 'Importer' } });
    const wrapper = await fixture(html`<div lang="fr-CA"><smart-checklist .store=${freshStore()}></smart-checklist></div>`);
    const el = wrapper.querySelector('smart-checklist')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('Exporter');
    expect(byLabel(el.shadowRoot!, 'Importer')).to.exist;
    // A string the table does not give falls back to English.
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Markdown');
  });

  it('shows a value set elsewhere even when it equals what it showed before the learner typed', async () => {
    const store = freshStore();
    const doc = store.open('live');
    const el = await fixture(html`<smart-checklist .store=${store} storage-key="live"></smart-checklist>`);
    await until(() => byLabel(el.shadowRoot!, /^Goal/), 'the goal field');
    const field = byLabel<HTMLTextAreaElement>(el.shadowRoot!, /^Goal/)!;
    typeInto(field, 'first');
    field.blur();
    const path = Object.keys(doc.data.checks).map((key) => ['checks', key, 'statement'])[0];
    const update = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    doc.set(path, 'A'); // another widget writes: the field shows it
    await update();
    expect(field.value).to.equal('A');
    typeInto(field, 'AB'); // the learner types…
    field.blur();
    await update();
    doc.set(path, 'A'); // …and an import puts back the earlier text
    await update();
    expect(field.value).to.equal('A');
  });

  it('keeps following its data after being moved in the page', async () => {
    const store = freshStore();
    const wrapper = await fixture(html`<div><smart-checklist .store=${store} storage-key="moved"></smart-checklist></div>`);
    const el = wrapper.querySelector('smart-checklist')!;
    await until(() => byLabel(el.shadowRoot!, /^Goal/), 'the goal field');
    typeInto(byLabel(el.shadowRoot!, /^Goal/)!, 'Before the move');
    el.remove();
    wrapper.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const doc = store.open('moved');
    const path = Object.keys(doc.data.checks).map((key) => ['checks', key, 'statement'])[0];
    doc.set(path, 'After the move');
    await until(() => byLabel<HTMLTextAreaElement>(el.shadowRoot!, /^Goal/)!.value === 'After the move', 'the new value', 1000);
  });
});
