import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendar, escapeText, fold } from '../../src/export/ics.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar export', () => {
  const events = [
    { uid: 'interview-1@goalkit', date: '2027-01-17', summary: 'Informational interview', description: 'Ask about; their path, team\\stack\nand hiring' },
    { uid: 'blog@goalkit', date: '2027-02-14', summary: 'Blog post: “Open source, first steps” — with a long title that needs folding because it is long' },
  ];
  const text = calendar(events, new Date('2027-01-04T09:30:00Z'));

  it('is valid RFC 5545 that an iCalendar parser reads back', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.getFirstPropertyValue('prodid')).to.equal('-//goalkit//goalkit//EN');
    expect(component.getFirstPropertyValue('version')).to.equal('2.0');
    const vevents = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).to.have.length(2);
    expect(vevents[0].uid).to.equal('interview-1@goalkit');
    expect(vevents[0].summary).to.equal('Informational interview');
    expect(vevents[0].description).to.equal('Ask about; their path, team\\stack\nand hiring');
    expect(vevents[0].startDate.isDate, 'all-day').to.equal(true);
    expect(vevents[0].startDate.toString()).to.equal('2027-01-17');
    expect(vevents[0].endDate.toString()).to.equal('2027-01-18');
    expect(vevents[1].summary).to.equal(events[1].summary);
    expect(vevents[1].startDate.toString()).to.equal('2027-02-14');
    expect(String(component.getAllSubcomponents('vevent')[0].getFirstPropertyValue('dtstamp'))).to.equal('2027-01-04T09:30:00Z');
  });

  it('ends lines with CRLF and folds them at 75 octets', () => {
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line), line).to.be.at.most(75);
    expect(text).to.include('DTSTART;VALUE=DATE:20270117');
  });

  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).to.be.at.most(75);
    expect(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
  });
});
