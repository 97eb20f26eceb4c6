import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalDefiner } from '../../../src/components/goal-definer/goal-definer.js';
import { closeStores, freshStore, sameDatabase } from '../../helpers.js';
import { button, byRole, field, fields, hasButton, leave, mount, type, unmount, visibleText } from './dom.js';

afterEach(closeStores);

/** Presses a button the way a keyboard user does: focus, then Enter. */
async function press(el: GoalDefiner, name: string) {
  button(el, name).focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await el.updateComplete;
}

const focused = (el: GoalDefiner) => el.shadowRoot!.activeElement as HTMLElement | null;
const titles = (el: GoalDefiner) => fields(el, 'Goal').map((f) => f.value);

describe('<goal-definer> goals by keyboard', () => {
  it('adds a goal and moves focus to its title', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    await press(el, 'Add a goal');
    expect(fields(el, 'Goal')).to.have.length(2);
    expect(focused(el)).to.equal(field(el, 'Goal', 1));
    await sendKeys({ type: 'Contribute to open source' });
    expect(visibleText(el)).to.include('0 of 2 goals fully defined');
    await unmount(el);

    const again = await mount(html`<goal-definer storage-key="k" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
    expect(titles(again)).to.deep.equal(['', 'Contribute to open source']);
    // Learner goals get generated keys; the page's slots keep theirs.
    const [first, second] = again.document!.data.goalOrder;
    expect(first).to.equal('1');
    expect(second).to.match(/^g/);
  });

  it('removes a goal with an undo, keeping what was typed', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    type(field(el, 'Goal', 1), 'Learn Go');
    type(field(el, 'Where are you now?', 1), 'Did the tour');
    await press(el, 'Remove Goal 2');
    expect(titles(el)).to.deep.equal(['', '']);
    expect(visibleText(el)).to.include('“Learn Go” removed.');
    expect(visibleText(el)).to.include('0 of 2 goals fully defined');
    expect(focused(el)).to.equal(button(el, 'Undo Learn Go'));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['', 'Learn Go', '']);
    expect(field(el, 'Where are you now?', 1).value).to.equal('Did the tour');
    expect(focused(el)).to.equal(button(el, 'Remove Goal 2'));

    // Removed and reloaded: gone from the page, kept in storage.
    await press(el, 'Remove Goal 2');
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" .store=${sameDatabase(store)}></goal-definer>`);
    expect(titles(again)).to.deep.equal(['', '']);
    expect(hasButton(again, 'Undo Learn Go')).to.equal(false);
    expect(again.document!.data.goals['2']).to.include({ title: 'Learn Go', removed: true });
  });

  it('reorders goals with Move up and Move down, keeping focus on the moved goal', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" .store=${store}></goal-definer>`);
    type(field(el, 'Goal', 0), 'A');
    type(field(el, 'Goal', 1), 'B');
    type(field(el, 'Goal', 2), 'C');
    expect(button(el, 'Move up Goal 1').disabled).to.equal(true);
    expect(button(el, 'Move down Goal 3').disabled).to.equal(true);

    await press(el, 'Move down Goal 1');
    expect(titles(el)).to.deep.equal(['B', 'A', 'C']);
    expect(focused(el)).to.equal(button(el, 'Move down Goal 2'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['B', 'C', 'A']);
    // At the bottom, "Move down" is disabled: focus goes to "Move up".
    expect(focused(el)).to.equal(button(el, 'Move up Goal 3'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['B', 'A', 'C']);
    await unmount(el);

    const again = await mount(html`<goal-definer storage-key="k" .store=${sameDatabase(store)}></goal-definer>`);
    expect(titles(again)).to.deep.equal(['B', 'A', 'C']);
    // Smart checklists still find each goal by its key.
    expect(again.document!.data.goals['1'].title).to.equal('A');
  });

  it('stops adding goals at max-goals and says so', async () => {
    const el = await mount(html`<goal-definer storage-key="k" goals="2" max-goals="3" .store=${freshStore()}></goal-definer>`);
    await press(el, 'Add a goal');
    expect(fields(el, 'Goal')).to.have.length(3);
    expect(hasButton(el, 'Add a goal')).to.equal(false);
    expect(visibleText(el)).to.include('You can have up to 3 goals.');
    await expect(el).to.be.accessible();
    // Removing one makes room again.
    await press(el, 'Remove Goal 1');
    expect(hasButton(el, 'Add a goal')).to.equal(true);
  });

  it('mirrors goals and max-goals between attributes and properties', async () => {
    const el = await mount(html`<goal-definer storage-key="k" .store=${freshStore()}></goal-definer>`);
    el.goals = 2;
    el.maxGoals = 4;
    el.template = 'grow';
    await el.updateComplete;
    expect(el.getAttribute('goals')).to.equal('2');
    expect(el.getAttribute('max-goals')).to.equal('4');
    expect(el.getAttribute('template')).to.equal('grow');
    el.setAttribute('goals', '1');
    await el.updateComplete;
    expect(el.goals).to.equal(1);
    expect(fields(el, 'Goal')).to.have.length(1);
  });
});

