import { ADJECTIVAL_ED } from '../analyze/score';
import { NOT_A_YEAR_AFTER, NOT_A_YEAR_BEFORE } from '../kinds/temporal';
import { note, type NoteRule } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How many months older than the article a dated claim must be before the note says it may have aged. */
export const OUTDATED_MONTHS = 24;

/**
 * A year, with its month when the sentence gives one: "March 2019", "May 4, 2018", "in 2016". Not a
 * decade ("1990s") or a span ("2017-18", whose months are unknown), nor a quantity that looks like a year ("2000 grams", "1800 x 1920", "$2000").
 */
const DATE = new RegExp(
  String.raw`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?${NOT_A_YEAR_BEFORE}((?:19|20)\d\d)\b(?![-/]\d)${NOT_A_YEAR_AFTER}`,
  'g',
);

/** "since 2019", "since the 1996 election", "between 2019 and…": the claim runs on from that date, so it does not age it. */
const ONGOING_BEFORE = /\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|between|as\s+of)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * "since coming to power in 2009", "since the building’s revamp in 2008", "since independence in 1980":
 * a date inside a "since" phrase starts what runs on to now.
 */
const SINCE_BEFORE = /\bsince\s+(?:[^\s,;:.!?]+\s+){1,10}?(?:in|of)\s+$/i;

/** "the Investment Company Act of 1940", "the Treaty of 1783": the year is part of a name. */
const NAMED_BY_YEAR_BEFORE = /\b(?:Act|Law|Treaty|Convention|Accord|Compromise|Charter|Constitution)\s+of\s+$/;

const YEAR = /(?:19|20)\d\d/;

/**
 * A verb in the present tense that states how things are: "is", "has", "remains", "ranks". Not the "own"
 * of "its own treaties", an adjective after a possessive.
 */
