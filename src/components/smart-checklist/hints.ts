import type { Criterion } from '../../models/check.js';

/**
 * The hint rule set: a few plain-text checks over a goal's wording, advisory only. Each
 * hint belongs to the criterion it helps with (its index in CRITERIA: 0 is Specific).
 * docs/elements/smart-checklist.md explains every rule with examples.
 */
export const HINTS = { vague: 0, short: 0, measurable: 1, hedged: 2, overreach: 2, timeBound: 4 } as const;
export type HintId = keyof typeof HINTS;

// Plain regular-expression literals: number words (one… twice) and time units (days… summers)
// are spelled out where they are used.

/** How often: a cadence is a deadline and an amount ("one problem set per week", "weekly"). */
const CADENCE = /\b((dai|week|month|fortnight)ly|(per|each|every) (day|week(day|end)?|month|year|summer)s?\b)/i;

/**
 * Dates, durations, deadlines and cadences: "by 30/06/2027", "in 12 weeks", "by Q3", "each
 * week". "March" and "May" are also verbs: they count only with a date word before them.
 */
const TIME =
  /\b((dai|week|month|fortnight)ly|(per|each|every) (day|week(day|end)?|month|year|summer)s?\b)|\b20\d\d\b[-\d]*|\d+(\/\d+)+|\bq[1-4]\b|(\d+\w* )?\b(jan|feb|apr|june?|july?|aug|sept?|oct|nov|dec)(r?uary|il|ust|ember|ober)?\b|\b(by|in|of) (march|may)\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|first|once|twice|next|this|by|in)[ -](the )?(day|week(day|end)?|month|year|summer)s?\b|end of/gi;

/** Done-or-not outcomes count as measured: passing an exam, publishing, shipping, being hired… */
const MEASURED =
  /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|first|once|twice)\b|\b(pass|publish|ship|launch|deploy|finish|complet|certifi|hired|promot|degree)/i;
const VAGUE = /\b(better|more|improve\w*|learn\w*|good|grow\w*|up)\b/i;
/** Vague words, and words that do not name what a goal is about. */
const GENERIC =
  /^(better|more|improve\w*|learn\w*|good|grow\w*|up|i|want|to|be|a|the|my|at|in|of|by|get|do|it|work|developer|engineer|programmer|skills?|coding|code|level)$/i;
const HEDGED = /\b(try|attempt|hopefully|maybe|perhaps|might|someday)\b/i;
const OVERREACH = /\b(master(?!['’])|expert|perfect\w*|everything|fluent)\b/i;

const wordsOf = (text: string) => text.match(/[\w'’+#]+/g) ?? [];

/**
 * The hints a goal draws, in criterion order. `answers` are the learner's criterion
 * answers: a number in the Measurable answer or a date in the Time-bound answer counts
 * as if it were in the goal.
 */
export function hintsFor(text: string, answers: Partial<Record<Criterion, string>> = {}): HintId[] {
  const words = wordsOf(text);
  const measured = `${text} ${answers.measurable ?? ''}`;
  // A deadline does not make vague wording specific: "be better by 2027" is still vague.
  const named = wordsOf(text.replace(TIME, ' '));
  const vague = VAGUE.test(text) && named.every((w) => GENERIC.test(w));
  const found = [
    vague,
    !vague && words.length < 4,
    !(CADENCE.test(measured) || MEASURED.test(measured.replace(TIME, ' '))),
    HEDGED.test(text),
    OVERREACH.test(text),
    `${text} ${answers.timeBound ?? ''}`.search(TIME) < 0,
  ];
  return words.length ? (Object.keys(HINTS) as HintId[]).filter((_, i) => found[i]) : [];
}
