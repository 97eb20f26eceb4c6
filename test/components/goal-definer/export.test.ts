import { expect, html, oneEvent } from '@open-wc/testing';
import type { GoalkitErrorDetail } from '../../../src/events.js';
import { SCHEMA_VERSION } from '../../../src/models/document.js';
import type { Goal } from '../../../src/models/goal.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { captureDownload, chooseFile, closeStores, freshStore, rendered, sameDatabase, until, whilePrinting } from '../../helpers.js';
import { button, field, fields, mount, unmount, visibleText } from './dom.js';

afterEach(closeStores);

const HOSTILE = '<img src=x onerror=alert(1)> # not a heading';

const goal = (title: string, more: Partial<Goal> = {}): Goal => ({ title, fields: {}, lists: {}, removed: false, created: 1, ...more });
const items = (...entries: Array<[string, string, boolean, boolean?]>) => ({
  items: Object.fromEntries(entries.map(([text, href, done, removed = false], i) => [`i${i}`, { text, href, done, removed }])),
  order: entries.map((_, i) => `i${i}`),
});

/** Two goals as a learner left them, one removed goal, and a SMART check that is not the worksheet's. */
async function seeded(store: GoalStore = freshStore()) {
  const doc = store.open('k');
  await doc.ready;
  doc.setMany([
    [
      ['goals'],
      {
        '1': goal(HOSTILE, {
          fields: { now: 'I did the *tour*\nand one kata', why: 'Go jobs' },
          lists: {
            learning: items(['The Go Programming Language', 'https://www.gopl.io/', true], ['Go by Example', '', false]),
            mentors: items(['Someone I forgot', '', false, true]),
          },
        }),
        '2': goal('Learn Rust'),
        g1: goal('A goal I removed', { removed: true }),
      },
    ],
    [['goalOrder'], ['1', '2', 'g1']],
    [['checks'], { c1: { statement: 'Not the worksheet’s', answers: {}, met: {}, dismissed: [] } }],
  ]);
  await doc.flush();
  return mount(html`<goal-definer storage-key="k" goals="2" .store=${sameDatabase(store)}></goal-definer>`);
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const dialogButton = (dialog: Element, name: string) => [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const openDialog = (el: Element) => until(() => el.shadowRoot!.querySelector('dialog[open]'), 'the dialog');

describe('<goal-definer> export', () => {
  it('exports Markdown: a heading per goal, the answers, resource lists with done items, learner text kept as text', async () => {
    const el = await seeded();
    const file = await captureDownload(() => button(el, 'Markdown').click());
    expect(file.name).to.match(/\.md$/);
    expect(file.type).to.match(/^text\/markdown/);
    expect(file.text).to.include('- [x] [The Go Programming Language](https://www.gopl.io/)');
    expect(file.text).to.include('- [ ] Go by Example');

    const page = rendered(file.text);
    expect(texts(page, 'h2')).to.deep.equal([`Goal 1: ${HOSTILE}`, 'Goal 2: Learn Rust']);
    expect(texts(page, 'h3')).to.deep.equal(['Where are you now?', 'Resources', 'Why is this goal important to you?']);
    expect(texts(page, 'h4')).to.deep.equal(['Books, blogs, talks, podcasts and courses']);
    // CommonMark shows task boxes as text; GitHub-flavoured renderers show them as checkboxes.
    expect(texts(page, 'li')).to.deep.equal(['[x] The Go Programming Language', '[ ] Go by Example']);
    expect(page.querySelector('a')!.getAttribute('href')).to.equal('https://www.gopl.io/');
    // The learner's text opens no tag, heading or emphasis.
    expect(page.querySelectorAll('img, h1, em, strong')).to.have.length(0);
    expect(page.textContent).to.include('I did the *tour*');
    expect(page.textContent).to.include('and one kata');
    // Removed goals and items stay out.
    expect(file.text).not.to.include('removed');
    expect(file.text).not.to.include('forgot');
  });

  it('exports JSON of the goals only, which Import brings back after a change', async () => {
    const el = await seeded();
    const root = el.shadowRoot!;
    const file = await captureDownload(() => button(el, 'JSON').click());
    expect(file.name).to.match(/\.json$/);
    const exported = JSON.parse(file.text);
    expect(exported).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(Object.keys(exported.data).sort()).to.deep.equal(['goalOrder', 'goals']);
    expect(exported.data.goals['2'].title).to.equal('Learn Rust');
    expect(el.data).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(el.data.data.goals['2'].title).to.equal('Learn Rust');

    button(el, 'Remove Goal 2').click();
    button(el, 'Remove The Go Programming Language').click();
    await el.updateComplete;
    expect(fields(el, 'Goal')).to.have.length(1);
    chooseFile(root, file.name, file.text);
    const dialog = await openDialog(el);
    expect(fields(el, 'Goal'), 'nothing changes before confirming').to.have.length(1);
    dialogButton(dialog, 'Import')!.click();
    await el.updateComplete;
    expect(fields(el, 'Goal').map((f) => f.value)).to.deep.equal([HOSTILE, 'Learn Rust']);
    expect((field(el, 'Done The Go Programming Language') as HTMLInputElement).checked).to.equal(true);
    expect(el.document!.data.checks, 'what is not the worksheet’s is left alone').to.have.property('c1');
  });

  it('refuses a file of another format, says why in plain words, and changes nothing', async () => {
    const el = await seeded();
    const error = oneEvent(el, 'goalkit-error') as Promise<CustomEvent<GoalkitErrorDetail>>;
    chooseFile(el.shadowRoot!, 'goals.md', '## Goal 1: Learn Go\n\n- [x] The Go Programming Language\n');
    const { detail } = await error;
    expect(detail).to.include({ kind: 'import', message: 'The file is not JSON.' });
    const dialog = await openDialog(el);
    expect(dialog.textContent).to.include('Nothing can be imported from this file.');
    expect(dialog.textContent).to.include('The file is not JSON.');
    expect(dialogButton(dialog, 'Import')).to.equal(undefined);
    await expect(el).to.be.accessible();
    dialogButton(dialog, 'Cancel')!.click();
    expect(field(el, 'Goal', 1).value).to.equal('Learn Rust');
  });

  it('forgets its data after confirmation', async () => {
    const store = freshStore();
    const el = await seeded(store);
    button(el, 'Forget my data').click();
    const dialog = await openDialog(el);
    dialogButton(dialog, 'Forget my data')!.click();
    await until(() => fields(el, 'Goal').every((f) => f.value === ''), 'the goals to be emptied');
    expect(visibleText(el)).to.include('Your data was deleted from this browser.');
    expect(visibleText(el)).to.include('0 of 2 goals fully defined');
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" goals="2" .store=${sameDatabase(store)}></goal-definer>`);
    expect(fields(again, 'Goal').map((f) => f.value)).to.deep.equal(['', '']);
  });

  it('prints the read-only worksheet without controls', async () => {
    const el = await seeded();
    await whilePrinting(el, async () => {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('button, input, textarea')).to.have.length(0);
      expect(texts(root, 'h3')).to.deep.equal([HOSTILE, 'Learn Rust']);
      expect(visibleText(el)).to.include('I did the *tour*');
      await expect(el).to.be.accessible();
    });
    await el.updateComplete;
    expect(el.readonly).to.equal(false);
  });
});
