// The content every variant of a cell shows, in goalkit's stored-data shape (GoalData):
// goalkit reads it from IndexedDB after the seeding page wrote it; the floor and the peers
// build their DOM from it in memory.

/** The six resource lists of the `define` template, with their English labels. */
export const LISTS = [
  ['learning', 'Books, blogs, talks, podcasts and courses'],
  ['mentors', 'Mentors'],
  ['events', 'Meetups and conferences'],
  ['build', 'Things to build'],
  ['talks', 'Talk ideas'],
  ['openSource', 'Open-source projects'],
];

/** Items of one goal spread over its lists: 10 items as 2, 2, 2, 2, 1, 1. */
const SPREAD = [2, 2, 2, 2, 1, 1];
export const ITEMS_PER_GOAL = 10;
export const ROWS_PER_CHECKLIST = 5;

export const START_DATE = '2027-01-04';
export const TODAY = '2027-04-01';

/** Worksheet of N resource items: N / 10 goals (at least one), 10 items each. */
export function worksheetData(n) {
  const goals = {};
  const goalOrder = [];
  const count = Math.max(1, Math.round(n / ITEMS_PER_GOAL));
  let made = 0;
  for (let g = 1; g <= count; g++) {
    const key = `${g}`;
    const lists = {};
    LISTS.forEach(([list], l) => {
      const items = {};
      const order = [];
      for (let i = 0; i < SPREAD[l] && made < n; i++, made++) {
        const item = `i${g}x${l}x${i}`;
        items[item] = {
          text: `Resource ${made + 1} for goal ${g}`,
          href: made % 3 === 0 ? `https://example.com/resource/${made + 1}` : '',
          done: made % 4 === 0,
          removed: false,
        };
        order.push(item);
      }
      lists[list] = { items, order };
    });
    goals[key] = {
      title: `Goal ${g}: ship a small open-source library`,
      fields: {
        now: 'I can read TypeScript but have never published a package.',
        success: 'Three releases on npm, used by two other projects.',
        why: 'It shows my work to employers and teaches me to maintain code.',
      },
      lists,
      removed: false,
      created: 1_800_000_000_000 + g,
    };
    goalOrder.push(key);
  }
  return { goals, goalOrder, checks: {}, timelines: {} };
}

export const CRITERIA = [
  ['specific', 'Specific', 'What exactly will you do, and what will be different?'],
  ['measurable', 'Measurable', 'How will you measure progress and know you are done?'],
  ['achievable', 'Achievable', 'Can you do it with the time and means you have?'],
  ['realistic', 'Realistic', 'Is it realistic for you now, and worth it?'],
  ['timeBound', 'Time-bound', 'By when will it be done? What are the steps and dates?'],
];

/** Checklist rows: N criteria rows are N / 5 checklists (at least one), keyed `own-c1`, `own-c2`… */
export function checklistData(n) {
  const checks = {};
  const count = Math.max(1, Math.round(n / ROWS_PER_CHECKLIST));
  for (let c = 1; c <= count; c++) {
    const answers = {};
    const met = {};
    CRITERIA.forEach(([key], i) => {
      answers[key] = `Answer ${i + 1} of checklist ${c}: a sentence or two about it.`;
      met[key] = (c + i) % 2 === 0;
    });
    checks[`own-c${c}`] = {
      statement: `Pass the AWS Cloud Practitioner exam with a score above 80% by 30 June 2027 (${c})`,
      answers,
      met,
      dismissed: [],
    };
  }
  return { goals: {}, goalOrder: [], checks, timelines: {} };
}

function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** N milestones of the learner's own, due over one year from START_DATE, the first quarter done. */
export function timelineData(n) {
  const milestones = {};
  const order = [];
  for (let m = 1; m <= n; m++) {
    const key = `m${m}`;
    milestones[key] = {
      title: `Milestone ${m}`,
      due: addDays(START_DATE, Math.floor(((m - 1) * 364) / n)),
      count: 1,
      done: m <= n / 4 ? 1 : 0,
      notes: m % 2 ? 'Book the call a week ahead.' : '',
      preset: false,
      removed: false,
    };
    order.push(key);
  }
  return { goals: {}, goalOrder: [], checks: {}, timelines: { t: { startDate: START_DATE, goal: '', milestones, order } } };
}

export const DATA = { worksheet: worksheetData, checklist: checklistData, timeline: timelineData };

/** The storage key each benchmark cell's goalkit data lives under. */
export const storageKey = (kind, n) => `bench-${kind}-${n}`;

/** How many rows a rendered cell must show: the check that every variant shows all of it. */
export function expectedRows(kind, n) {
  if (kind === 'checklist') return Math.max(1, Math.round(n / ROWS_PER_CHECKLIST)) * ROWS_PER_CHECKLIST;
  return n;
}

/** How an author would place goalkit on the page for a cell: the tags and their attributes. */
export function goalkitMarkup(kind, n, key = storageKey(kind, n)) {
  if (kind === 'worksheet') {
    const goals = Math.max(1, Math.round(n / ITEMS_PER_GOAL));
    return `<goal-definer storage-key="${key}" goals="${goals}" max-goals="${goals}"></goal-definer>`;
  }
  if (kind === 'checklist') {
    const count = Math.max(1, Math.round(n / ROWS_PER_CHECKLIST));
    return Array.from({ length: count }, (_, i) => `<smart-checklist storage-key="${key}" id="c${i + 1}"></smart-checklist>`).join('\n');
  }
  return `<milestone-timeline storage-key="${key}" id="t" start-date="${START_DATE}" today="${TODAY}"></milestone-timeline>`;
}
