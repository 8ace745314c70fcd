import { firstDigitAt, firstWordAt, type KindDetector, type KindMatch } from './types';

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|third|quarter|twice|double|triple|tripled|doubled|halved';
const UNITS =
  /^(?:percent|per cent|%|percentage points?|points?|million|billion|trillion|thousand|hundred|people|persons|personnel|troops|soldiers|dollars|euros|pounds|yen|km|kilometres|kilometers|miles|tonnes|tons|barrels|years|months|weeks|days|hours|times|cases|deaths|votes|jobs|units)\b/i;
const ADJECTIVES = /^(?:major|new|more|additional|other|special|separate|extra|further|large|small|key|main|confirmed|reported|armed|active)$/i;

/** A digit group that is not a year, a time of day or a date, or a number word. */
const NUMBER = new RegExp(
  String.raw`(?<![\w.,])(?:[$€£¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|(?<![\w.,$€£¥])(?:[$€£¥]\s?)?\d+(?:\.\d+)?\s?%|[$€£¥]\s?\d+(?:\.\d+)?|(?<![\w.,:/-])\d+(?:\.\d+)?(?![\w:/-]|,\d)|\b(?:${NUMBER_WORDS})\b`,
  'gi',
);
const SOURCE_COUNT = /^\s+(?:[a-z]+\s+){0,2}(?:officials|sources|diplomats|aides|analysts|witnesses|people familiar|insiders|residents)\b/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/;

/**
 * NUMBER's last alternative alone. Every other alternative needs a digit, so in a sentence without one
 * NUMBER finds exactly what this finds, and it finds nothing without one of NUMBER_WORDS as a whole word.
 */
const NUMBER_WORD = new RegExp(String.raw`\b(?:${NUMBER_WORDS})\b`, 'gi');
const FIRST_NUMBER_WORD_AT = firstWordAt(NUMBER_WORDS);

/** Words a number after which is a label: "section 10", "page 4", "episode 2", "bug 1654684". */
const LABEL_WORD =
  /(?:^|[\s(])(?:sections?|chapters?|versions?|v|pages?|pp?|figures?|fig|tables?|steps?|parts?|volumes?|vol|issues?|no|numbers?|rfc|episodes?|seasons?|articles?|rules?|levels?|routes?|bugs?|rooms?|lines?|verses?|acts?|scenes?|paragraphs?|appendix|clauses?|items?|exhibits?|amendments?|phases?|stages?|gates?|platforms?|flights?|channels?|districts?|wards?|precincts?|games?|week|day|round|model|series|generation|gen|level|tier|grade|class|type)\.?\s$/i;
/** A capitalised word inside a sentence, just before the number: a product or place's name ("Firefox 85"). */
const NAME_BEFORE = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}-]*\p{Ll}[\p{L}\p{N}-]*\s$/u;

/** Capitalised words that lead a quantity after a colon or a quote ("The toll: About 40 people"). */
const QUANTITY_LEAD = /(?:^|\s)(?:About|Nearly|Almost|Around|Over|Under|Some|Roughly|Approximately|Only|Just|More|Fewer|Less|At|By|To|Up|Down|With|Of|In|On|For|From|And|Or|But|The|All|Another|Top|Than)\s$/;

/** A word after a number that says what it counts: "36 electoral votes", "737 flights" (not "when", "and"). */
const COUNTED_NEXT = /^\s+(?!(?:and|or|but|when|while|as|at|in|on|of|to|for|with|from|by|is|was|are|were|has|had|have|will|would|that|which|who|the|a|an)\b)\p{Ll}/u;

/**
 * Whether the plain number at `index`, `length` long, is a label's or a name's ("section 10", "Firefox
 * 85") rather than a quantity. After a name, a number followed by what it counts is still one ("gave
 * Trump 36 electoral votes").
 */
function namesSomething(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(Math.max(0, index - 30), index);
  if (LABEL_WORD.test(before)) return true;
  return NAME_BEFORE.test(before) && !MONTH_BEFORE.test(before) && !QUANTITY_LEAD.test(before) && !COUNTED_NEXT.test(sentence.slice(index + length, index + length + 20));
}

/** Finds the first number that counts something (not a year or a day of the month), with its unit. */
export function findQuantity(sentence: string): KindMatch | null {
  const digitAt = firstDigitAt(sentence);
  const wordAt = FIRST_NUMBER_WORD_AT(sentence);
  let re: RegExp;
  let from: number;
  if (digitAt >= 0) {
    re = NUMBER;
    // A match holds a digit, at most a currency sign and one space after its start, or is a number
    // word: none starts before the first of either.
    from = Math.max(0, wordAt >= 0 ? Math.min(wordAt, digitAt - 2) : digitAt - 2);
  } else if (wordAt >= 0) {
    re = NUMBER_WORD;
    from = wordAt;
  } else return null;
  re.lastIndex = from;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const num = m[0];
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (YEAR.test(num)) continue;
    // "[12]": a reference marker, the number of a note; "[1]: 207", the page it cites.
    if (sentence.charCodeAt(m.index - 1) === 91 && sentence.charCodeAt(m.index + num.length) === 93) continue;
    if (/\]:\s?$/.test(before)) continue;
    // "section 10", "version 3", "Firefox 85", "PlayStation 4": a number that names something, not a quantity.
    if (/^\d+$/.test(num) && namesSomething(sentence, m.index, num.length)) continue;
    // "January 5", "5 January": dates are temporal, not numeric.
    if (/^\d{1,2}$/.test(num) && (MONTH_BEFORE.test(before) || /^\s*(?:st|nd|rd|th)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(sentence.slice(m.index + num.length)))) continue;
    // "two regional diplomats said": a count of sources, not a figure to check.
    if (/^\p{L}/u.test(num) && SOURCE_COUNT.test(sentence.slice(m.index + num.length))) continue;
    // Single words like "one" or "two" in "one of the", "two-thirds" still count when followed by a noun.
    const rest = sentence.slice(m.index + num.length);
    const words = rest.match(/^\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?/);
    let evidence = num;
    if (words && !/%$/.test(num)) {
      const first = words[1];
      if (!/^(?:of|to|and|or|the|a|in|on|at|for|by|with|from|that|which|who|was|were|is|are|has|have|had)$/i.test(first)) {
        evidence += ` ${first}`;
        const per = /^\s+[A-Za-z][\w-]*\s+(per\s+(?:billion|million|thousand|hundred|cent|capita|day|week|month|year|hour|person|head|kilometre|kilometer|mile|litre|liter))\b/i.exec(rest);
        if (per) evidence += ` ${per[1]}`;
        else if (words[2] && ADJECTIVES.test(first) && !/^(?:of|to|and|or|the|in|on|for)$/i.test(words[2])) evidence += ` ${words[2]}`;
        else if (UNITS.test(first) && words[2] && /^(?:of|in)$/i.test(words[2]) === false && /^(?:people|dollars|euros|pounds|barrels|troops|jobs)$/i.test(words[2])) evidence += ` ${words[2]}`;
      }
    }
    return { evidence, index: m.index };
  }
  return null;
}

export const numeric: KindDetector = {
  kind: 'numeric',
  description: 'States a quantity: "12,000 personnel", "4.1 percent", "$3 billion"',
  detect: findQuantity,
};
