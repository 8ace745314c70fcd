import type { AnalyzeOptions } from '../analyze/index';
import type { Sentence } from '../analyze/sentences';
import type { KindMatch } from '../kinds/types';
import type { Claim, ClaimKind, ClaimNote, LinkReport, NoteCode } from '../types';

/** What a rule may look at besides the claim itself. */
export interface RuleContext {
  /** Every sentence of the article, claims or not, in order. */
  sentences: readonly Sentence[];
  /** Every claim of the article (notes not yet filled in). */
  claims: readonly Claim[];
  /** Links by id: at least every link a claim cites (`claim.linkIds`), not necessarily all the page's. */
  links: ReadonlyMap<string, LinkReport>;
  options: AnalyzeOptions;
  page: { url: string; publishedAt?: string; analyzedAt: Date };
  /** The sentence a claim was made from. */
  sentenceOf(claim: Claim): Sentence | undefined;
  /** The words that made the claim each of its kinds. */
  kindMatches(claim: Claim): ReadonlyMap<ClaimKind, KindMatch>;
  /** Computes a value once per analysis (for work several claims share, like scanning all sentences). */
  memo<T>(key: string, build: () => T): T;
}

/** A rule that attaches notes to a claim. One module per rule, registered in `RULES` (index.ts). */
export interface NoteRule {
  code: NoteCode;
  /** One line: when the note appears. */
  description: string;
  /** Rules that only read the claim's links run again when link checks finish (see analyze/refresh.ts). */
  readsLinksOnly?: boolean;
  apply(claim: Claim, ctx: RuleContext): ClaimNote[];
}

/** A rule's note. */
export function note(code: NoteCode, text: string, evidence: string, href?: string): ClaimNote {
  const n: ClaimNote = { code, text, evidence, origin: 'rule' };
  if (href) n.href = href;
  return n;
}

/** `text` ending in one full stop: "…: I.B.M." gets none added, "…: Burke" gets one. */
export function sentenceOf(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The links a claim cites (placeholders and buttons are not citations; see analyze/claims.ts). */
export function citedLinks(claim: Claim, ctx: RuleContext): LinkReport[] {
  return claim.linkIds.map((id) => ctx.links.get(id)).filter((l): l is LinkReport => !!l);
}
