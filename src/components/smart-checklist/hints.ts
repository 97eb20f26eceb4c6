import type { Criterion } from '../../models/check.js';

/**
 * The hint rule set: a few plain-text checks over a goal's wording, advisory only. Each
 * hint belongs to the criterion it helps with (its index in CRITERIA: 0 is Specific).
 * docs/elements/smart-checklist.md explains every rule with examples.
 */
export const HINTS = { vague: 0, short: 0, measurable: 1, hedged: 2, overreach: 2, timeBound: 4 } as const;
export type HintId = keyof typeof HINTS;

const NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|first|once|twice';
const UNIT = '(day|week(day|end)?|month|year|summer)s?\\b';
/** How often: a cadence is a deadline and an amount ("one problem set per week", "weekly"). */
const CADENCE = `\\b((dai|week|month|fortnight)ly|(per|each|every) ${UNIT})`;

/** Dates, durations, deadlines and cadences: "by 30/06/2027", "in 12 weeks", "by Q3", "each week". */
const TIME = new RegExp(
  [
    CADENCE,
    '\\b20\\d\\d\\b[-\\d]*',
    '\\d+(/\\d+)+',
    '\\bq[1-4]\\b',
    '(\\d+\\w* )?\\b(jan|feb|apr|june?|july?|aug|sept?|oct|nov|dec)(r?uary|il|ust|ember|ober)?\\b',
    // "March" and "May" are also verbs: only with a date word before them.
    '\\b(by|in|of) (march|may)\\b',
    '\\b(mon|tues|wednes|thurs|fri|satur|sun)day',
    `\\b(\\d+|an?|${NUMBER}|next|this|by|in)[ -](the )?${UNIT}`,
    'end of',
  ].join('|'),
  'g',
);
/** Done-or-not outcomes count as measured: passing an exam, publishing, shipping, being hired… */
const MEASURED = new RegExp(`\\d|%|\\b(${NUMBER})\\b|\\b(pass|publish|ship|launch|deploy|finish|complet|certifi|hired|promot|degree)`);
const VAGUE = 'better|more|improve\\w*|learn\\w*|good|grow\\w*|up';
/** Vague words, and words that do not name what a goal is about. */
const GENERIC = new RegExp(`^(${VAGUE}|i|want|to|be|a|the|my|at|in|of|by|get|do|it|work|developer|engineer|programmer|skills?|coding|code|level)$`);
const HEDGED = /\b(try|attempt|hopefully|maybe|perhaps|might|someday)\b/;
const OVERREACH = /\b(master(?!['’])|expert|perfect\w*|everything|fluent)\b/;

const wordsOf = (text: string) => text.match(/[\w'’+#]+/g) ?? [];

/**
 * The hints a goal draws, in criterion order. `answers` are the learner's criterion
 * answers: a number in the Measurable answer or a date in the Time-bound answer counts
 * as if it were in the goal.
 */
export function hintsFor(goal: string, answers: Partial<Record<Criterion, string>> = {}): HintId[] {
  const text = goal.toLowerCase();
  const words = wordsOf(text);
  const measured = `${text} ${answers.measurable ?? ''}`.toLowerCase();
  // A deadline does not make vague wording specific: "be better by 2027" is still vague.
  const named = wordsOf(text.replace(TIME, ' '));
  const vague = new RegExp(`\\b(${VAGUE})\\b`).test(text) && named.every((w) => GENERIC.test(w));
  const found = [
    vague,
    !vague && words.length < 4,
    !(new RegExp(CADENCE).test(measured) || MEASURED.test(measured.replace(TIME, ' '))),
    HEDGED.test(text),
    OVERREACH.test(text),
    `${text} ${answers.timeBound ?? ''}`.toLowerCase().search(TIME) < 0,
  ];
  return words.length ? (Object.keys(HINTS) as HintId[]).filter((_, i) => found[i]) : [];
}
