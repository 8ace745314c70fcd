import { detectKindMatches } from '../kinds';
import type { ClaimKind } from '../types';

/** The kinds of claim a sentence is, from its own words (what `claimlens classify` prints). */
export function detectKinds(text: string): ClaimKind[] {
  return [...detectKindMatches(text).keys()];
}
