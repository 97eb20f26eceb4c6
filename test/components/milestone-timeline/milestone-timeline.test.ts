import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/define.js';
import type { MilestoneTimeline } from '../../../src/components/milestone-timeline/milestone-timeline.js';
import type { GoalkitChangeDetail, GoalkitCompleteDetail, GoalkitErrorDetail } from '../../../src/events.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { emulateMedia, emulateTimezone, setViewport } from '../../commands.js';
import { closeStores, freshStore, sameDatabase, until } from '../../helpers.js';

type Control = HTMLInputElement | HTMLTextAreaElement;

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: MilestoneTimeline) => el.shadowRoot!;

/** The control whose label reads `label`, as a learner finds it. */
function field(el: MilestoneTimeline, label: string): Control {
  const controls = [...root(el).querySelectorAll<Control>('input, textarea')];
  const found = controls.find((c) => [...(c.labels ?? [])].some((l) => text(l) === label));
  if (!found) throw new Error(`No field labelled "${label}"`);
  return found;
}

function button(el: MilestoneTimeline, name: string, within: ParentNode = root(el)): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

const milestones = (el: MilestoneTimeline) => [...root(el).querySelectorAll<HTMLLIElement>('ol > li')];
const items = (el: MilestoneTimeline) => milestones(el).filter((li) => !li.classList.contains('today'));
const item = (el: MilestoneTimeline, title: string) => {
  const found = items(el).find((li) => text(li.querySelector('.head')) === title);
  if (!found) throw new Error(`No milestone "${title}"`);
  return found;
};
const summary = (el: MilestoneTimeline) => text(root(el).querySelector('[part="summary"]'));
async function saved(el: MilestoneTimeline) {
  await el.updateComplete;
  await until(() => text(root(el).querySelector('[part="status"]')) === 'Saved', '"Saved"');
}

/** A learner's edit of a text or date field: focus, type, leave. */
async function type(el: MilestoneTimeline, control: Control, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.blur();
  await el.updateComplete;
}

const BOOTCAMP = html`
  <milestone-item key="interview-1" due="week 2" count="1">Informational interview</milestone-item>
  <milestone-item key="interview-2" due="week 3" count="2">Informational interviews</milestone-item>
  <milestone-item key="interview-3" due="week 4" count="3">Informational interviews</milestone-item>
  <milestone-item key="blog-post" due="week 6">Blog post</milestone-item>
`;

async function timeline(store: GoalStore, attributes: { start?: string; today?: string; readonly?: boolean } = {}, children = BOOTCAMP) {
  const el = await fixture<MilestoneTimeline>(html`<milestone-timeline
    id="six-weeks"
    storage-key="bootcamp"
    .store=${store}
    start-date=${attributes.start ?? ''}
    today=${attributes.today ?? '2026-12-01'}
    ?readonly=${attributes.readonly}
    >${children}</milestone-timeline
  >`);
  await until(() => text(root(el).querySelector('[part="summary"]')), 'the timeline');
  return el;
}

/** The same page opened again: a new element on the same database. */
async function reload(el: MilestoneTimeline, store: GoalStore, template?: (store: GoalStore) => TemplateResult) {
  el.remove();
  store.close();
  const again = sameDatabase(store);
  const next = await fixture<MilestoneTimeline>(
    template?.(again) ??
      html`<milestone-timeline id="six-weeks" storage-key="bootcamp" .store=${again} today="2026-12-01">${BOOTCAMP}</milestone-timeline>`,
  );
  // The stored data is read before the learner sees it.
  await (next as unknown as { document: { ready: Promise<void> } }).document.ready;
  await next.updateComplete;
  return next;
}

afterEach(async () => {
  closeStores();
  await emulateTimezone(null);
  await setViewport(800, 600);
});

