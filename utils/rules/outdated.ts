import { note, type NoteRule } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How many months older than the article a dated claim must be before the note says it may have aged. */
export const OUTDATED_MONTHS = 24;

/** A year, with its month when the sentence gives one: "March 2019", "May 4, 2018", "in 2016". */
const DATE = /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\b(?![-/]\d|s\b|\s+(?:people|troops|soldiers|votes|jobs|units|homes)\b)/g;

/** "since 2019", "from 2019", "between 2019 and…": the claim runs on from that date, so it does not age it. */
const ONGOING_BEFORE = /\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|between|as\s+of)\s+(?:(?:early|late|mid-?)\s*)?$/i;

const YEAR = /(?:19|20)\d\d/;

/** A verb in the present tense that states how things are: "is", "has", "remains", "ranks". */
const PRESENT_STATE = /\b(?:is|are|has|have|remains?|stays?|stands?|holds?|ranks?|employs?|owns?|controls?|accounts?\s+for|counts?|totals?|lives?|costs?|makes?\s+up|leads?)\b/i;

interface DatedWords {
  words: string;
  /** Months since year 0, for comparison. */
  months: number;
}

/** The latest date the sentence states as a point in time (not the start of something ongoing), or null. */
export function latestDate(sentence: string): DatedWords | null {
  // DATE needs a year; this plain search fails on most sentences much faster than DATE tries each position.
  if (!YEAR.test(sentence)) return null;
  let best: DatedWords | null = null;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(sentence); m; m = DATE.exec(sentence)) {
    const year = Number(m[2]);
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : 11;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (ONGOING_BEFORE.test(before)) continue;
    const months = year * 12 + month;
    if (!best || months > best.months) best = { words: m[0].trim(), months };
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
    if (/\b(?:will|would|expected|plans?|scheduled|by\s+the\s+end\s+of)\b/i.test(claim.text)) return [];
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
