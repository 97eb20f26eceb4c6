import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SmartChecklist } from '../../../src/components/smart-checklist/smart-checklist.js';
import type { GoalkitChangeDetail, GoalkitCompleteDetail } from '../../../src/events.js';
import type { GoalStore } from '../../../src/storage/goal-store.js';
import { emulateMedia } from '../../commands.js';
import { closeStores, freshStore, sameDatabase, until } from '../../helpers.js';
import {
  button,
  buttonNames,
  clear,
  control,
  hasControl,
  hints,
  meter,
  saved,
  shadow,
  textOf,
  typeInto,
} from './dom.js';

const LABELS = ['Specific', 'Measurable', 'Achievable', 'Realistic', 'Time-bound'];

/** Every `goalkit-*` event an element fires, to check what fired and what did not. */
function record(el: Element) {
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['goalkit-change', 'goalkit-complete', 'goalkit-error']) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  return {
    of: (type: string) => events.filter((e) => e.type === type).map((e) => e.detail),
  };
}

const standalone = (store: GoalStore, attrs: { r?: string; readonly?: boolean } = {}) =>
  fixture<SmartChecklist>(html`<smart-checklist
    id="mine"
    .store=${store}
    r=${attrs.r ?? 'realistic'}
    ?readonly=${attrs.readonly}
  ></smart-checklist>`);

/** A workspace whose data already holds goals, as a `<goal-definer>` would have written them. */
async function workspaceWith(store: GoalStore, titles: string[], checklists = html`<smart-checklist goal="2"></smart-checklist>`) {
  const doc = store.open('ws');
  await doc.ready;
  doc.setMany(titles.map((title, i) => [['goals', `${i + 1}`, 'title'], title] as const));
  await doc.flush();
  const workspace = await fixture(html`<goal-workspace storage-key="ws" .store=${store}>${checklists}</goal-workspace>`);
  const checklist = workspace.querySelector('smart-checklist') as SmartChecklist;
  await checklist.updateComplete;
  return { workspace, checklist, doc };
}

afterEach(async () => {
  closeStores();
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
  await emulateMedia({ colorScheme: 'light' });
});

