import { firstMatch, type KindDetector } from './types';

/** Language by which the article itself withholds support from, or disputes, a claim. */
export const CONTEST_PATTERNS = [
  /\b(?:refused|refuse|refuses|declined|declines|decline|failed|fail|fails)\s+to\s+(?:publicly\s+)?(?:support|confirm|corroborate|back|endorse|verify|substantiate|accept|acknowledge|comment on)\b/i,
  /\b(?:has|have|had|did|do|does)\s+(?:not|n't)\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:independently\s+)?(?:confirmed?|verified|verify|corroborated?|substantiated?|backed|endorsed)\b/i,
  /\b(?:could|can|cannot|can't|couldn't|were unable to|was unable to|is unable to|are unable to)\s*(?:not\s+)?(?:independently\s+)?(?:confirm|verify|corroborate|substantiate)\b/i,
  // As verbs only: "the dispute", "a territorial dispute" and "the rejected bill" are not denials.
  /(?<!\b(?:the|a|an|this|that|its|their|his|her|of|in|legal|border|territorial|trade|labor|labour|pay|long-running)\s)\b(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|refuted|refutes|contradicted|contradicts|rebutted)\b(?!\s+(?:over|between|resolution|settlement)\b)/i,
  /\bno (?:independent |official )?(?:confirmation|evidence|proof)\b/i,
  /\b(?:has|have|had) not been (?:independently )?(?:confirmed|verified|corroborated)\b/i,
];

export const contested: KindDetector = {
  kind: 'contested',
  description: 'Disputes or withholds support from a claim: "refused to support", "denied", "could not confirm"',
  detect: (sentence) => firstMatch(sentence, CONTEST_PATTERNS),
};