const PRESENT_STATE =
  /\b(?:is|are|has|have|remains?|stays?|stands?|holds?|ranks?|employs?|owns|(?<!\b(?:its|his|her|their|our|my|your|one's|one’s)\s+)own|controls?|accounts?\s+for|counts?|totals?|lives?|costs?|makes?\s+up|leads?)\b/i;

interface DatedWords {
  words: string;
  /** Months since year 0, for comparison. */
  months: number;
  /** Where the date's words start in the sentence. */
  index: number;
}

/**
 * Verbs of things that happen once and stay done: a date tied to one dates an event ("founded in 1998",
 * "was imprisoned in 2012"), which no later year undoes.
 */
const EVENT_VERBS =
  '(?:born|died|founded|co-founded|created|established|formed|launched|introduced|released|published|premiered|debuted|unveiled|signed|ratified|enacted|elected|appointed|hired|fired|resigned|retired|married|divorced|arrested|imprisoned|jailed|convicted|sentenced|executed|killed|murdered|assassinated|attacked|invaded|bombed|blew\\s+up|destroyed|won|discovered|invented|acquired|merged|embarked|graduated|captured|built|opened|started|began|begun|staged|occurred|happened|struck|erupted|took\\s+place|broke\\s+out|abolished|adopted|visited|arrived|landed|sank|crashed|collapsed|stormed|seized|defeated|slaughtered|massacred|(?:first|was|were)\\s+held)';
/** An event verb a few words before the date, in the same clause: "created in 1998", "founded her own company in Cambridge in 1976". */
const EVENT_BEFORE = new RegExp(`\\b${EVENT_VERBS}\\b(?:\\s+[^\\s,;:.!?]+){0,6}?\\s+$`, 'i');
/** A date that opens its clause ("In 1998, …"), and the event verb of that clause. */
const OPENS_CLAUSE = /(?:^|[,;:]\s*)(?:in|on|during)\s+(?:\d{1,2}\s+|(?:early|late|mid-?)\s*)?$/i;
const EVENT_AFTER = new RegExp(`^,?\\s+(?:[^\\s,;:.!?]+\\s+){0,8}?${EVENT_VERBS}\\b`, 'i');
/** A date a "when" clause tells the event of: "in 2012 when they released the original Model B". */
const WHEN_EVENT_AFTER = new RegExp(`^,?\\s+when\\s+(?:[^\\s,;:.!?]+\\s+){0,4}?${EVENT_VERBS}\\b`, 'i');

/**
 * Verbs that give a state, a level or a share as it stood ("existed", "spent", "held", "rose to",
 * "accounted for") or report what someone said or found: a date beside them dates what ages, not an event.
 */
const LEVEL_OR_REPORT = new Set(
  'was were had held existed lived belonged seemed rose fell grew spent cost made earned reached totaled totalled accounted amounted averaged numbered exceeded increased decreased declined dropped jumped doubled tripled peaked topped recorded measured employed experienced received represented comprised ranked rated valued owned controlled included counted remained stayed stood saw kept said noted reported stated added claimed argued explained estimated wrote told announced showed suggested concluded revealed projected expected planned scheduled forecast predicted proposed'
    .split(' '),
);

/** Simple past forms without "-ed" of verbs that tell something happening once. */
const IRREGULAR_ACTIONS = new Set(
  'took sold wore found gave went came co-wrote lost paid bought brought broke caught chose drove fought flew fled froze hid shot sent shook spoke stole swore taught threw withdrew overthrew quit sought met ran rode sang beat drew ate left led won built began struck'.split(' '),
);

/** "-ed" words that are adjectives of state or names ("United", "limited", "so-called"), not past events: the scorer's, and more. */
const ADJECTIVES_IN_ED = new Set([...ADJECTIVAL_ED, ...'based related so-called armed detailed skilled aged beloved naked wicked sacred rugged crooked learned'.split(' ')]);

/** Words after which an "-ed" word is a participle of state ("is ranked", "has been set") or an adjective ("the listed companies"). */
const BEFORE_A_PARTICIPLE = new Set('is are am be been being has have the a an its their his her our my your this these those some any all each every no'.split(' '));
/** Adverbs that may stand between those words and the participle: "have already lined up", "has just opened". */
const BETWEEN_AUXILIARY_AND_PARTICIPLE = new Set('already just recently also now still not never since long'.split(' '));

/**
 * Whether `words[i]` is a verb in the simple past telling something that happened once: "took", "sold",
 * "assaulted", "co-wrote". Not a level or a report ("spent", "reported", "found that"), nor a participle
 * after "is", "has already" or "the".
 */
function isPastAction(words: readonly string[], i: number): boolean {
  const w = words[i].toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (w.length < 3 || LEVEL_OR_REPORT.has(w)) return false;
  let before = i - 1;
  while (before > 0 && BETWEEN_AUXILIARY_AND_PARTICIPLE.has(words[before].toLowerCase())) before--;
  if (before >= 0 && BEFORE_A_PARTICIPLE.has(words[before].toLowerCase())) return false;
  // "a study found that 40%…" reports a finding; "a couple found a buried treasure" is an event.
  if (w === 'found') return words[i + 1]?.toLowerCase() !== 'that';
  if (IRREGULAR_ACTIONS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && /^[a-z-]+$/.test(w) && !ADJECTIVES_IN_ED.has(w);
}

/** How many words before the date, or after a date that opens its clause, a past action may stand. */
const ACTION_REACH = 14;

/** Whether one of `words[from, to)` is a past action (see `isPastAction`). */
function hasPastAction(words: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (isPastAction(words, i)) return true;
  return false;
}

/** Whether the date at `index` (its words `words`) is when an event happened, not when a state held. */
function datesAnEvent(sentence: string, date: DatedWords): boolean {
  const from = Math.max(0, date.index - 100);
  const before = sentence.slice(from, date.index);
  if (EVENT_BEFORE.test(before)) return true;
  const after = sentence.slice(date.index + date.words.length, date.index + date.words.length + 120);
  const opensClause = OPENS_CLAUSE.test(before);
  if ((opensClause && EVENT_AFTER.test(after)) || WHEN_EVENT_AFTER.test(after)) return true;
  // Any verb telling a one-off in the same clause: "Kaplan sold parts of his collection at Christie’s in
  // 2006", "In 2012, she took two weeks off", "On 3 September 1939 New Zealand allied itself with Britain".
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  const words = clause.split(/\s+/).filter(Boolean);
  // A window cut mid-sentence may start mid-word.
  if (from > 0 && clause === before) words.shift();
  if (hasPastAction(words, words.length - ACTION_REACH, words.length)) return true;
  if (!opensClause) return false;
  // After a date that opens its clause the subject comes first, and may have an aside: "In early 2014,
  // while hiking out of their backyard, a California couple found…". Up to the clause's end.
  const end = after.search(/[.;:!?]/);
  const next = (end >= 0 ? after.slice(0, end) : after).split(/\s+/).filter(Boolean);
  return hasPastAction(next, 0, ACTION_REACH);
}

/**
 * The latest date the sentence states as a point in time at which something held: not the start of
 * something ongoing, nor the date of an event ("Mozilla is a free-software community, created in 1998":
 * an event stays done whatever the year; "In a report released in November 2012, Mozilla reported that
 * its revenue for 2011 was $163 million": 2011). Null when there is none.
 */
export function latestDate(sentence: string): DatedWords | null {
  // DATE needs a year; this plain search fails on most sentences much faster than DATE tries each position.
  if (!YEAR.test(sentence)) return null;
  let best: DatedWords | null = null;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(sentence); m; m = DATE.exec(sentence)) {
    const year = Number(m[2]);
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : 11;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (ONGOING_BEFORE.test(before) || NAMED_BY_YEAR_BEFORE.test(before) || SINCE_BEFORE.test(sentence.slice(Math.max(0, m.index - 100), m.index))) continue;
    const months = year * 12 + month;
    const date = { words: m[0].trim(), months, index: m.index };
    if ((!best || months > best.months) && !datesAnEvent(sentence, date)) best = date;
  }
  return best;
}

export const outdated: NoteRule = {
  code: 'outdated',
  description: `A dated claim more than ${OUTDATED_MONTHS / 12} years older than the article: it may no longer hold`,
  apply(claim, ctx) {
    // The date first: most claims have none, and finding that out is cheaper than the future-tense test.
    const dated = latestDate(claim.text);
    if (!dated) return [];
    if (/\b(?:will|would|expected|plans?|scheduled|going\s+to|by\s+the\s+end\s+of)\b/i.test(claim.text)) return [];
    // A figure ages ("output was 760,000 tonnes in 2019"), and so does a state told in the present ("is
    // ranked 16th in the 2018 index"); an event told in the past ("the treaty was ratified in 1928") does not.
    if (!claim.kinds.includes('numeric') && !PRESENT_STATE.test(claim.text)) return [];
    const ref = ctx.page.publishedAt ? new Date(ctx.page.publishedAt) : ctx.page.analyzedAt;
    if (Number.isNaN(ref.getTime())) return [];
    const refMonths = ref.getUTCFullYear() * 12 + ref.getUTCMonth();
    const age = refMonths - dated.months;
    if (age <= OUTDATED_MONTHS) return [];
    const years = Math.floor(age / 12);
    const against = ctx.page.publishedAt ? 'the article’s date' : 'today';
    return [note('outdated', `Dated ${dated.words}, about ${years} years before ${against}: it may no longer hold.`, dated.words)];
  },
};
