import { allOf, firstMatch, gateSet, wordGate, type KindDetector } from './types';

/**
 * Hedging words: the writer says the claim may not hold. Multi-word phrases come first, so
 * "cannot be ruled out" is the evidence rather than a lone "possibility" elsewhere in the sentence.
 */
const PHRASES = [
  /\b(?:cannot|can ?not|could not|can't|couldn't) be (?:ruled out|excluded|discounted|dismissed)\b/i,
  /\b(?:has|have|had|was|were|is|are) not (?:been )?ruled out\b/i,
  /\b(?:it is|it's|it was) (?:possible|unclear|not clear|believed|thought|feared|understood)\b/i,
  /\b(?:appears?|appeared|seems?|seemed) to\b/i,
  /\b(?:is|are|was|were) (?:thought|believed|said|reported|alleged|understood|feared) to\b/i,
  /\b(?:a|an) (?:high|strong|real|distinct|low|small|slight) (?:possibility|likelihood|chance|probability)\b/i,
];
const WORDS = [
  /\b(?:possibility|possibilities|possibly|potentially|perhaps|probably|presumably|apparently|reportedly|allegedly|purportedly|supposedly|seemingly|arguably|conceivably|unconfirmed|unverified|likely|unlikely|uncertain)\b/i,
  // "may" but not the month ("May 2024", "in May"); "might" but not the noun ("an important symbol of
  // American might", "with all his might").
  /\b(?:might(?<!\b(?:the|its|their|his|her|our|your|my|of|sheer|full|military|economic|naval|industrial|financial|nuclear|American|Soviet|Russian|Chinese|Western)\s+might)|may)\b(?! \d)(?<!\b(?:in|of|since|until|by|from|early|late|mid|last|next) May)(?<!\bMay)/,
  // Not what someone was able or unable to do ("so that we could keep", "I could not avoid", "What
  // could I achieve?", "officials could not confirm"): that is told as fact, not hedged. Nor a wish
  // ("wishes she could live the year again"), nor a question asked ("phoned to ask if he could borrow"),
  // nor a purpose ("left open so God could watch", "infused with it so she could employ…"; after a comma
  // "so" may be "and therefore": ", so prices could fall"). Nor what someone managed or was able to hold:
  // "all he could get", "killed every Alimbic it could find", "shelters that could accommodate
  // thousands" ("anything that could go wrong" stays a hedge, and so does "what they could mean": "what"
  // asks as often as it sums up). The look back runs only where "could" stands.
  /\bcould\b(?<!(?:\b(?:I|we|you)\s|\bwish(?:es|ed)?\s+(?:[a-z]+\s+)?|\b(?:if|whether)\s+(?:he|she|they|it)\s|\bso\s+that\s+(?:[\w’']+\s+){1,3}|(?<=[a-z0-9]\s)so\s+(?:[\w’']+\s+){1,3}|\b(?:all|anyone|anything|everyone|everything|every\s+[a-z]+)\s+(?:the\s+[a-z]+\s+)?(?:that\s+)?(?:(?:the|his|her|its|their|your|our|my)\s+)?(?!(?:that|which|who)\s)[a-z][\w’'-]*\s)could)(?!\s+(?:not|I|we|you|accommodate|seat)\b|n['’]t)/i,
];

/**
 * For each pattern, words it cannot match without (see wordGate): each is written between \b and a
 * space (or "out"/"to" after it), so it is a whole word of the sentence; "it's" is the word "it".
 */
const TO = wordGate('to');
const PHRASE_GATES = gateSet([
  allOf(wordGate('be'), wordGate('ruled|excluded|discounted|dismissed')),
  allOf(wordGate('not'), wordGate('ruled')),
  allOf(wordGate('it'), wordGate('possible|unclear|not|believed|thought|feared|understood')),
  allOf(wordGate('appears|appear|appeared|seems|seem|seemed'), TO),
  allOf(wordGate('thought|believed|said|reported|alleged|understood|feared'), TO),
  allOf(wordGate('high|strong|real|distinct|low|small|slight'), wordGate('possibility|likelihood|chance|probability')),
]);
const WORD_GATES = gateSet([
  wordGate(
    'possibility|possibilities|possibly|potentially|perhaps|probably|presumably|apparently|reportedly|allegedly|purportedly|supposedly|seemingly|arguably|conceivably|unconfirmed|unverified|likely|unlikely|uncertain',
  ),
  wordGate('might|may'),
  wordGate('could'),
]);

export const hedged: KindDetector = {
  kind: 'hedged',
  description: 'The writer hedges: "possibly", "may", "cannot be ruled out"',
  detect: (sentence) => firstMatch(sentence, PHRASES, PHRASE_GATES) ?? firstMatch(sentence, WORDS, WORD_GATES),
};
