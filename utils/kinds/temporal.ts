import { allOf, DIGIT, firstMatch, gateSet, wordGate, type KindDetector } from './types';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

/**
 * Around a four-digit number, what makes it a quantity rather than a year: a sum before it ("$2000"), a
 * size ("1800 x 1920"), a count or a measure after it ("2000 people", "2000 grams", "1920 per eye", "2000 mAh").
 */
export const NOT_A_YEAR_BEFORE = String.raw`(?<![$£€¥]\s?|\d\s?[x×]\s?)`;
export const NOT_A_YEAR_AFTER = String.raw`(?!\s*(?:[x×]\s*\d|%)|\s+(?:people|troops|soldiers|votes|jobs|units|homes|per|(?:kilo|milli)?(?:grams?|met(?:er|re)s?|watts?)|[km]?g|[kcm]m|mg|lbs?|pounds|feet|ft|inch(?:es)?|miles|yards|acres|hectares|calories|kcal|pixels|px|m[Aa]h|rpm|mph|words|pages|copies|dollars|euros|yen|rupees)\b)`;

/** A date or time the claim is tied to: it may age, and a reader can check what was true then. */
const PATTERNS = [
  new RegExp(String.raw`\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[5-9]|20)\d\d)?\b`),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})(?:,?\s+(?:1[5-9]|20)\d\d)?\b`),
  new RegExp(String.raw`\b(?:${MONTHS})\s+(?:of\s+)?(?:1[5-9]|20)\d\d\b`),
  /\b\d{4}-\d{2}-\d{2}\b/,
  new RegExp(String.raw`\b(?:in|since|from|until|by|during|before|after|of|between|early|late|mid-?)\s+(?:the\s+)?${NOT_A_YEAR_BEFORE}(?:1[5-9]|20)\d\d(?:s\b|\b${NOT_A_YEAR_AFTER})`, 'i'),
  /\b(?:last|next|this|previous|coming|past)\s+(?:week|month|year|decade|spring|summer|autumn|fall|winter|quarter|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i,
  /\b(?:yesterday|today|tonight|tomorrow|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/,
  /\b(?:in|over|within|for)\s+the\s+(?:past|last|next|coming)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b/i,
  new RegExp(String.raw`\b${NOT_A_YEAR_BEFORE}(?:1[5-9]|20)\d\d\b${NOT_A_YEAR_AFTER}`),
];

/**
 * For each pattern, what it cannot match without (see wordGate): a digit, and its words, each written
 * between \b/\s (a month before "." or "," or a space, "mid" before "-"), so a whole word of the sentence.
 */
const MONTH = wordGate('january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec');
const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NEAR = wordGate('last|next|this|previous|coming|past');
const GATES = gateSet([
  allOf(MONTH, DIGIT),
  allOf(MONTH, DIGIT),
  allOf(MONTH, DIGIT),
  DIGIT,
  allOf(DIGIT, wordGate('in|since|from|until|by|during|before|after|of|between|early|late|mid')),
  allOf(NEAR, wordGate(`week|month|year|decade|spring|summer|autumn|fall|winter|quarter|weekend|${DAY}`)),
  wordGate(`yesterday|today|tonight|tomorrow|${DAY}`),
  allOf(wordGate('in|over|within|for'), wordGate('the'), NEAR, wordGate('days|weeks|months|years|decades')),
  DIGIT,
]);

export const temporal: KindDetector = {
  kind: 'temporal',
  description: 'Tied to a date or time: "in January 2024", "last week"',
  detect: (sentence) => firstMatch(sentence, PATTERNS, GATES),
};
