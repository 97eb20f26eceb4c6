import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkPage } from './dark.js';
import type { Timeline } from '../src/models/timeline.js';
import { GoalStore } from '../src/storage/goal-store.js';

interface Args {
  'start-date': string;
  today: string;
  readonly: boolean;
  labels: string;
}

/** Each story keeps its data in a database of its own, filled as a learner would have left it. */
function storeWith(name: string, timeline: Partial<Timeline>): GoalStore {
  const store = new GoalStore({ name: `goalkit-story-${name}` });
  const document = store.open(name);
  void document.ready.then(() => document.set(['timelines', 'six-weeks'], timeline));
  return store;
}

const milestone = (fields: Partial<Timeline['milestones'][string]>) => ({
  title: '',
  due: '',
  count: 1,
  done: 0,
  notes: '',
  preset: false,
  removed: false,
  ...fields,
});

/** Three weeks into the bootcamp's six: progress on the presets and two milestones of the learner's own. */
const underway: Partial<Timeline> = {
  startDate: '2026-12-07',
  milestones: {
    'interview-1': milestone({ preset: true, done: 1, notes: 'Coffee with Ada, who runs the platform team at a bank.' }),
    'interview-2': milestone({ preset: true, done: 1 }),
    m1: milestone({ title: 'Write up the Go CLI for my portfolio', due: '2026-12-16', done: 1 }),
    m2: milestone({ title: 'Give a lightning talk at the meetup', due: '2027-01-12', notes: 'Topic: what a bootcamp does not teach you' }),
  },
  order: ['interview-1', 'interview-2', 'm1', 'm2'],
};

/** The bootcamp's required goals for the six weeks after it. */
const presets = html`
  <milestone-item key="interview-1" due="week 2" count="1">One informational interview</milestone-item>
  <milestone-item key="interview-2" due="week 3" count="2">Two more informational interviews</milestone-item>
  <milestone-item key="interview-3" due="week 4" count="3">Three more informational interviews</milestone-item>
  <milestone-item key="blog-post" due="week 6">Blog post: open-source contribution or technical post</milestone-item>
`;

const meta: Meta<Args> = {
  title: 'Elements/milestone-timeline',
  component: 'milestone-timeline',
  args: { 'start-date': '', today: '', readonly: false, labels: '' },
  render: (args) => html`<milestone-timeline
    id="six-weeks"
    storage-key="story-timeline-bootcamp"
    start-date=${args['start-date']}
    today=${args.today}
    ?readonly=${args.readonly}
    labels=${args.labels}
    >${presets}</milestone-timeline
  >`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bootcamp's six weeks, before the learner has set a start date. */
export const BootcampSixWeeks: Story = {};

/** Three weeks in: presets partly done, the learner's own milestones, "today" among them. */
export const WithLearnerMilestones: Story = {
  args: { today: '2026-12-28' },
  render: (args) => html`<milestone-timeline
    id="six-weeks"
    storage-key="story-timeline-underway"
    today=${args.today}
    ?readonly=${args.readonly}
    .store=${storeWith('story-timeline-underway', underway)}
    >${presets}</milestone-timeline
  >`,
};

/** Behind: one milestone overdue, one due within the week, the rest upcoming. */
export const OverdueAndDueSoon: Story = {
  args: { 'start-date': '2026-12-07', today: '2026-12-22' },
};

/** A mentor's view of the learner's timeline: text only, no controls. */
export const Readonly: Story = {
  args: { readonly: true, today: '2026-12-28' },
  render: (args) => html`<milestone-timeline
    id="six-weeks"
    storage-key="story-timeline-readonly"
    today=${args.today}
    ?readonly=${args.readonly}
    .store=${storeWith('story-timeline-readonly', underway)}
    >${presets}</milestone-timeline
  >`,
};

/** Attribute values that cannot be used are named where they are, and the rest keeps working. */
export const BadAttributes: Story = {
  render: () => html`<milestone-timeline storage-key="story-timeline-bad" start-date="7 December" today="2026-12-22">
    <milestone-item due="end of week 2">Informational interview</milestone-item>
    <milestone-item due="2026-12-20" count="three">Informational interviews</milestone-item>
    <milestone-item due="2027-01-17">Blog post</milestone-item>
  </milestone-timeline>`,
};

/** Dark colours, whatever the system setting. */
export const Dark: Story = {
  args: { today: '2026-12-28' },
  decorators: [darkPage],
  render: (args) => html`<milestone-timeline
    id="six-weeks"
    storage-key="story-timeline-dark"
    today=${args.today}
    .store=${storeWith('story-timeline-dark', underway)}
    >${presets}</milestone-timeline
  >`,
};
