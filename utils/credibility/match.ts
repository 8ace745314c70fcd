/**
 * Does this sentence make the claim a fact-checker reviewed?
 *
 * A false "Fact-checked: False" on a true sentence does real harm, so the matcher is built for
 * precision first and rewording second:
 * - words are compared after light normalisation (case, accents, plurals and tenses, common
 *   irregular verbs and news synonyms, number words, "1.4 million" = 1400000, acronyms such as
 *   "CDC" for "Centers for Disease Control"), so a reworded claim still matches;
 * - nearly every content word of the reviewed claim must be in the sentence (none may be missing from
 *   a short claim), so sharing a name and a topic is never enough;
 * - a sentence that negates the claim, states a contrary direction ("fewer" for "more", "lowest" for
 *   "highest") or gives other figures is a different assertion and does not match.
 * Precision and recall are measured in `match.test.ts` on hand-written pairs and on thousands of
 * debate sentences that must match nothing.
 */
import type { FactCheck } from '../analyze/index';
import countries from '../parties/countries.json';

/** A sentence matched to a fact-check. */
export interface FactCheckMatch {
  factCheck: FactCheck;
  /** 0..1, how much of the reviewed claim the sentence covers (plus a little of the reverse). */
  score: number;
  /** The sentence's words that matched the reviewed claim, in page order, as written. */
  matchedWords: string[];
  /** The sentence's text from the first matched word to the last, as written. */
  evidence: string;
}

interface Token {
  /** Canonical form compared between texts. */
  key: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
  kind: 'content' | 'weak' | 'stop' | 'negation' | 'polar' | 'number';
  /** Written with a capital inside the sentence, or an acronym: a name. */
  capitalized: boolean;
}

interface PreparedText {
  tokens: Token[];
  /** Canonical keys of content words and numbers. */
  contentKeys: Set<string>;
  numbers: Set<string>;
  polar: Set<string>;
  /** Keys of the words written as names (capitalised inside the sentence). */
  names: Set<string>;
  /** Names written next to each other ("Barack Obama", "Alte Rathaus"), as keys. */
  nameRuns: string[][];
  /** Acronym → keys of the words it stands for ("cdc" → centers, diseas, contro). */
  acronyms: Map<string, string[]>;
}

/** Fewest content words a reviewed claim needs before it can be matched at all: "You called it the gold standard" is too generic. */
const MIN_CLAIM_WORDS = 4;
/** Fewest words a match must share. */
const MIN_MATCHED_WORDS = 3;
/** Least share of the sentence's own content words that must belong to the claim. */
const MIN_SENTENCE_COVER = 0.25;

const prepared = new WeakMap<FactCheck, PreparedText>();

/** Word → positions of the fact-checks whose claim has it, per store, so a sentence is compared only with plausible claims. */
interface StoreIndex {
  claims: Array<PreparedText | undefined>;
  byKey: Map<string, number[]>;
}
const indexes = new WeakMap<readonly FactCheck[], StoreIndex>();

/**
 * The stored fact-check whose reviewed claim this sentence makes, or undefined. When several match,
 * the closest wins. The store is indexed once per array, so keep passing the same array.
 */
