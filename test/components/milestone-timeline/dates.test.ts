import { expect } from '@open-wc/testing';
import {
  addDays,
  dateFormat,
  dueDate,
  isDate,
  localToday,
} from '../../../src/components/milestone-timeline/dates.js';
import { emulateTimezone } from '../../commands.js';

const ZONES = ['America/Los_Angeles', 'Europe/London', 'Pacific/Auckland'];

afterEach(() => emulateTimezone(null));

for (const zone of ZONES) {
  describe(`calendar dates in ${zone}`, () => {
    beforeEach(() => emulateTimezone(zone));

    it('reads week N as the last day of week N, and day N counting the start as day 1', () => {
      expect(dueDate('week 1', '2026-12-07')).to.equal('2026-12-13');
      expect(dueDate('week 2', '2026-12-07')).to.equal('2026-12-20');
      expect(dueDate('Week 4', '2026-12-07')).to.equal('2027-01-03');
      expect(dueDate('day 1', '2026-12-07')).to.equal('2026-12-07');
      expect(dueDate('day 30', '2026-12-07')).to.equal('2027-01-05');
    });

    it('counts whole days across daylight-saving changes', () => {
      // US clocks change on 14 March 2027, UK ones on 28 March, New Zealand's on 4 April.
      expect(dueDate('week 1', '2027-03-08')).to.equal('2027-03-14');
      expect(dueDate('week 2', '2027-03-22')).to.equal('2027-04-04');
      expect(dueDate('day 2', '2027-03-28')).to.equal('2027-03-29');
      expect(dueDate('week 1', '2026-10-29')).to.equal('2026-11-04');
      expect(addDays('2027-03-13', 1)).to.equal('2027-03-14');
      expect(addDays('2027-04-04', -1)).to.equal('2027-04-03');
      expect(addDays('2027-03-01', 60)).to.equal('2027-04-30');
      expect(addDays('2026-11-10', -21)).to.equal('2026-10-20');
    });

    it('keeps ISO due dates as they are, and rejects what is not a real date', () => {
      expect(dueDate('2027-02-28', '')).to.equal('2027-02-28');
      expect(dueDate('2028-02-29', '')).to.equal('2028-02-29');
      for (const bad of ['2027-02-29', '2027-13-01', '2027-04-31', '20/12/2026', 'next week', 'week 0', 'week two', 'day -1']) {
        expect(dueDate(bad, '2026-12-07'), bad).to.equal(undefined);
      }
      expect(isDate('2026-12-20')).to.equal(true);
      expect(isDate('2026-12-20T00:00')).to.equal(false);
    });

    it('waits for a start date before reading week N or day N', () => {
      expect(dueDate('week 2', '')).to.equal('');
      expect(dueDate('day 3', '')).to.equal('');
    });

    it('takes today from the clock on the learner’s wall, late in the evening too', () => {
      // 07:30 UTC on 20 December is 23:30 on the 19th in Los Angeles and 20:30 on the 20th in Auckland.
      const expected = { 'America/Los_Angeles': '2026-12-19', 'Europe/London': '2026-12-20', 'Pacific/Auckland': '2026-12-20' };
      expect(localToday(new Date('2026-12-20T07:30:00Z'))).to.equal(expected[zone as keyof typeof expected]);
      // 11:30 UTC on 20 December is already 00:30 on the 21st in Auckland.
      const later = { 'America/Los_Angeles': '2026-12-20', 'Europe/London': '2026-12-20', 'Pacific/Auckland': '2026-12-21' };
      expect(localToday(new Date('2026-12-20T11:30:00Z'))).to.equal(later[zone as keyof typeof later]);
    });

    it('shows the same calendar date whatever the time zone, in full', () => {
      const format = dateFormat('en-GB');
      expect(format('2026-12-20')).to.match(/^Sunday,? 20 December 2026$/);
      expect(format('2027-03-14')).to.match(/^Sunday,? 14 March 2027$/);
      expect(dateFormat('en')('2026-12-20')).to.equal('Sunday, December 20, 2026');
      expect(dateFormat('fr')('2026-12-20')).to.equal('dimanche 20 décembre 2026');
    });
  });
}

describe('date formats', () => {
  it('fall back to English for a malformed language tag', () => {
    expect(dateFormat('en_us!')('2026-12-20')).to.equal('Sunday, December 20, 2026');
  });
});
