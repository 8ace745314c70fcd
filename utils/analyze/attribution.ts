/**
 * Attribution: who a sentence says the claim comes from, and with which reporting verb.
 * "South Korea’s National Intelligence Service (NIS) has reported that…", "according to the UN",
 * "a claim by Ukrainian President Volodymyr Zelensky that…", "…, officials said."
 */
import type { Attribution } from '../types';

const VERBS =
  'said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|stated|states|announced|announces|announce|warned|warns|warn|estimated|estimates|estimate|found|finds|confirmed|confirms|confirm|alleged|alleges|allege|insisted|insists|insist|argued|argues|argue|noted|notes|wrote|writes|tweeted|tweets|posted|posts|added|adds|explained|explains|believes|believe|believed|predicted|predicts|revealed|reveals|disclosed|discloses|acknowledged|acknowledges|admitted|admits|denied|denies|deny|assessed|assesses|concluded|concludes|suggested|suggests|indicated|indicates|testified|asserted|asserts|maintained|maintains|contended|contends|projected|projects|forecast|forecasts|showed|shows|show|stressed|stresses|emphasised|emphasized|observed|recalled|cautioned|pointed out|points out|has said|told reporters';
const AUX = '(?:has|have|had|is|are|was|were|will|would|also|previously|recently|earlier|later|publicly|repeatedly|reportedly|separately|nevertheless|however|now|then|first|again|once|already|since|\\s)*';

/** Generic subjects: attributed, but to nobody a reader could look up. */
export const ANONYMOUS_SOURCE =
  /^(?:(?:some|many|several|two|three|other|unnamed|anonymous|senior|western|local|military|government|intelligence|security|u\.?s\.?|european|diplomatic|industry|independent|knowledgeable|informed|people|persons|a|an|one|the|multiple)\s+)*(?:sources?|officials?|insiders?|people familiar with[\w\s]*|persons? familiar with[\w\s]*|a person familiar with[\w\s]*|diplomats?|analysts?|experts?|observers?|critics?|aides?|someone|a spokes(?:man|woman|person)|spokes(?:men|women|people|persons?)|residents?|witnesses?|reports?|media reports?|researchers?|scientists?|authorities)\b/i;

const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|which|who)$/i;

/** Words that end a subject when walking back from the verb: clause openers. */
const CLAUSE_BREAK = /^(?:that|which|who|while|whereas|but|and|as|because|since|after|before|although|though|if|when|where|so|yet|or|with)$/i;

/** Trims a candidate source to the words that name it. */
function cleanSource(raw: string): string {
  let s = raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:"“”'‘’(—–-]+|[\s,;:"“”'‘’—–-]+$/g, '')
    .replace(/^(?:and|but|so|also|meanwhile|however|moreover|separately|earlier|later|in addition|this follows|this comes as)\s+/i, '')
    .trim();
  // A balanced trailing "(NIS)" is part of the name; an unbalanced one is not.
  if ((s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0)) s = s.replace(/\s*\([^)]*$/, '');
  return s;
}