export function matchFactCheck(sentence: string, factChecks: readonly FactCheck[]): FactCheckMatch | undefined {
  if (factChecks.length === 0 || !sentence.trim()) return undefined;
  const text = prepareText(sentence);
  if (text.contentKeys.size < MIN_MATCHED_WORDS) return undefined;
  const index = indexOf(factChecks);
  // Only claims sharing two words (or a word and an acronym) with the sentence can match.
  const shared = new Map<number, number>();
  const count = (key: string): void => {
    for (const position of index.byKey.get(key) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
  };
  for (const key of text.contentKeys) count(key);
  for (const acronym of text.acronyms.keys()) if (!text.contentKeys.has(acronym)) count(acronym);
  let best: FactCheckMatch | undefined;
  for (const [position, words] of shared) {
    const claim = index.claims[position];
    if (words < 2 || !claim) continue;
    const match = compare(claim, text, sentence);
    if (match && (!best || match.score > best.score)) best = { factCheck: factChecks[position], ...match };
  }
  return best;
}

function indexOf(factChecks: readonly FactCheck[]): StoreIndex {
  let index = indexes.get(factChecks);
  if (index) return index;
  index = { claims: [], byKey: new Map() };
  for (const [position, factCheck] of factChecks.entries()) {
    // Stored data may come from old versions or imports: never let one odd record break a page.
    if (typeof factCheck?.claimReviewed !== 'string') {
      index.claims.push(undefined);
      continue;
    }
    let claim = prepared.get(factCheck);
    if (!claim) {
      claim = prepareText(factCheck.claimReviewed);
      prepared.set(factCheck, claim);
    }
    index.claims.push(claim);
    for (const key of new Set([...claim.contentKeys, ...claim.acronyms.keys()])) {
      const list = index.byKey.get(key);
      if (list) list.push(position);
      else index.byKey.set(key, [position]);
    }
  }
  indexes.set(factChecks, index);
  return index;
}

/** Compares a reviewed claim with a sentence; undefined when the sentence does not make that claim. */
function compare(claim: PreparedText, sentence: PreparedText, raw: string): Omit<FactCheckMatch, 'factCheck'> | undefined {
  if (claim.contentKeys.size < MIN_CLAIM_WORDS) return undefined;
  // Cheap reject first: most pairs share almost nothing.
  let shared = 0;
  for (const key of claim.contentKeys) if (sentence.contentKeys.has(key)) shared += 1;
  const aliasesPossible = claim.acronyms.size > 0 || sentence.acronyms.size > 0;
  if (!aliasesPossible && shared < claim.contentKeys.size - allowedMissing(claim.contentKeys.size)) return undefined;
  if (shared === 0) return undefined;

  const matchedClaimKeys = new Set<string>();
  const matchedSentenceKeys = new Set<string>();
  for (const key of claim.contentKeys) {
    if (sentence.contentKeys.has(key)) {
      matchedClaimKeys.add(key);
      matchedSentenceKeys.add(key);
    }
  }
  // "CDC" in one text stands for "Centers for Disease Control" in the other.
  for (const [acronym, keys] of claim.acronyms) {
    if (sentence.contentKeys.has(acronym)) {
      for (const key of keys) matchedClaimKeys.add(key);
      matchedSentenceKeys.add(acronym);
    }
  }
  for (const [acronym, keys] of sentence.acronyms) {
    if (claim.contentKeys.has(acronym)) {
      matchedClaimKeys.add(acronym);
      for (const key of keys) matchedSentenceKeys.add(key);
    }
  }

  const total = claim.contentKeys.size;
  const missing = [...claim.contentKeys].filter((key) => !matchedClaimKeys.has(key));
  if (matchedClaimKeys.size < MIN_MATCHED_WORDS || missing.length > allowedMissing(total)) return undefined;
  // Names may be shortened ("Obama" for "Barack Obama") but not swapped: one must stay. The other
  // words carry the assertion ("tweeted about his death" vs "friends were questioned after his death"),
  // so hardly any may go.
  const missingNames = missing.filter((key) => claim.names.has(key)).length;
  const missingWords = missing.filter((key) => !claim.names.has(key) && !claim.numbers.has(key)).length;
  const words = [...claim.contentKeys].filter((key) => !claim.names.has(key) && !claim.numbers.has(key)).length;
  if (claim.names.size > 0 && missingNames === claim.names.size) return undefined;
  // Only part of a longer name may go ("Barack" of "Barack Obama"); a place or person named alone may not.
  for (const key of missing) {
    if (!claim.names.has(key)) continue;
    const run = claim.nameRuns.find((names) => names.includes(key));
    if (!run || !run.some((other) => other !== key && matchedClaimKeys.has(other))) return undefined;
  }
  if (missingNames > Math.floor(claim.names.size / 2) || missingWords > Math.max(0, Math.floor((words - 2) / 4))) return undefined;
  if (possessiveShift(claim, sentence, matchedSentenceKeys)) return undefined;
  // Figures are what a claim is about: every figure of the claim must be there.
  if ([...claim.numbers].some((number) => !sentence.numbers.has(number))) return undefined;
  // The sentence giving other figures besides ("5 degrees since 1900" vs "by 2100") asserts something else.
  if (claim.numbers.size > 0 && [...sentence.numbers].some((number) => !claim.numbers.has(number) && withinMatchedSpan(sentence, number, matchedSentenceKeys))) {
    return undefined;
  }
  if (contraryDirection(claim.polar, sentence.polar)) return undefined;

  const matchedTokens = tightestWindow(
    sentence.tokens.filter((token) => matchedSentenceKeys.has(token.key) && (token.kind === 'content' || token.kind === 'number' || token.kind === 'polar')),
  );
  if (matchedTokens.length === 0) return undefined;
  const spanStart = matchedTokens[0].start;
  const spanEnd = matchedTokens[matchedTokens.length - 1].end;
  // Negation inside the matched words flips the claim ("Biden said he would not ban fracking"); one
  // after them ("born in Kenya, not Hawaii") usually does not.
  const claimNegations = claim.tokens.filter((token) => token.kind === 'negation').length;
  const sentenceNegations = sentence.tokens.filter((token) => token.kind === 'negation' && token.start > spanStart && token.start < spanEnd).length;
  if (claimNegations % 2 !== sentenceNegations % 2) return undefined;

  const sentenceCover = [...sentence.contentKeys].filter((key) => matchedSentenceKeys.has(key)).length / sentence.contentKeys.size;
  if (sentenceCover < MIN_SENTENCE_COVER) return undefined;
  const claimCover = (total - missing.length) / total;
  return {
    score: round(0.8 * claimCover + 0.2 * sentenceCover),
    matchedWords: matchedTokens.map((token) => token.text),
    evidence: raw.slice(spanStart, spanEnd),
  };
}

/**
 * The shortest run of matched words that still holds every matched key once: "wind farm … said that
 * turbines kill more birds" yields the part about turbines, not everything from the first "wind".
 */
function tightestWindow(tokens: Token[]): Token[] {
  const wanted = new Set(tokens.map((token) => token.key)).size;
  const counts = new Map<string, number>();
  let best: [number, number] = [0, tokens.length - 1];
  let left = 0;
  for (let right = 0; right < tokens.length; right += 1) {
    counts.set(tokens[right].key, (counts.get(tokens[right].key) ?? 0) + 1);
    while (counts.size === wanted) {
      if (tokens[right].end - tokens[left].start < tokens[best[1]].end - tokens[best[0]].start) best = [left, right];
      const key = tokens[left].key;
      const count = (counts.get(key) ?? 0) - 1;
      if (count === 0) counts.delete(key);
      else counts.set(key, count);
      left += 1;
    }
  }
  return tokens.slice(best[0], best[1] + 1);
}

/** How many content words of a claim of `total` words may be missing from a matching sentence, names included. */
function allowedMissing(total: number): number {
  return Math.max(1, Math.floor((total - 1) / 3));
}

function withinMatchedSpan(text: PreparedText, number: string, matched: Set<string>): boolean {
  const matchedTokens = text.tokens.filter((token) => matched.has(token.key));
  if (matchedTokens.length === 0) return false;
  const start = matchedTokens[0].start;
  const end = matchedTokens[matchedTokens.length - 1].end;
  // A figure near the matched words (within a few characters of them) belongs to the same assertion.
  return text.tokens.some((token) => token.kind === 'number' && token.key === number && token.end >= start - 40 && token.start <= end + 40);
}

/**
 * "Barack Obama's father was born in Kenya" is not "Barack Obama was born in Kenya": a name the claim
 * is about turns, in the sentence, into the owner of something else the claim does not mention.
 */
function possessiveShift(claim: PreparedText, sentence: PreparedText, matched: Set<string>): boolean {
  const claimPossessives = new Set(claim.tokens.filter(isPossessive).map((token) => token.key));
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!isPossessive(token) || !matched.has(token.key) || !claim.names.has(token.key) || claimPossessives.has(token.key)) continue;
    const owned = tokens.slice(i + 1).find((next) => next.kind === 'content' || next.kind === 'number' || next.kind === 'polar');
    if (owned && !matched.has(owned.key) && !claim.contentKeys.has(owned.key)) return true;
  }
  return false;
}

function isPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}

function contraryDirection(claim: Set<string>, sentence: Set<string>): boolean {
  for (const [a, b] of CONTRARY_PAIRS) {
    if ((claim.has(a) && sentence.has(b) && !sentence.has(a)) || (claim.has(b) && sentence.has(a) && !sentence.has(b))) return true;
  }
  return false;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// ——— Text preparation ———

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Tokens, content keys, figures and acronyms of a text. */
export function prepareText(text: string): PreparedText {
  // Offsets stay in the text as given (evidence is sliced from it); only each word is normalised.
  const normalized = text;
  const raw: Array<{ text: string; start: number; end: number }> = [];
  for (const segment of wordSegmenter.segment(normalized)) {
    if (!segment.isWordLike) continue;
    raw.push({ text: segment.segment, start: segment.index, end: segment.index + segment.segment.length });
  }
  // Glue "COVID" "-" "19" and "alpha" "-" "2b" back together: one name, not a word and a figure.
  const glued: typeof raw = [];
  for (const piece of raw) {
    const previous = glued[glued.length - 1];
    if (previous && previous.end + 1 === piece.start && normalized[previous.end] === '-' && /^\p{L}+$/u.test(previous.text) && /^\d/.test(piece.text)) {
      previous.text = normalized.slice(previous.start, piece.end);
      previous.end = piece.end;
    } else {
      glued.push({ ...piece });
    }
  }

  const tokens: Token[] = [];
  for (let i = 0; i < glued.length; i += 1) {
    const piece = glued[i];
    const lower = piece.text.normalize('NFKC').toLowerCase().replace(/-/g, '');
    const atSentenceStart = i === 0 || /[.!?:"“]\s*$/.test(normalized.slice(glued[i - 1].end, piece.start));
    const capitalized = (/^\p{Lu}/u.test(piece.text) && !atSentenceStart) || /^\p{Lu}{2,}\d*$/u.test(piece.text);
    const number = parseNumber(lower, glued[i + 1]?.text.toLowerCase());
    if (number !== undefined) {
      // "1.4 million": the scale word belongs to the figure.
      const scaled = SCALES[glued[i + 1]?.text.toLowerCase() ?? ''] !== undefined;
      const end = scaled ? glued[i + 1].end : piece.end;
      tokens.push({ key: number, text: normalized.slice(piece.start, end), start: piece.start, end, kind: 'number', capitalized: false });
      if (scaled) i += 1;
      continue;
    }
    const lemma = LEMMAS[lower] ?? lower;
    // Direction words keep their whole form: "increase" and "increa…" must not blur with other words.
    const key = POLAR_KEYS.has(lemma) ? lemma : canonical(lower);
    tokens.push({ key, text: piece.text, start: piece.start, end: piece.end, kind: kindOf(piece.text, lower, key), capitalized });
  }

  markDescriptors(tokens);
  const contentKeys = new Set<string>();
  const numbers = new Set<string>();
  const polar = new Set<string>();
  const names = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    // A capitalised first word is a name when the next word is one too ("Barack Obama was…").
    if (token.kind === 'content' && (token.capitalized || (index === 0 && /^\p{Lu}/u.test(token.text) && tokens[1]?.capitalized))) names.add(token.key);
    if (token.kind === 'content' || token.kind === 'polar') contentKeys.add(token.key);
    if (token.kind === 'number') {
      contentKeys.add(token.key);
      numbers.add(token.key);
    }
    if (token.kind === 'polar') polar.add(token.key);
  }
  const nameRuns: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'content' && names.has(token.key)) {
      run.push(token.key);
    } else if (token.kind !== 'stop' || !ACRONYM_CONNECTORS.has(token.text.toLowerCase()) || run.length === 0) {
      if (run.length > 0) nameRuns.push(run);
      run = [];
    }
  }
  if (run.length > 0) nameRuns.push(run);
  return { tokens, contentKeys, numbers, polar, names, nameRuns, acronyms: acronymsOf(tokens) };
}

