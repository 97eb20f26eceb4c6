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

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozen|first|single|once|twice|half|double|triple';
const UNITS = 'day|week|weekday|weekend|fortnight|month|year|quarter|semester|term|sprint|morning|evening|night|spring|summer|autumn|fall|winter';

/** Dates, durations, deadlines and cadences: "by 30/06/2027", "in 12 weeks", "by Q3", "each week". */
const TIME = new RegExp(
  [
    String.raw`\d{4}-\d\d-\d\d`,
    String.raw`\b\d{1,2}/\d{1,2}(/\d{2,4})?\b`,
    String.raw`\b(19|20)\d\d\b`,
    String.raw`\bq[1-4]\b`,
    String.raw`(\b\d{1,2}(st|nd|rd|th)? (of )?)?\b(jan(uary)?|feb(ruary)?|apr(il)?|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b( \d{1,2}(st|nd|rd|th)?\b)?`,
    // "March" and "May" are also verbs: only with a date word around them.
    String.raw`\b(\d+(st|nd|rd|th)?|by|in|of|before|until|mid|early|late) (march|may)\b|\b(march|may) \d+`,
    String.raw`\b(day|week|month|sprint) \d+\b`,
    String.raw`\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\b(\d+|an?|${NUMBER_WORDS}|few|couple of|next|this|coming|per|each|every|by|in|until|before)[ -](the )?(${UNITS})s?\b`,
    String.raw`\b(daily|weekly|monthly|fortnightly|quarterly|yearly|annually|nightly|today|tomorrow|tonight|deadline|end of|by the end)\b`,
  ].join('|'),
  'g',
);

/** How often: a cadence is an amount too ("one problem set per week", "three times a week"). */
const CADENCE = new RegExp(
  String.raw`\b(daily|weekly|monthly|fortnightly|nightly|(per|each|every|(?<!\b(in|within|for|after|than|about|over|under|of|just|only) )an?) (${UNITS}))\b`,
);
const NUMBER = new RegExp(String.raw`\d|%|\b(${NUMBER_WORDS}|percent)\b`);
/** Done-or-not outcomes: passing an exam, publishing, shipping, being hired… */
const OUTCOME = /\b(pass|passed|publish|ship|launch|release|deploy|submit|finish|complete|certifi|certified|hired|promot|graduate|degree)/;

const VAGUE = /^(better|best|more|improve\w*|learn\w*|good|great|grow\w*|upskill\w*|stronger|progress|up)$/;
/** Words that do not name what the goal is about. */
const FILLER = new Set(
  "i i'm im want to be a an the my at in on of by within before until and or as will would like get become being really much lot lots way so very am is do make some also just able overall general it things stuff myself me work developer engineer programmer coder dev person professional skill skills skillset knowledge job career coding programming tech code level".split(
    ' ',
  ),
);
const HEDGED = /\b(try|tries|trying|attempt|hopefully|maybe|perhaps|might|possibly|someday|wish|ideally)\b/;
const OVERREACH = /\b(master(?!['’])|mastery|expert|perfect(ly|ion)?|everything|fluent(ly)?)\b/;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}+#]+(['.-][\p{L}\p{N}+#]+)*/gu) ?? [];

/**
 * The hints a goal draws, in criterion order. `answers` are the learner's criterion
 * answers: a number in the Measurable answer or a date in the Time-bound answer counts
 * as if it were in the goal.
 */
export function hintsFor(goal: string, answers: Partial<Record<Criterion, string>> = {}): HintId[] {
  const text = goal.toLowerCase().replace(/[’‘]/g, "'");
  const words = wordsOf(text);
  if (!words.length) return [];
  const timed = `${text} ${answers.timeBound ?? ''}`.toLowerCase();
  const measured = `${text} ${answers.measurable ?? ''}`.toLowerCase();
  // A deadline does not make vague wording specific: "be better by 2027" is still vague.
  const named = wordsOf(text.replace(TIME, ' '));
  const vague = named.some((w) => VAGUE.test(w)) && named.every((w) => VAGUE.test(w) || FILLER.has(w));
  const found: Record<HintId, boolean> = {
    vague,
    short: !vague && words.length < 4,
    measurable: !(CADENCE.test(measured) || NUMBER.test(measured.replace(TIME, ' ')) || OUTCOME.test(measured)),
    hedged: HEDGED.test(text),
    overreach: OVERREACH.test(text),
    timeBound: timed.replace(TIME, '') === timed,
  };
  return (Object.keys(HINTS) as HintId[]).filter((id) => found[id]);
}
