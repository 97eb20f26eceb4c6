import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { SmartChecklist } from '../../../src/components/smart-checklist/smart-checklist.js';
import { closeStores, freshStore, until } from '../../helpers.js';
import { control, hints, textOf, typeInto } from './dom.js';

afterEach(closeStores);

describe('<smart-checklist> with a <goal-definer> in its workspace', () => {
  it('checks the goal the learner names in the worksheet, and follows its title as they type', async () => {
    const workspace = await fixture(html`<goal-workspace storage-key="plan" .store=${freshStore()}>
      <goal-definer goals="2"></goal-definer>
      <smart-checklist goal="2"></smart-checklist>
    </goal-workspace>`);
    const definer = workspace.querySelector('goal-definer')!;
    const checklist = workspace.querySelector('smart-checklist') as SmartChecklist;
    // A fresh page: the worksheet has stored nothing yet, and the checklist checks goal 2 all the same.
    await until(
      () => control<HTMLSelectElement>(checklist, 'Goal to check').selectedOptions[0]?.text === 'Goal 2',
      'the checklist on goal 2 before it is written',
    );
    expect(textOf(checklist)).to.include('Name this goal in the worksheet');
    await typeInto(control(checklist, 'What exactly will you do?'), 'A portfolio of three projects');

    // "Goal" (marked required) is the worksheet's contract label for a title; the second one is goal 2.
    const titles = [...definer.shadowRoot!.querySelectorAll('label')].filter((l) => l.textContent!.replace('*', '').trim() === 'Goal');
    await typeInto(titles[1].control as HTMLElement, 'Be a better developer');
    await until(
      () => control<HTMLSelectElement>(checklist, 'Goal to check').selectedOptions[0]?.text === 'Be a better developer',
      'goal 2 picked by its title',
    );
    expect(textOf(checklist)).not.to.include('Name this goal');
    expect(control(checklist, 'What exactly will you do?').value).to.equal('A portfolio of three projects');
    expect(hints(checklist).some((h) => h.startsWith('Time-bound'))).to.equal(true);

    await typeInto(titles[1].control as HTMLElement, ' by passing the AWS exam with 80% by June');
    await until(() => !hints(checklist).some((h) => h.startsWith('Time-bound')), 'the hints to follow the title');
    await expect(checklist).to.be.accessible();
  });
});
