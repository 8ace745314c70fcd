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
export function firstMatch(sentence: string, patterns: readonly RegExp[], gates?: GateSet): KindMatch | null {
  let best: KindMatch | null = null;
  const open = gates ? gatesOpen(sentence, gates) : -1;
  for (let i = 0; i < patterns.length; i++) {
    if ((open & (1 << i)) === 0) continue;
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
 * pattern then rejects, never turn away one the pattern matches. A detector's gates are asked together
 * (gateSet, gatesOpen): most are word lists, all of whose words the sentence needs, so a few bit tests
 * in one loop answer them instead of a call per gate and per list.
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
 * node n's child for letter l is TRIE[n * 26 + l]. Node 0 is "no gate's word" (all its children are 0,
 * and so is every missing child), node 1 the root; ENDS[n * SLOTS + s] holds slot s of the gate bits
 * of the word ending at n (SLOTS is 4: the scan keeps one local per slot).
 */
let TRIE = new Int32Array(26 * 64);
let ENDS = new Uint32Array(SLOTS * 64);
let nodes = 2;
/**
 * The gate bits of the last sentence scanned (the detectors and attribution ask about one sentence in a
 * row); one array reused, since only the last sentence's bits are ever read.
 */
let scanned: string | undefined;
const BITS = new Uint32Array(SLOTS);
let scannedBits: Uint32Array | null = null;
/** For a node where a word of a firstWordAt list ends, 1 + that list's number; else 0. */
let FIRST_LIST = new Uint8Array(64);
let firstLists = 0;
/** Where in the last sentence scanned each firstWordAt list's first word starts (-1: nowhere). */
const FIRST_AT = new Int32Array(4);
/** Where the last sentence scanned has its first digit (-1: nowhere). */
let firstDigit = -1;

/** Tests whether a sentence may hold a word (or, for DIGIT, a digit); exact in the "may" sense above. */
export type WordGate = (sentence: string) => boolean;

/** The bits of every gate whose word list has a word of the sentence; null means let everything through. */
function gateBits(sentence: string): Uint32Array | null {
  if (sentence === scanned) return scannedBits;
  scanned = sentence;
  const trie = TRIE;
  const ends = ENDS;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let digit = 0;
  FIRST_AT.fill(-1);
  firstDigit = -1;
  // The trie node of the word so far: 1 between words, 0 once it is no gate's word; where it began.
  let node = 1;
  let start = 0;
  const size = sentence.length;
  for (let i = 0; i <= size; i++) {
    // One space past the end closes the last word.
    const c = i < size ? sentence.charCodeAt(i) : 32;
    const letter = ((c | 32) - 97) >>> 0;
    if (letter < 26) {
      node = trie[node * 26 + letter];
    } else if (c >= 48 && c <= 57) {
      if (digit === 0) {
        digit = 1;
        firstDigit = i;
      }
      node = 0;
    } else if (c === 95) {
      node = 0;
    } else {
      if (node > 1) {
        const at = node * SLOTS;
        b0 |= ends[at];
        b1 |= ends[at + 1];
        b2 |= ends[at + 2];
        b3 |= ends[at + 3];
        const list = FIRST_LIST[node];
        if (list && FIRST_AT[list - 1] < 0) FIRST_AT[list - 1] = start;
      }
      node = 1;
      start = i + 1;
      if (c === 0x17f || c === 0x212a || c === 0x130) return (scannedBits = null);
    }
  }
  BITS[0] = b0 | digit;
  BITS[1] = b1;
  BITS[2] = b2;
  BITS[3] = b3;
  return (scannedBits = BITS);
}

/**
 * For a gate that passes exactly the sentences holding a word of each of some lists (a wordGate, DIGIT,
 * allOf of such gates): the bits it needs, all of them, SLOTS words.
 */
// Int32Array: `&` gives a signed 32-bit number, which must compare equal to a need that holds bit 31.
const NEEDS = new WeakMap<WordGate, Int32Array>();

/** Makes a gate that passes a sentence holding a digit. */
export const DIGIT: WordGate = (sentence) => {
  const bits = gateBits(sentence);
  return bits === null || (bits[0] & 1) !== 0;
};
NEEDS.set(DIGIT, Int32Array.of(1, 0, 0, 0));

/** Up to 32 gates, one per pattern, as gatesOpen asks them: bits needed, or else the gate itself. */
export interface GateSet {
  /** SLOTS words per gate: the bits it needs (all zero for a gate asked by calling it). */
  needs: Int32Array;
  /** Gates that are not word lists (anyOf, a plain search), asked by calling them; null for the others. */
  calls: (WordGate | null)[];
}

/** Prepares `gates` (one per pattern, in order) for gatesOpen. */
export function gateSet(gates: readonly WordGate[]): GateSet {
  if (gates.length > 32) throw new Error('gateSet: at most 32 gates');
  const needs = new Int32Array(gates.length * SLOTS);
  const calls: (WordGate | null)[] = [];
  gates.forEach((gate, i) => {
    const need = NEEDS.get(gate);
    if (need) needs.set(need, i * SLOTS);
    calls.push(need ? null : gate);
  });
  return { needs, calls };
}

/**
 * Which gates of a set pass a sentence: bit i for gate i. The same answers as calling each gate, from one
 * look at the sentence's bits.
 */
export function gatesOpen(sentence: string, set: GateSet): number {
  const bits = gateBits(sentence);
  const needs = set.needs;
  const calls = set.calls;
  let open = 0;
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    if (call !== null) {
      if (call(sentence)) open |= 1 << i;
      continue;
    }
    // A sentence let through every gate (ſ, K, İ) passes every word list.
    if (bits !== null) {
      const at = i * SLOTS;
      if ((bits[0] & needs[at]) !== needs[at] || (bits[1] & needs[at + 1]) !== needs[at + 1]) continue;
      if ((bits[2] & needs[at + 2]) !== needs[at + 2] || (bits[3] & needs[at + 3]) !== needs[at + 3]) continue;
    }
    open |= 1 << i;
  }
  return open;
}