/**
 * Titles and what qualifies them ("Canada's prime minister", "the Ukrainian president") describe a
 * person named elsewhere; a rewording often drops them, so they are neither needed nor enough.
 */
function markDescriptors(tokens: Token[]): void {
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'content' || !TITLES.has(token.key)) continue;
    token.kind = 'weak';
    const before = tokens[index - 1];
    if (before && before.kind === 'content' && (before.capitalized || /^\p{Lu}/u.test(before.text)) && !TITLES.has(before.key)) before.kind = 'weak';
    if (before && TITLES.has(before.key)) {
      before.kind = 'weak';
      const earlier = tokens[index - 2];
      if (earlier && earlier.kind === 'content' && /^\p{Lu}/u.test(earlier.text)) earlier.kind = 'weak';
    }
  }
}

/** Acronyms of runs of capitalised words ("Centers for Disease Control" → cdc), each with the words it stands for. */
function acronymsOf(tokens: Token[]): Map<string, string[]> {
  const acronyms = new Map<string, string[]>();
  let run: Token[] = [];
  const flush = (): void => {
    const names = run.filter((token) => token.kind === 'content');
    for (let from = 0; from < names.length; from += 1) {
      // Acronyms have two to six letters; longer runs of capitals are headlines, not names.
      for (let to = from + 2; to <= Math.min(names.length, from + 6); to += 1) {
        // Two-letter acronyms collide with too much ("DC", "PM"); allow them only for a whole two-word name ("UK").
        if (to - from === 2 && names.length !== 2) continue;
        const words = names.slice(from, to);
        const acronym = words.map((token) => token.text[0].toLowerCase()).join('');
        if (!acronyms.has(acronym)) acronyms.set(acronym, words.map((token) => token.key));
      }
    }
    run = [];
  };
  for (const token of tokens) {
    const isName = token.kind === 'content' && /^\p{Lu}/u.test(token.text);
    const isConnector = run.length > 0 && token.kind === 'stop' && ACRONYM_CONNECTORS.has(token.text.toLowerCase());
    if (isName || isConnector) run.push(token);
    else flush();
  }
  flush();
  return acronyms;
}