describe('<smart-checklist>: criteria', () => {
  it('shows the goal field and five criteria, each with a question, an answer and a checkbox', async () => {
    const el = await standalone(freshStore());
    expect(control(el, 'Goal').localName).to.equal('textarea');
    for (const label of LABELS) {
      const box = control(el, label);
      expect(box.type, label).to.equal('checkbox');
      expect(box.checked).to.equal(false);
    }
    expect(control(el, 'What exactly will you do?').localName).to.equal('textarea');
    expect(control(el, 'By when, with which checkpoints?').localName).to.equal('textarea');
    expect(shadow(el).querySelectorAll('textarea')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('asks whether the goal is Relevant with r="relevant", and keeps the same answers', async () => {
    const store = freshStore();
    const el = await standalone(store, { r: 'relevant' });
    expect(hasControl(el, 'Relevant')).to.equal(true);
    expect(hasControl(el, 'Realistic')).to.equal(false);
    const answer = control(el, 'Why is this goal important to you?');
    await typeInto(answer, 'It is the next step to a front-end role');
    control(el, 'Relevant').click();
    await saved(el);

    el.r = 'realistic';
    await el.updateComplete;
    expect(control(el, 'Realistic').checked).to.equal(true);
    expect(control(el, 'Does it fit your life?').value).to.equal(
      'It is the next step to a front-end role',
    );
    await expect(el).to.be.accessible();
  });

  it('tells the author about a bad r, and falls back to Realistic', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('smart-checklist') as SmartChecklist;
      el.store = freshStore();
      el.setAttribute('r', 'reasonable');
      const error = oneEvent(el, 'goalkit-error');
      wrapper.append(el);
      expect((await error).detail.kind).to.equal('config');
      expect(textOf(el)).to.include('r must be "realistic" or "relevant"');
      expect(warnings.join()).to.include('r must be');
      expect(hasControl(el, 'Realistic')).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('takes label overrides from the labels attribute', async () => {
    const el = await fixture<SmartChecklist>(
      html`<smart-checklist .store=${freshStore()} labels='{"timeBound": "Deadline"}'></smart-checklist>`,
    );
    expect(hasControl(el, 'Deadline')).to.equal(true);
  });
});

describe('<smart-checklist>: score', () => {
  it('shows the criteria met as a meter and in words', async () => {
    const el = await standalone(freshStore());
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
    expect(meter(el).getAttribute('aria-valuemin')).to.equal('0');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('5');
    expect(meter(el).getAttribute('aria-labelledby')).to.equal('score');
    expect(shadow(el).getElementById('score')!.textContent).to.equal('SMART score');
    expect(textOf(el)).to.include('0 of 5 criteria met');

    control(el, 'Specific').focus();
    await sendKeys({ press: 'Space' });
    control(el, 'Measurable').focus();
    await sendKeys({ press: 'Space' });
    control(el, 'Time-bound').click();
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('3');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('3 of 5 criteria met');
    expect(textOf(el)).to.include('3 of 5 criteria met');
    expect(textOf(el)).not.to.include('This goal is SMART');
    await expect(el).to.be.accessible();
  });

  it('shows all five met unmistakably and fires goalkit-complete once, on the learner’s tick only', async () => {
    const store = freshStore();
    const el = await standalone(store);
    const events = record(el);
    for (const label of LABELS.slice(0, 4)) control(el, label).click();
    expect(events.of('goalkit-complete')).to.have.length(0);

    control(el, 'Time-bound').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf(el)).to.include('5 of 5 criteria met');
    expect(textOf(el)).to.include('This goal is SMART');
    expect(shadow(el).querySelector('[part="score"]')!.hasAttribute('data-complete')).to.equal(true);
    expect(events.of('goalkit-complete')).to.deep.equal([
      { widget: 'smart-checklist', storageKey: `${location.pathname}#mine`, kind: 'smart', goal: undefined },
    ]);
    await expect(el).to.be.accessible();

    // Typing more, and re-rendering, does not complete it again.
    await typeInto(control(el, 'Goal'), 'Run 5k three times a week');
    el.requestUpdate();
    await el.updateComplete;
    expect(events.of('goalkit-complete')).to.have.length(1);

    // Leaving the state and coming back is a new transition.
    control(el, 'Specific').click();
    await el.updateComplete;
    expect(textOf(el)).not.to.include('This goal is SMART');
    control(el, 'Specific').click();
    expect(events.of('goalkit-complete')).to.have.length(2);
    await saved(el);

    // Loading a complete check is not completing it.
    el.remove();
    const reloaded = await standalone(sameDatabase(store));
    const later = record(reloaded);
    await until(() => textOf(reloaded).includes('This goal is SMART'), 'the complete check after a reload');
    expect(later.of('goalkit-complete')).to.have.length(0);
  });
});

describe('<smart-checklist>: hints', () => {
  it('shows live hints for a vague goal, politely, and none of those two for the AWS goal', async () => {
    const el = await standalone(freshStore());
    const region = shadow(el).querySelector('[part="hints"] [aria-live="polite"]');
    expect(region).to.exist;
    expect(hints(el)).to.deep.equal([]);

    const goal = control<HTMLTextAreaElement>(el, 'Goal');
    await typeInto(goal, 'Be a better developer');
    await el.updateComplete;
    const shown = hints(el);
    expect(shown.some((h) => h.startsWith('Measurable: No number.'))).to.equal(true);
    expect(shown.some((h) => h.startsWith('Time-bound: No deadline.'))).to.equal(true);
    expect(shown.some((h) => h.startsWith('Specific: Vague wording.'))).to.equal(true);
    expect(region!.contains(shadow(el).querySelector('[part="hints"] li'))).to.equal(true);
    await expect(el).to.be.accessible();

    await clear(goal);
    await typeInto(goal, 'Pass the AWS Cloud Practitioner exam with a score above 80% by 30 June 2027');
    await el.updateComplete;
    expect(hints(el)).to.deep.equal([]);
    expect(textOf(el)).to.include('No hints.');
  });

  it('never blocks: a criterion can be ticked while its hint shows', async () => {
    const el = await standalone(freshStore());
    await typeInto(control(el, 'Goal'), 'Improve');
    control(el, 'Measurable').click();
    await el.updateComplete;
    expect(control(el, 'Measurable').checked).to.equal(true);
    expect(hints(el).some((h) => h.startsWith('Measurable'))).to.equal(true);
  });

  it('counts a deadline written in the Time-bound answer', async () => {
    const el = await standalone(freshStore());
    await typeInto(control(el, 'Goal'), 'Be working at an intermediate level as a front-end developer');
    await el.updateComplete;
    expect(hints(el).some((h) => h.startsWith('Time-bound'))).to.equal(true);
    await typeInto(control(el, 'By when, with which checkpoints?'), '12 weeks');
    await el.updateComplete;
    expect(hints(el).some((h) => h.startsWith('Time-bound'))).to.equal(false);
  });

  it('lets each hint be dismissed by keyboard, keeps it dismissed after a reload, and can show it again', async () => {
    const store = freshStore();
    const el = await standalone(store);
    const events = record(el);
    await typeInto(control(el, 'Goal'), 'Be a better developer');
    await el.updateComplete;
    const names = buttonNames(el).filter((n) => n.startsWith('Dismiss'));
    expect(names).to.deep.equal(['Dismiss Vague wording', 'Dismiss No number', 'Dismiss No deadline']);

    button(el, 'Dismiss No deadline')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(hints(el).some((h) => h.startsWith('Time-bound'))).to.equal(false);
    expect(hints(el)).to.have.length(2);
    expect(events.of('goalkit-change').at(-1)).to.include({ field: 'dismissed' });
    // The keyboard stays in the hints.
    expect(shadow(el).activeElement?.textContent).to.include('Dismiss');
    await expect(el).to.be.accessible();
    await saved(el);

    el.remove();
    const reloaded = await standalone(sameDatabase(store));
    await until(() => hints(reloaded).length === 2, 'two hints after a reload');
    expect(hints(reloaded).some((h) => h.startsWith('Time-bound'))).to.equal(false);

    button(reloaded, 'Show all hints')!.focus();
    await sendKeys({ press: 'Enter' });
    await reloaded.updateComplete;
    expect(hints(reloaded)).to.have.length(3);
    expect(button(reloaded, 'Show all hints')).to.equal(undefined);
  });

  it('draws the hints of the table through the element', async () => {
    const el = await standalone(freshStore());
    const goal = control<HTMLTextAreaElement>(el, 'Goal');
    const cases: Array<[string, string[]]> = [
      ['Solve at least one LeetCode problem set per week', []],
      ['Be working at an intermediate level as a front-end developer', ['Measurable', 'Time-bound']],
      ['Try to learn Kubernetes someday', ['Measurable', 'Achievable', 'Time-bound']],
      ['Learn Rust', ['Specific', 'Measurable', 'Time-bound']],
    ];
    for (const [text, criteria] of cases) {
      await clear(goal);
      await typeInto(goal, text);
      await el.updateComplete;
      expect(hints(el).map((h) => h.split(':')[0]), text).to.deep.equal(criteria);
    }
  });
});

describe('<smart-checklist>: saving', () => {
  it('keeps the goal, answers and ticks after a reload', async () => {
    const store = freshStore();
    const el = await standalone(store);
    const events = record(el);
    await typeInto(control(el, 'Goal'), 'Solve at least one LeetCode problem set per week');
    await typeInto(control(el, 'How will you know you got there?'), 'One set a week, tracked');
    control(el, 'Measurable').focus();
    await sendKeys({ press: 'Space' });
    await saved(el);
    const answer = events.of('goalkit-change').findLast((d) => (d as GoalkitChangeDetail).field === 'answers.measurable');
    expect(answer).to.include({ widget: 'smart-checklist', value: 'One set a week, tracked' });
    expect(events.of('goalkit-change').at(-1)).to.include({ field: 'met.measurable', value: true });

    el.remove();
    const reloaded = await standalone(sameDatabase(store));
    await until(() => control(reloaded, 'Goal').value !== '', 'the goal after a reload');
    expect(control(reloaded, 'Goal').value).to.equal('Solve at least one LeetCode problem set per week');
    expect(control(reloaded, 'How will you know you got there?').value).to.equal(
      'One set a week, tracked',
    );
    expect(control(reloaded, 'Measurable').checked).to.equal(true);
    expect(control(reloaded, 'Specific').checked).to.equal(false);
  });

  it('shows a change from another tab live, without firing goalkit-change', async () => {
    const store = freshStore();
    const el = await standalone(store);
    const events = record(el);
    await saved(el).catch(() => undefined);
    const other = sameDatabase(store).open(`${location.pathname}#mine`);
    await other.ready;
    other.set(['checks', 'own-mine', 'statement'], 'Attend two tech meetups before the end of the year');
    other.set(['checks', 'own-mine', 'met', 'timeBound'], true);
    await other.flush();
    await until(() => control(el, 'Goal').value.startsWith('Attend'), 'the other tab’s goal');
    expect(control(el, 'Time-bound').checked).to.equal(true);
    expect(events.of('goalkit-change')).to.have.length(0);
    expect(events.of('goalkit-complete')).to.have.length(0);
  });
});

describe('<smart-checklist>: goals of a workspace', () => {
  it('checks the goal named by `goal`, shows its title, and follows a rename live', async () => {
    const store = freshStore();
    const { checklist, doc } = await workspaceWith(store, ['Learn Go', 'Be a better developer']);
    const events = record(checklist);
    const picker = control<HTMLSelectElement>(checklist, 'Goal to check');
    expect(picker.localName).to.equal('select');
    expect([...picker.options].map((o) => o.text)).to.deep.equal(['Learn Go', 'Be a better developer', 'My own goal']);
    expect(picker.selectedOptions[0].text).to.equal('Be a better developer');
    expect(hasControl(checklist, 'Goal')).to.equal(false);
    expect(hints(checklist).some((h) => h.startsWith('Time-bound'))).to.equal(true);
    await expect(checklist).to.be.accessible();

    // Renamed in the goal worksheet (the same document).
    doc.set(['goals', '2', 'title'], 'Be a better developer by passing the AWS exam with 80% by June');
    await checklist.updateComplete;
    expect(control<HTMLSelectElement>(checklist, 'Goal to check').selectedOptions[0].text).to.equal(
      'Be a better developer by passing the AWS exam with 80% by June',
    );
    expect(hints(checklist).some((h) => h.startsWith('Time-bound'))).to.equal(false);
    expect(events.of('goalkit-change')).to.have.length(0);
  });

  it('keeps each goal’s answers apart when the learner switches goals', async () => {
    const store = freshStore();
    const { checklist } = await workspaceWith(store, ['Learn Go', 'Write a blog post by Sunday', '']);
    const events = record(checklist);
    const question = 'What exactly will you do?';
    await typeInto(control(checklist, question), 'A post about my three goals');
    control(checklist, 'Specific').click();
    expect(events.of('goalkit-change').at(-1)).to.include({ goal: '2', field: 'met.specific' });

    const picker = control<HTMLSelectElement>(checklist, 'Goal to check');
    expect(picker.options[2].text).to.equal('Goal 3');
    picker.focus();
    await sendKeys({ press: 'ArrowUp' });
    await checklist.updateComplete;
    expect(picker.selectedOptions[0].text).to.equal('Learn Go');
    expect(control(checklist, question).value).to.equal('');
    expect(control(checklist, 'Specific').checked).to.equal(false);
    await typeInto(control(checklist, question), 'A CLI tool in Go');

    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await checklist.updateComplete;
    expect(control(checklist, question).value).to.equal('A post about my three goals');
    expect(control(checklist, 'Specific').checked).to.equal(true);
    await saved(checklist);

    const data = store.open('ws').data.checks;
    expect(data['1'].answers.specific).to.equal('A CLI tool in Go');
    expect(data['2'].answers.specific).to.equal('A post about my three goals');

    // A goal of its own, picked in the workspace.
    await sendKeys({ press: 'End' });
    await checklist.updateComplete;
    expect(control(checklist, 'Goal').value).to.equal('');
    expect(control(checklist, question).value).to.equal('');
  });

  it('leaves removed goals out of the picker', async () => {
    const store = freshStore();
    const { checklist, doc } = await workspaceWith(store, ['Learn Go', 'Learn Rust']);
    doc.set(['goals', '1', 'removed'], true);
    await checklist.updateComplete;
    const picker = control<HTMLSelectElement>(checklist, 'Goal to check');
    expect([...picker.options].map((o) => o.text)).to.deep.equal(['Learn Rust', 'My own goal']);
  });

  it('checks the goal named by `goal` before the worksheet has stored it, and asks to name it', async () => {
    const store = freshStore();
    const { checklist, doc } = await workspaceWith(store, ['Learn Go'], html`<smart-checklist goal="7"></smart-checklist>`);
    const events = record(checklist);
    const picker = control<HTMLSelectElement>(checklist, 'Goal to check');
    await until(() => picker.selectedOptions[0]?.text === 'Goal 7', 'goal 7 picked before it exists');
    expect([...picker.options].map((o) => o.text)).to.deep.equal(['Learn Go', 'Goal 7', 'My own goal']);
    expect(textOf(checklist)).to.include('Name this goal in the worksheet');
    expect(textOf(checklist)).not.to.include('No goal');
    expect(hasControl(checklist, 'Goal')).to.equal(false);
    await expect(checklist).to.be.accessible();

    // Answers go to goal 7's check right away, and stay when the goal gets its title.
    await typeInto(control(checklist, 'How will you know you got there?'), 'Two talks given');
    control(checklist, 'Measurable').click();
    expect(events.of('goalkit-change').at(-1)).to.include({ goal: '7', field: 'met.measurable' });
    expect(doc.data.checks['7'].answers.measurable).to.equal('Two talks given');
    doc.setMany([
      [['goals', '7', 'title'], 'Give two talks at meetups by June'],
      [['goalOrder'], ['1', '7']],
    ]);
    await checklist.updateComplete;
    expect(picker.selectedOptions[0].text).to.equal('Give two talks at meetups by June');
    expect(textOf(checklist)).not.to.include('Name this goal');
    expect(control(checklist, 'How will you know you got there?').value).to.equal('Two talks given');
    expect(control(checklist, 'Measurable').checked).to.equal(true);
  });

  it('checks the goal named by `goal` outside a workspace too, and lets the learner pick a goal of their own', async () => {
    const el = await fixture<SmartChecklist>(html`<smart-checklist .store=${freshStore()} goal="1"></smart-checklist>`);
    const picker = control<HTMLSelectElement>(el, 'Goal to check');
    expect([...picker.options].map((o) => o.text)).to.deep.equal(['Goal 1', 'My own goal']);
    expect(hasControl(el, 'Goal')).to.equal(false);
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(hasControl(el, 'Goal')).to.equal(true);
    expect(textOf(el)).not.to.include('Name this goal');
  });

  it('has its own goal field when the workspace has no goals', async () => {
    const { checklist } = await workspaceWith(freshStore(), [], html`<smart-checklist></smart-checklist>`);
    expect(hasControl(checklist, 'Goal to check')).to.equal(false);
    expect(hasControl(checklist, 'Goal')).to.equal(true);
  });

  it('keeps the own goals of two checklists in one workspace apart', async () => {
    const store = freshStore();
    const { workspace } = await workspaceWith(
      store,
      [],
      html`<smart-checklist></smart-checklist><smart-checklist></smart-checklist>`,
    );
    const [first, second] = [...workspace.querySelectorAll('smart-checklist')];
    await typeInto(control(first, 'Goal'), 'Learn Go');
    await typeInto(control(second, 'Goal'), 'Learn Rust');
    await (first as SmartChecklist).updateComplete;
    expect(control(first, 'Goal').value).to.equal('Learn Go');
    expect(control(second, 'Goal').value).to.equal('Learn Rust');
    expect(Object.keys(store.open('ws').data.checks)).to.deep.equal(['own-smart-checklist-1', 'own-smart-checklist-2']);
  });

  it('tells the author about a goal attribute that is not a key', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SmartChecklist>(html`<smart-checklist .store=${freshStore()} goal="my goal"></smart-checklist>`);
      expect(textOf(el)).to.include('goal="my goal" is not a goal key');
      expect(warnings.join()).to.include('not a goal key');
      expect(hasControl(el, 'Goal')).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('fires goalkit-complete with the goal when all five are met', async () => {
    const { checklist } = await workspaceWith(freshStore(), ['Learn Go', 'Learn Rust']);
    const complete = oneEvent(checklist, 'goalkit-complete');
    for (const label of LABELS) control(checklist, label).click();
    expect(((await complete) as CustomEvent<GoalkitCompleteDetail>).detail).to.include({ kind: 'smart', goal: '2' });
  });
});

describe('<smart-checklist>: read-only and programmatic changes', () => {
  it('shows answers and ticks as text, with no controls', async () => {
    const store = freshStore();
    const doc = store.open(`${location.pathname}#mine`);
    await doc.ready;
    doc.setMany([
      [['checks', 'own-mine', 'statement'], 'Be a better developer'],
      [['checks', 'own-mine', 'answers', 'measurable'], 'Two features shipped'],
      [['checks', 'own-mine', 'met', 'measurable'], true],
    ]);
    await doc.flush();
    const el = await standalone(store, { readonly: true });
    await until(() => textOf(el).includes('Two features shipped'), 'the answer');
    expect(shadow(el).querySelectorAll('textarea, input[type="checkbox"], select')).to.have.length(0);
    expect(buttonNames(el).filter((n) => /Dismiss|Show all/.test(n))).to.deep.equal([]);
    const text = textOf(el);
    expect(text).to.include('Be a better developer');
    expect(text).to.include('Measurable Met');
    expect(text).to.include('Specific Not met');
    expect(text).to.include('No answer yet.');
    expect(text).to.include('1 of 5 criteria met');
    expect(hints(el).some((h) => h.startsWith('Time-bound'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fires no goalkit-change for property sets', async () => {
    const { checklist } = await workspaceWith(freshStore(), ['Learn Go', 'Learn Rust']);
    const events = record(checklist);
    checklist.goal = '1';
    checklist.r = 'relevant';
    checklist.readonly = true;
    checklist.labels = '{"goal": "Objective"}';
    await checklist.updateComplete;
    await aTimeout(50);
    expect(control<HTMLSelectElement>(checklist, 'Goal to check').selectedOptions[0].text).to.equal('Learn Go');
    expect(events.of('goalkit-change')).to.have.length(0);
    expect(events.of('goalkit-complete')).to.have.length(0);
  });

  it('is accessible in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    // A page that follows the learner's colour scheme, as the demo pages do.
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = '#181a1b';
    const el = await standalone(freshStore());
    await typeInto(control(el, 'Goal'), 'Hopefully master everything');
    for (const label of LABELS) control(el, label).click();
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});
