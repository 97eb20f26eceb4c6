import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../src/define.js';
import type { MilestoneTimeline } from '../../../src/components/milestone-timeline/milestone-timeline.js';
import type { GoalkitChangeDetail, GoalkitErrorDetail } from '../../../src/events.js';
import { SCHEMA_VERSION } from '../../../src/models/document.js';
import type { Milestone, Timeline } from '../../../src/models/timeline.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { emulateTimezone, printedText } from '../../commands.js';
import { byLabel, captureDownload, chooseFile, closeStores, freshStore, rendered, sameDatabase, until, whilePrinting } from '../../helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)> # not a heading';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(text);
const shadow = (el: Element) => el.shadowRoot!;
const button = (root: ParentNode, name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name);
const checkbox = (el: Element, name: string) => byLabel(shadow(el), name)!;
const openDialog = (el: Element) => until(() => shadow(el).querySelector('dialog[open]'), 'the dialog');

const milestone = (fields: Partial<Milestone>): Milestone => ({
  title: '',
  due: '',
  count: 1,
  done: 0,
  notes: '',
  preset: false,
  removed: false,
  ...fields,
});

/** Two weeks into the bootcamp: an interview done (with notes), one of two counted, two milestones of the learner's own. */
const underway: Timeline = {
  startDate: '',
  goal: '',
  milestones: {
    'interview-1': milestone({ preset: true, done: 1, notes: 'Met Ada\nAsk about *on-call*' }),
    'interview-2': milestone({ preset: true, done: 1 }),
    m1: milestone({ title: HOSTILE, due: '2026-12-24', notes: 'Bring **slides**' }),
    m2: milestone({ title: 'Read a book' }),
  },
  order: ['interview-1', 'interview-2', 'm1', 'm2'],
};

const presets = html`
  <milestone-item key="interview-1" due="week 2">Informational interview</milestone-item>
  <milestone-item key="interview-2" due="week 3" count="2">Informational interviews</milestone-item>
  <milestone-item key="blog-post" due="week 6">Blog post</milestone-item>
`;

/** The learner's timeline, as they left it, on its own storage key. */
async function timeline(store: GoalStore = freshStore(), data: Timeline = underway) {
  const doc = store.open('bootcamp');
  await doc.ready;
  doc.set(['timelines', 'six-weeks'], data);
  await doc.flush();
  const el = await fixture<MilestoneTimeline>(html`<milestone-timeline
    id="six-weeks"
    storage-key="bootcamp"
    .store=${sameDatabase(store)}
    start-date="2026-12-07"
    today="2026-12-21"
    >${presets}</milestone-timeline
  >`);
  await until(() => (checkbox(el, 'Informational interview') as HTMLInputElement).checked, 'the stored progress');
  return el;
}

/** Opens Export as a learner does, then picks a format. */
async function exportAs(el: Element, format: string) {
  shadow(el).querySelector('summary')!.click();
  return captureDownload(() => button(shadow(el), format)!.click());
}

afterEach(async () => {
  closeStores();
  await emulateTimezone(null);
});

