import { isTitleCase, lastWord } from '../analyze/attribution';
import { NUMBER_WORDS } from '../analyze/number-words';
import { firstDigitAt, firstWordAt, type KindDetector, type KindMatch } from './types';

const UNITS =
  /^(?:percent|per cent|%|percentage points?|points?|million|billion|trillion|thousand|hundred|people|persons|personnel|troops|soldiers|dollars|euros|pounds|yen|km|kilometres|kilometers|miles|tonnes|tons|barrels|years|months|weeks|days|hours|times|cases|deaths|votes|jobs|units)\b/i;
const ADJECTIVES = /^(?:major|new|more|additional|other|special|separate|extra|further|large|small|key|main|confirmed|reported|armed|active)$/i;

/**
 * A digit group that is not a year, a time of day or a date, or a number word. A sum may end in its size
 * ("£4.9m", "$5bn"); a plain number may start a range ("10-12 people", "3-4%": RANGE_END takes the rest),
 * but not a word ("10-year-old") or a longer code ("555-1234").
 */
const NUMBER = new RegExp(
  String.raw`(?<![\w.,])(?:(?:US|A|C|NZ|HK|S)?[$€£¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|(?<![\w.,$€£¥])(?:[$€£¥]\s?)?\d+(?:\.\d+)?\s?%|[$€£¥]\s?\d+(?:\.\d+)?(?:(?:bn|tn|m|k)(?![a-z]))?|(?<![\w.,:/-])\d+(?:\.\d+)?(?:GHz|MHz|kHz|GB|MB|TB|kg|km|mm|cm|mAh|kWh|kW|MW|GW|mph)\b|(?<![\w.,:/-])\d+(?:\.\d+)?(?![\w:/]|-(?!\d{1,3}(?![\d-]))|[.,]\d)|\b(?:${NUMBER_WORDS})\b`,
  'gi',
);
/** The other end of a range after a figure: "78 to 79 percent", "$3-4 billion", "10–12 people". */
const RANGE_END = /^\s?(?:to|-|–|—)\s?(?:[$€£¥]\s?)?\d+(?:,\d{3})*(?:\.\d+)?(?![\w.,]\d)(?:\s?%)?/;
/** The ones after a number word of tens, or a multiple after a number word: "thirty-two", "Twenty-five", "two-hundred". */
const HYPHENED_ONES = /^-(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion)\b/i;
const O_CLOCK = /^\s+o['’]clock\b/i;
/** The rest of a fraction after its number word: "two-thirds", "three-quarters". */
const FRACTION_AFTER = /^-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b/i;
/** A share told as a ratio: "three in four", "1 in 5", "9 out of 10" (not "3 in 2019": a year has four digits). */
const RATIO = /^ (?:in|out of) (?:\d{1,3}(?!\d|[.,]\d)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a thousand|hundred|thousand)\b/i;
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
const LABEL_WORDS = new Set(
  'section sections chapter chapters version versions v page pages p pp figure figures fig table tables step steps part parts volume volumes vol issue issues no number numbers rfc episode episodes season seasons article articles rule rules level levels route routes bug bugs room rooms line lines verse verses act acts scene scenes paragraph paragraphs appendix clause clauses item items exhibit exhibits amendment amendments phase phases stage stages gate gates platform platforms flight flights channel channels district districts ward wards precinct precincts game games week day round model series generation gen tier grade class type'.split(' '),
);
/** Capitalised words that lead a quantity after a colon or a quote ("The toll: About 40 people"). */
const QUANTITY_LEAD = new Set('About Nearly Almost Around Over Under Some Roughly Approximately Only Just More Fewer Less At By To Up Down With Of In On For From And Or But The All Another Top Than'.split(' '));
/** Words after a number that do not say what it counts ("Interstate 10 when…", "was eighty-seven when…"). */
const NOT_COUNTED = new Set(
  'and or but when while as at in on of to for with from by is was are were has had have will would that which who the a an he she it they we you i his her its their our my your me him them us got gets said says saw made did does do can could should may might must shall be been being'.split(' '),
);
/** What may follow a sum or a capitalised word after a figure and still be part of it: "$238 billion", "$1 Trillion". */
const MAGNITUDE = /^(?:hundred|thousand|million|billion|trillion|crore|lakh)s?$/i;
/** Units written with capitals, or as a currency's name. */
const UNIT_SYMBOL = /^(?:[kMGT]?Hz|[KMGT]i?B|[kMG]?W|[kMG]Wh|mAh|USD|EUR|GBP|Euros?|Dollars?|Pounds?)$/;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9-]*$/;
const MONTHS = new Set('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));

/**
 * Whether the plain number at `index`, `length` long, is a label's or a name's ("section 10", "Firefox
 * 85") rather than a quantity. After a name, a number followed by what it counts is still one ("gave
 * Trump 36 electoral votes"). Words are looked up in sets, not matched by patterns: this runs for most
 * numbers of a page's first analysis, where each new pattern is compiled first.
 */
function namesSomething(sentence: string, index: number, length: number): boolean {
  const before = wordBefore(sentence, index);
  if (!before) return false;
  const { word, start } = before;
  if (LABEL_WORDS.has(word.toLowerCase())) return true;
  // A name: capitalised, with a small letter ("Firefox", "PlayStation", not "NATO"), not the sentence's
  // first word; or a brand that starts small and goes on in capitals ("iPhone 4", "iPad 2", "eBay").
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  const brand = first >= 97 && first <= 122 && second >= 65 && second <= 90;
  if (start === 0 || !((first >= 65 && first <= 90) || brand) || !PLAIN_WORD.test(word) || word.toUpperCase() === word || QUANTITY_LEAD.has(word) || MONTHS.has(word)) return false;
  const next = /^\s+([a-z][\w-]*)/.exec(sentence.slice(index + length, index + length + 24));
  if (!next || NOT_COUNTED.has(next[1])) return true;
  // "the Formula 1 team", "a Boeing 737 pilot": after a determiner, a name and its number describe the
  // noun that follows; a count after a name follows a verb ("gave Trump 36 votes"). A plural is a group
  // given the count ("gave the Tories 36 more seats"), and a compound is no name ("an MLB-worst 17 times").
  if (start < 2 || word.includes('-') || word.endsWith('s')) return false;
  let determiner = start - 1;
  while (determiner > 0 && sentence.charCodeAt(determiner - 1) !== 32) determiner--;
  return NAME_DETERMINERS.has(sentence.slice(determiner, start - 1).toLowerCase());
}

/**
 * The word right before the number at `index` (a space between them), without an opening bracket or a
 * closing full stop, and where it starts (0: the sentence's first word); null when none stands there.
 */
function wordBefore(sentence: string, index: number): { word: string; start: number } | null {
  const end = index - 1;
  if (end <= 0 || sentence.charCodeAt(end) !== 32) return null;
  let start = end;
  while (start > 0 && sentence.charCodeAt(start - 1) !== 32) start--;
  let word = sentence.slice(start, end);
  if (word.startsWith('(')) word = word.slice(1);
  if (word.endsWith('.')) word = word.slice(0, -1);
  return { word, start };
}

/**
 * Whether the decimal at `index`, `length` long, is a version ("iOS 8.2", "macOS 10.14", "QGIS 2.8", "Red Hat 7.2",
 * "OAuth 2.0") rather than a quantity: it follows a name (capitalised, a brand such as "iOS", or
 * letters in capitals) that is not the sentence's first word, or a label ("version 2.0", "section 4.1");
 * and no unit follows it ("gave Acme 1.5 million", "HP 2.5 percent" stay figures).
 */
function namesVersion(sentence: string, index: number, length: number): boolean {
  const before = wordBefore(sentence, index);
  if (!before) return false;
  const { word, start } = before;
  // "Version 2.0 took…", "in section 4.1": a label's number.
  if (LABEL_WORDS.has(word.toLowerCase())) return true;
  const first = word.charCodeAt(0);
  const brand = first >= 97 && first <= 122 && /^[a-z]+[A-Z]/.test(word);
  if (start === 0 || !((first >= 65 && first <= 90) || brand) || !/^[A-Za-z][A-Za-z-]*[A-Za-z]$/.test(word) || QUANTITY_LEAD.has(word) || MONTHS.has(word)) return false;
  const next = /^\s*([A-Za-z%]+)/.exec(sentence.slice(index + length, index + length + 24));
  return !next || !(UNITS.test(next[1]) || MAGNITUDE.test(next[1]) || UNIT_SYMBOL.test(next[1]) || next[1] === '%');
}

/** Determiners before a name and its number: "the Apollo 11 crew". */
const NAME_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** A capitalised word and the space after it, at the end of a text. */
const TITLE_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{Ll}’'-]+\s+$/u;

/** Finds the first number that counts something (not a year or a day of the month), with its unit. */
export function findQuantity(sentence: string): KindMatch | null {
  const digitAt = firstDigitAt(sentence);
  const wordAt = FIRST_NUMBER_WORD_AT(sentence);
  let re: RegExp;
  let from: number;
  if (digitAt >= 0) {
    re = NUMBER;
    // A match holds a digit, at most a currency's letters and sign ("US$") and one space after its
    // start, or is a number word: none starts before the first of either.
    from = Math.max(0, wordAt >= 0 ? Math.min(wordAt, digitAt - 4) : digitAt - 4);
  } else if (wordAt >= 0) {
    re = NUMBER_WORD;
    from = wordAt;
  } else return null;
  re.lastIndex = from;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const num = m[0];
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (YEAR.test(num)) continue;
    // "In ’80 he married…", "the 1977–78 team": a year written short, alone or ending a span of years.
    if (/^\d\d$/.test(num) && /[’']$|(?:1[5-9]|20)\d\d[–—]$/.test(before)) continue;
    // "First, Turkey; second, Nippers; third, Ginger Nut": an item's place in a list, not a share ("cut by
    // a third, officials said" is one).
    if ((num === 'third' || num === 'Third') && /[,:]/.test(sentence.charAt(m.index + 5)) && !/\b(?:a|one|two)\s+$/i.test(before)) continue;
    // "the Final Four", "the Big Ten": a capitalised number word after a capitalised word is part of a name.
    if (isTitleCase(num) && TITLE_WORD_BEFORE.test(before) && !QUANTITY_LEAD.has(lastWord(before))) continue;
    // "[12]": a reference marker, the number of a note; "[1]: 207", the page it cites.
    if (sentence.charCodeAt(m.index - 1) === 91 && sentence.charCodeAt(m.index + num.length) === 93) continue;
    if (before.includes(']:') && /\]:\s?$/.test(before)) continue;
    // "section 10", "version 3", "Firefox 85", "PlayStation 4": a number that names something, not a quantity.
    if (/^\d+$/.test(num) && namesSomething(sentence, m.index, num.length)) continue;
    // "iOS 8.2 or later", "a Red Hat 7.2 machine": a version, not a quantity.
    if (/^\d+\.\d+$/.test(num) && namesVersion(sentence, m.index, num.length)) continue;
    // "January 5", "5 January": dates are temporal, not numeric.
    if (/^\d{1,2}$/.test(num) && (MONTH_BEFORE.test(before) || /^\s*(?:st|nd|rd|th)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(sentence.slice(m.index + num.length)))) continue;
    // "two regional diplomats said": a count of sources, not a figure to check.
    if (/^\p{L}/u.test(num) && SOURCE_COUNT.test(sentence.slice(m.index + num.length))) continue;
    // The whole number: "thirty-two", "three in four", "9 out of 10".
    let evidence = num;
    let rest = sentence.slice(m.index + num.length);
    // "thirty-two", "two-hundred", "two-thirds": one number. "three-tiered", "eight-year-old", "third-party":
    // a word made with a number counts nothing, as "10-year-old" does not; "twelve o'clock" is a time.
    const hyphen = rest.charCodeAt(0) === 45 && /^\p{L}/u.test(num);
    const joined = hyphen ? (HYPHENED_ONES.exec(rest) ?? FRACTION_AFTER.exec(rest)) : null;
    if (joined) {
      evidence += joined[0];
      rest = rest.slice(joined[0].length);
    } else if (hyphen || O_CLOCK.test(rest)) {
      continue;
    }
    const range = /\d%?$/.test(num) ? RANGE_END.exec(rest) : null;
    if (range) {
      evidence += range[0];
      rest = rest.slice(range[0].length);
    }
    // "1 in 5": a plain number; "$2.3m in 46 new grants" is a sum and then another figure.
    const ratio = /^(?:\d+|\p{L}+)$/u.test(num) ? RATIO.exec(rest) : null;
    if (ratio) {
      evidence += ratio[0];
      rest = rest.slice(ratio[0].length);
    }
    // Single words like "one" or "two" in "one of the", "two-thirds" still count when followed by a noun.
    const words = rest.match(/^\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?/);
    // A figure with its unit attached ("2.4GHz", "8GB") says what it counts already.
    if (words && !/%$/.test(evidence) && !/\d[a-z]+$/i.test(evidence)) {
      const first = words[1];
      // After a sum ("$1,000 Meta Quest", "$35 ticket") or before a capitalised word ("80 New York Avenue"),
      // only a size belongs to the figure: what follows a sum is what it buys, a name is no unit.
      // A capitalised plural is still what is counted ("21 Christians", "155,000 Realtors"), unless a name
      // goes on ("Three Kings Islands"); a unit's symbol is one whatever its case ("915 MHz", "50 Euro").
      const titled = first.charCodeAt(0) <= 90 && first !== first.toUpperCase();
      const sum = /^[$€£¥]/.test(evidence);
      const counted =
        MAGNITUDE.test(first) ||
        UNIT_SYMBOL.test(first) ||
        (!sum && (!titled || (/^[A-Z][a-z-]*[a-z]s$/.test(first) && !/^\s+[A-Z]/.test(rest.slice(words[0].indexOf(first) + first.length)))));
      if (!NOT_COUNTED.has(first.toLowerCase()) && counted) {
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