function kindOf(written: string, lower: string, key: string): Token['kind'] {
  if (NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t')) return 'negation';
  if (POLAR_KEYS.has(key)) return 'polar';
  // "US" is a country, "us" a pronoun.
  if (STOP_WORDS.has(lower) && !/^\p{Lu}{2,}$/u.test(written)) return 'stop';
  if (WEAK_WORDS.has(key)) return 'weak';
  return 'content';
}

/** A word's canonical key: irregular forms and synonyms mapped, Latin-script words stemmed and cut to 6 letters. */
function canonical(lower: string): string {
  const base = baseForm(lower);
  return synonyms().get(base) ?? base;
}

/** A word's form before synonyms: lemma, accents folded, country names and demonyms as one key, stem cut to 6 letters. */
function baseForm(lower: string): string {
  const mapped = LEMMAS[lower] ?? lower;
  const folded = /^[\p{Script=Latin}\p{M}\d'’]+$/u.test(mapped)
    ? mapped.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]s$/, '').replace(/['’]/g, '')
    : mapped;
  const country = countryKey(folded);
  if (country) return country;
  if (!/^[a-z]+$/.test(folded)) return folded;
  return stem(folded).slice(0, 6);
}

/** A light English (and Romance-plural) stemmer: enough to equate "vaccines", "vaccinated", "vaccinating". */
function stem(word: string): string {
  const stemmed = stripSuffix(word);
  // "cause", "causes", "caused" all end as "caus".
  return stemmed.length > 3 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

function stripSuffix(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && word.length > 4 && /(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  return word;
}

function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(?:ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}

/** A figure as a canonical number string ("12,000" → "12000", "fifteen" → "15", "1.4 million" → "1400000"). */
function parseNumber(lower: string, next: string | undefined): string | undefined {
  let value: number | undefined;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(lower)) value = Number(lower.replace(/,/g, ''));
  else if (/^\d+(?:[.,]\d+)?$/.test(lower)) value = Number(lower.replace(',', '.'));
  else if (NUMBER_WORDS[lower] !== undefined) value = NUMBER_WORDS[lower];
  if (value === undefined) return undefined;
  const scale = next ? SCALES[next] : undefined;
  return String(scale ? Math.round(value * scale) : value);
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** Words that flip a statement, in the languages fact-checks here come in. */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'nobody', 'none', 'nothing', 'cannot', 'nowhere',
  'não', 'nunca', 'jamais', 'pas', 'aucun', 'aucune', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'ni',
]);

/** Pairs of words that state opposite directions: a claim with one is not matched by a sentence with the other. */
const CONTRARY_PAIRS: ReadonlyArray<[string, string]> = [
  ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['most', 'fewest'], ['higher', 'lower'], ['highest', 'lowest'],
  ['increase', 'decrease'], ['rise', 'fall'], ['up', 'down'], ['above', 'below'], ['over', 'under'], ['win', 'lose'],
  ['before', 'after'], ['larger', 'smaller'], ['largest', 'smallest'], ['bigger', 'smaller'], ['biggest', 'smallest'],
  ['better', 'worse'], ['best', 'worst'], ['cheaper', 'dearer'], ['legal', 'illegal'], ['safe', 'unsafe'],
  ['true', 'false'], ['alive', 'dead'], ['gain', 'loss'], ['support', 'oppose'], ['approve', 'reject'], ['allow', 'ban'],
];
const POLAR_KEYS = new Set(CONTRARY_PAIRS.flat());

/** Irregular and inflected forms mapped to one word before stemming. */
const LEMMAS: Record<string, string> = {
  broke: 'break', broken: 'break', breaks: 'break', said: 'say', says: 'say', took: 'take', taken: 'take', made: 'make',
  won: 'win', wins: 'win', winning: 'win', lost: 'lose', loses: 'lose', losing: 'lose', paid: 'pay', bought: 'buy',
  sold: 'sell', went: 'go', gone: 'go', gave: 'give', given: 'give', fell: 'fall', fallen: 'fall', falls: 'fall',
  falling: 'fall', rose: 'rise', risen: 'rise', rises: 'rise', rising: 'rise', ate: 'eat', eaten: 'eat', eating: 'eat',
  thought: 'think', brought: 'bring', caught: 'catch', held: 'hold', kept: 'keep', left: 'leave', met: 'meet',
  ran: 'run', saw: 'see', seen: 'see', spent: 'spend', told: 'tell', wrote: 'write', written: 'write', grew: 'grow',
  grown: 'grow', sank: 'sink', sunk: 'sink', struck: 'strike', shot: 'shoot', hid: 'hide', hidden: 'hide',
  chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', began: 'begin', begun: 'begin', became: 'become',
  children: 'child', men: 'man', women: 'woman', people: 'person', died: 'death', dies: 'death', die: 'death',
  dying: 'death', dead: 'dead', deaths: 'death', killed: 'death', kills: 'death', kill: 'death', killing: 'death',
  fatalities: 'death', fatality: 'death', increased: 'increase', increases: 'increase', decreased: 'decrease',
  decreases: 'decrease', higher: 'higher', lower: 'lower', bigger: 'bigger', larger: 'larger', better: 'better',
  worse: 'worse', biggest: 'biggest', largest: 'largest', smaller: 'smaller', smallest: 'smallest', best: 'best',
  worst: 'worst', supported: 'support', supports: 'support', opposed: 'oppose', opposes: 'oppose', banned: 'ban',
  bans: 'ban', banning: 'ban', allowed: 'allow', allows: 'allow', approved: 'approve', approves: 'approve',
  rejected: 'reject', rejects: 'reject', raise: 'increase', raises: 'increase', raised: 'increase', raising: 'increase', gains: 'gain', gained: 'gain', losses: 'loss',
};

/** News paraphrases that name the same thing: each group's words share the first one's key. */
const SYNONYM_GROUPS: string[][] = [
  ['death', 'dead', 'deceased'],
  ['vaccine', 'vaccinated', 'vaccination', 'jab', 'inoculation', 'immunisation', 'immunization'],
  ['covid', 'covid19', 'coronavirus', 'corona', 'sarscov2'],
  ['child', 'kid', 'children'],
  ['relations', 'ties', 'relationship'],
  ['break', 'cut', 'sever'],
  ['doctor', 'physician'],
  ['photo', 'picture', 'image', 'photograph'],
  ['buy', 'purchase'],
  ['fund', 'finance', 'financing'],
  ['cure', 'heal'],
  ['arrest', 'detain', 'detainee', 'detenido'],
  ['lie', 'deceive', 'mislead', 'misled'],
  ['combine', 'lump', 'merge', 'mix'],
  ['foreigner', 'foreign', 'extranjero', 'étranger'],
  ['plan', 'intend', 'want', 'aim'],
  ['house', 'home', 'mansion', 'villa'],
  ['town', 'city'],
  ['ground', 'earth'],
  ['economy', 'economic', 'economics'],
  ['microchip', 'chip'],
  ['almost', 'nearly', 'virtually'],
  ['eliminate', 'destroy', 'wipe'],
  ['encourage', 'urge', 'incentivise', 'incentivize', 'incentiva'],
  ['drug', 'narcotic', 'droga'],
  ['downplay', 'minimise', 'minimize', 'underplay', 'belittle'],
  ['role', 'part'],
  ['school', 'classroom'],
];

let synonymIndex: Map<string, string> | undefined;

function synonyms(): Map<string, string> {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const group of SYNONYM_GROUPS) for (const word of group) synonymIndex.set(baseForm(word), baseForm(group[0]));
  }
  return synonymIndex;
}

