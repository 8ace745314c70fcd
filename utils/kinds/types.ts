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

/**
 * The first match of any pattern, earliest in the sentence; patterns listed first win ties. `gates[i]`,
 * when given, is a necessary condition for `patterns[i]` to match (see wordGate), checked first.
 */
export function firstMatch(sentence: string, patterns: readonly RegExp[], gates?: readonly WordGate[]): KindMatch | null {
  let best: KindMatch | null = null;
  for (let i = 0; i < patterns.length; i++) {
    if (gates && !gates[i](sentence)) continue;
    const re = patterns[i];
    const m = re.exec(sentence);
    if (!m) continue;
    const evidence = (m.groups?.hit ?? m[0]).trim();
    const index = m.index + m[0].indexOf(evidence);
    if (!best || index < best.index) best = { evidence, index };
  }
  return best;
}

/*
 * Word gates: most sentences contain none of the words a pattern is built around, and one pass over a
 * sentence's words (walking one trie of every gate's words) rules those patterns out faster than each regex can fail by
 * trying every position. A gate is only ever a necessary condition: it may let through a sentence the
 * pattern then rejects, never turn away one the pattern matches.
 *
 * A sentence's words are its maximal runs of ASCII [A-Za-z0-9_], lower-cased (gate words are letters
 * only). A regex word written between \b's, or after \s / a punctuation class and before \s / \b / end, is exactly such a run, so
 * "the run is in the gate's list" is necessary for a match. Case: without the `u` flag, `i` never maps
 * a non-ASCII character to an ASCII one, so an ASCII alternative matches only ASCII letters; with `iu`,
 * case folding also matches ſ (U+017F) to s and K (U+212A) to k, and makes them word characters for
 * \b, so a sentence holding either is let through every gate (as is one with İ, which lower-cases
 * to two characters; cheap to include, rare in text). Case-sensitive patterns match a subset of what
 * the lower-cased lists admit.
 */

/** One bit per registered word list, packed in SLOTS 32-bit words. */
const SLOTS = 4;
/** Bit 0 is "the sentence has a digit", set by the scan itself. */
let groups = 1;
/**
 * Every gate's words in one trie over a-z, walked while scanning so no word is sliced out or looked up:
 * node n's child for letter l is TRIE[n * 26 + l] (0: none, the root being no one's child), and
 * ENDS[n] holds the gate bits of the word that ends at n.
 */
let TRIE = new Int32Array(26 * 64);
const ENDS: (Uint32Array | undefined)[] = [undefined];
/**
 * The gate bits of the last sentence scanned (the detectors and attribution ask about one sentence in a
 * row); one array reused, since only the last sentence's bits are ever read.
 */
let scanned: string | undefined;
const BITS = new Uint32Array(SLOTS);
let scannedBits: Uint32Array | null = null;

/** Tests whether a sentence may hold a word (or, for DIGIT, a digit); exact in the "may" sense above. */
export type WordGate = (sentence: string) => boolean;

/** The bits of every gate whose word list has a word of the sentence; null means let everything through. */
function gateBits(sentence: string): Uint32Array | null {
  if (sentence === scanned) return scannedBits;
  const bits = BITS.fill(0);
  const trie = TRIE;
  let result: Uint32Array | null = bits;
  // The trie node of the word so far: 0 between words, -1 once it is no gate's word.
  let node = 0;
  for (let i = 0; i <= sentence.length; i++) {
    const c = i < sentence.length ? sentence.charCodeAt(i) : 32;
    const letter = (c | 32) - 97;
    if (letter >= 0 && letter < 26) {
      if (node >= 0) node = trie[node * 26 + letter] || -1;
    } else if (c >= 48 && c <= 57) {
      bits[0] |= 1;
      node = -1;
    } else if (c === 95) {
      node = -1;
    } else {
      if (node > 0) {
        const ends = ENDS[node];
        if (ends) for (let s = 0; s < SLOTS; s++) bits[s] |= ends[s];
      }
      node = 0;
      if (c === 0x17f || c === 0x212a || c === 0x130) {
        result = null;
        break;
      }
    }
  }
  scanned = sentence;
  scannedBits = result;
  return result;
}

/** Makes a gate that passes a sentence holding a digit. */
export const DIGIT: WordGate = (sentence) => {
  const bits = gateBits(sentence);
  return bits === null || (bits[0] & 1) !== 0;
};

/**
 * Makes a gate that passes a sentence holding one of `words` ("said|says|told": lower-case ASCII words,
 * `|`-separated, as a regex alternation lists them; a phrase counts by its first word).
 */
export function wordGate(words: string): WordGate {
  if (groups >= SLOTS * 32) throw new Error('word gates: raise SLOTS');
  const slot = groups >>> 5;
  const bit = 1 << (groups & 31);
  groups++;
  for (const alternative of words.split('|')) {
    const word = alternative.split(' ')[0];
    if (!/^[a-z]+$/.test(word)) throw new Error(`word gate: "${word}" is not a lower-case ASCII word`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const at = node * 26 + word.charCodeAt(i) - 97;
      if (!TRIE[at]) {
        TRIE[at] = ENDS.length;
        ENDS.push(undefined);
        if (ENDS.length * 26 > TRIE.length) {
          const grown = new Int32Array(TRIE.length * 2);
          grown.set(TRIE);
          TRIE = grown;
        }
      }
      node = TRIE[at];
    }
    (ENDS[node] ??= new Uint32Array(SLOTS))[slot] |= bit;
  }
  // A sentence scanned before this list existed has no bit for it.
  scanned = undefined;
  return (sentence) => {
    const bits = gateBits(sentence);
    return bits === null || (bits[slot] & bit) !== 0;
  };
}

/** A gate that passes a sentence only when every one of `gates` does (each is necessary, so all are). */
export function allOf(...gates: WordGate[]): WordGate {
  return (sentence) => gates.every((g) => g(sentence));
}

/** A gate that passes a sentence when any one of `gates` does (the pattern needs one or the other). */
export function anyOf(...gates: WordGate[]): WordGate {
  return (sentence) => gates.some((g) => g(sentence));
}
