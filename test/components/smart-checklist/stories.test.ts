import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define.js';
import meta, * as stories from '../../../stories/smart-checklist.stories.js';
import { until } from '../../helpers.js';
import { textOf } from './dom.js';

type Render = (args: object, context: never) => TemplateResult;

/** Renders a story as Storybook would: its args over the defaults, its render or the default one. */
async function show(story: { args?: object; render?: unknown }) {
  const args = { ...meta.args, ...story.args };
  const render = (story.render ?? meta.render) as Render;
  const wrapper = await fixture(render(args, {} as never));
  return (wrapper.localName === 'smart-checklist' ? wrapper : wrapper.querySelector('smart-checklist'))!;
}

describe('smart-checklist stories', () => {
  it('render the states they name', async () => {
    const vague = await show(stories.VagueGoal);
    await until(() => textOf(vague).includes('No deadline'), 'the vague goal’s hints');

    const aws = await show(stories.AwsGoalAllFiveMet);
    await until(() => textOf(aws).includes('This goal is SMART'), 'the AWS goal all met');

    const relevant = await show(stories.Relevant);
    expect(textOf(relevant)).to.include('Relevant');

    const bound = await show(stories.BoundInAWorkspace);
    await until(() => textOf(bound).includes('Be working at an intermediate level'), 'the bound goal');

    const fresh = await show(stories.BeforeTheGoalIsNamed);
    await until(() => textOf(fresh).includes('Name this goal in the worksheet'), 'goal 1 before it is named');

    const readonly = await show(stories.Readonly);
    await until(() => textOf(readonly).includes('This goal is SMART'), 'the read-only check');
    expect(readonly.shadowRoot!.querySelectorAll('textarea')).to.have.length(0);
    await expect(readonly).to.be.accessible();
  });
});
