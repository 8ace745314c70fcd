import { ANONYMOUS_SOURCE, isNamedSource, isUnnamedGroup } from '../analyze/attribution';
import { note, type NoteRule } from './types';

/** Wording that keeps a source's name from the reader, wherever it sits in the sentence. */
const ANONYMITY =
  /\b(?:(?:who|that)\s+(?:asked|requested|spoke|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity)[^,.;]*|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:people|persons?|sources?|someone|officials?)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof)\.?\s+[\w-]+|[\w-]+(?:\s+[\w-]+)?)|(?:unnamed|anonymous|unidentified)\s+(?:sources?|officials?|people|diplomats?|insiders?)|(?:sources?|insiders?)\s+(?:say|said|says|told|claim|claimed)|not\s+authori[sz]ed\s+to\s+speak\s+publicly)\b/i;

/**
 * Before "anonymous sources", a sentence about the practice rather than a claim resting on one: "The
 * Times uses anonymous sources as a last resort", "its reliance on unnamed officials".
 */
const PRACTICE_BEFORE = /\b(?:uses?|used|using|relies\s+on|rely\s+on|relied\s+on|relying\s+on|reliance\s+on|use\s+of|bans?|banned|about|against)\s+$/i;

/** Unnamed sources that are documents rather than people: several ("studies"), one ("a report"), or work ("research"). */
const UNNAMED_DOCUMENTS = /\b(?:studies|surveys|polls|reports)$/i;
const UNNAMED_DOCUMENT = /\b(?:study|survey|poll|report)$/i;
const UNNAMED_WORK = /\bresearch$/i;

/** The words that keep a source's name from the reader, unless they only talk about such sources. */
function anonymityWords(text: string): string | undefined {
  const m = ANONYMITY.exec(text);
  if (!m) return undefined;
  return PRACTICE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ? undefined : m[0];
}

export const anonymousSource: NoteRule = {
  code: 'anonymous-source',
  description: 'The claim rests on sources the article does not name ("officials who asked not to be named")',
  apply(claim, ctx) {
    const a = claim.attribution;
    const words = anonymityWords(claim.text);
    // A named source alongside the unnamed ones means the reader has someone to check.
    if (a && isNamedSource(a.source) && !words) return [];
    if (words) return [note('anonymous-source', 'Unnamed source: the article does not say who said this, so a reader cannot check them.', words)];
    if (a && (ANONYMOUS_SOURCE.test(a.source) || isUnnamedGroup(a.source)) && !isNamedSource(a.source)) {
      const evidence = ctx.kindMatches(claim).get('attributed')?.evidence ?? a.source;
      // "Studies show", "media reports say": documents, which a reader asks "which?" of, not "who?";
      // "research shows": "whose?".
      const which = UNNAMED_DOCUMENTS.test(a.source) ? 'which ones' : UNNAMED_DOCUMENT.test(a.source) ? 'which one' : UNNAMED_WORK.test(a.source) ? 'whose' : 'who they are';
      return [note('anonymous-source', `Unnamed source: attributed to “${a.source}” without saying ${which}.`, evidence)];
    }
    return [];
  },
};
