import { expect } from '@open-wc/testing';
import { byDue, milestonesOf, progressOf, statusOf, todayIndex, type Row } from '../../../src/components/milestone-timeline/milestones.js';
import { readData } from '../../../src/models/document.js';

function items(markup: string): Element[] {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return [...host.children];
}

/** Problems as `name:value`, to check which were found. */
const problem = (name: string, value: string) => `${name}:${value}`;

const row = (due: string, done = 0, count = 1): Row => ({ key: due || 'undated', title: due, due, count, done, notes: '' });

/** The author's presets alone, as the page has them, before any progress. */
const readPresets = (children: Element[], start: string, problems: typeof problem) => milestonesOf(children, start, undefined, problems);

describe('milestone presets', () => {
  it('reads title, due date and count, keyed by `key` or by position', () => {
    const presets = readPresets(
      items(`<milestone-item key="interview-1" due="week 2">Informational   interview</milestone-item>
        <milestone-item due="2027-01-15" count="3">Blog post</milestone-item>`),
      '2026-12-07',
      problem,
    );
    expect(presets.map(({ key, title, due, count }) => ({ key, title, due, count }))).to.deep.equal([
      { key: 'interview-1', title: 'Informational interview', due: '2026-12-20', count: 1 },
      { key: 'preset-2', title: 'Blog post', due: '2027-01-15', count: 3 },
    ]);
    expect(presets.every((p) => p.preset && p.problems?.length === 0)).to.equal(true);
  });

  it('names what an author wrote that cannot be used, and keeps going', () => {
    const presets = readPresets(
      items(`<milestone-item key="a" due="week two" count="lots">A</milestone-item>
        <milestone-item key="a" count="0">B</milestone-item>
        <milestone-item key="has space" due="day 3">C</milestone-item>`),
      '',
      problem,
    );
    expect(presets.map((p) => p.problems)).to.deep.equal([
      ['badCount:lots', 'badDue:week two'],
      ['badKey:a', 'badCount:0'],
      ['badKey:has space'],
    ]);
    expect(presets.map((p) => [p.key, p.count, p.due, p.waiting])).to.deep.equal([
      ['a', 1, '', ''],
      ['preset-2', 1, '', ''],
      ['preset-3', 1, '', 'day 3'],
    ]);
  });

  it('adds the learner’s progress, own due date and own milestones; hides removed ones', () => {
    const presets = items(`<milestone-item key="i" due="week 1" count="2">Interview</milestone-item>`);
    // Read as stored data is read: entries get their defaults.
    const { timelines } = readData({
      timelines: {
        t: {
          milestones: {
            i: { done: 5, notes: 'Asked Ada', due: '2026-12-11', preset: true },
            gone: { title: 'Old', preset: true, done: 1 },
            m1: { title: 'Read a book', due: '2026-12-09' },
            m2: { title: 'Removed', removed: true },
          },
          order: ['m1', 'i', 'gone', 'm2'],
        },
      },
    }).data;
    const rows = milestonesOf(presets, '2026-12-07', timelines.t, problem);
    expect(rows.map(({ key, title, due, done, notes, preset }) => ({ key, title, due, done, notes, preset }))).to.deep.equal([
      { key: 'i', title: 'Interview', due: '2026-12-11', done: 2, notes: 'Asked Ada', preset: true },
      { key: 'm1', title: 'Read a book', due: '2026-12-09', done: 0, notes: '', preset: false },
    ]);
  });

  it('sorts chronologically, undated last, keeping ties in order', () => {
    const rows = [row(''), row('2027-01-03'), row('2026-12-20'), row('2026-12-20', 1)];
    expect(rows.sort(byDue).map((r) => [r.due, r.done])).to.deep.equal([
      ['2026-12-20', 0],
      ['2026-12-20', 1],
      ['2027-01-03', 0],
      ['', 0],
    ]);
  });
});

describe('milestone status', () => {
  const today = '2026-12-21';

  it('is done, overdue, due soon (within 7 days) or upcoming', () => {
    expect(statusOf(row('2026-12-20', 1), today)).to.equal('done');
    expect(statusOf(row('2026-12-20', 2, 3), today)).to.equal('overdue');
    expect(statusOf(row('2026-12-21'), today)).to.equal('soon');
    expect(statusOf(row('2026-12-28'), today)).to.equal('soon');
    expect(statusOf(row('2026-12-29'), today)).to.equal('upcoming');
    expect(statusOf(row(''), today)).to.equal('');
  });

  it('counts the milestones due so far and how many of them are done', () => {
    const rows = [row('2026-12-13', 1), row('2026-12-20'), row('2026-12-21'), row('2026-12-27', 1)];
    expect(progressOf(rows, today)).to.deep.equal({ due: 2, done: 1 });
    expect(progressOf([row('2026-12-21', 1), row('')], today)).to.deep.equal({ due: 1, done: 1 });
    expect(progressOf([row('2026-12-22')], today)).to.deep.equal({ due: 0, done: 0 });
  });

  it('puts "today" after what is past and before what is due from today on', () => {
    expect(todayIndex([row('2026-12-13'), row('2026-12-21'), row('')], today)).to.equal(1);
    expect(todayIndex([row('2026-12-13'), row('')], today)).to.equal(1);
    expect(todayIndex([row('2026-12-13')], today)).to.equal(1);
    expect(todayIndex([row('2027-01-01')], today)).to.equal(0);
    expect(todayIndex([row('')], today)).to.equal(-1);
  });
});
