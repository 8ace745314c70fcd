/**
 * Every claim-kind detector, in one typed list. A meta-test checks each has tests
 * (utils/kinds/registry.test.ts).
 */
import type { ClaimKind } from '../types';
import { attributed } from './attributed';
import { contested } from './contested';
import { hedged } from './hedged';
import { numeric } from './numeric';
import { prediction } from './prediction';
import { quote } from './quote';
import { temporal } from './temporal';
import type { KindDetector, KindMatch } from './types';

export type { KindDetector, KindMatch } from './types';

export const KIND_DETECTORS: readonly KindDetector[] = [attributed, quote, numeric, temporal, hedged, prediction, contested];

/** Every kind a sentence is, with the words that show it, in `KIND_DETECTORS` order. */
export function detectKindMatches(sentence: string): Map<ClaimKind, KindMatch> {
  const out = new Map<ClaimKind, KindMatch>();
  for (const d of KIND_DETECTORS) {
    const m = d.detect(sentence);
    if (m) out.set(d.kind, m);
  }
  return out;
}
