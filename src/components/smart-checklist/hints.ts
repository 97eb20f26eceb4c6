import type { Criterion } from '../../models/check.js';

/**
 * The hint rule set: a few plain-text checks over a goal's wording, advisory only. Each
 * hint belongs to the criterion it helps with. docs/elements/smart-checklist.md explains
 * every rule with examples.
 */
export const HINTS = {
  vague: 'specific',
  short: 'specific',
  measurable: 'measurable',
  hedged: 'achievable',
  overreach: 'achievable',
  timeBound: 'timeBound',
} as const satisfies Record<string, Criterion>;
export type HintId = keyof typeof HINTS;

const NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen|first|once|twice|half|double';
const UNIT = '(day|week(day|end)?|fortnight|month|year|quarter|morning|night|spring|summer|autumn|winter)s?\\b';
/** How often: a cadence is a deadline and an amount ("one problem set per week", "weekly"). */
const CADENCE = `\\b((dai|week|month|fortnight|night|year)ly\\b|(per|each|every) ${UNIT})`;

/** Dates, durations, deadlines and cadences: "by 30/06/2027", "in 12 weeks", "by Q3", "each week". */
const TIME = new RegExp(
  [
    CADENCE,
    '\\b20\\d\\d(-\\d\\d)*\\b',
    '\\d+(/\\d+)+',
    '\\bq[1-4]\\b',
    '(\\d+\\w* (of )?)?\\b(jan|feb|apr|june?|july?|aug|sept?|oct|nov|dec)(r?uary|il|ust|ember|ober)?\\b( \\d+)?',
    // "March" and "May" are also verbs: only with a date word around them.
    '\\b(\\d+|by|in|of|before|until) (march|may)\\b|\\b(march|may) \\d+',
    '\\b(week|day) \\d+',
    '\\b(mon|tues|wednes|thurs|fri|satur|sun)days?\\b',
    `\\b(\\d+|an?|${NUMBER}|few|next|this|coming|by|in|until|before)[ -](the )?${UNIT}`,
    '\\b(to(day|morrow|night)|deadline|end of)\\b',
  ].join('|'),
  'g',
);
/** Done-or-not outcomes count as measured: passing an exam, publishing, shipping, being hired… */
const MEASURED = new RegExp(`\\d|%|\\b(${NUMBER}|percent)\\b|\\b(pass|publish|ship|launch|release|deploy|submit|finish|complet|certifi|hired|promot|graduat|degree)`);
const VAGUE = 'better|best|more|improve\\w*|learn\\w*|good|great|grow\\w*|upskill\\w*|stronger|progress|up';
/** Vague words, and words that do not name what a goal is about. */
const GENERIC = new RegExp(
  `^(${VAGUE}|i|i'm|want|to|be|a|an|the|my|at|in|on|of|by|and|get|become|do|it|me|work|developer|engineer|programmer|dev|skills?|job|career|coding|programming|tech|code|level)$`,
);
const HEDGED = /\b(try|trying|attempt\w*|hopefully|maybe|perhaps|might|possibly|someday|wish|ideally)\b/;
const OVERREACH = /\b(master(?!')|mastery|expert|perfect\w*|everything|fluent\w*)\b/;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}'+#]+/gu) ?? [];

/**
 * The hints a goal draws, in criterion order. `answers` are the learner's criterion
 * answers: a number in the Measurable answer or a date in the Time-bound answer counts
 * as if it were in the goal.
 */
export function hintsFor(goal: string, answers: Partial<Record<Criterion, string>> = {}): HintId[] {
  const text = goal.toLowerCase().replace(/[’‘]/g, "'");
  const words = wordsOf(text);
  const measured = `${text} ${answers.measurable ?? ''}`.toLowerCase();
  // A deadline does not make vague wording specific: "be better by 2027" is still vague.
  const named = wordsOf(text.replace(TIME, ' '));
  const vague = named.some((w) => new RegExp(`^(${VAGUE})$`).test(w)) && named.every((w) => GENERIC.test(w));
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
