import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalkitChangeDetail, GoalkitCompleteDetail } from '../../../src/events.js';
import { closeStores, freshStore, sameDatabase, until } from '../../helpers.js';
import { emulateMedia } from '../../commands.js';
import { addBook, button, byRole, field, fields, hasButton, mount, type, unmount, visibleText } from './dom.js';

afterEach(closeStores);

const DEFINE_LABELS = [
  'Goal',
  'Where are you now?',
  'What does success look like after one year?',
  'Why is this goal important to you?',
];
/** Controls that edit answers (the file input of Import aside). */
const EDITING = 'input:not([type=file]), textarea, select';
const RESOURCE_LISTS = [
  'Books, blogs, talks, podcasts and courses',
  'Mentors',
  'Meetups and conferences',
  'Things to build',
  'Talk ideas',
  'Open-source projects',
];

describe('<goal-definer> define template', () => {
  it('shows three goals with the labels of the bootcamp worksheet', async () => {
    const el = await mount(html`<goal-definer storage-key="k" .store=${freshStore()}></goal-definer>`);
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Goal 1', 'Goal 2', 'Goal 3']);
    for (const label of DEFINE_LABELS) expect(fields(el, label), label).to.have.length(3);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s*\*$/, '').trim());
    expect(legends.slice(0, 7)).to.deep.equal(['Resources', ...RESOURCE_LISTS]);
    expect(visibleText(el)).to.include('0 of 3 goals fully defined');
    expect(visibleText(el)).to.include('0 of 5 parts done');
    expect(visibleText(el)).to.include('* required to count as fully defined');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    // Chromium's accessibility tree names the fields by their visible labels.
    expect(await byRole(el, 'textbox', 'Where are you now?')).to.have.length(3);
    expect(await byRole(el, 'group', 'Mentors')).to.have.length(3);
    expect(await byRole(el, 'button', 'Add to Mentors Goal 2')).to.have.length(1);
    expect(await byRole(el, 'button', 'Move down Goal 1')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('marks the fields a goal needs to be fully defined as required', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${freshStore()}></goal-definer>`);
    for (const label of DEFINE_LABELS) expect(field(el, label).getAttribute('aria-required'), label).to.equal('true');
    const resources = el.shadowRoot!.querySelector('legend')!;
    expect(resources.textContent).to.match(/^Resources\s*\*$/);
  });

  it('keeps every kind of answer after a reload', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    type(field(el, 'Goal', 1), 'Learn Go');
    type(field(el, 'Where are you now?', 1), 'I did the tour\nand one kata');
    type(field(el, 'What does success look like after one year?', 1), 'A CLI in Go that others use');
    type(field(el, 'Why is this goal important to you?', 1), 'Go jobs');
    await addBook(el, 2);
    await unmount(el);

    const again = await mount(html`<goal-definer storage-key="k" .store=${sameDatabase(store)}></goal-definer>`);
    expect(field(again, 'Goal', 1).value).to.equal('Learn Go');
    expect(field(again, 'Where are you now?', 1).value).to.equal('I did the tour\nand one kata');
    expect(field(again, 'What does success look like after one year?', 1).value).to.equal('A CLI in Go that others use');
    expect(field(again, 'Why is this goal important to you?', 1).value).to.equal('Go jobs');
    expect(field(again, 'Item').value).to.equal('The Go Programming Language');
    expect(field(again, 'Link').value).to.equal('https://www.gopl.io/');
    expect((field(again, 'Done The Go Programming Language') as HTMLInputElement).checked).to.equal(true);
    expect(field(again, 'Goal', 0).value).to.equal('');
    expect(visibleText(again)).to.include('1 of 3 goals fully defined');
    await expect(again).to.be.accessible();
  });

  it('keeps the author\'s goals in their places when the second one is filled first', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    type(field(el, 'Goal', 1), 'Second');
    type(field(el, 'Goal', 0), 'First');
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" .store=${sameDatabase(store)}></goal-definer>`);
    expect(fields(again, 'Goal').map((f) => f.value)).to.deep.equal(['First', 'Second', '']);
    expect(again.document!.data.goalOrder).to.deep.equal(['1', '2', '3']);
  });

  it('names each done checkbox after its item, in the accessibility tree too', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${freshStore()}></goal-definer>`);
    button(el, 'Add to Mentors Goal 1').click();
    await el.updateComplete;
    type(field(el, 'Item'), 'Ada Lovelace');
    await el.updateComplete;
    const [checkbox] = (await byRole(el, 'checkbox', 'Done Ada Lovelace')) as HTMLInputElement[];
    expect(checkbox.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('counts what is done per goal and overall', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="2" .store=${freshStore()}></goal-definer>`);
    type(field(el, 'Goal'), 'Learn Go');
    type(field(el, 'Where are you now?'), 'Beginner');
    await el.updateComplete;
    expect(visibleText(el)).to.include('2 of 5 parts done');
    type(field(el, 'What does success look like after one year?'), 'Shipped a tool');
    type(field(el, 'Why is this goal important to you?'), 'Jobs');
    await el.updateComplete;
    expect(visibleText(el)).to.include('4 of 5 parts done');
    expect(visibleText(el)).to.include('0 of 2 goals fully defined');
    // One resource, in any list, completes it.
    button(el, 'Add to Talk ideas Goal 1').click();
    await el.updateComplete;
    type(field(el, 'Item'), 'Go for JavaScript developers');
    await el.updateComplete;
    expect(visibleText(el)).to.include('5 of 5 parts done');
    expect(visibleText(el)).to.include('1 of 2 goals fully defined');
    await expect(el).to.be.accessible();
  });
});