/** Where a sentence's first digit is, or -1; 0 for a sentence let through every gate (ſ, K, İ). */
export function firstDigitAt(sentence: string): number {
  return gateBits(sentence) === null ? 0 : firstDigit;
}

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
    let node = 1;
    for (let i = 0; i < word.length; i++) {
      const at = node * 26 + word.charCodeAt(i) - 97;
      if (!TRIE[at]) {
        if (nodes * 26 >= TRIE.length) {
          const trie = new Int32Array(TRIE.length * 2);
          trie.set(TRIE);
          TRIE = trie;
          const ends = new Uint32Array(ENDS.length * 2);
          ends.set(ENDS);
          ENDS = ends;
          const first = new Uint8Array(FIRST_LIST.length * 2);
          first.set(FIRST_LIST);
          FIRST_LIST = first;
        }
        TRIE[at] = nodes++;
      }
      node = TRIE[at];
    }
    ENDS[node * SLOTS + slot] |= bit;
  }
  // A sentence scanned before this list existed has no bit for it.
  scanned = undefined;
  const gate: WordGate = (sentence) => {
    const bits = gateBits(sentence);
    return bits === null || (bits[slot] & bit) !== 0;
  };
  const need = new Int32Array(SLOTS);
  need[slot] = bit;
  NEEDS.set(gate, need);
  return gate;
}

/**
 * Makes a function giving where the first of `words` (as for wordGate) starts in a sentence, or -1 when
 * there is none: a pattern that must start at one of these words cannot match before it. A sentence
 * let through every gate (ſ, K, İ) gives 0.
 */
export function firstWordAt(words: string): (sentence: string) => number {
  if (firstLists >= FIRST_AT.length) throw new Error('firstWordAt: too many lists');
  const list = firstLists++;
  const gate = wordGate(words);
  for (const alternative of words.split('|')) {
    let node = 1;
    for (const ch of alternative.split(' ')[0]) node = TRIE[node * 26 + ch.charCodeAt(0) - 97];
    // A word in two lists would need two entries; none is.
    if (FIRST_LIST[node] && FIRST_LIST[node] !== list + 1) throw new Error(`firstWordAt: "${alternative}" is in two lists`);
    FIRST_LIST[node] = list + 1;
  }
  return (sentence) => {
    if (!gate(sentence)) return -1;
    return scannedBits === null ? 0 : FIRST_AT[list];
  };
}

/** A gate that passes a sentence only when every one of `gates` does (each is necessary, so all are). */
export function allOf(...gates: WordGate[]): WordGate {
  // Plain loops, not every(): a closure per call costs more than the gates themselves.
  const all: WordGate = (sentence) => {
    for (let i = 0; i < gates.length; i++) if (!gates[i](sentence)) return false;
    return true;
  };
  // Word lists all of which are needed: all their bits are.
  if (gates.every((g) => NEEDS.has(g))) {
    const need = new Int32Array(SLOTS);
    for (const g of gates) for (let s = 0; s < SLOTS; s++) need[s] |= NEEDS.get(g)![s];
    NEEDS.set(all, need);
  }
  return all;
}

/** A gate that passes a sentence when any one of `gates` does (the pattern needs one or the other). */
export function anyOf(...gates: WordGate[]): WordGate {
  return (sentence) => {
    for (let i = 0; i < gates.length; i++) if (gates[i](sentence)) return true;
    return false;
  };
}
