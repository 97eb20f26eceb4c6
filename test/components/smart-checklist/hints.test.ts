import { expect } from '@open-wc/testing';
import { hintsFor } from '../../../src/components/smart-checklist/hints.js';
import { GOALS } from './goal-table.js';

describe('smart-checklist hints', () => {
  it('has a table of at least 30 goals', () => {
    expect(GOALS.length).to.be.at.least(30);
  });

  for (const { goal, must, mustNot } of GOALS) {
    it(`"${goal}" draws ${must.join(', ') || 'no required hint'}`, () => {
      const hints = hintsFor(goal);
      for (const id of must) expect(hints, `${id} hint for "${goal}"`).to.include(id);
      for (const id of mustNot) expect(hints, `no ${id} hint for "${goal}"`).not.to.include(id);
    });
  }

  it('draws nothing for an empty goal', () => {
    expect(hintsFor('')).to.deep.equal([]);
    expect(hintsFor('   ')).to.deep.equal([]);
  });

  it('counts a number in the Measurable answer and a date in the Time-bound answer', () => {
    const goal = 'Be working at an intermediate level as a front-end developer';
    expect(hintsFor(goal, { measurable: 'Lead two features end to end', timeBound: '12 weeks' })).to.deep.equal([]);
    // An answer about another criterion does not count.
    expect(hintsFor(goal, { achievable: 'By 30 June, 3 features' })).to.include.members(['measurable', 'timeBound']);
  });

  it('does not take the number of a deadline for an amount', () => {
    expect(hintsFor('Learn Rust properly in 12 weeks')).to.include('measurable');
    expect(hintsFor('Learn Rust properly in 12 weeks')).not.to.include('timeBound');
  });

  it('lists hints in criterion order', () => {
    expect(hintsFor('Hopefully master everything')).to.deep.equal(['short', 'measurable', 'hedged', 'overreach', 'timeBound']);
  });
});
