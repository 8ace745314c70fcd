import { findDenial, type Denial } from '../analyze/stance';
import { resolveParty, sameParty } from '../parties';
import type { Claim } from '../types';
import { note, type NoteRule, type RuleContext } from './types';

interface DenialAt extends Denial {
  sentence: string;
  index: number;
}

const GENERIC_OBJECT = /^(?:(?:the|these|those|such|this|that|its|their|his|her|those)\s+)?(?:[\p{L}-]+\s+)?(?:claims?|assertions?|reports?|allegations?|figures?|account|statements?|numbers?|estimates?)$|^(?:it|this|that|them)$/iu;

/** Every denial or non-confirmation in the article, found once per analysis. */
export function articleDenials(ctx: RuleContext): DenialAt[] {
  return ctx.memo('denials', () =>
    ctx.sentences.flatMap((s) => {
      const d = findDenial(s.text);
      return d ? [{ ...d, sentence: s.text, index: s.index }] : [];
    }),
  );
}

/** Denials in other sentences that concern this claim's source (by name, country, demonym or capital). */
export function denialsOf(claim: Claim, ctx: RuleContext): DenialAt[] {
  const source = claim.attribution?.source;
  const own = ctx.sentenceOf(claim);
  if (!source || !own) return [];
  const sourceRef = resolveParty(source);
  return articleDenials(ctx).filter((d) => {
    if (d.index === own.index) return false;
    const objectRef = resolveParty(d.object);
    if (sameParty(sourceRef, objectRef)) return true;
    // "…refused to confirm the claims" right after the claim: the claims are this one's.
    // Only a bare "the claims" / "these figures" / "it" points back; "reports of a currency swap" is about something else.
    const generic = objectRef.countries.size === 0 && objectRef.names.size === 0 && GENERIC_OBJECT.test(d.object.trim());
    return generic && d.index === own.index + 1;
  });
}

export const unconfirmed: NoteRule = {
  code: 'unconfirmed',
  description: 'Another sentence says some party has not confirmed, or disputes, what the claim’s source says',
  apply(claim, ctx) {
    return denialsOf(claim, ctx).map((d) => {
      const label = d.disputes ? 'Disputed' : 'Unconfirmed';
      const text = d.party
        ? `${label} by ${d.party}: the article says they “${d.phrase}” these claims.`
        : `${label}: the article says these claims are not backed (“${d.phrase}”).`;
      return note('unconfirmed', text, d.sentence);
    });
  },
};
