import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { GoalWorkspace } from '../../src/components/goal-workspace/goal-workspace.js';
import type { GoalkitChangeDetail, GoalkitErrorDetail } from '../../src/events.js';
import { SCHEMA_VERSION } from '../../src/models/document.js';
import { printedText } from '../commands.js';
import { byLabel, captureDownload, chooseFile, closeStores, freshStore, until, whilePrinting } from '../helpers.js';

const goal = (title: string) => ({ title, fields: { now: 'here' }, lists: {}, removed: false, created: 1 });

const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

async function workspaceWith(data: Record<string, unknown>) {
  const store = freshStore();
  const doc = store.open('plan');
  await doc.ready;
  doc.setMany(Object.entries(data).map(([key, value]) => [[key], value] as const));
  await doc.flush();
  const el = await fixture<GoalWorkspace>(html`<goal-workspace storage-key="plan" .store=${store}></goal-workspace>`);
  return { el, doc, root: el.shadowRoot! };
}

afterEach(closeStores);

describe('Export, Import and Forget', () => {
  it('offers Markdown, JSON and Print under an Export disclosure, all by keyboard', async () => {
    const { root, el } = await workspaceWith({});
    const summary = root.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Export');
    const group = root.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Export');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Markdown',
      'JSON',
      'Print',
      'Calendar (.ics)',
    ]);
    expect(button(root, 'Import')).to.exist;
    expect(button(root, 'Forget my data')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('exports a versioned JSON document named after the page and the date, which Import accepts back', async () => {
    const { root, doc } = await workspaceWith({ goals: { '1': goal('Learn Go') }, goalOrder: ['1'] });
    document.title = 'Goals | Back-End Engineering';
    const file = await captureDownload(() => button(root, 'JSON').click());
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(file.name).to.equal(`goals-back-end-engineering-${date}.json`);
    const exported = JSON.parse(file.text);
    expect(exported).to.include({ format: 'goalkit', version: SCHEMA_VERSION, title: 'Goals | Back-End Engineering' });
    expect(exported.data.goals['1'].title).to.equal('Learn Go');

    // Change the data, then import the export back: the import restores it.
    doc.set(['goals', '1', 'title'], 'Learn Rust');
    chooseFile(root, file.name, file.text);
    const dialog = await until(() => root.querySelector('dialog[open]'), 'the import preview');
    expect(dialog.textContent).to.include('The file holds 1 goals, 0 SMART checks and 0 milestones.');
    expect(doc.data.goals['1'].title, 'nothing changes before confirming').to.equal('Learn Rust');
    button(dialog, 'Import').click();
    expect(doc.data.goals['1'].title).to.equal('Learn Go');
    expect(root.querySelector('dialog[open]')).to.equal(null);
  });

  it('merges when asked: what the learner has is kept and the file adds to it', async () => {
    const { root, doc } = await workspaceWith({ goals: { '1': goal('Learn Go') }, goalOrder: ['1'] });
    const incoming = { format: 'goalkit', version: SCHEMA_VERSION, data: { goals: { '1': goal('Give a talk') }, goalOrder: ['1'] } };
    chooseFile(root, 'mentee.json', JSON.stringify(incoming));
    const dialog = await until(() => root.querySelector('dialog[open]'), 'the import preview');
    byLabel(dialog, /Add to what is here/)!.click();
    button(dialog, 'Import').click();
    expect(Object.values(doc.data.goals).map((g) => g.title).sort()).to.deep.equal(['Give a talk', 'Learn Go']);
  });

  it('lists a bad file’s problems in plain words and changes nothing', async () => {
    const { root, el, doc } = await workspaceWith({ goals: { '1': goal('Keep me') }, goalOrder: ['1'] });
    const error = oneEvent(el, 'goalkit-error');
    chooseFile(root, 'bad.json', '{"format":"goalkit","version":1,"data":{"__proto__":{"x":1}}}');
    const detail = ((await error) as CustomEvent<GoalkitErrorDetail>).detail;
    expect(detail.kind).to.equal('import');
    expect(detail.message).to.equal('The file contains the key "__proto__", which is not allowed.');
    const dialog = await until(() => root.querySelector('dialog[open]'), 'the problems');
    expect(dialog.textContent).to.include('Nothing can be imported from this file.');
    expect(dialog.textContent).to.include('The file contains the key "__proto__", which is not allowed.');
    expect(button(dialog, 'Import')).to.equal(undefined);
    await expect(el).to.be.accessible();
    button(dialog, 'Cancel').click();
    expect(doc.data.goals['1'].title).to.equal('Keep me');
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('forgets the data only after confirmation', async () => {
    const { root, el, doc } = await workspaceWith({ goals: { '1': goal('Private') }, goalOrder: ['1'] });
    button(root, 'Forget my data').click();
    const dialog = await until(() => root.querySelector('dialog[open]'), 'the confirmation');
    expect(dialog.textContent).to.include('Delete everything saved here in this browser?');
    button(dialog, 'Cancel').click();
    expect(doc.data.goals['1'].title).to.equal('Private');

    button(root, 'Forget my data').click();
    const change = oneEvent(el, 'goalkit-change');
    button(await until(() => root.querySelector('dialog[open]'), 'the confirmation'), 'Forget my data').click();
    expect(((await change) as CustomEvent<GoalkitChangeDetail>).detail.field).to.equal('forget');
    expect(doc.data.goals).to.deep.equal({});
    expect(await doc.rev).to.equal(0);
    expect(root.textContent).to.include('Your data was deleted from this browser.');
  });

  it('prints a clean worksheet: read-only, without buttons', async () => {
    const store = freshStore();
    const page = await fixture(html`<div>
      <p>Course text around the worksheet</p>
      <goal-workspace storage-key="print" .store=${store}><p>My printed plan</p></goal-workspace>
    </div>`);
    const el = page.querySelector('goal-workspace')!;
    const printed = await whilePrinting(el, async () => {
      expect(el.readonly).to.equal(true);
      const text = await printedText();
      expect(text).to.include('My printed plan');
      for (const control of ['Export', 'Import', 'Forget my data']) expect(text).to.not.include(control);
    });
    expect(printed).to.equal(1);
    expect(el.readonly, 'restored after printing').to.equal(false);
  });

  it('forgets one element’s part of a shared workspace, and keeps the rest', async () => {
    const store = freshStore();
    const doc = store.open('shared-forget');
    doc.setMany([
      [['goals'], { '1': goal('Learn Go') }],
      [['goalOrder'], ['1']],
      [['checks', '1'], { statement: '', answers: { specific: 'kept' }, met: {}, dismissed: [] }],
    ]);
    await doc.flush();
    const workspace = await fixture(html`<goal-workspace storage-key="shared-forget" .store=${store}>
      <goal-definer goals="1"></goal-definer>
    </goal-workspace>`);
    const definer = workspace.querySelector('goal-definer')!;
    const root = await until(() => definer.shadowRoot?.querySelector('.actions') && definer.shadowRoot, 'the definer');
    button(root, 'Forget my data').click();
    button(await until(() => root.querySelector('dialog[open]'), 'the confirmation'), 'Forget my data').click();
    await until(() => Object.keys(doc.data.goals).length === 0, 'the goals to be forgotten');
    expect(doc.data.goalOrder).to.deep.equal([]);
    expect(doc.data.checks['1'].answers.specific).to.equal('kept');
  });

  it('hides Forget my data on a read-only workspace', async () => {
    const el = await fixture<GoalWorkspace>(html`<goal-workspace readonly .store=${freshStore()}></goal-workspace>`);
    expect(button(el.shadowRoot!, 'Forget my data')).to.equal(undefined);
    expect(button(el.shadowRoot!, 'Import')).to.exist;
  });
});
