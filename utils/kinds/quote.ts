import type { KindDetector } from './types';

/** A quotation of three words or more, in curly, straight or guillemet quotes. */
const QUOTE = /[“"«„]([^”"»“]{3,}?)[”"»“]/g;

export const quote: KindDetector = {
  kind: 'quote',
  description: 'Quotes someone’s words',
  detect: (sentence) => {
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(sentence); m; m = QUOTE.exec(sentence)) {
      if (m[1].trim().split(/\s+/).length >= 3) return { evidence: m[0], index: m.index };
    }
    return null;
  },
};
