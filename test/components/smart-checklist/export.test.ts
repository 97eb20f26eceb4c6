import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SmartChecklist } from '../../../src/components/smart-checklist/smart-checklist.js';
import type { GoalkitChangeDetail, GoalkitErrorDetail } from '../../../src/events.js';
import { SCHEMA_VERSION } from '../../../src/models/document.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { printedText } from '../../commands.js';
import { captureDownload, chooseFile, closeStores, freshStore, rendered, sameDatabase, until, whilePrinting } from '../../helpers.js';
import { button, control, shadow, textOf, typeInto } from './dom.js';

afterEach(closeStores);

const HOSTILE = '<img src=x onerror=alert(1)> # not a heading';
const check = (statement: string, answers: Record<string, string> = {}, met: Record<string, boolean> = {}) => ({
  statement,
  answers,
  met,
  dismissed: [],
});

/** A checklist of its own goal, as a learner left it. */
async function standalone(store: GoalStore = freshStore(), statement = HOSTILE) {
  const doc = store.open(`${location.pathname}#mine`);
  await doc.ready;
  doc.set(['checks', 'own-mine'], check(statement, { measurable: 'Two *talks* given\nand one blog post' }, { measurable: true }));
  await doc.flush();
  const el = await fixture<SmartChecklist>(html`<smart-checklist id="mine" .store=${sameDatabase(store)}></smart-checklist>`);
  await until(() => control(el, 'Goal').value === statement, 'the stored goal');
  return el;
}

