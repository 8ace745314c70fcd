import type { ClaimKind } from '../types';

/** Where a detector found its kind in a sentence: the words, for a note's evidence. */
export interface KindMatch {
  evidence: string;
  index: number;
}

/** Decides whether a sentence is one kind of claim, from the sentence's own words. */
export interface KindDetector {
  kind: ClaimKind;
  /** One line for the README and the popup's filter tooltips. */
  description: string;
  detect(sentence: string): KindMatch | null;
}

/** The first match of any pattern, earliest in the sentence; patterns listed first win ties. */
export function firstMatch(sentence: string, patterns: readonly RegExp[]): KindMatch | null {
  let best: KindMatch | null = null;
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (!m) continue;
    const evidence = (m.groups?.hit ?? m[0]).trim();
    const index = m.index + m[0].indexOf(evidence);
    if (!best || index < best.index) best = { evidence, index };
  }
  return best;
}
