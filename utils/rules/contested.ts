import { findAttribution, isNamedSource } from '../analyze/attribution';
import type { Claim, ClaimNote } from '../types';
import { note, type NoteRule, type RuleContext } from './types';
import { denialsOf } from './unconfirmed';

/** "…, a claim the army denied", "…, which Moscow disputes": the sentence reports its own denial. */
const DENIED_IN_SENTENCE =
  /\b(?:(?:a|the|an)\s+(?:claim|report|allegation|account|assertion|figure|number|estimate|version)s?\s+(?:that\s+)?(?:[\p{L}’'-]+\s+){1,5}?|which\s+(?:[\p{L}’'-]+\s+){1,4}?)(?:has\s+|have\s+|had\s+)?(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses|refuted|refutes|contested|contests|contradicted|contradicts)\b/iu;

/**
 * Letters DENIED_IN_SENTENCE cannot match without (its verbs), with the same flags: one plain search,
 * where the pattern itself tries every position of every claim.
 */
const DENIAL_VERB = /deni|disput|reject|dismiss|refut|contest|contradict/iu;

/**
 * Words that set one figure against another: "put the figure at", "far fewer", "closer to"; and the words
 * that may (WEAK_CONTRARY): "however", "but", "only", which just as often contrast something else.
 */
const CONTRARY =
  /\b(?:however|but|instead|rather\s+than|contrary|disputed?|contradict\w*|puts?\s+(?:(?:the|that|its)\s+(?:figure|number|toll|count|total|estimate)|(?:it|them)\s+at)|closer\s+to|as\s+(?:few|many|little|much)\s+as|far\s+(?:fewer|more|less|lower|higher)|only|lower\s+than|higher\s+than)\b/i;
const WEAK_CONTRARY = /^(?:however|but|only)$/i;

/** A count and what it counts: "4,500 soldiers" → { value: 4500, unit: "soldier" }. */
const FIGURE =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|per\s*cent|percent|thousand|million|billion|trillion)?\s+(?:(of)\s+(?:(?:the|all|its|their|his|her|those|these)\s+)?)?(?:(?:more|fewer|additional|new|active|armed|[a-z]+-[a-z]+)\s+)?([a-z]{3,})/gi;

const HAS_DIGIT = /\d/;

interface Figure {
  value: number;
  unit: string;
  /** Where the figure starts in its sentence. */
  at: number;
  /** For a contrary figure, the values of every figure in its sentence. */
  alongside?: number[];
  /** For a contrary figure, whether only "however", "but" or "only" set it against another. */
  weak?: boolean;
}

/**
 * Units of measure and time: two sentences give different numbers of years, miles or times about
 * different things far more often than they dispute one count.
 */
const MEASURE_UNITS = new Set(
  'year month week day hour minute second time mile kilometre kilometer metre meter foot feet inch yard pound kilogram kilo gram ton tonne degree acre hectare episode page game point percent cent byte gigabyte terabyte megabyte teraflop gigaflop pixel watt volt hertz core'.split(
    ' ',
  ),
);

/** Words that can follow a number without naming what it counts. */
const NOT_A_NOUN = new Set(
  'and the for with from into per out than that this these those next last more less over under about above below between after before during since until upon onto off also only just even still yet when then there here which what who whom whose where while each every other another such same some any all both few many much most own very too'.split(' '),
);

function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[m[2]?.toLowerCase() ?? ''] ?? 1;
    const value = Number(m[1].replace(/,/g, '')) * scale;
    // Years are dates, not figures to compare.
    if (/^(?:19|20)\d\d$/.test(m[1])) continue;
    const word = m[4].toLowerCase();
    const noun = word.replace(/s$/, '');
    // "1.5 per cent in the past year", "between 1835 and 1862": what follows names no thing counted.
    if (NOT_A_NOUN.has(word) || MEASURE_UNITS.has(noun)) continue;
    // A share is a share of something: "70 percent of the samples" and "just over 40 percent" (of what?) are not one count.
    const share = /%|cent/i.test(m[2] ?? '');
    if (share && m[3] === undefined) continue;
    out.push({ value, unit: `${share ? '%' : ''}${noun}`, at: m.index });
  }
  return out;
}