/** Opens Export as a learner does, then picks a format. */
async function exportAs(el: SmartChecklist, format: string) {
  shadow(el).querySelector('summary')!.click();
  return captureDownload(() => button(el, format)!.click());
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const openDialog = (el: Element) => until(() => shadow(el).querySelector('dialog[open]'), 'the dialog');
const dialogButton = (dialog: Element, name: string) =>
  [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

describe('<smart-checklist> export', () => {
  it('exports Markdown: the goal as a heading, a task item per criterion, the score; learner text stays text', async () => {
    const el = await standalone();
    const file = await exportAs(el, 'Markdown');
    expect(file.name).to.match(/\.md$/);
    expect(file.type).to.match(/^text\/markdown/);
    expect(file.text).to.match(/^## /);
    expect(file.text).to.include('- [x] Measurable\\: Two \\*talks\\* given and one blog post');
    expect(file.text).to.include('- [ ] Specific\n');

    const page = rendered(file.text);
    expect(texts(page, 'h2')).to.deep.equal([HOSTILE]);
    expect(texts(page, 'li')).to.deep.equal([
      '[ ] Specific',
      '[x] Measurable: Two *talks* given and one blog post',
      '[ ] Achievable',
      '[ ] Realistic',
      '[ ] Time-bound',
    ]);
    expect(texts(page, 'p')).to.deep.equal(['1 of 5 criteria met']);
    // The learner's text opens no tag, heading or emphasis.
    expect(page.querySelectorAll('img, h1, em, strong')).to.have.length(0);
  });

  it('exports the workspace goal it checks under that goal’s title, with Relevant when asked', async () => {
    const store = freshStore();
    const doc = store.open('ws');
    await doc.ready;
    doc.setMany([
      [['goals', '1', 'title'], 'Give a talk at a meetup by June'],
      [['checks', '1'], check('', { realistic: 'One evening a week' }, { realistic: true, timeBound: true })],
    ]);
    await doc.flush();
    const workspace = await fixture(html`<goal-workspace storage-key="ws" .store=${store}>
      <smart-checklist goal="1" r="relevant"></smart-checklist>
    </goal-workspace>`);
    const el = workspace.querySelector('smart-checklist') as SmartChecklist;
    await until(() => textOf(el).includes('2 of 5 criteria met'), 'the stored check');
    const page = rendered((await exportAs(el, 'Markdown')).text);
    expect(texts(page, 'h2')).to.deep.equal(['Give a talk at a meetup by June']);
    expect(texts(page, 'li')).to.include.members(['[x] Relevant: One evening a week', '[x] Time-bound']);
    expect(texts(page, 'p')).to.deep.equal(['2 of 5 criteria met']);
  });

  it('exports JSON of its own check only, which Import brings back after a change', async () => {
    const el = await standalone(freshStore(), 'Give two talks by June');
    const file = await exportAs(el, 'JSON');
    expect(file.name).to.match(/\.json$/);
    const exported = JSON.parse(file.text);
    expect(exported).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(exported.data).to.deep.equal({
      checks: { 'own-mine': check('Give two talks by June', { measurable: 'Two *talks* given\nand one blog post' }, { measurable: true }) },
    });
    expect(el.data).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(el.data.data).to.deep.equal(exported.data);

    control(el, 'Measurable').click();
    control(el, 'Time-bound').click();
    await el.updateComplete;
    expect(textOf(el)).to.include('1 of 5 criteria met');

    chooseFile(shadow(el), file.name, file.text);
    const dialog = await openDialog(el);
    expect(dialog.textContent).to.include('1 SMART checks');
    expect(control(el, 'Time-bound').checked, 'nothing changes before confirming').to.equal(true);
    const change = oneEvent(el, 'goalkit-change');
    dialogButton(dialog, 'Import')!.click();
    expect(((await change) as CustomEvent<GoalkitChangeDetail>).detail.field).to.equal('import');
    await el.updateComplete;
    expect(control(el, 'Measurable').checked).to.equal(true);
    expect(control(el, 'Time-bound').checked).to.equal(false);
    expect(control(el, 'How will you know you got there?').value).to.equal('Two *talks* given\nand one blog post');
    expect(textOf(el)).to.include('1 of 5 criteria met');
  });

  it('imports another checklist’s export into the goal it checks', async () => {
    const other = await standalone(freshStore(), 'Give two talks by June');
    const file = await exportAs(other, 'JSON');
    other.remove();

    const store = freshStore();
    const workspace = await fixture(html`<goal-workspace storage-key="ws" .store=${store}>
      <smart-checklist goal="2"></smart-checklist>
    </goal-workspace>`);
    const el = workspace.querySelector('smart-checklist') as SmartChecklist;
    chooseFile(shadow(el), file.name, file.text);
    dialogButton(await openDialog(el), 'Import')!.click();
    await el.updateComplete;
    expect(control(el, 'Measurable').checked).to.equal(true);
    expect(store.open('ws').data.checks['2'].answers.measurable).to.equal('Two *talks* given\nand one blog post');
  });

  it('refuses a file of another format, says why in plain words, and changes nothing', async () => {
    const el = await standalone();
    const error = oneEvent(el, 'goalkit-error') as Promise<CustomEvent<GoalkitErrorDetail>>;
    chooseFile(shadow(el), 'goals.json', JSON.stringify({ goals: [{ title: 'Learn Go' }] }));
    expect((await error).detail).to.include({ kind: 'import', message: 'The file is not a goalkit export.' });
    const dialog = await openDialog(el);
    expect(dialog.textContent).to.include('Nothing can be imported from this file.');
    expect(dialog.textContent).to.include('The file is not a goalkit export.');
    expect(dialogButton(dialog, 'Import')).to.equal(undefined);
    await expect(el).to.be.accessible();
    dialogButton(dialog, 'Cancel')!.click();
    expect(control(el, 'Goal').value).to.equal(HOSTILE);
    expect(control(el, 'Measurable').checked).to.equal(true);
  });

  it('forgets its check after confirmation, and leaves the workspace’s goals alone', async () => {
    const store = freshStore();
    const doc = store.open('ws');
    await doc.ready;
    doc.setMany([
      [['goals', '1', 'title'], 'Learn Go'],
      [['checks', '1'], check('', { specific: 'A CLI tool' }, { specific: true })],
      [['checks', 'own-other'], check('Someone else’s goal')],
    ]);
    await doc.flush();
    const workspace = await fixture(html`<goal-workspace storage-key="ws" .store=${store}>
      <smart-checklist goal="1"></smart-checklist>
    </goal-workspace>`);
    const el = workspace.querySelector('smart-checklist') as SmartChecklist;
    await until(() => control(el, 'Specific').checked, 'the stored check');

    button(el, 'Forget my data')!.click();
    dialogButton(await openDialog(el), 'Cancel')!.click();
    expect(control(el, 'Specific').checked).to.equal(true);

    button(el, 'Forget my data')!.click();
    const dialog = await openDialog(el);
    expect(dialog.textContent).to.include('Delete everything saved here in this browser?');
    dialogButton(dialog, 'Forget my data')!.click();
    await el.updateComplete;
    expect(control(el, 'Specific').checked).to.equal(false);
    expect(control(el, 'What exactly will you do?').value).to.equal('');
    expect(textOf(el)).to.include('Your data was deleted from this browser.');
    expect(doc.data.checks).not.to.have.property('1');
    expect(doc.data.checks).to.have.property('own-other');
    expect(doc.data.goals['1'].title).to.equal('Learn Go');
  });

  it('empties what the learner typed in this visit when they forget their data', async () => {
    const el = await fixture<SmartChecklist>(html`<smart-checklist id="typed" .store=${freshStore()}></smart-checklist>`);
    await typeInto(control(el, 'Goal'), 'Learn Go');
    await typeInto(control(el, 'How will you know you got there?'), 'A CLI tool');
    control(el, 'Measurable').click();
    button(el, 'Forget my data')!.focus();
    await sendKeys({ press: 'Enter' });
    dialogButton(await openDialog(el), 'Forget my data')!.click();
    await until(() => textOf(el).includes('Your data was deleted from this browser.'), 'the data to be forgotten');
    expect(control(el, 'Goal').value).to.equal('');
    expect(control(el, 'How will you know you got there?').value).to.equal('');
    expect(control(el, 'Measurable').checked).to.equal(false);
  });

  it('prints a clean read-only worksheet: the goal, answers and ticks as text, no controls', async () => {
    const el = await standalone(freshStore(), 'Give two talks by June');
    await whilePrinting(el, async () => {
      expect(shadow(el).querySelectorAll('button, input, textarea, select')).to.have.length(0);
      const text = await printedText();
      for (const shown of ['Give two talks by June', 'Measurable Met', 'Specific Not met', 'Two *talks* given', '1 of 5 criteria met']) {
        expect(text.replace(/\s+/g, ' '), shown).to.include(shown);
      }
      for (const control of ['Export', 'Import', 'Forget my data', 'Dismiss']) expect(text).not.to.include(control);
      await expect(el).to.be.accessible();
    });
    await el.updateComplete;
    expect(el.readonly).to.equal(false);
  });
});
