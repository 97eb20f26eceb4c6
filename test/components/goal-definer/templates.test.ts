import { expect, html } from '@open-wc/testing';
import { closeStores, freshStore, sameDatabase, until } from '../../helpers.js';
import { button, byRole, field, fields, mount, type, unmount, visibleText } from './dom.js';

afterEach(closeStores);

describe('<goal-definer> grow template', () => {
  it('asks Goal, Reality, Options and Way forward, each with guiding questions', async () => {
    const el = await mount(html`<goal-definer storage-key="k" template="grow" goals="1" .store=${freshStore()}></goal-definer>`);
    for (const label of ['Goal', 'Reality', 'Options', 'Way forward']) {
      const control = field(el, label);
      expect(control.getAttribute('aria-required'), label).to.equal('true');
      const hint = el.shadowRoot!.getElementById(control.getAttribute('aria-describedby')!)!;
      // About five guiding questions per stage.
      expect(hint.textContent!.split('?').length - 1, label).to.be.within(4, 6);
      expect(await byRole(el, control.localName === 'input' ? 'textbox' : 'textbox', label)).to.have.length(1);
    }
    expect(fields(el, 'Where are you now?')).to.have.length(0);
    expect(visibleText(el)).to.include('0 of 4 parts done');
    await expect(el).to.be.accessible();
  });

  it('keeps the GROW answers after a reload', async () => {
    const store = freshStore();
    const el = await mount(html`<goal-definer storage-key="k" template="grow" goals="1" .store=${store}></goal-definer>`);
    type(field(el, 'Goal'), 'Give a talk');
    type(field(el, 'Reality'), 'Never spoke in public');
    type(field(el, 'Options'), 'Lightning talk, meetup, blog first');
    type(field(el, 'Way forward'), 'Submit to the May meetup');
    await unmount(el);
    const again = await mount(html`<goal-definer storage-key="k" template="grow" goals="1" .store=${sameDatabase(store)}></goal-definer>`);
    expect(['Goal', 'Reality', 'Options', 'Way forward'].map((label) => field(again, label).value)).to.deep.equal([
      'Give a talk',
      'Never spoke in public',
      'Lightning talk, meetup, blog first',
      'Submit to the May meetup',
    ]);
    expect(visibleText(again)).to.include('1 of 1 goals fully defined');
    await expect(again).to.be.accessible();
  });
});

describe('<goal-definer> custom template', () => {
  const custom = (store = freshStore()) => html`<goal-definer storage-key="k" template="custom" goals="1" .store=${store}>
    <goal-field key="title" label="Objective" hint="One sentence"></goal-field>
    <goal-field key="why" label="Why does it matter?" required></goal-field>
    <goal-field key="steps" label="Steps" kind="list" hint="Small, concrete steps" required></goal-field>
    <goal-field key="notes" label="Notes"></goal-field>
  </goal-definer>`;

  it('asks the author\'s fields, with the title relabelled', async () => {
    const el = await mount(custom());
    expect(field(el, 'Objective').getAttribute('aria-required')).to.equal('true');
    expect(field(el, 'Why does it matter?').getAttribute('aria-required')).to.equal('true');
    expect(field(el, 'Notes').hasAttribute('aria-required')).to.equal(false);
    expect(el.shadowRoot!.getElementById(field(el, 'Objective').getAttribute('aria-describedby')!)!.textContent).to.equal(
      'One sentence',
    );
    expect(await byRole(el, 'group', 'Steps')).to.have.length(1);
    expect(fields(el, 'Goal')).to.have.length(0);
    // Title, why and steps are required; notes are not.
    expect(visibleText(el)).to.include('0 of 3 parts done');
    await expect(el).to.be.accessible();
  });

  it('keeps custom text and list answers after a reload', async () => {
    const store = freshStore();
    const el = await mount(custom(store));
    type(field(el, 'Objective'), 'Ship a side project');
    type(field(el, 'Why does it matter?'), 'Portfolio');
    button(el, 'Add to Steps Goal 1').click();
    await el.updateComplete;
    type(field(el, 'Item'), 'Pick an idea');
    await el.updateComplete;
    expect(visibleText(el)).to.include('1 of 1 goals fully defined');
    await unmount(el);
    const again = await mount(custom(sameDatabase(store)));
    expect(field(again, 'Objective').value).to.equal('Ship a side project');
    expect(field(again, 'Why does it matter?').value).to.equal('Portfolio');
    expect(field(again, 'Item').value).to.equal('Pick an idea');
    expect(again.document!.data.goals['1'].fields.why).to.equal('Portfolio');
    expect(Object.values(again.document!.data.goals['1'].lists.steps.items)[0].text).to.equal('Pick an idea');
  });

  it('shows the author\'s changes to the fields at once, and a field that comes back brings its answer', async () => {
    const el = await mount(custom());
    type(field(el, 'Notes'), 'Ask my mentor');
    const notes = el.querySelector('goal-field[key="notes"]')!;
    notes.remove();
    await until(() => fields(el, 'Notes').length === 0, 'the field to go');
    expect(el.document!.data.goals['1'].fields.notes).to.equal('Ask my mentor');

    el.append(notes);
    notes.setAttribute('label', 'Notes for my mentor');
    await until(() => fields(el, 'Notes for my mentor').length === 1, 'the field to come back');
    expect(field(el, 'Notes for my mentor').value).to.equal('Ask my mentor');

    el.querySelector('goal-field[key="why"]')!.removeAttribute('required');
    await until(() => visibleText(el).includes('0 of 2 parts done'), 'why to be optional');
  });

  it('tells the author about fields it cannot use, and shows the others', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount(html`<goal-definer storage-key="k" template="custom" goals="1" .store=${freshStore()}>
        <goal-field key="has space" label="Broken"></goal-field>
        <goal-field label="No key"></goal-field>
        <goal-field key="why" label="Why?" kind="essay"></goal-field>
        <goal-field key="why" label="Why again?"></goal-field>
      </goal-definer>`);
      const text = visibleText(el);
      expect(text).to.include('Ignored key="has space": not valid.');
      expect(text).to.include('Ignored key="": not valid.');
      expect(text).to.include('Ignored kind="essay": not valid.');
      expect(text).to.include('Ignored key="why": not valid.');
      expect(fields(el, 'Why?')).to.have.length(1);
      expect(fields(el, 'Broken')).to.have.length(0);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