/** How far before a figure the words setting it against another may stand ("The police, however, put the figure at"). */
const CONTRARY_REACH = 80;

/** CONTRARY, every occurrence. */
const CONTRARY_ALL = new RegExp(CONTRARY.source, 'gi');

/** The figures of a sentence that words like "however" or "put the figure at" set against another. */
function contraryFiguresOf(text: string): Figure[] {
  // A sentence without a digit has no figure (FIGURE starts at one): its contrary words are not looked for.
  if (!HAS_DIGIT.test(text)) return [];
  const cues: { end: number; weak: boolean }[] = [];
  CONTRARY_ALL.lastIndex = 0;
  for (let m = CONTRARY_ALL.exec(text); m; m = CONTRARY_ALL.exec(text)) cues.push({ end: m.index + m[0].length, weak: WEAK_CONTRARY.test(m[0]) });
  if (cues.length === 0) return [];
  const all = figuresOf(text);
  const contrary: Figure[] = [];
  for (const f of all) {
    const near = cues.filter(({ end }) => end <= f.at + 1 && f.at - end <= CONTRARY_REACH);
    if (near.length === 0) continue;
    // "Texas gave Trump 36 electoral votes, pushing him to 304": a sentence that also gives the other
    // figure adds to it, it does not dispute it.
    contrary.push({ ...f, alongside: all.map((g) => g.value), weak: near.every((c) => c.weak) });
  }
  return contrary;
}

/**
 * Another sentence that gives a different figure for the same thing, with words just before it that set
 * it against this one; a contrary figure is an estimate of the same count, so within a factor of 20.
 */
function contraryFigure(claim: Claim, index: number, ctx: RuleContext): string | null {
  const mine = figuresOf(claim.text);
  if (mine.length === 0) return null;
  const others = ctx.memo('figures', () => ctx.sentences.map((s) => ({ s, figures: contraryFiguresOf(s.text) })));
  for (const { s, figures } of others) {
    if (s.index === index || figures.length === 0) continue;
    const clash = figures.some(
      (f) =>
        mine.some((m) => m.unit === f.unit && m.value !== f.value && Math.max(m.value, f.value) <= 20 * Math.min(m.value, f.value) && !f.alongside?.includes(m.value)) &&
        // "…, but one estimate suggests there are about 2,300 species", "only 23% of the land": a "but" or an
        // "only" sets a figure against another party's only when the sentence names that party.
        (!f.weak || namesAnotherSource(s.text, claim)),
    );
    if (clash) return s.text;
  }
  return null;
}

/** Whether a sentence is attributed to a named source that is not the claim's own. */
function namesAnotherSource(text: string, claim: Claim): boolean {
  const other = findAttribution(text);
  return !!other && isNamedSource(other.source) && other.source !== claim.attribution?.source;
}

export const contestedRule: NoteRule = {
  code: 'contested',
  description: 'The article reports a denial of the claim, or a different figure for the same thing',
  apply(claim, ctx) {
    const notes: ClaimNote[] = [];
    const own = ctx.sentenceOf(claim);
    const denied = DENIAL_VERB.test(claim.text) ? DENIED_IN_SENTENCE.exec(claim.text) : null;
    if (denied) notes.push(note('contested', `Contested: the sentence itself reports a denial (“${denied[0]}”).`, denied[0]));
    const denial = denialsOf(claim, ctx).find((d) => d.disputes);
    if (denial) {
      const who = denial.party || 'another party';
      notes.push(note('contested', `Contested: ${who} ${denial.phrase.toLowerCase()} it, the article says.`, denial.sentence));
    }
    if (own && notes.length === 0) {
      const other = contraryFigure(claim, own.index, ctx);
      if (other) notes.push(note('contested', 'Contested: another sentence of the article gives a different figure for the same thing.', other));
    }
    return notes;
  },
};
