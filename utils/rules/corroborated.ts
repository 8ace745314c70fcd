import { isNamedSource } from '../analyze/attribution';
import { resolveParty, sameParty, type PartyRef } from '../parties';
import type { Claim } from '../types';
import { note, type NoteRule, type RuleContext } from './types';

/** Words by which a sentence says it agrees with another: "the city’s own figures agree", "similar levels". */
const AGREEMENT = /\b(?:agree[sd]?|agreeing|corroborat\w*|confirm(?:s|ed|ing)?|consistent\s+with|in\s+line\s+with|matched|matches|echo(?:ed|es)|backed\s+up|similar|the\s+same|likewise|also\s+(?:found|reported|said|estimated|put))\b/i;

const STOP = new Set(
  'the a an and or of to in on at by for with from that this these those it its is are was were be been has have had will would said says say told according who which as but not than then there their they them he she his her we our you your more most over into about after before also only very just some any all per'.split(' '),
);

/** Content words and numbers of a sentence, crudely stemmed, for overlap. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.,’'-]*/gu) ?? []) {
    const w = raw.replace(/[’']s$/, '').replace(/[.,-]+$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.replace(/(?:ies|es|s)$/, ''));
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

interface Attributed {
  claim: Claim;
  words: Set<string>;
  /** Its source as a party, its sentence's place, and whether it says it agrees: each asked once per claim, not once per pair. */
  party: PartyRef;
  position: number;
  agrees: boolean;
}

interface Attributions {
  all: Attributed[];
  byClaim: Map<Claim, Attributed>;
}

/** Claims with a named source, with what the pairwise comparison reads of each, worked out once per analysis. */
function attributedClaims(ctx: RuleContext): Attributions {
  return ctx.memo('corroboration', () => {
    const named = ctx.claims.filter((c) => c.attribution && isNamedSource(c.attribution.source));
    // The speakers' names are who says it, not what is said: "Kingma's sample size is small" and "“That's
    // one solution,” Kingma says" share no subject. Every speaker's, not just the sentence's own: one
    // named in full later ("Boris Kingma") is also the "Kingma" of a sentence before.
    const names = new Set<string>();
    for (const claim of named) for (const w of contentWords(claim.attribution!.source)) names.add(w);
    const all = named.map((claim, i) => {
      const words = contentWords(claim.text);
      for (const w of words) if (names.has(w)) words.delete(w);
      return {
        claim,
        words,
        party: resolveParty(fullName(claim.attribution!.source, named, i)),
        position: ctx.sentenceOf(claim)?.index ?? ctx.claims.indexOf(claim),
        agrees: AGREEMENT.test(claim.text),
      };
    });
    return { all, byClaim: new Map(all.map((a) => [a.claim, a])) };
  });
}

/**
 * A source named by one word ("Geng") as the article named it in full before ("Chinese foreign ministry
 * spokesperson Geng Shuang"): the source of the latest claim before `before` with that word in it, else the word itself.
 */
function fullName(source: string, claims: readonly Claim[], before: number): string {
  if (/\s/.test(source)) return source;
  for (let i = before - 1; i >= 0; i--) {
    const other = claims[i].attribution!.source;
    if (other !== source && other.split(/\s+/).includes(source)) return other;
  }
  return source;
}

/** How far back (in sentences) "the city’s own figures agree" may reach for what it agrees with. */
const AGREEMENT_REACH = 3;

/**
 * Whether `later` says the same as `earlier`: it says it agrees ("similar", "agree") shortly after and
 * shares some of its subject words, or it repeats most of what `earlier` says.
 */
function sayTheSame(earlier: Attributed, later: Attributed, distance: number): boolean {
  const shared = overlap(earlier.words, later.words);
  if (distance <= AGREEMENT_REACH && later.agrees && shared >= (distance === 1 ? 1 : 2)) return true;
  // Most of the shorter one's subject, and more than a phrase of it ("the deep web", "superbugs should").
  const smaller = Math.min(earlier.words.size, later.words.size);
  return shared >= 3 && shared / smaller >= 0.5;
}

export const corroborated: NoteRule = {
  code: 'corroborated',
  description: 'Another named source in the article says the same thing',
  apply(claim, ctx) {
    const { all, byClaim } = attributedClaims(ctx);
    const self = byClaim.get(claim);
    if (!self || !claim.attribution) return [];
    for (const other of all) {
      if (other === self || !other.claim.attribution) continue;
      // Corroboration needs a second, different source.
      const otherSource = other.claim.attribution.source;
      if (otherSource === claim.attribution.source || sameParty(self.party, other.party)) continue;
      const distance = other.position - self.position;
      const same = distance > 0 ? sayTheSame(self, other, distance) : sayTheSame(other, self, -distance);
      if (!same) continue;
      return [note('corroborated', `Corroborated: another source in the article, ${otherSource}, says much the same.`, other.claim.text)];
    }
    return [];
  },
};
