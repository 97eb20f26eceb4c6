/** Strings of `<goal-definer>`. `{0}`, `{1}` are filled in. */
export const goalDefiner = {
  goal: 'Goal',
  now: 'Where are you now?',
  success: 'What does success look like after one year?',
  resources: 'Resources',
  why: 'Why is this goal important to you?',
  learning: 'Books, blogs, talks, podcasts and courses',
  mentors: 'Mentors',
  events: 'Meetups and conferences',
  build: 'Things to build',
  talks: 'Talk ideas',
  openSource: 'Open-source projects',
  reality: 'Reality',
  options: 'Options',
  wayForward: 'Way forward',
  goalHint:
    'What do you want, and why? What will it bring? How will you know you got there? And if you do not?',
  realityHint:
    'What have you done so far? What do you need? What stands in your way? What does your inner critic say? What do you fear?',
  optionsHint:
    'What could you do? What would each option cost and bring? What if money were no object? Which step are you ready for? Which strengths help?',
  wayForwardHint:
    'What is your first step? What could stop it? Who will hold you to it? What else matters? How will you celebrate?',
  goalN: 'Goal {0}',
  goalsDone: '{0} of {1} goals fully defined',
  partsDone: '{0} of {1} parts done',
  required: '* required to count as fully defined',
  addGoal: 'Add a goal',
  maxGoals: 'You can have up to {0} goals.',
  addTo: 'Add to {0}',
  item: 'Item',
  link: 'Link',
  done: 'Done',
  badLink: 'Not saved: a link must start with http://, https:// or mailto:',
  removed: '“{0}” removed.',
  badAttribute: 'Ignored {0}="{1}": not a valid value.',
} as const;