describe('<milestone-timeline>: dates', () => {
  for (const zone of ['America/Los_Angeles', 'Europe/London', 'Pacific/Auckland']) {
    it(`shows the author's presets on their calendar dates in ${zone}`, async () => {
      await emulateTimezone(zone);
      const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-07' });
      const times = items(el).map((li) => li.querySelector('time')!);
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-12-20', '2026-12-27', '2027-01-03', '2027-01-17']);
      expect(times.map(text)).to.deep.equal([
        'Sunday, December 20, 2026',
        'Sunday, December 27, 2026',
        'Sunday, January 3, 2027',
        'Sunday, January 17, 2027',
      ]);
      await expect(el).to.be.accessible();
    });
  }

  it('reads well: title, due date and progress in one list item', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-07' });
    expect(root(el).querySelector('ol')!.getAttribute('aria-label')).to.equal('Milestones');
    expect(text(items(el)[0])).to.match(/^Informational interview Due Sunday, December 20, 2026 · Upcoming/);
    expect(text(items(el)[2])).to.contain('Due Sunday, January 3, 2027 · Upcoming · 0 of 3 done');
  });

  it('uses the page’s language for dates', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB">
      <milestone-timeline .store=${freshStore()} start-date="2026-12-07" today="2026-12-07">${BOOTCAMP}</milestone-timeline>
    </div>`);
    const el = wrapper.querySelector('milestone-timeline')!;
    await el.updateComplete;
    expect(text(items(el)[0].querySelector('time'))).to.match(/^Sunday,? 20 December 2026$/);
  });

  it('asks for a start date before showing week N and day N, then counts from it', async () => {
    const store = freshStore();
    const el = await timeline(store);
    expect(summary(el)).to.equal('Set a start date to see due dates.');
    expect(text(items(el)[0].querySelector('.info'))).to.equal('Due week 2');
    expect(root(el).querySelector('time')).to.equal(null);
    await expect(el).to.be.accessible();

    await type(el, field(el, 'Start date'), '2026-12-07');
    expect(items(el).map((li) => li.querySelector('time')?.getAttribute('datetime'))).to.deep.equal([
      '2026-12-20',
      '2026-12-27',
      '2027-01-03',
      '2027-01-17',
    ]);
    expect(summary(el)).to.equal('On track: nothing is due yet');
    await saved(el);

    const again = await reload(el, store);
    expect(field(again, 'Start date').value).to.equal('2026-12-07');
    expect(items(again)[0].querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-20');
  });

  it('keeps only real dates from a date field, and text within the stored limit', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-07' });
    const due = field(el, 'Due date for Blog post');
    due.focus();
    await sendKeys({ type: '0115' });
    await sendKeys({ type: '20000' });
    expect(due.value).to.equal('20000-01-15');
    due.blur();
    await el.updateComplete;
    // The last real date typed on the way (year 2000) is kept, never the year 20000.
    expect(item(el, 'Blog post').querySelector('time')!.getAttribute('datetime')).to.equal('2000-01-15');
    expect(field(el, 'Notes for Blog post').maxLength).to.equal(20000);
  });

  it('lets the learner set their own due date on a preset, and go back to the author’s', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-07' });
    const due = field(el, 'Due date for Blog post');
    expect(due.value).to.equal('2027-01-17');
    await type(el, due, '2026-12-10');
    expect(items(el)[0].querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-10');
    expect(text(items(el)[0].querySelector('.head'))).to.equal('Blog post');
    await type(el, field(el, 'Due date for Blog post'), '');
    expect(items(el)[3].querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-17');
  });
});

describe('<milestone-timeline>: status', () => {
  it('shows each milestone’s status as text, a today marker and whether the learner is on track', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-21' });
    const statuses = items(el).map((li) => text(li.querySelector('.info')).split(' · ')[1]);
    expect(statuses).to.deep.equal(['Overdue', 'Due soon', 'Upcoming', 'Upcoming']);
    expect(summary(el)).to.equal('Behind: 0 of 1 milestones due so far are done');

    const list = milestones(el);
    expect(list[1].classList.contains('today')).to.equal(true);
    expect(text(list[1])).to.equal('Today Monday, December 21, 2026');
    expect(list[1].querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-21');
    await expect(el).to.be.accessible();

    field(el, 'Informational interview').click();
    await el.updateComplete;
    expect(text(item(el, 'Informational interview').querySelector('.info'))).to.equal('Due Sunday, December 20, 2026 · Done');
    expect(summary(el)).to.equal('On track: 1 of 1 milestones due so far are done');
    await expect(el).to.be.accessible();
  });

  it('puts the today marker first when nothing is due yet, and leaves it out when nothing has a date', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-01' });
    expect(milestones(el)[0].classList.contains('today')).to.equal(true);
    const undated = await timeline(freshStore());
    expect(root(undated).querySelector('.today')).to.equal(null);
  });
});

describe('<milestone-timeline>: completing milestones', () => {
  it('ticks a done checkbox named after the milestone, by keyboard, and says so once', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-07' });
    const changes: GoalkitChangeDetail[] = [];
    const completes: GoalkitCompleteDetail[] = [];
    el.addEventListener('goalkit-change', (e) => changes.push(e.detail));
    el.addEventListener('goalkit-complete', (e) => completes.push(e.detail));

    const done = field(el, 'Informational interview') as HTMLInputElement;
    expect(done.type).to.equal('checkbox');
    done.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(done.checked).to.equal(true);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ widget: 'milestone-timeline', storageKey: 'bootcamp', field: 'milestones.interview-1.done', value: 1 });
    expect(completes).to.deep.equal([
      { widget: 'milestone-timeline', storageKey: 'bootcamp', kind: 'milestone', milestone: 'interview-1', goal: undefined },
    ]);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(done.checked).to.equal(false);
    expect(changes).to.have.length(2);
    expect(completes).to.have.length(1);
  });

  it('counts a milestone done several times with a stepper, "1 of 3"', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07', today: '2026-12-07' });
    const completes: GoalkitCompleteDetail[] = [];
    el.addEventListener('goalkit-complete', (e) => completes.push(e.detail));
    const row = items(el)[2];
    const stepper = row.querySelector<HTMLInputElement>('input[type="number"]')!;
    expect(stepper.labels![0].textContent).to.equal('Informational interviews');
    stepper.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(row.querySelector('.info'))).to.contain('1 of 3 done');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(stepper.value).to.equal('3');
    expect(text(row.querySelector('.info'))).to.equal('Due Sunday, January 3, 2027 · Done · 3 of 3 done');
    expect(completes.map((c) => c.milestone)).to.deep.equal(['interview-3']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(row.querySelector('.info'))).to.contain('2 of 3 done');
    // Clearing the field to type another number counts nothing yet.
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(text(row.querySelector('.info'))).to.contain('2 of 3 done');
    await sendKeys({ type: '9' });
    stepper.blur();
    await el.updateComplete;
    expect(stepper.value).to.equal('3');
    stepper.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(row.querySelector('.info'))).to.contain('2 of 3 done');
    await expect(el).to.be.accessible();
    await saved(el);

    const again = await reload(el, store);
    expect(text(items(again)[2].querySelector('.info'))).to.contain('2 of 3 done');
  });
});

describe('<milestone-timeline>: the learner’s own milestones', () => {
  it('adds, edits, removes and restores a milestone by keyboard, and keeps it after a reload', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07', today: '2026-12-07' });
    button(el, 'Add milestone').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = () => root(el).activeElement as HTMLInputElement | null;
    await until(() => text(focused()?.labels?.[0]) === 'Title', 'focus on the new title');
    const title = focused()!;
    expect(title.type).to.equal('text');
    await sendKeys({ type: 'Coffee chat with Ada' });
    await el.updateComplete;
    expect(items(el).at(-1)!.querySelector('.head')!.textContent).to.equal('Coffee chat with Ada');
    await expect(el).to.be.accessible();

    await type(el, field(el, 'Due date for Coffee chat with Ada'), '2026-12-09');
    await type(el, field(el, 'Notes for Coffee chat with Ada'), 'Ask about on-call');
    // Chronological once the learner is done editing it.
    expect(text(items(el)[0].querySelector('.head'))).to.equal('Coffee chat with Ada');

    const remove = button(el, 'Remove Coffee chat with Ada');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el).map((li) => text(li.querySelector('.head')))).not.to.include('Coffee chat with Ada');
    await until(() => text(root(el).activeElement) === 'Undo', 'focus on Undo');
    const notice = root(el).querySelector('.undo')!;
    expect(text(notice)).to.equal('Milestone removed. Undo');
    expect(notice.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(item(el, 'Coffee chat with Ada'))).to.contain('Due Wednesday, December 9, 2026');
    expect(root(el).querySelector('.undo')).to.equal(null);
    await until(() => (root(el).activeElement as HTMLInputElement | null)?.value === 'Coffee chat with Ada', 'focus back on the title');

    field(el, 'Coffee chat with Ada').click();
    await saved(el);
    const again = await reload(el, store);
    const row = item(again, 'Coffee chat with Ada');
    expect(row.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-09');
    expect(field(again, 'Notes for Coffee chat with Ada').value).to.equal('Ask about on-call');
    expect((field(again, 'Coffee chat with Ada') as HTMLInputElement).checked).to.equal(true);
  });

  it('keeps a removed milestone out after a reload', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07' });
    button(el, 'Add milestone').click();
    await el.updateComplete;
    await type(el, field(el, 'Title'), 'Side project');
    button(el, 'Remove Side project').click();
    await el.updateComplete;
    await saved(el);
    const again = await reload(el, store);
    expect(items(again)).to.have.length(4);
  });

  it('keeps the milestones of a timeline whose id is not a data key (a dot in it) after a reload', async () => {
    const store = freshStore();
    const page = (s: GoalStore) => html`<milestone-timeline id="plan.v2" storage-key="bootcamp" .store=${s} today="2026-12-01"></milestone-timeline>`;
    const el = await fixture<MilestoneTimeline>(page(store));
    await until(() => text(root(el).querySelector('[part="summary"]')), 'the timeline');
    button(el, 'Add milestone').click();
    await el.updateComplete;
    await type(el, field(el, 'Title'), 'Side project');
    await saved(el);
    const again = await reload(el, store, page);
    expect(items(again).map((li) => text(li.querySelector('.head')))).to.deep.equal(['Side project']);
    expect(text(root(again).querySelector('[role="alert"]'))).to.equal('');
  });

  it('does not let the learner remove an author’s preset', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07' });
    for (const li of items(el)) expect(li.querySelector('button'), text(li.querySelector('.head'))).to.equal(null);
    expect(() => field(el, 'Title')).to.throw('No field labelled "Title"');
  });

  it('names an untitled milestone', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07' });
    button(el, 'Add milestone').click();
    await el.updateComplete;
    expect(field(el, 'Untitled milestone').type).to.equal('checkbox');
    expect(field(el, 'Notes for Untitled milestone')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<milestone-timeline>: saving', () => {
  it('keeps the learner’s progress and notes on presets after a reload', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07' });
    field(el, 'Informational interview').click();
    await type(el, field(el, 'Notes for Blog post'), 'Open-source post about <b>Go</b>');
    await saved(el);
    const again = await reload(el, store, (s) =>
      html`<milestone-timeline id="six-weeks" storage-key="bootcamp" .store=${s} start-date="2026-12-07">${BOOTCAMP}</milestone-timeline>`,
    );
    expect((field(again, 'Informational interview') as HTMLInputElement).checked).to.equal(true);
    expect(field(again, 'Notes for Blog post').value).to.equal('Open-source post about <b>Go</b>');
    again.readonly = true;
    await again.updateComplete;
    const notes = item(again, 'Blog post').querySelector('.notes')!;
    expect(notes.textContent).to.equal('Open-source post about <b>Go</b>');
    expect(notes.childElementCount).to.equal(0);
  });

  it('follows a preset by its key when the author reorders the presets', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07' });
    field(el, 'Informational interview').click();
    await saved(el);
    const again = await reload(el, store, (s) => html`<milestone-timeline id="six-weeks" storage-key="bootcamp" .store=${s}>
      <milestone-item key="blog-post" due="week 6">Blog post</milestone-item>
      <milestone-item key="interview-1" due="week 2">Informational interview</milestone-item>
    </milestone-timeline>`);
    expect((field(again, 'Informational interview') as HTMLInputElement).checked).to.equal(true);
    expect((field(again, 'Blog post') as HTMLInputElement).checked).to.equal(false);
  });

  it('shows the author’s changes to presets at once, without losing progress', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07' });
    field(el, 'Informational interview').click();
    const preset = el.querySelector('milestone-item[key="interview-1"]')!;
    preset.setAttribute('due', 'week 1');
    preset.textContent = 'First interview';
    await until(() => text(items(el)[0].querySelector('.head')) === 'First interview', 'the new title');
    expect(items(el)[0].querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-13');
    expect((field(el, 'First interview') as HTMLInputElement).checked).to.equal(true);
    const added = document.createElement('milestone-item');
    added.textContent = 'Demo day';
    el.append(added);
    await until(() => items(el).some((li) => text(li.querySelector('.head')) === 'Demo day'), 'the new preset');
  });

  it('renders and saves 200 milestones', async () => {
    const store = freshStore();
    const many = Array.from({ length: 200 }, (_, i) => html`<milestone-item key=${`m${i}`} due=${`day ${i + 1}`}>Step ${i + 1}</milestone-item>`);
    const template = (s: GoalStore) =>
      html`<milestone-timeline id="six-weeks" storage-key="bootcamp" .store=${s} start-date="2026-01-01" today="2026-03-01">${many}</milestone-timeline>`;
    const el = await fixture<MilestoneTimeline>(template(store));
    await el.updateComplete;
    expect(items(el)).to.have.length(200);
    expect(summary(el)).to.equal('Behind: 0 of 59 milestones due so far are done');
    field(el, 'Step 200').click();
    field(el, 'Step 1').click();
    await saved(el);
    const again = await reload(el, store, template);
    expect((field(again, 'Step 200') as HTMLInputElement).checked).to.equal(true);
    expect(summary(again)).to.equal('Behind: 1 of 59 milestones due so far are done');
  });
});

describe('<milestone-timeline>: events', () => {
  it('fires goalkit-change for learner edits only, not for properties or other tabs', async () => {
    const store = freshStore();
    const el = await timeline(store);
    const changes: GoalkitChangeDetail[] = [];
    el.addEventListener('goalkit-change', (e) => changes.push(e.detail));
    el.startDate = '2026-12-07';
    el.today = '2026-12-21';
    await el.updateComplete;
    expect(items(el)[0].querySelector('time')).to.exist;

    const otherTab = sameDatabase(store).open('bootcamp');
    await otherTab.ready;
    otherTab.set(['timelines', 'six-weeks', 'milestones', 'interview-1', 'done'], 1);
    await otherTab.flush();
    await until(() => (field(el, 'Informational interview') as HTMLInputElement).checked, 'the other tab’s change');
    expect(changes).to.deep.equal([]);

    await type(el, field(el, 'Notes for Blog post'), 'Draft');
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ field: 'milestones.blog-post.notes', value: 'Draft' });
  });

  it('fires goalkit-save after a commit', async () => {
    const el = await timeline(freshStore());
    setTimeout(() => field(el, 'Blog post').click());
    const { detail } = await oneEvent(el, 'goalkit-save');
    expect(detail).to.include({ widget: 'milestone-timeline', storageKey: 'bootcamp' });
  });
});

describe('<milestone-timeline>: goal', () => {
  it('shows the title of its goal in the workspace and records the tie', async () => {
    const store = freshStore();
    const doc = store.open('course');
    await doc.ready;
    doc.set(['goals', '1', 'title'], 'Learn Go');
    const workspace = await fixture(html`<goal-workspace storage-key="course" .store=${store}>
      <milestone-timeline id="go" goal="1" start-date="2026-12-07">${BOOTCAMP}</milestone-timeline>
    </goal-workspace>`);
    const el = workspace.querySelector('milestone-timeline')!;
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="goal"]'))).to.equal('Goal: Learn Go');
    const change = oneEvent(el, 'goalkit-change');
    field(el, 'Blog post').click();
    expect((await change).detail).to.include({ goal: '1' });
    expect(doc.data.timelines.go.goal).to.equal('1');
    doc.set(['goals', '1', 'title'], 'Learn Rust');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="goal"]'))).to.equal('Goal: Learn Rust');
    await expect(el).to.be.accessible();
  });
});

describe('<milestone-timeline>: author mistakes', () => {
  it('shows a clear message on the item, warns in the console, and renders the rest', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const errors: GoalkitErrorDetail[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div @goalkit-error=${(e: CustomEvent<GoalkitErrorDetail>) => errors.push(e.detail)}>
        <milestone-timeline .store=${freshStore()} start-date="2026-13-01" today="soon" goal="not a key!">
          <milestone-item due="week two">Interview</milestone-item>
          <milestone-item due="2026-12-20" count="lots">Blog post</milestone-item>
          <milestone-item due="2026-12-24">Demo</milestone-item>
        </milestone-timeline>
      </div>`);
      const el = wrapper.querySelector('milestone-timeline')!;
      await el.updateComplete;
      expect(text(item(el, 'Interview'))).to.contain('Ignored due="week two": use YYYY-MM-DD, week N or day N.');
      expect(text(item(el, 'Blog post'))).to.contain('Ignored count="lots": use 1 to 999.');
      const notices = [...root(el).children].filter((e) => e.matches('.error')).map(text);
      expect(notices).to.deep.equal([
        'Ignored goal="not a key!": use a unique key of letters, digits, - or _.',
        'Ignored today="soon": use YYYY-MM-DD.',
        'Ignored start-date="2026-13-01": use YYYY-MM-DD.',
      ]);
      expect(field(el, 'Start date')).to.exist;
      expect(item(el, 'Demo').querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-24');
      expect(warnings).to.have.length(5);
      expect(warnings[0]).to.match(/^<milestone-timeline>: Ignored goal/);
      expect(errors.map((e) => e.kind)).to.deep.equal(['config', 'config', 'config', 'config', 'config']);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(5);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});

