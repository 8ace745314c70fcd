/**
 * How the article itself stands toward claims: sentences that withhold support from or dispute a
 * party's claims, and sentences that say a party has something to gain.
 */
import { CONTEST_PATTERNS } from '../kinds/contested';

/** A sentence in which some party does not back (or disputes) what another party claimed. */
export interface Denial {
  /** Who withholds support, cleaned for display: "Western officials". Empty when unnamed. */
  party: string;
  /** The words that withhold support: "refused to support". */
  phrase: string;
  /** What is not supported: "Ukrainian assertions". */
  object: string;
  /** True for an active denial or dispute, false for a lack of confirmation. */
  disputes: boolean;
}

const ACTIVE_DISPUTE = /\b(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|dismissed|dismisses|refuted|refutes|contradicted|contradicts|rebutted|contested)\b/i;
const FILLER = /\b(?:have|has|had|also|so far|yet|nevertheless|nonetheless|however|still|publicly|repeatedly|again|meanwhile|though|since|previously|themselves|itself|both|to date|thus far)\b/gi;
const SUBJECT_START = /(?:^|[,;:—–]\s*|\b(?:but|while|and|although|though|whereas|as)\s+)([^,;:—–]*)$/i;

/** Turns a subject into a party a reader recognises: "Western official sources" → "Western officials". */
export function partyName(subject: string): string {
  return subject
    .replace(FILLER, ' ')
    .replace(/\b(?:official\s+sources|officials?\s+sources)\b/i, 'officials')
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    // "Officials in Washington" only has a capital because it opened the sentence; inside a note it is "officials".
    .replace(COMMON_FIRST_WORD, (w) => w.toLowerCase());
}

const COMMON_FIRST_WORD = /^(?:Officials?|Analysts?|Experts?|Sources?|Diplomats?|Authorities|Investigators|Researchers|Observers|Critics|Residents|Witnesses|Police|Prosecutors|Regulators|Scientists|Doctors|Lawmakers|Neighbo(?:u)?rs|Aid\s+groups|Rights\s+groups)\b/;

/** The patterns compiled once without a global flag, so `exec` never carries state between sentences. */
const CONTEST_ONCE = CONTEST_PATTERNS.map((re) => new RegExp(re.source, re.flags.replace('g', '')));

/**
 * Letters each of CONTEST_PATTERNS needs (its verb or noun: "refus", "confirm", "deni"…), as one plain
 * search: every sentence of the article is asked, few have any, and one search fails faster than six
 * patterns. The patterns are `i` without `u`, so their ASCII letters match only ASCII letters, and so
 * does this (stance.test.ts checks it against the patterns on real and made-up sentences).
 */
const DENIAL_WORDS = /refus|declin|fail|confirm|verif|corroborat|substantiat|backed|endorsed|deni|deny|disput|reject|dismiss|refut|contradict|rebutt|evidence|proof/i;

/** Finds the first denial or non-confirmation in a sentence, or null. */
export function findDenial(sentence: string): Denial | null {
  if (!DENIAL_WORDS.test(sentence)) return null;
  let best: { m: RegExpExecArray } | null = null;
  for (const re of CONTEST_ONCE) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.m.index)) best = { m };
  }
  if (!best) return null;
  const { m } = best;
  const before = sentence.slice(0, m.index);
  const subjectRaw = SUBJECT_START.exec(before)?.[1] ?? '';
  const subject = partyName(subjectRaw);
  const after = sentence.slice(m.index + m[0].length);
  // The object runs to the next clause break: "Ukrainian assertions, with both…" → "Ukrainian assertions".
  const object = after.split(/[,;:—–.]|\b(?:with|while|because|as|since|but)\b/)[0].trim();
  const party = /^(?:it|they|he|she|this|that|there|which|who)$/i.test(subject) || !/\p{L}/u.test(subject) ? '' : subject;
  return { party, phrase: m[0], object, disputes: ACTIVE_DISPUTE.test(m[0]) };
}

/** A sentence saying some party stands to gain from a claim being believed. */
export interface Interest {
  /** The words naming the interested parties: "both Kiev and Seoul". */
  parties: string;
  /** The interest phrase: "having much to gain by exaggerating". */
  phrase: string;
}

const INTEREST = [
  /\b(?:having|has|have|had|with)\s+(?:much|a lot|a great deal|plenty|everything|something|a good deal|little)\s+to\s+gain\b(?:\s+(?:by|from)\s+\w+ing)?/i,
  /\b(?:stands?|stood|standing)\s+to\s+(?:gain|benefit|profit)\b/i,
  /\b(?:has|have|had|having)\s+(?:a|an)\s+(?:vested\s+|clear\s+|obvious\s+|strong\s+|direct\s+|financial\s+|political\s+)?(?:interest|stake|incentive|motive)\s+in\b/i,
  /\b(?:has|have|had|having)\s+(?:an?\s+)?(?:incentive|motive|reason)s?\s+to\s+(?:exaggerate|inflate|overstate|play up|hype|downplay|understate)\b/i,
  /\b(?:would|could|will|may)\s+(?:benefit|profit|gain)\s+(?:from|by)\b/i,
  /\bvested\s+interests?\b/i,
];

/** Words each of INTEREST needs, as one plain search (like DENIAL_WORDS): most sentences have none. */
const INTEREST_WORDS = /gain|benefit|profit|interest|stake|incentive|motive|reason/i;

/** Finds an "X has much to gain" statement and the words naming X, or null. */
export function findInterest(sentence: string): Interest | null {
  if (!INTEREST_WORDS.test(sentence)) return null;
  for (const re of INTEREST) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    // The interested parties are the subject right before the phrase, back to a clause break.
    const clause = before.split(/[,;:—–]|\b(?:with|while|as|because|since|but|although|whereas|that|note|notes|noted|say|says|said|argue|argues|argued|believe|believes)\b/i).pop() ?? '';
    const parties = clause.replace(/\b(?:potentially|possibly|likely|clearly|both|all|each|arguably|also|certainly|obviously)\b/gi, ' ').replace(/\s+/g, ' ').trim();
    if (!parties) continue;
    return { parties, phrase: m[0] };
  }
  return null;
}
