import type { ClaimNote } from '../types';
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

/** Words that set one figure against another: "but the union put the figure at", "far fewer". */
const CONTRARY =
  /\b(?:however|but|instead|rather\s+than|contrary|disputed?|contradict\w*|puts?\s+(?:the|that|its)\s+(?:figure|number|toll|count|total|estimate)|closer\s+to|as\s+(?:few|many|little|much)\s+as|far\s+(?:fewer|more|less|lower|higher)|only|lower\s+than|higher\s+than)\b/i;

/** A count and what it counts: "4,500 soldiers" → { value: 4500, unit: "soldier" }. */
const FIGURE = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|per\s*cent|percent|thousand|million|billion)?\s+(?:(?:more|fewer|additional|new|active|armed|[a-z]+-[a-z]+)\s+)?([a-z]{3,})/gi;

const HAS_DIGIT = /\d/;

interface Figure {
  value: number;
  unit: string;
}

function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[m[2]?.toLowerCase() ?? ''] ?? 1;
    const value = Number(m[1].replace(/,/g, '')) * scale;
    // Years are dates, not figures to compare.
    if (/^(?:19|20)\d\d$/.test(m[1])) continue;
    out.push({ value, unit: `${/%|cent/i.test(m[2] ?? '') ? '%' : ''}${m[3].toLowerCase().replace(/s$/, '')}` });
  }
  return out;
}

/** Another sentence that gives a different figure for the same thing, with words that set it against this one. */
function contraryFigure(text: string, index: number, ctx: RuleContext): string | null {
  const mine = figuresOf(text);
  if (mine.length === 0) return null;
  // A sentence without a digit has no figure (FIGURE starts at one): CONTRARY is not asked.
  const others = ctx.memo('figures', () => ctx.sentences.map((s) => ({ s, figures: HAS_DIGIT.test(s.text) && CONTRARY.test(s.text) ? figuresOf(s.text) : [] })));
  for (const { s, figures } of others) {
    if (s.index === index || figures.length === 0) continue;
    const clash = figures.some((f) => mine.some((m) => m.unit === f.unit && m.value !== f.value));
    if (clash) return s.text;
  }
  return null;
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
      const other = contraryFigure(claim.text, own.index, ctx);
      if (other) notes.push(note('contested', 'Contested: another sentence of the article gives a different figure for the same thing.', other));
    }
    return notes;
  },
};