let countryIndex: Map<string, string> | undefined;

/** "france" and "french" → the same key, from the country table the party matcher uses (one-word names only). */
function countryKey(word: string): string | undefined {
  if (!countryIndex) {
    // Everyday names the package does not list as one word.
    countryIndex = new Map([
      ['britain', 'country:GBR'],
      ['uk', 'country:GBR'],
      ['america', 'country:USA'],
      ['us', 'country:USA'],
      ['usa', 'country:USA'],
    ]);
    for (const [code, names, demonyms] of countries as Array<[string, string[], string[], string[]]>) {
      for (const name of [...names, ...demonyms]) {
        if (/^\p{L}+$/u.test(name)) countryIndex.set(name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), `country:${code}`);
      }
    }
  }
  return countryIndex.get(word);
}


/**
 * Words that say how a claim travelled ("a video shows", "posts claim") rather than what it says:
 * neither needed for a match nor enough for one.
 */
const WEAK_WORDS = new Set(
  [
    'video', 'videos', 'footag', 'clip', 'photo', 'show', 'shown', 'post', 'claim', 'say', 'viral', 'share', 'social',
    'media', 'user', 'online', 'report', 'accord', 'purpor', 'alleged', 'allege', 'suppos', 'falsel', 'wrongl',
    'tell', 'message', 'messag', 'circul', 'forwar', 'widely', 'widel', 'person', 'repeat', 'suggest',
    'describ', 'told', 'believ', 'theory', 'theori', 'conspi', 'rumour', 'rumor', 'fake', 'edited', 'edit', 'manipu',
    'screen', 'screens', 'app', 'whatsa', 'facebo', 'twitter', 'instag', 'tiktok', 'youtub', 'page', 'site', 'websit',
    'news', 'story', 'stori', 'also', 'just', 'now', 'still', 'even', 'new', 'year', 'time', 'day', 'week', 'last',
    'first', 'one', 'many', 'much', 'several', 'some', 'could', 'would', 'should', 'might', 'may', 'will', 'can',
    'get', 'got', 'make', 'take', 'come', 'go', 'give', 'like', 'without', 'evidenc', 'insist', 'argue', 'argu',
    'mr', 'mrs', 'ms', 'dr',
  ].map((word) => canonical(word)),
);