describe('<milestone-timeline>: readonly, labels, layout', () => {
  it('shows the timeline as text, without controls, when readonly', async () => {
    const store = freshStore();
    const el = await timeline(store, { start: '2026-12-07', today: '2026-12-21' });
    field(el, 'Informational interview').click();
    await type(el, field(el, 'Notes for Informational interview'), 'Met Ada');
    el.readonly = true;
    await el.updateComplete;
    const controls = [...root(el).querySelectorAll('input, textarea, button')].filter((c) => !c.closest('.actions, dialog'));
    expect(controls).to.have.length(0);
    expect(text([...root(el).children].find((e) => e.matches('p:not([part])')))).to.equal('Start date: Monday, December 7, 2026');
    expect(text(item(el, 'Informational interview'))).to.equal('Informational interview Due Sunday, December 20, 2026 · Done Met Ada');
    expect(summary(el)).to.equal('On track: 1 of 1 milestones due so far are done');
    await expect(el).to.be.accessible();
  });

  it('prints as text, without controls', async () => {
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-21' });
    el.printing = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('input, textarea, button')).to.have.length(0);
    expect(text(item(el, 'Blog post'))).to.equal('Blog post Due Sunday, January 17, 2027 · Upcoming');
  });

  it('is readable in dark colours on a page that offers them', async () => {
    const page = document.documentElement.style;
    page.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-21' });
      field(el, 'Informational interview').click();
      await el.updateComplete;
      expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      page.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('starts empty without presets, ready for the learner’s own milestones', async () => {
    const el = await fixture<MilestoneTimeline>(html`<milestone-timeline .store=${freshStore()}></milestone-timeline>`);
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(summary(el)).to.equal('On track: nothing is due yet');
    expect(field(el, 'Start date').value).to.equal('');
    expect(button(el, 'Add milestone')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes the author’s labels', async () => {
    const el = await fixture<MilestoneTimeline>(html`<milestone-timeline .store=${freshStore()}
      labels='{"startDate": "First day of the cohort", "add": "New milestone"}'></milestone-timeline>`);
    await el.updateComplete;
    expect(field(el, 'First day of the cohort')).to.exist;
    expect(button(el, 'New milestone')).to.exist;
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport(320, 640);
    const el = await timeline(freshStore(), { start: '2026-12-07', today: '2026-12-21' });
    button(el, 'Add milestone').click();
    await el.updateComplete;
    await type(el, field(el, 'Title'), 'A very long milestone title without any break: Supercalifragilisticexpialidocious');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const control of root(el).querySelectorAll('input, textarea, button, li')) {
      expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(320);
    }
    await expect(el).to.be.accessible();
  });
});
