import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkPage } from './dark.js';
import type { GoalData } from '../src/models/document.js';
import type { Goal } from '../src/models/goal.js';
import { GoalStore } from '../src/storage/goal-store.js';

interface Args {
  goals: number;
  'max-goals': number;
  template: 'define' | 'grow' | 'custom';
  readonly: boolean;
  labels: string;
}

/** Each story keeps its data in a database of its own, filled as a learner would have left it. */
function storeWith(name: string, data: Partial<GoalData> = {}): GoalStore {
  const store = new GoalStore({ name: `goalkit-story-${name}` });
  const document = store.open(name);
  void document.ready.then(() => {
    for (const [key, value] of Object.entries(data)) document.set([key], value);
  });
  return store;
}

const items = (...entries: Array<[string, string?, boolean?]>) => ({
  items: Object.fromEntries(entries.map(([text, href = '', done = false], i) => [`i${i}`, { text, href, done, removed: false }])),
  order: entries.map((_, i) => `i${i}`),
});
const goal = (title: string, fields: Record<string, string>, lists: Goal['lists'] = {}): Goal => ({
  title,
  fields,
  lists,
  removed: false,
  created: 1,
});

/** Three learning goals of a bootcamp graduate, the first fully defined. */
const bootcamp: Partial<GoalData> = {
  goals: {
    '1': goal(
      'Learn Go',
      {
        now: 'I did the Go tour and one kata.',
        success: 'A command-line tool in Go that other people use, and a talk about building it.',
        why: 'The teams I want to join run their services in Go.',
      },
      {
        learning: items(['The Go Programming Language', 'https://www.gopl.io/', true], ['Go by Example', 'https://gobyexample.com/']),
        mentors: items(['Ask in the Gophers Slack']),
        build: items(['A CLI that tidies my notes']),
      },
    ),
    '2': goal('Contribute to open source', { now: 'I have never opened a pull request.' }),
    '3': goal('', {}),
  },
  goalOrder: ['1', '2', '3'],
};

const meta: Meta<Args> = {
  title: 'Elements/goal-definer',
  component: 'goal-definer',
  args: { goals: 3, 'max-goals': 10, template: 'define', readonly: false, labels: '' },
  argTypes: { template: { control: 'inline-radio', options: ['define', 'grow', 'custom'] } },
  render: (args) => html`<goal-definer
    goals=${args.goals}
    max-goals=${args['max-goals']}
    template=${args.template}
    ?readonly=${args.readonly}
    labels=${args.labels}
    storage-key="story-definer-${args.template}"
  ></goal-definer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bootcamp worksheet, nothing written yet. */
export const DefineEmpty: Story = {};

/** The bootcamp worksheet as a learner left it: one goal fully defined, one started. */
export const DefineFilled: Story = {
  render: (args) => html`<goal-definer
    goals=${args.goals}
    max-goals=${args['max-goals']}
    ?readonly=${args.readonly}
    storage-key="story-definer-filled"
    .store=${storeWith('story-definer-filled', bootcamp)}
  ></goal-definer>`,
};

/** The same worksheet as a mentor reviews it, and as it prints: text, links and done state, no controls. */
export const Readonly: Story = {
  args: { readonly: true },
  render: (args) => html`<goal-definer
    goals=${args.goals}
    ?readonly=${args.readonly}
    storage-key="story-definer-readonly"
    .store=${storeWith('story-definer-readonly', bootcamp)}
  ></goal-definer>`,
};

/** The GROW model: Goal, Reality, Options, Way forward, each with guiding questions. */
export const Grow: Story = {
  args: { template: 'grow', goals: 1 },
};

/** The author's own fields, listed as `<goal-field>` children; the title relabelled. */
export const CustomFields: Story = {
  args: { template: 'custom', goals: 2 },
  render: (args) => html`<goal-definer
    template="custom"
    goals=${args.goals}
    ?readonly=${args.readonly}
    storage-key="story-definer-custom"
  >
    <goal-field key="title" label="Objective" hint="One sentence, in your own words"></goal-field>
    <goal-field key="why" label="Why does it matter to you?" required></goal-field>
    <goal-field key="steps" label="First steps" kind="list" hint="Small and concrete" required></goal-field>
    <goal-field key="notes" label="Notes for my mentor"></goal-field>
  </goal-definer>`,
};

/** Labels in the author's words, through the `labels` attribute. */
export const RelabelledDefine: Story = {
  args: {
    goals: 1,
    labels: JSON.stringify({ goal: 'Objective', now: 'Where do you stand today?', mentors: 'People who can help' }),
  },
};

/** At `max-goals`, "Add a goal" gives way to a note. */
export const AtMaxGoals: Story = {
  args: { goals: 2, 'max-goals': 2 },
};

/** Attribute values that cannot be used are named on the page; the defaults apply. */
export const BadAttributes: Story = {
  render: () => html`<goal-definer goals="three" template="smart" storage-key="story-definer-bad"></goal-definer>`,
};

/** Dark colours, whatever the system setting. */
export const Dark: Story = {
  decorators: [darkPage],
  render: (args) => html`<goal-definer
    goals=${args.goals}
    storage-key="story-definer-dark"
    .store=${storeWith('story-definer-dark', bootcamp)}
  ></goal-definer>`,
};