describe('<milestone-timeline> export', () => {
  it('offers Markdown, JSON, Print and Calendar (.ics) under Export', async () => {
    const el = await timeline();
    const group = shadow(el).querySelector('[role="group"]')!;
    expect(texts(group, 'button')).to.deep.equal(['Markdown', 'JSON', 'Print', 'Calendar (.ics)']);
    await expect(el).to.be.accessible();
  });

  it('exports Markdown: a heading, a task item per milestone in date order, notes under it; learner text stays text', async () => {
    const el = await timeline();
    const file = await exportAs(el, 'Markdown');
    expect(file.name).to.match(/\.md$/);
    expect(file.type).to.match(/^text\/markdown/);
    expect(file.text).to.match(/^## Milestones\n/);
    expect(file.text).to.include('- [x] Informational interview · Due 2026\\-12\\-20\n\nMet Ada\\\nAsk about \\*on\\-call\\*\n');
    expect(file.text).to.include('- [ ] Read a book\n');

    const page = rendered(file.text);
    expect(texts(page, 'h2')).to.deep.equal(['Milestones']);
    expect(texts(page, 'li')).to.deep.equal([
      '[x] Informational interview · Due 2026-12-20',
      `[ ] ${HOSTILE} · Due 2026-12-24`,
      '[ ] Informational interviews · Due 2026-12-27 · 1 of 2 done',
      '[ ] Blog post · Due 2027-01-17',
      '[ ] Read a book',
    ]);
    expect(texts(page, 'ul + p')).to.deep.equal(['Met Ada Ask about *on-call*', 'Bring **slides**']);
    expect(page.querySelector('p br'), 'the notes keep their line break').to.exist;
    // The learner's text opens no tag, heading or emphasis.
    expect(page.querySelectorAll('img, h1, em, strong')).to.have.length(0);
  });

  it('exports Markdown under the title of its goal in the workspace, escaped', async () => {
    const store = freshStore();
    const doc = store.open('course');
    await doc.ready;
    doc.set(['goals', '1', 'title'], HOSTILE);
    const workspace = await fixture(html`<goal-workspace storage-key="course" .store=${store}>
      <milestone-timeline id="go" goal="1" start-date="2026-12-07" today="2026-12-21">${presets}</milestone-timeline>
    </goal-workspace>`);
    const el = workspace.querySelector('milestone-timeline')!;
    await until(() => text(shadow(el).querySelector('[part="goal"]')), 'the goal');
    const page = rendered((await exportAs(el, 'Markdown')).text);
    expect(texts(page, 'h2')).to.deep.equal([HOSTILE]);
    expect(page.querySelectorAll('img, h1')).to.have.length(0);
  });

  for (const zone of ['America/Los_Angeles', 'Europe/London', 'Pacific/Auckland']) {
    it(`exports a calendar: one all-day event per dated milestone, on its date in ${zone}`, async () => {
      await emulateTimezone(zone);
      const el = await timeline();
      const file = await exportAs(el, 'Calendar (.ics)');
      expect(file.name).to.match(/\.ics$/);
      expect(file.type).to.match(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(file.text));
      const events = calendar
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .sort((a, b) => a.startDate.compare(b.startDate));
      expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).to.deep.equal([
        ['Informational interview', '2026-12-20', true],
        [HOSTILE, '2026-12-24', true],
        ['Informational interviews', '2026-12-27', true],
        ['Blog post', '2027-01-17', true],
      ]);
      expect(file.text).to.include('DTSTART;VALUE=DATE:20261220\r\n');
      expect(events[0].description).to.equal('Met Ada\nAsk about *on-call*');
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size, 'a UID of its own per milestone').to.equal(4);
      expect(uids[0]).to.match(/^interview-1\.six-weeks\..+@goalkit$/);

      // The next export keeps the UIDs, so a calendar updates its events instead of adding more.
      const again = new ICAL.Component(ICAL.parse((await exportAs(el, 'Calendar (.ics)')).text));
      expect(again.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid)).to.have.members(uids);
    });
  }

  it('prints a clean worksheet: the milestones as text, without controls', async () => {
    const el = await timeline();
    const printed = await whilePrinting(el, async () => {
      const page = (await printedText()).replace(/\s+/g, ' ');
      for (const shown of ['Start date', 'Informational interview', 'Sunday, December 20, 2026', 'Done', 'Met Ada', '1 of 2 done', 'Today']) {
        expect(page).to.include(shown);
      }
      for (const control of ['Export', 'Import', 'Forget my data', 'Add milestone', 'Remove', 'Notes for']) expect(page).to.not.include(control);
    });
    expect(printed).to.equal(1);
    expect(el.readonly, 'editable again after printing').to.equal(false);
  });

  it('exports JSON of this timeline only, which Import brings back after changes', async () => {
    const el = await timeline();
    expect(el.data).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(Object.keys(el.data.data)).to.deep.equal(['timelines']);
    expect(el.data.data.timelines['six-weeks'].milestones['interview-1'].done).to.equal(1);

    const file = await exportAs(el, 'JSON');
    expect(file.name).to.match(/\.json$/);
    const exported = JSON.parse(file.text);
    expect(exported).to.include({ format: 'goalkit', version: SCHEMA_VERSION });
    expect(exported.data).to.deep.equal(el.data.data);

    // The learner changes things, then imports the file back.
    checkbox(el, 'Informational interview').click();
    await el.updateComplete;
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked).to.equal(false);
    chooseFile(shadow(el), file.name, file.text);
    const dialog = await openDialog(el);
    expect(text(dialog)).to.include('The file holds 0 goals, 0 SMART checks and 4 milestones.');
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked, 'nothing changes before confirming').to.equal(false);
    const change = oneEvent(el, 'goalkit-change');
    button(dialog, 'Import')!.click();
    expect(((await change) as CustomEvent<GoalkitChangeDetail>).detail.field).to.equal('import');
    await el.updateComplete;
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked).to.equal(true);
    expect((byLabel(shadow(el), 'Notes for Informational interview') as HTMLTextAreaElement).value).to.equal('Met Ada\nAsk about *on-call*');
    expect(texts(shadow(el), 'ol > li:not(.today) .head')).to.include(HOSTILE);
    await expect(el).to.be.accessible();
  });

  it('refuses a file of another format in plain words, and changes nothing', async () => {
    const el = await timeline();
    const error = oneEvent(el, 'goalkit-error');
    chooseFile(shadow(el), 'notes.json', JSON.stringify({ milestones: ['Informational interview'] }));
    expect(((await error) as CustomEvent<GoalkitErrorDetail>).detail).to.include({
      kind: 'import',
      message: 'The file is not a goalkit export.',
    });
    const dialog = await openDialog(el);
    expect(text(dialog)).to.include('Nothing can be imported from this file.');
    expect(text(dialog)).to.include('The file is not a goalkit export.');
    expect(button(dialog, 'Import')).to.equal(undefined);
    await expect(el).to.be.accessible();
    button(dialog, 'Cancel')!.click();
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked).to.equal(true);
    expect(el.data.data.timelines['six-weeks'].milestones.m1.title).to.equal(HOSTILE);
  });

  it('forgets this timeline only after confirmation', async () => {
    const store = freshStore();
    const doc = store.open('course');
    await doc.ready;
    doc.set(['goals', '1', 'title'], 'Learn Go');
    doc.set(['timelines', 'go'], underway);
    const workspace = await fixture(html`<goal-workspace storage-key="course" .store=${store}>
      <milestone-timeline id="go" start-date="2026-12-07" today="2026-12-21">${presets}</milestone-timeline>
    </goal-workspace>`);
    const el = workspace.querySelector('milestone-timeline')!;
    await until(() => (checkbox(el, 'Informational interview') as HTMLInputElement | undefined)?.checked, 'the stored progress');

    button(shadow(el), 'Forget my data')!.click();
    button(await openDialog(el), 'Cancel')!.click();
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked).to.equal(true);

    button(shadow(el), 'Forget my data')!.click();
    button(await openDialog(el), 'Forget my data')!.click();
    await el.updateComplete;
    expect((checkbox(el, 'Informational interview') as HTMLInputElement).checked).to.equal(false);
    expect(texts(shadow(el), 'ol > li:not(.today) .head')).to.deep.equal(['Informational interview', 'Informational interviews', 'Blog post']);
    expect(text(shadow(el))).to.include('Your data was deleted from this browser.');
    // The workspace's other data stays.
    expect(doc.data.timelines.go).to.equal(undefined);
    expect(doc.data.goals['1'].title).to.equal('Learn Go');
  });
});
