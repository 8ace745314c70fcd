import { matchAttribution } from '../analyze/attribution';
import type { KindDetector } from './types';

export const attributed: KindDetector = {
  kind: 'attributed',
  description: 'Says who made the claim: "X reported that", "according to X"',
  detect: (sentence) => {
    const a = matchAttribution(sentence);
    if (!a) return null;
    return { evidence: a.evidence, index: Math.max(0, sentence.indexOf(a.evidence)) };
  },
};
