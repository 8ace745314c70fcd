import { allOf, firstMatch, gateSet, wordGate, type KindDetector } from './types';

/** Language by which the article itself withholds support from, or disputes, a claim. */
export const CONTEST_PATTERNS = [
  /\b(?:refused|refuse|refuses|declined|declines|decline|failed|fail|fails)\s+to\s+(?:publicly\s+)?(?:support|confirm|corroborate|back|endorse|verify|substantiate|accept|acknowledge|comment on)\b/i,
  /\b(?:has|have|had|did|do|does)\s+(?:not|n't)\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:independently\s+)?(?:confirmed?|verified|verify|corroborated?|substantiated?|backed|endorsed)\b/i,
  /\b(?:could|can|cannot|can't|couldn't|were unable to|was unable to|is unable to|are unable to)\s*(?:not\s+)?(?:independently\s+)?(?:confirm|verify|corroborate|substantiate)\b/i,
  // As verbs only: "the dispute", "a territorial dispute", "formed over disputes" and "the rejected bill"
  // are not denials. Nor is what cannot be denied (it is affirmed), what is denied or refused to someone
  // ("were denied access", "deny their service to users", "rejected the request"), a dismissal from a
  // job, or two things that contradict each other. (The look back runs only where such a verb stands.)
  /\b(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|refuted|refutes|contradicted|contradicts|rebutted)\b(?<!\b(?:the|a|an|this|that|its|their|his|her|of|in|over|amid|legal|border|territorial|trade|labor|labour|pay|long-running)\s\w+)(?<!\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+be\s+\w+)(?!\s+(?:over|between|resolution|settlement|each\s+other|one\s+another|from|access|entry|bail|permission|admission|(?:(?:the|their|his|her|its|a|an)\s+)?(?:access|entry|bail|permission|admission|service|services|visa|request|requests|application|appeal|offer|proposal|bid))\b)/i,
  /\bno (?:independent |official )?(?:confirmation|evidence|proof)\b/i,
  /\b(?:has|have|had) not been (?:independently )?(?:confirmed|verified|corroborated)\b/i,
];

/**
 * For each of CONTEST_PATTERNS, words it cannot match without (see wordGate): each is written between
 * \b/\s, so it is a whole word of the sentence; "n't" is the word "n" followed by an apostrophe.
 */
const CONTEST_GATES = gateSet([
  allOf(wordGate('refused|refuse|refuses|declined|declines|decline|failed|fail|fails'), wordGate('to')),
  allOf(
    wordGate('has|have|had|did|do|does'),
    wordGate('not|n'),
    wordGate('confirm|confirmed|verified|verify|corroborate|corroborated|substantiate|substantiated|backed|endorsed'),
  ),
  // "\s*" may be empty ("cannotconfirm"), so the verb need not be a word of its own: a substring test.
  (sentence: string) => CONFIRM_VERB.test(sentence),
  wordGate('denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|refuted|refutes|contradicted|contradicts|rebutted'),
  allOf(wordGate('no'), wordGate('confirmation|evidence|proof')),
  allOf(wordGate('not'), wordGate('been'), wordGate('confirmed|verified|corroborated')),
]);
/** Pattern 3's verbs as plain letters: `i` without `u` matches ASCII letters only to ASCII letters. */
const CONFIRM_VERB = /confirm|verify|corroborate|substantiate/i;

export const contested: KindDetector = {
  kind: 'contested',
  description: 'Disputes or withholds support from a claim: "refused to support", "denied", "could not confirm"',
  detect: (sentence) => firstMatch(sentence, CONTEST_PATTERNS, CONTEST_GATES),
};
