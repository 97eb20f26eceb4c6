import type { HintId } from '../../../src/components/smart-checklist/hints.js';

/** A goal as a learner might write it, with the hints it must and must not draw. */
export interface GoalRow {
  goal: string;
  must: HintId[];
  mustNot: HintId[];
}

const ALL: HintId[] = ['vague', 'short', 'measurable', 'hedged', 'overreach', 'timeBound'];
const none = (): GoalRow['mustNot'] => [...ALL];

/**
 * Real-sounding goals, many from the mentoring guide's example-goals page and the
 * bootcamp's goals assignment. Hints a row lists in neither column are left free.
 */
export const GOALS: GoalRow[] = [
  { goal: 'Be a better developer', must: ['vague', 'measurable', 'timeBound'], mustNot: ['short', 'hedged', 'overreach'] },
  { goal: 'be a better developer', must: ['vague', 'measurable', 'timeBound'], mustNot: ['short'] },
  { goal: 'Pass the AWS Cloud Practitioner exam with a score above 80% by 30 June 2027', must: [], mustNot: none() },
  { goal: 'Solve at least one LeetCode problem set per week', must: [], mustNot: none() },
  {
    goal: 'Be working at an intermediate level as a front-end developer',
    must: ['measurable', 'timeBound'],
    mustNot: ['vague', 'short', 'hedged'],
  },
  {
    goal: 'I want to be working at an intermediate level as a Front-End Developer and professional.',
    must: ['measurable', 'timeBound'],
    mustNot: ['vague', 'short'],
  },
  {
    goal: 'Revamp my CV, LinkedIn and portfolio in 12 weeks to grow my network',
    must: ['measurable'],
    mustNot: ['timeBound', 'vague', 'short'],
  },
  {
    goal: 'Get closer to an AWS certification (hopefully)',
    must: ['hedged', 'timeBound'],
    mustNot: ['measurable', 'vague', 'short'],
  },
  {
    goal: 'Learn JavaScript through practising core design patterns',
    must: ['measurable', 'timeBound'],
    mustNot: ['vague', 'short', 'hedged'],
  },
  { goal: 'Improve', must: ['vague', 'measurable', 'timeBound'], mustNot: ['short'] },
  { goal: 'Learn Rust', must: ['short', 'measurable', 'timeBound'], mustNot: ['vague'] },
  { goal: 'Get better at coding', must: ['vague', 'measurable', 'timeBound'], mustNot: ['short'] },
  { goal: 'Do more', must: ['vague', 'measurable', 'timeBound'], mustNot: ['short'] },
  { goal: 'Be more confident', must: ['short', 'measurable', 'timeBound'], mustNot: ['hedged'] },
  {
    goal: 'Meet someone from a different role at my company each week',
    must: [],
    mustNot: ['measurable', 'timeBound', 'vague', 'short'],
  },
  {
    goal: 'Read the first four chapters of Dare to Lead with the Thrive book club by the end of March',
    must: [],
    mustNot: none(),
  },
  { goal: 'Publish three blog posts about what I learn before the end of the year', must: [], mustNot: none() },
  { goal: 'Give my first lightning talk at a local meetup by Q3', must: [], mustNot: none() },
  {
    goal: 'Contribute two pull requests to an open-source project within 3 months',
    must: [],
    mustNot: none(),
  },
  {
    goal: 'Try to learn Kubernetes someday',
    must: ['hedged', 'measurable', 'timeBound'],
    mustNot: ['vague', 'overreach'],
  },
  {
    goal: 'Become an expert in everything front-end',
    must: ['overreach', 'measurable', 'timeBound'],
    mustNot: ['hedged'],
  },
  {
    goal: 'Master TypeScript generics in two weeks',
    must: ['overreach', 'measurable'],
    mustNot: ['timeBound', 'vague', 'hedged'],
  },
  { goal: 'Run 5k three times a week', must: [], mustNot: ['measurable', 'timeBound', 'vague'] },
  { goal: 'Finish The Odin Project foundations course by 31/03/2027', must: [], mustNot: none() },
  { goal: 'Apply to 10 junior front-end roles by Friday', must: [], mustNot: none() },
  {
    goal: 'Hopefully get a job in tech',
    must: ['hedged', 'measurable', 'timeBound'],
    mustNot: ['overreach'],
  },
  { goal: 'Spend 30 minutes a day on data structures and algorithms', must: [], mustNot: none() },
  { goal: 'Get promoted to mid-level engineer by next summer', must: [], mustNot: none() },
  { goal: 'Build a portfolio site with React and deploy it by 2027-03-01', must: [], mustNot: none() },
  { goal: 'Complete the 12-week Thrive mentoring programme', must: [], mustNot: none() },
  { goal: 'Practise design patterns every weekday morning', must: [], mustNot: none() },
  { goal: 'Attend two tech meetups before the end of the year', must: [], mustNot: none() },
  {
    goal: 'Find out what product managers, designers and testers do by meeting one of each weekly',
    must: [],
    mustNot: none(),
  },
  {
    goal: 'Keep a stress journal and go through it with my mentor fortnightly',
    must: [],
    mustNot: ['measurable', 'timeBound', 'vague', 'short'],
  },
  { goal: 'Grow my network', must: ['short', 'measurable', 'timeBound'], mustNot: ['vague'] },
  { goal: 'Read more', must: ['short', 'measurable', 'timeBound'], mustNot: [] },
  {
    goal: 'Prepare for the AWS Sub-Saharan Challenge exam with my voucher by 15 December',
    must: ['measurable'],
    mustNot: ['timeBound', 'vague', 'short'],
  },
  {
    goal: 'Decrease time-to-completion on my Kanban tasks by 20% over the next 12 weeks',
    must: [],
    mustNot: none(),
  },
  {
    goal: 'Conduct three informational interviews by the end of week 4',
    must: [],
    mustNot: none(),
  },
  {
    goal: 'Write a blog post about my goals by Sunday',
    must: [],
    mustNot: ['timeBound', 'vague', 'short'],
  },
  { goal: 'Level up', must: ['vague'], mustNot: ['short'] },
  {
    goal: 'Maybe speak at JSConf Africa in May',
    must: ['hedged'],
    mustNot: ['timeBound', 'overreach'],
  },
  {
    goal: 'I may look into Go',
    must: ['timeBound'],
    mustNot: ['overreach'],
  },
  {
    goal: 'Get my master’s degree in computer science by 2028',
    must: [],
    mustNot: none(),
  },
  {
    goal: 'Sleep eight hours a night and take one full day off from code each weekend',
    must: [],
    mustNot: none(),
  },
  { goal: 'Be a better developer by 2027', must: ['vague', 'measurable'], mustNot: ['timeBound'] },
  { goal: 'Improve my React testing skills', must: ['measurable', 'timeBound'], mustNot: ['vague', 'short'] },
];