/** Whether a source phrase names someone (a capitalised name or acronym), not "officials" or "he". */
export function isNamedSource(source: string): boolean {
  if (!source || PRONOUN.test(source)) return false;
  if (ANONYMOUS_SOURCE.test(source) && !/\p{Lu}\p{Ll}+\s+\p{Lu}|\b\p{Lu}{2,}\b/u.test(source.replace(/^\p{Lu}/u, ''))) return false;
  const words = source.split(/\s+/);
  // A name is a capitalised word that is not just the first word of the sentence ("The ministry").
  return words.some((w, i) => /^[\p{Lu}][\p{L}’'.-]*/u.test(w) && (i > 0 || !/^(?:The|A|An|Its|Their|His|Her|Our)$/.test(w))) ;
}

/** Splits "X and Y" / "X, Y and Z" into separate named sources. */
export function splitSources(source: string): string[] {
  return source
    .split(/\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

const MAX_SUBJECT_WORDS = 12;

/** Walks back from the verb over the subject, stopping at a clause boundary. */
function subjectBefore(text: string): string {
  const clause = text.split(/[;:—–]|,(?=\s+(?:and|but|while|as|which|who|so)\b)|(?<=[”"])\s*,?|,\s+(?=(?:[a-z]))/).pop() ?? text;
  const words = clause.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_SUBJECT_WORDS; i--) {
    const w = words[i];
    if (CLAUSE_BREAK.test(w) && kept.length > 0) break;
    kept.unshift(w);
  }
  return cleanSource(kept.join(' '));
}

const NP_AFTER = String.raw`((?:(?:the|a|an)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+(?:\([\p{Lu}\p{N}.&-]+\)|of|the|for|and|de|al|von|van|[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*))*)`;

const PATTERNS: { re: RegExp; verb: (m: RegExpExecArray) => string; source: (m: RegExpExecArray) => string }[] = [
  // officials who asked not to be named said / people familiar with the matter told
  {
    re: /\b((?:(?:some|several|two|three|senior|western|u\.?s\.?|government|military|intelligence|security|other)\s+){0,3}(?:sources?|officials?|people|persons?|diplomats?|insiders?|aides?)\s+(?:who\s+(?:asked|spoke|requested|declined|were\s+not)[^,.;]*?|familiar\s+with[^,.;]*?|close\s+to[^,.;]*?|with\s+(?:direct\s+)?knowledge\s+of[^,.;]*?|briefed\s+on[^,.;]*?))\s*,?\s+(said|say|says|told)\b/i,
    verb: (m) => m[2].toLowerCase(),
    source: (m) => m[1],
  },
  // according to X
  {
    re: new RegExp(String.raw`\baccording to\s+((?:the\s+)?[^,.;:]{2,80}?)(?=[,.;:]|\s+(?:that|which|who|in|on|at|as|the|a|is|are|was|were|has|have|had)\b|$)`, 'iu'),
    verb: () => 'according to',
    source: (m) => m[1],
  },
  // a claim/report/statement by X that…
  {
    re: new RegExp(String.raw`\b(claims?|reports?|statements?|assertions?|allegations?|announcements?|estimates?|findings?|assessments?|testimony|remarks?|comments?|warnings?|data|figures?)\s+(?:made\s+)?by\s+` + NP_AFTER, 'u'),
    verb: (m) => m[1].toLowerCase().replace(/s$/, ''),
    source: (m) => m[2],
  },
  // was reported by X / has been confirmed by X
  {
    re: new RegExp(String.raw`\b(?:was|were|is|are|has been|have been|had been)\s+((?:reported|announced|confirmed|claimed|stated|revealed|disclosed|published|estimated|documented|found))\s+by\s+` + NP_AFTER, 'u'),
    verb: (m) => `${m[1]} by`,
    source: (m) => m[2],
  },
  // X's data/figures/report show
  {
    re: new RegExp(String.raw`((?:[\p{Lu}][\p{L}.&-]*\s+){0,5}[\p{Lu}][\p{L}.&-]*)[’']s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(data|figures|statistics|numbers|report|survey|study|analysis|estimates?|records)\s+(show|shows|showed|suggest|suggests|suggested|found|finds|indicate|indicates|indicated|reveal|reveals|revealed)\b`, 'u'),
    verb: (m) => `${m[2]} ${m[3]}`,
    source: (m) => m[1],
  },
];

/** Reporting verb used as a verb (not "the report" or "claims that were…"). */
const VERB_RE = new RegExp(String.raw`(?:^|\s)${AUX}\b(${VERBS})\b(?!\s+(?:to|by|of|for)\b)`, 'giu');

/** Inverted and trailing attributions: "…, said X." / "…,” X said." */
const TRAILING = new RegExp(String.raw`[,”"]\s*(?:${'said|says|told|added|wrote|explained|warned|noted|argued|claimed|stated'})\s+([^,.;]{2,80}?)\s*[.!?]?$|[,”"]\s*([^,.;“”"]{2,80}?)\s+(said|says|added|told reporters|wrote|explained|warned|noted|argued|claimed|stated)\s*[.!?]?\s*$`, 'iu');

/** An attribution plus where its words are in the sentence, for a note's evidence. */
export interface AttributionMatch extends Attribution {
  /** The sentence's own words from the source to the verb (or verb to source): "X has reported". */
  evidence: string;
}

/** Finds the attribution of a sentence and the words that make it, or null. */
export function matchAttribution(sentence: string): AttributionMatch | null {
  const a = findAttribution(sentence);
  if (!a) return null;
  const s = sentence.indexOf(a.source);
  const verbWord = a.verb.split(' ')[0];
  let v = s >= 0 ? sentence.indexOf(verbWord, s + a.source.length) : -1;
  if (v < 0) v = sentence.toLowerCase().indexOf(verbWord.toLowerCase());
  if (s < 0 || v < 0) return { ...a, evidence: a.source };
  const from = Math.min(s, v);
  const to = Math.max(s + a.source.length, v + verbWord.length);
  return { ...a, evidence: sentence.slice(from, to) };
}

/** Finds the attribution of a sentence, or null. */
export function findAttribution(sentence: string): Attribution | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(sentence);
    if (m) {
      const source = cleanSource(p.source(m));
      if (source) return { source, verb: p.verb(m) };
    }
  }

  const trailing = TRAILING.exec(sentence);
  if (trailing) {
    const source = cleanSource(trailing[1] ?? trailing[2] ?? '');
    const verb = trailing[1] ? (/said|says|told|added|wrote|explained|warned|noted|argued|claimed|stated/i.exec(trailing[0])?.[0] ?? 'said') : trailing[3];
    if (source && !PRONOUN.test(source.split(' ')[0]) || (source && /^(?:he|she|they)$/i.test(source))) return { source, verb: verb.toLowerCase() };
  }

  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const verbStart = m.index + m[0].lastIndexOf(m[1]);
    const before = sentence.slice(0, m.index + (m[0].length - m[0].trimStart().length));
    const after = sentence.slice(verbStart + m[1].length);
    // A reporting verb introduces what was reported: "that", a quote, a colon, a comma, or a clause.
    if (!/^\s*(?:that\b|[:“"‘,]|\s+(?:the|a|an|it|he|she|they|there|this|[\p{Lu}\p{N}])|reporters|journalists|parliament|the\s)/u.test(after) && !/^\s*[.!?]?\s*$/.test(after)) continue;
    const source = subjectBefore(before.replace(/\s+(?:has|have|had|also|previously|recently|nevertheless|however|publicly|repeatedly)(?:\s+(?:has|have|had|also|previously|recently|nevertheless|however|publicly|repeatedly))*\s*$/i, ''));
    if (!source || source.split(/\s+/).length > MAX_SUBJECT_WORDS) continue;
    // "The study, which…, found": fine; "He said": a pronoun source, kept so the caller can resolve it.
    if (/^(?:it|this|that|there)$/i.test(source)) continue;
    if (!/[\p{L}]/u.test(source)) continue;
    // A lowercase subject that is neither a pronoun nor an anonymous source ("the plan says") is rarely a person.
    if (!/\p{Lu}/u.test(source) && !PRONOUN.test(source) && !ANONYMOUS_SOURCE.test(source)) continue;
    return { source, verb: m[1].toLowerCase() };
  }
  return null;
}
