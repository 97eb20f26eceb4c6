import { expect } from '@open-wc/testing';
import { en } from '../../../src/i18n/en/index.js';
import { answered, fullyDefined, progress } from '../../../src/components/goal-definer/completeness.js';
import { goalOrder, isAsked } from '../../../src/components/goal-definer/goals.js';
import { fill } from '../../../src/i18n/strings.js';
import { fieldsOf } from '../../../src/components/goal-definer/templates.js';
import { readData } from '../../../src/models/document.js';

const s = en['goal-definer'];
// A goal as goalkit reads it from storage: missing fields take their defaults.
const goal = (value: unknown) => readData({ goals: { g: value } }).data.goals.g;

function goalField(attributes: Record<string, string>): Element {
  const el = document.createElement('goal-field');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('goal-definer: goal order', () => {
  it('puts the page\'s slots that hold no data yet at their place', () => {
    expect(goalOrder([], 3)).to.deep.equal(['1', '2', '3']);
    expect(goalOrder(['2'], 3)).to.deep.equal(['1', '2', '3']);
    expect(goalOrder(['3', '1', '2', 'gx'], 3)).to.deep.equal(['3', '1', '2', 'gx']);
    expect(goalOrder(['1', '2', '3', 'gx'], 5)).to.deep.equal(['1', '2', '3', '4', '5', 'gx']);
    expect(goalOrder(['gx'], 2)).to.deep.equal(['1', '2', 'gx']);
  });

  it('asks for learner goals and the page\'s current slots only', () => {
    expect(isAsked('2', 3)).to.equal(true);
    expect(isAsked('4', 3)).to.equal(false);
    expect(isAsked('0', 3)).to.equal(false);
    expect(isAsked('g1abc', 0)).to.equal(true);
  });

  it('fills strings', () => {
    expect(fill(s.goalsDone, 2, 3)).to.equal('2 of 3 goals fully defined');
    expect(fill('{1} before {0}', 'a', 'b')).to.equal('b before a');
  });
});

describe('goal-definer: templates', () => {
  it('define asks title, now, success, six resource lists and why', () => {
    const fields = fieldsOf('define', s, [], []);
    expect(fields.map((f) => f.key)).to.deep.equal(['title', 'now', 'success', 'resources', 'why']);
    expect(fields[3].lists!.map((f) => f.key)).to.deep.equal(['learning', 'mentors', 'events', 'build', 'talks', 'openSource']);
    expect(fields.every((f) => f.required)).to.equal(true);
  });

  it('grow asks four stages, each with its questions', () => {
    const fields = fieldsOf('grow', s, [], []);
    expect(fields.map((f) => f.label)).to.deep.equal(['Goal', 'Reality', 'Options', 'Way forward']);
    expect(fields.every((f) => f.hint && f.required)).to.equal(true);
  });

  it('custom reads the author\'s fields and reports the ones it cannot use', () => {
    const problems: string[][] = [];
    const fields = fieldsOf(
      'custom',
      s,
      [
        goalField({ key: 'title', label: 'Objective' }),
        goalField({ key: 'why', label: 'Why?', required: '' }),
        goalField({ key: 'steps', kind: 'list' }),
        goalField({ key: '__proto__ x' }),
        goalField({ key: 'why' }),
        goalField({ key: 'notes', kind: 'paragraph' }),
      ],
      problems,
    );
    expect(fields.map((f) => [f.key, f.label, f.kind, !!f.required])).to.deep.equal([
      ['title', 'Objective', 'text', true],
      ['why', 'Why?', 'text', true],
      ['steps', 'steps', 'list', false],
      ['notes', 'notes', 'text', false],
    ]);
    expect(problems).to.deep.equal([
      ['key', '__proto__ x'],
      ['key', 'why'],
      ['kind', 'paragraph'],
    ]);
  });
});

describe('goal-definer: completeness', () => {
  const define = fieldsOf('define', s, [], []);

  it('counts text answers, ignoring blanks', () => {
    expect(progress(undefined, define)).to.deep.equal([0, 5]);
    expect(progress(goal({ title: 'Go', fields: { now: '  ', why: 'Jobs' } }), define)).to.deep.equal([2, 5]);
  });

  it('counts the resources as done with one item in any list, not a removed one', () => {
    const item = (text: string, removed = false) => ({ items: { a: { text, removed } }, order: ['a'] });
    const resources = define[3];
    expect(answered(goal({ lists: { talks: item('Go for JS developers') } }), resources)).to.equal(true);
    expect(answered(goal({ lists: { talks: item('Gone', true) } }), resources)).to.equal(false);
    expect(answered(goal({ lists: { talks: item(' ') } }), resources)).to.equal(false);
  });

  it('says a goal is fully defined when every required field is answered', () => {
    const full = goal({
      title: 'Go',
      fields: { now: 'a', success: 'b', why: 'c' },
      lists: { mentors: { items: { a: { text: 'Ada' } }, order: ['a'] } },
    });
    expect(fullyDefined(full, define)).to.equal(true);
    expect(fullyDefined({ ...full, title: '' }, define)).to.equal(false);
  });
});