describe('<goal-definer> events', () => {
  it('tells the page which goal and field the learner changed', async () => {
    const el = await mount(html`<goal-definer storage-key="k" .store=${freshStore()}></goal-definer>`);
    setTimeout(() => type(field(el, 'Where are you now?', 2), 'Starting'));
    const { detail } = (await oneEvent(el, 'goalkit-change')) as CustomEvent<GoalkitChangeDetail>;
    expect(detail).to.include({ widget: 'goal-definer', storageKey: 'k', goal: '3', field: 'now', value: 'Starting' });

    setTimeout(() => button(el, 'Add to Mentors Goal 1').click());
    const added = (await oneEvent(el, 'goalkit-change')) as CustomEvent<GoalkitChangeDetail>;
    expect(added.detail).to.include({ goal: '1', field: 'lists.mentors' });
    await el.updateComplete;
    setTimeout(() => type(field(el, 'Item'), 'Grace'));
    const item = (await oneEvent(el, 'goalkit-change')) as CustomEvent<GoalkitChangeDetail>;
    expect(item.detail).to.include({ goal: '1', field: 'lists.mentors', value: 'Grace' });
  });

  it('is silent for programmatic changes and for edits made elsewhere', async () => {
    const store = freshStore();
    const page = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    const changes: unknown[] = [];
    const completions: unknown[] = [];
    page.addEventListener('goalkit-change', (e) => changes.push(e));
    page.addEventListener('goalkit-complete', (e) => completions.push(e));
    page.goals = 4;
    page.template = 'grow';
    page.labels = '{"goal":"Objective"}';
    await page.updateComplete;
    // Another tab fills a whole goal.
    const tab = sameDatabase(store).open('k');
    await tab.ready;
    tab.setMany([
      [['goals', '1', 'title'], 'From the other tab'],
      [['goals', '1', 'fields', 'reality'], 'r'],
      [['goals', '1', 'fields', 'options'], 'o'],
      [['goals', '1', 'fields', 'wayForward'], 'w'],
    ]);
    await tab.flush();
    await until(() => field(page, 'Objective').value === 'From the other tab', 'the other tab\'s edit');
    await aTimeout(50);
    expect(changes).to.have.length(0);
    expect(completions).to.have.length(0);
  });

  it('announces a goal fully defined once, when the learner completes it', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" template="grow" goals="1" .store=${store}></goal-definer>`);
    const completions: GoalkitCompleteDetail[] = [];
    el.addEventListener('goalkit-complete', (e) => completions.push(e.detail));
    type(field(el, 'Goal'), 'Speak at a meetup');
    type(field(el, 'Reality'), 'Never spoke');
    type(field(el, 'Options'), 'Lightning talk');
    expect(completions).to.have.length(0);
    type(field(el, 'Way forward'), 'Submit a talk by May');
    type(field(el, 'Way forward'), 'Submit a talk by June');
    expect(completions).to.have.length(1);
    expect(completions[0]).to.include({ widget: 'goal-definer', kind: 'goal', goal: '1' });
    // Emptied and filled again: a new transition.
    type(field(el, 'Reality'), '');
    type(field(el, 'Reality'), 'Spoke once');
    expect(completions).to.have.length(2);
    await unmount(el);

    // Loading a complete goal announces nothing.
    const again = document.createElement('goal-definer');
    again.addEventListener('goalkit-complete', (e) => completions.push(e.detail));
    Object.assign(again, { store: sameDatabase(store), storageKey: 'k', template: 'grow', goals: 1 });
    document.body.append(again);
    await again.document!.ready;
    await again.updateComplete;
    expect(visibleText(again)).to.include('1 of 1 goals fully defined');
    expect(completions).to.have.length(2);
    again.remove();
  });
});