describe('<goal-definer> resource items by keyboard', () => {
  async function withItems(store = freshStore()) {
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    for (const text of ['Ada', 'Grace', 'Linus']) {
      await press(el, 'Add to Mentors Goal 1');
      expect(focused(el)).to.equal(fields(el, 'Item').at(-1));
      await sendKeys({ type: text });
    }
    await el.updateComplete;
    return el;
  }
  const items = (el: GoalDefiner) => fields(el, 'Item').map((f) => f.value);

  it('adds items, each focused as it appears', async () => {
    const el = await withItems();
    expect(items(el)).to.deep.equal(['Ada', 'Grace', 'Linus']);
    await expect(el).to.be.accessible();
  });

  it('reorders items and keeps the order after a reload', async () => {
    const store = freshStore();
    const el = await withItems(store);
    await press(el, 'Move up Linus');
    expect(items(el)).to.deep.equal(['Ada', 'Linus', 'Grace']);
    expect(focused(el)).to.equal(button(el, 'Move up Linus'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Linus', 'Ada', 'Grace']);
    expect(focused(el)).to.equal(button(el, 'Move down Linus'));
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
    expect(items(again)).to.deep.equal(['Linus', 'Ada', 'Grace']);
  });

  it('removes an item with an undo', async () => {
    const store = freshStore();
    const el = await withItems(store);
    await press(el, 'Remove Grace');
    expect(items(el)).to.deep.equal(['Ada', 'Linus']);
    expect(visibleText(el)).to.include('“Grace” removed.');
    expect(focused(el)).to.equal(button(el, 'Undo Grace'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Ada', 'Grace', 'Linus']);
    expect(focused(el)).to.equal(button(el, 'Remove Grace'));

    await press(el, 'Remove Ada');
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
    expect(items(again)).to.deep.equal(['Grace', 'Linus']);
    const mentors = again.document!.data.goals['1'].lists.mentors;
    expect(Object.values(mentors.items).find((item) => item.text === 'Ada')).to.include({ removed: true });
  });

  it('toggles done with the keyboard', async () => {
    const el = await withItems();
    field(el, 'Done Grace').focus();
    await sendKeys({ press: 'Space' });
    expect((field(el, 'Done Grace') as HTMLInputElement).checked).to.equal(true);
    const mentors = el.document!.data.goals['1'].lists.mentors;
    expect(Object.values(mentors.items).filter((item) => item.done).map((item) => item.text)).to.deep.equal(['Grace']);
  });
});

describe('<goal-definer> links', () => {
  async function withItem(store = freshStore()) {
    const el = await mount(html`<goal-definer storage-key="k" goals="1" .store=${store}></goal-definer>`);
    await press(el, 'Add to Open-source projects Goal 1');
    await sendKeys({ type: 'Lit' });
    return el;
  }
  const storedLink = (el: GoalDefiner) => Object.values(el.document!.data.goals['1'].lists.openSource.items)[0].href;

  for (const bad of ['javascript:alert(1)', 'www.example.com', 'data:text/html,hi', 'ftp://example.com']) {
    it(`refuses ${bad} with a message and does not save it`, async () => {
      const store = freshStore();
      const el = await withItem(store);
      const link = field(el, 'Link');
      type(link, bad);
      leave(link);
      await el.updateComplete;
      expect(visibleText(el)).to.include('Not saved: links start with http://, https:// or mailto:');
      expect(link.getAttribute('aria-invalid')).to.equal('true');
      // What was typed stays in the field, to be corrected.
      expect(link.value).to.equal(bad);
      expect(storedLink(el)).to.equal('');
      await expect(el).to.be.accessible();
      await unmount(el);
      const again = await mount(html`<goal-definer storage-key="k" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
      expect(field(again, 'Link').value).to.equal('');
      expect(field(again, 'Item').value).to.equal('Lit');
    });
  }

  it('accepts http, https and mailto links, and clears the message once corrected', async () => {
    const el = await withItem();
    const link = field(el, 'Link');
    type(link, 'lit.dev');
    leave(link);
    await el.updateComplete;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    for (const good of ['https://lit.dev', 'http://example.com', 'mailto:mentor@example.com']) {
      type(link, good);
      await el.updateComplete;
      expect(storedLink(el)).to.equal(good);
      expect(link.getAttribute('aria-invalid')).to.equal('false');
      expect(visibleText(el)).not.to.include('Not saved');
    }
  });

  it('does not save a half-typed link, nor complain while it is being typed', async () => {
    const el = await withItem();
    field(el, 'Link').focus();
    await sendKeys({ type: 'https://lit.dev' });
    await el.updateComplete;
    expect(visibleText(el)).not.to.include('Not saved');
    expect(storedLink(el)).to.equal('https://lit.dev');
  });

  it('shows a link in the readonly view only when it is safe', async () => {
    const store = freshStore();
    const el = await withItem(store);
    type(field(el, 'Link'), 'https://lit.dev');
    await unmount(el);
    const view = await mount(html`<goal-definer readonly storage-key="k" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
    expect(view.shadowRoot!.querySelector('a')!.href).to.equal('https://lit.dev/');
    expect(await byRole(view, 'link', 'Lit')).to.have.length(1);
  });
});
