import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GoalData } from '../src/models/document.js';
import { GoalStore } from '../src/storage/goal-store.js';

interface Args {
  goal: string;
  r: 'realistic' | 'relevant';
  readonly: boolean;
  labels: string;
}

/**
 * Each story keeps its data in a database of its own, filled as a learner would have left it.
 * The `id` of each checklist names its own goal's check: `own-<id>`.
 */
function storeWith(name: string, data: Partial<GoalData>): GoalStore {
  const store = new GoalStore({ name: `goalkit-story-${name}` });
  const document = store.open(name);
  void document.ready.then(() => {
    for (const [key, value] of Object.entries(data)) document.set([key], value);
  });
  return store;
}

const AWS = 'Pass the AWS Cloud Practitioner exam with a score above 80% by 30 June 2027';
const check = (statement: string, answers: Record<string, string> = {}, met: Record<string, boolean> = {}) => ({
  statement,
  answers,
  met,
  dismissed: [],
});
const goal = (title: string) => ({ title, fields: {}, lists: {}, removed: false, created: 1 });
const allMet = { specific: true, measurable: true, achievable: true, realistic: true, timeBound: true };

const meta: Meta<Args> = {
  title: 'Elements/smart-checklist',
  component: 'smart-checklist',
  args: { goal: '', r: 'realistic', readonly: false, labels: '' },
  argTypes: { r: { control: 'inline-radio', options: ['realistic', 'relevant'] } },
  render: (args) => html`<smart-checklist
    goal=${args.goal}
    r=${args.r}
    ?readonly=${args.readonly}
    labels=${args.labels}
    id="story-${args.r}"
    storage-key="story-smart-${args.r}"
  ></smart-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A checklist with its own goal, nothing written yet. */
export const StandaloneEmpty: Story = {};

/** The guide's "be a better developer": the hints ask for a skill, a number and a deadline. */
export const VagueGoal: Story = {
  render: (args) => html`<smart-checklist
    r=${args.r}
    ?readonly=${args.readonly}
    id="vague"
    storage-key="story-smart-vague"
    .store=${storeWith('story-smart-vague', { checks: { 'own-vague': check('Be a better developer') } })}
  ></smart-checklist>`,
};

/** A specific, measured, dated goal with all five criteria met. */
export const AwsGoalAllFiveMet: Story = {
  render: (args) => html`<smart-checklist
    r=${args.r}
    ?readonly=${args.readonly}
    id="aws"
    storage-key="story-smart-aws"
    .store=${storeWith('story-smart-aws', {
      checks: {
        'own-aws': check(
          AWS,
          {
            specific: 'The AWS Cloud Practitioner certification, with my voucher from the Sub-Saharan Challenge.',
            measurable: 'A score above 80% in two practice exams, then in the exam.',
            achievable: 'The AWS course I registered for, and weekly prep sessions with my mentor.',
            realistic: 'Five hours a week beside my job.',
            timeBound: 'Exam booked for 30 June 2027; practice exams by the end of May.',
          },
          allMet,
        ),
      },
    })}
  ></smart-checklist>`,
};

/** The R read as Relevant, as some mentoring guides do. */
export const Relevant: Story = { args: { r: 'relevant' } };

/** Inside a workspace: the learner picks one of the goals defined elsewhere on the page. */
export const BoundInAWorkspace: Story = {
  args: { goal: '2' },
  render: (args) => html`<goal-workspace
    storage-key="story-smart-workspace"
    .store=${storeWith('story-smart-workspace', {
      goals: {
        '1': goal('Solve at least one LeetCode problem set per week'),
        '2': goal('Be working at an intermediate level as a front-end developer'),
        '3': goal('Read the first four chapters of Dare to Lead with the book club by the end of March'),
      },
      goalOrder: ['1', '2', '3'],
    })}
  >
    <smart-checklist goal=${args.goal} r=${args.r} ?readonly=${args.readonly}></smart-checklist>
  </goal-workspace>`,
};

/**
 * A fresh page: the worksheet has stored nothing yet, and the checklist checks goal 1 all
 * the same, as "Goal 1", until the learner names it in the worksheet above.
 */
export const BeforeTheGoalIsNamed: Story = {
  args: { goal: '1' },
  render: (args) => html`<goal-workspace storage-key="story-smart-fresh" .store=${storeWith('story-smart-fresh', {})}>
    <goal-definer template="grow" goals="1"></goal-definer>
    <smart-checklist goal=${args.goal} r=${args.r} ?readonly=${args.readonly}></smart-checklist>
  </goal-workspace>`,
};

/** A mentor's view: answers and ticks as text, no controls. */
export const Readonly: Story = {
  args: { readonly: true },
  render: AwsGoalAllFiveMet.render,
};

/** Dark colours, as on a page that follows a dark colour scheme. */
export const Dark: Story = {
  decorators: [(story) => html`<div class="goalkit-story-dark">${story()}</div>`],
  render: (args) => html`<style>
      .goalkit-story-dark {
        color-scheme: dark;
        background: #0d1117;
        padding: 1rem;
      }
      /* A page sets the scheme on the element; its own default follows the learner's setting. */
      .goalkit-story-dark smart-checklist {
        color-scheme: dark;
      }
    </style>
    ${VagueGoal.render!(args, {} as never)}`,
};