describe('<goal-definer> readonly', () => {
  it('shows the answers as text, with links and done state, and no editing controls', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="2" .store=${store}></goal-definer>`);
    type(field(el, 'Goal'), 'Learn Go');
    type(field(el, 'Where are you now?'), 'I did the tour');
    await addBook(el, 1);
    await unmount(el);

    const view = await mount(html`<goal-definer readonly storage-key="k" goals="2" .store=${sameDatabase(store)}></goal-definer>`);
    const root = view.shadowRoot!;
    expect(root.querySelectorAll(EDITING)).to.have.length(0);
    for (const name of ['Add a goal', 'Remove Goal 1', 'Move down Goal 1', 'Add to Mentors Goal 1']) {
      expect(hasButton(view, name), name).to.equal(false);
    }
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Learn Go', 'Goal 2']);
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Where are you now?', 'Resources']);
    expect(root.querySelector('h5')!.textContent).to.equal('Books, blogs, talks, podcasts and courses');
    expect(visibleText(view)).to.include('I did the tour');
    const link = root.querySelector('a')!;
    expect(link.textContent).to.equal('The Go Programming Language');
    expect(link.getAttribute('href')).to.equal('https://www.gopl.io/');
    expect(link.closest('li')!.textContent).to.include('(Done)');
    expect(visibleText(view)).to.include('0 of 2 goals fully defined');
    await expect(view).to.be.accessible();
  });

  it('is accessible when empty', async () => {
    const el = await mount(html`<goal-definer readonly storage-key="k" .store=${freshStore()}></goal-definer>`);
    expect(el.shadowRoot!.querySelectorAll(EDITING)).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<goal-definer> labels and theming', () => {
  it('lets the author override any label', async () => {
    const el = await mount(html`<goal-definer
      storage-key="k"
      goals="1"
      labels='{"goal":"Objective","now":"Where do you stand today?","mentors":"People who can help","addGoal":"New goal"}'
      .store=${freshStore()}
    ></goal-definer>`);
    expect(fields(el, 'Objective')).to.have.length(1);
    expect(fields(el, 'Where do you stand today?')).to.have.length(1);
    expect(fields(el, 'Where are you now?')).to.have.length(0);
    expect(hasButton(el, 'Add to People who can help Goal 1')).to.equal(true);
    expect(hasButton(el, 'New goal')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${freshStore()}></goal-definer>`);
      type(field(el, 'Goal'), 'Learn Go');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${freshStore()}></goal-definer>`);
    field(el, 'Goal').focus();
    await sendKeys({ type: 'Learn Go' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Beginner' });
    expect(field(el, 'Goal').value).to.equal('Learn Go');
    expect(field(el, 'Where are you now?').value).to.equal('Beginner');
    expect(el.document!.data.goals['1'].fields.now).to.equal('Beginner');
  });
});