/** Words that carry no claim (English, Portuguese, Spanish, French, German function words). */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'there', 'here',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into', 'onto', 'through', 'across',
  'against', 'between', 'during', 'off', 'out', 'per', 'via', 'within', 'upon', 'around', 'since', 'until', 'while',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'done', 'it', 'its', 'it’s', "it's", 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs',
  'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where',
  'why', 'how', 'all', 'any', 'each', 'every', 'both', 'such', 'so', 'too', 'very', 'only', 'own', 'same', 'other',
  'another', 'again', 'once', 'because', 'while', 'whether', 'also', 'just', 'yet', 'already', 'ever', 'its',
  'de', 'da', 'do', 'das', 'dos', 'e', 'o', 'os', 'as', 'um', 'uma', 'em', 'no', 'na', 'nos', 'nas', 'por', 'para',
  'com', 'que', 'se', 'ao', 'aos', 'à', 'às', 'é', 'foi', 'ser', 'seu', 'sua', 'el', 'la', 'los', 'las', 'un', 'una',
  'y', 'en', 'del', 'al', 'con', 'es', 'fue', 'su', 'sus', 'le', 'les', 'des', 'du', 'et', 'une', 'au', 'aux',
  'est', 'sont', 'a', 'ont', 'ce', 'cette', 'ces', 'qui', 'dans', 'sur', 'avec', 'pour', 'par', 'ses',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'und', 'oder', 'ist', 'sind', 'war',
  'im', 'in', 'von', 'zu', 'mit', 'auf', 'für', 'an', 'bei', 'aus', 'nach', 'wie', 'dass',
]);

/** Words for offices and roles: a description of a person, not what a claim asserts (keys after cutting). */
const TITLES = new Set(
  [
    'president', 'prime', 'minister', 'mayor', 'governor', 'senator', 'congressman', 'congresswoman', 'chancellor',
    'speaker', 'secretary', 'leader', 'king', 'queen', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head',
    'former', 'deputy', 'candidate', 'representative', 'lawmaker', 'mp', 'pm', 'ceo', 'founder', 'actor', 'actress',
    'singer', 'star', 'doctor', 'dr', 'professor', 'official', 'minist',
  ].map((word) => canonical(word)),
);

/** Small words that may sit inside a name an acronym stands for ("Centers for Disease Control and Prevention"). */
const ACRONYM_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'do', 'da', 'des', 'du', 'del', 'la', 'y', 'et', 'für', 'und']);
