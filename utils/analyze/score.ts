import model from './score-model.json';

/** Check-worthiness of one sentence, as the measured scorer sees it. */
export interface SentenceScore {
  /** 0..1, how worth checking: a logistic model's probability with the two classes weighted equally. */
  score: number;
  /** Whether ClaimLens treats the sentence as a claim (a checkable factual statement). */
  claim: boolean;
  /** The features that pushed the score up most, strongest first, for "why is this a claim?". */
  reasons: string[];
}

/** The shipped model: a logistic regression over named cue features and a small word/bigram vocabulary. */
export interface ScorerModel {
  version: number;
  /** Where the weights were learned from, for the README and the about box. */
  source: string;
  bias: number;
  /** Weights of the hand-designed cue features, by name (see `CUES`). */
  cues: Record<string, number>;
  /** Weights of lower-cased words and "word word" bigrams; numbers appear as `<num>`. */
  terms: Record<string, number>;
  /** `claim` is true when `score` is at least this. */
  threshold: number;
}

/** One hand-designed cue: a name the model weighs, and its wording for `reasons` (`measure` works out how strongly a sentence shows it). */
interface Cue {
  name: string;
  /** Short human wording for `reasons`. */
  label: string;
}

/**
 * A sentence prepared once: its text, the lower-cased form every pattern reads, and what the one pass
 * over its tokens and `\w` runs found (the counts several cues share, taken once). The tokens themselves,
 * as lexicon entries, are in `tokenEntries`.
 */
interface SentenceView {
  text: string;
  lower: string;
  /** How many word tokens (figures included). */
  tokens: number;
  /** How many tokens are figures (`\d+(?:[.,]\d+)*`), the same count the "numbers" cue's pattern gives. */
  figures: number;
  /** Tokens that look like regular past forms (-ed, not an adjective of attitude). */
  regularPast: number;
  /** Tokens that are "i", "me" or "my". */
  firstPerson: number;
  /** Lists one of whose words is a run (bits, see `WordList`). */
  hits: number;
  /** Lists whose `rest` a run may start. */
  hints: number;
  /** How many runs are statistic words / irregular past forms (the two counted lists). */
  statistics: number;
  irregularPast: number;
  /** Whether a run is "uh", "um", "er" or "ah": exactly when `DISFLUENCY` would match. */
  disfluent: boolean;
  /** Which of the characters lists look for (`MARKS`) the sentence has. */
  marks: number;
}

/**
 * One cue's word list. A pattern `\b(?:a|b|c)\b` over plain words matches exactly when one of the
 * sentence's `\w+` runs is one of the words, so those become lookups in a single pass over the runs;
 * only the alternatives a run cannot show (several words, apostrophes, "$") stay a pattern, `rest`, tried
 * when a run among `hints` or a character among `marks` says it could match.
 */
interface WordList {
  bit: number;
  rest?: RegExp;
  /** Bits of `MARKS`. */
  marks: number;
}

/** The characters a list's `rest` may need without a hint word ("'ll", "5%", "$5"), noted by the word pass. */
const MARKS: Record<string, number> = { "'": 1, '%': 2, $: 4 };

/** The `MARKS` bit of a character code, 0 for any other. */
function markOf(c: number): number {
  return c === 39 ? 1 : c === 37 ? 2 : c === 36 ? 4 : 0;
}

/** For each word: the lists it is a whole alternative of (`hit`) and the lists whose `rest` it may start (`hint`). */
const LIST_WORDS = new Map<string, { hit: number; hint: number }>();
let nextBit = 1;

function wordList(words: readonly string[], hints: readonly string[] = [], rest?: RegExp, marks?: readonly string[]): WordList {
  const bit = nextBit;
  nextBit *= 2;
  const entry = (w: string) => {
    let e = LIST_WORDS.get(w);
    if (!e) LIST_WORDS.set(w, (e = { hit: 0, hint: 0 }));
    return e;
  };
  for (const w of words) entry(w).hit |= bit;
  for (const w of hints) entry(w).hint |= bit;
  let markBits = 0;
  for (const m of marks ?? []) {
    if (!Object.hasOwn(MARKS, m)) throw new Error(`the word pass notes only ${Object.keys(MARKS).join(' ')}, not ${m}`);
    markBits |= MARKS[m];
  }
  return { bit, rest, marks: markBits };
}

// Each list below is the old single pattern split in two: the plain words, and the rest.
// \d\s*%|\bper ?cent\b|\bpercentage\b
const PERCENT = wordList(['percent', 'percentage'], ['per'], /\d\s*%|\bper cent\b/, ['%']);
// \$\s?\d|\b(?:dollars?|billions?|millions?|trillions?|cents?)\b
const MONEY = wordList(['dollar', 'dollars', 'billion', 'billions', 'million', 'millions', 'trillion', 'trillions', 'cent', 'cents'], [], /\$\s?\d/, ['$']);
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b|\b'\d\d\b/;
const NUMBER_WORD = wordList(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'half', 'quarter', 'third', 'double', 'doubled', 'tripled', 'dozen', 'dozens']);
// Every match has the run "than".
const COMPARISON = wordList([], ['than'], /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|worse|better)\s+than\b|\b\w+er than\b/);
const SUPERLATIVE = wordList(
  ['most', 'least', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'worst', 'best', 'fastest', 'slowest', 'greatest', 'record', 'ever', 'first', 'only'],
  ['last'],
  /\blast time\b/,
);
const STATISTIC = wordList([
  'rate', 'rates', 'unemployment', 'job', 'jobs', 'deficit', 'debt', 'gdp', 'economy', 'average', 'median', 'income', 'wage', 'wages',
  // taxe?s?
  'tax', 'taxe', 'taxs', 'taxes',
  'poverty', 'budget', 'spending', 'crime', 'murder', 'murders', 'death', 'deaths', 'killed', 'price', 'prices', 'cost', 'costs', 'premium', 'premiums',
  'trade', 'tariff', 'tariffs', 'growth', 'population', 'percent', 'statistic', 'statistics', 'number', 'numbers', 'figure', 'figures', 'million', 'billion', 'trillion',
]);
const CHANGE = wordList(
  [
    'increase', 'increased', 'increases', 'decrease', 'decreased', 'decreases', 'rose', 'rise', 'rising', 'risen', 'fell', 'fallen', 'falling', 'dropped', 'drop',
    'decline', 'declined', 'doubled', 'tripled', 'grew', 'grown', 'cut', 'cuts', 'raised', 'lost', 'gained', 'created', 'added', 'reduced', 'soared', 'plunged',
  ],
  ['went'],
  /\bwent (?:up|down)\b/,
);
const REPORTING = wordList(
  ['said', 'says', 'say', 'told', 'reported', 'report', 'announced', 'admitted', 'claimed', 'stated', 'testified', 'wrote', 'voted', 'vote', 'supported', 'opposed', 'endorsed', 'signed', 'passed', 'approved', 'proposed'],
  ['according', 'called'],
  /\b(?:according to|called for)\b/,
);
const PAST_FACT = wordList(
  ['was', 'were', 'had', 'did', 'happened', 'became', 'built', 'sent', 'spent', 'paid', 'took', 'gave', 'made', 'started', 'ended', 'won', 'left', 'moved', 'closed', 'opened', 'killed', 'allowed', 'refused', 'released', 'invaded', 'withdrew', 'sold', 'bought'],
  ['been'],
  /\b(?:has been|have been)\b/,
);
const OPINION = wordList(
  ['frankly', 'honestly'],
  ['i', 'opinion'],
  /\b(?:i think|i believe|i feel|i hope|i guess|in my opinion|i'm sure|i am sure|i know that|i love|i like|i want|i'd like|i would like|i don't think|i disagree|i agree)\b/,
);
const INTENT = wordList(
  ['gonna'],
  ['i', 'we', 'going', 'let', 'my'],
  /\b(?:i will|i'll|we will|we'll|i'm going to|we're going to|going to|let's|we need|we have to|we've got to|we must|we should|we ought|i would|i'd|we would|we'd|i intend|my plan|i promise|i want|we want|i wish|we can|we could)\b/,
);
const GREETING = wordList(
  ['welcome', 'congratulations', 'applause', 'laughter', 'crosstalk', 'pleasure', 'appreciate'],
  ['thank', 'thanks', 'good', 'god', 'ladies', 'nice', 'great'],
  /\b(?:thank you|thanks(?! to)|good evening|good morning|good night|god bless|ladies and gentlemen|nice to|great to be)\b/,
);
// A command to the listener: the sentence opens (after a discourse marker) on a bare verb of action.
// Verbs that frame a statement ("remember that...", "let me point out that...", "keep in mind") are left
// out: what follows them is often the claim.
const IMPERATIVE =
  /^(?:(?:and|but|so|now|well|please|just|then|first|also|again|oh|look),?\s+)*(?:look at|take a look|watch|listen|go|say|give|tell|ask|check|get|stop|don't|make no|come|read|vote|try|wait|believe me|forget|put|help|join|think about)\b/;
const HEDGE = wordList(['would', 'could', 'should', 'might', 'may', 'maybe', 'perhaps', 'probably', 'possibly', 'seem', 'seems', 'hope', 'believe', 'think', 'feel', 'guess', 'suppose']);
const TIME = wordList(
  ['since', 'during', 'decade', 'decades', 'century', 'today', 'yesterday', 'now', 'currently', 'already', 'years'],
  ['last', 'year', 'ago', 'past'],
  /\b(?:last year|this year|last month|years? ago|months? ago|in the last|over the last|in the past)\b/,
);
const FUTURE = wordList(['will', 'would', 'gonna', 'shall'], ['going'], /\b(?:won't|wouldn't|'ll|'d|going to)\b/, ["'"]);
const OBLIGATION = wordList(['gotta', 'must', 'should'], ['to'], /\b(?:have to|has to|had to|need to|needs to|got to|ought to)\b/);
const CONDITIONAL = wordList(['if', 'unless', 'whether', 'suppose', 'imagine']);
// Evaluative words mark a judgement rather than a checkable fact (a small hand-written list). "right" is
// only a hint: "right now" and "all right" are idioms, so a sentence whose only such word is "right"
// gets the whole pattern on the text with the idioms taken out.
const EVALUATIVE_PATTERN =
  /\b(?:great|terrible|disaster|disastrous|wonderful|horrible|tremendous|incredible|amazing|beautiful|bad|good|sad|wrong|right|stupid|crazy|ridiculous|important|fantastic|awful|shame|disgrace|unfair|fair|strong|weak|smart|nice|proud|dangerous|failed|failure|mess|weak|tough|believe|hope|love|hate|fear|afraid)\b/;
const EVALUATIVE = wordList(
  [
    'great', 'terrible', 'disaster', 'disastrous', 'wonderful', 'horrible', 'tremendous', 'incredible', 'amazing', 'beautiful', 'bad', 'good', 'sad', 'wrong', 'stupid', 'crazy',
    'ridiculous', 'important', 'fantastic', 'awful', 'shame', 'disgrace', 'unfair', 'fair', 'strong', 'weak', 'smart', 'nice', 'proud', 'dangerous', 'failed', 'failure', 'mess',
    'tough', 'believe', 'hope', 'love', 'hate', 'fear', 'afraid',
  ],
  ['right'],
);
// Irregular past forms; regular ones are caught by the -ed ending.
const IRREGULAR_PAST = wordList([
  'was', 'were', 'had', 'did', 'said', 'went', 'came', 'got', 'made', 'took', 'gave', 'told', 'left', 'lost', 'won', 'ran', 'put', 'set', 'cut', 'paid', 'sold', 'bought',
  'brought', 'built', 'sent', 'spent', 'kept', 'held', 'led', 'met', 'thought', 'knew', 'saw', 'became', 'began', 'grew', 'fell', 'rose', 'wrote', 'voted', 'signed', 'passed',
]);
// "to give", "to balance": infinitives of purpose mark plans and proposals rather than records.
const INFINITIVE = /\bto (?!the\b|a\b|an\b|be\b|my\b|our\b|your\b|their\b|his\b|her\b|its\b|this\b|that\b|these\b|those\b|me\b|us\b|them\b|him\b|it\b|do\b|none\b|all\b|any\b|some\b|every\b|each\b|date\b|\d)[a-z]+/g;
const NEGATION = wordList(['not', 'never', 'no', 'nobody', 'nothing', 'none'], [], /\b(?:didn't|don't|doesn't|wasn't|weren't|haven't|hasn't|won't|can't)\b/, ["'"]);
const PERFECT = /\b(?:has|have|had|'ve|'s)\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been|[a-z]{3,}ed|gone|grown|risen|fallen|lost|won|made|done|seen|taken|given|become)\b/;
const PERFECT_HINTS = wordList([], ['has', 'have', 'had'], PERFECT, ["'"]);
const EXISTENTIAL = /\bthere (?:is|are|was|were|has been|have been)\b|\bthere's\b/;
const EXISTENTIAL_HINTS = wordList([], ['there'], EXISTENTIAL);
const INFINITIVE_HINTS = wordList([], ['to']);
// Speaking to someone: a sentence that opens on "you" or on a vocative ("Senator Smith, ...").
const YOU_ADDRESS = /^(?:you|your)\b|^(?:(?:and|but|well|now),? )?(?:senator|governor|secretary|congressman|congresswoman|mr\.|mrs\.|ms\.|president|sir|madam)(?: \w+)?,/;
const VAGUE_PRONOUN_START = /^(?:and |but |so |well,? |now,? |oh,? |look,? |yes,? |no,? |okay,? |ok,? )?(?:it|that|this|they|he|she)\b/;
const WH_START = /^(?:and |but |so |well,? |now,? )?(?:what|why|how|who|when|where|which|do|does|did|is|are|can|will|would|should|could)\b/;

/** A weighted term, with the last scoring pass that counted it (a term counts once however often it occurs). */
interface TermWeight {
  weight: number;
  counted: number;
}

/** Everything the scorer knows about one word, found with one hash lookup per token and no string built. */
class WordEntry implements TermWeight {
  /** Word lists the word is a whole alternative of, and whose `rest` it may start (bits, see `WordList`). */
  hit = 0;
  hint = 0;
  disfluency = false;
  firstPerson = false;
  /** An -ed word that is mostly an adjective ("united"), not a past event. */
  adjectival = false;
  /** The model's weight of the word itself, of "<s> word", and of "word next" by next's entry. */
  weight = 0;
  opener = 0;
  pairs: Map<WordEntry, TermWeight> | undefined = undefined;
  counted = 0;
  constructor(
    readonly key: string,
    readonly hash: number,
  ) {}
}

const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** An open-addressing table of word entries, looked up by a slice of the sentence and its hash. */
class Lexicon {
  private readonly slots: (WordEntry | undefined)[];
  private readonly shift: number;

  constructor(entries: Iterable<WordEntry>, count: number) {
    let bits = 4;
    while (1 << bits < count * 3) bits++;
    this.shift = 32 - bits;
    this.slots = new Array<WordEntry | undefined>(1 << bits).fill(undefined);
    const mask = (1 << bits) - 1;
    for (const e of entries) {
      let slot = this.slot(e.hash);
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = e;
    }
  }

  private slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  /** The entry whose word is `text[start, end)` (whose hash is `hash`), if any. */
  get(text: string, start: number, end: number, hash: number): WordEntry | undefined {
    const mask = this.slots.length - 1;
    for (let slot = this.slot(hash); ; slot = (slot + 1) & mask) {
      const e = this.slots[slot];
      if (e === undefined) return undefined;
      if (e.hash === hash && e.key.length === end - start && text.startsWith(e.key, start)) return e;
    }
  }
}

/** A model's weights laid out for scoring: cue weights in `CUES` order, every word it or a list knows. */
interface ScoringIndex {
  cues: Float64Array;
  lexicon: Lexicon;
  /** The entry of `<num>`, every figure's token. */
  figure: WordEntry;
}

const SCORING_INDEXES = new WeakMap<ScorerModel, ScoringIndex>();

function scoringIndex(scorer: ScorerModel): ScoringIndex {
  let index = SCORING_INDEXES.get(scorer);
  if (index) return index;
  const entries = new Map<string, WordEntry>();
  const entry = (word: string): WordEntry => {
    let e = entries.get(word);
    if (!e) entries.set(word, (e = new WordEntry(word, hashOf(word))));
    return e;
  };
  for (const [word, lists] of LIST_WORDS) {
    // The scan finds list words among runs of a-z only.
    if (!/^[a-z]+$/.test(word)) throw new Error(`word lists hold plain lower-case words, not "${word}"`);
    entry(word).hit = lists.hit;
    entry(word).hint = lists.hint;
  }
  for (const word of ADJECTIVAL_ED) entry(word).adjectival = true;
  for (const word of ['i', 'me', 'my']) entry(word).firstPerson = true;
  for (const word of ['uh', 'um', 'er', 'ah']) entry(word).disfluency = true;
  for (const [term, w] of Object.entries(scorer.terms)) {
    const space = term.indexOf(' ');
    if (space < 0) entry(term).weight = w;
    else if (term.startsWith('<s> ')) entry(term.slice(4)).opener = w;
    else (entry(term.slice(0, space)).pairs ??= new Map()).set(entry(term.slice(space + 1)), { weight: w, counted: 0 });
  }
  const figure = entry('<num>');
  index = {
    // A missing cue weighs 0, which scoring skips as it skipped `undefined`.
    cues: Float64Array.from(CUES, (c) => scorer.cues[c.name] || 0),
    lexicon: new Lexicon(entries.values(), entries.size),
    figure,
  };
  SCORING_INDEXES.set(scorer, index);
  return index;
}

/** `\w` without the u flag: the characters `\b` and the word lists' runs are made of. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** The tokens of the sentence being looked at, as entries (`undefined`: a word no list or term knows); reused. */
const tokenEntries: (WordEntry | undefined)[] = [];

/** Counts a `\w` run that is a listed word into the word-list results, exactly as `\b(?:...)\b` patterns see it. */
function readRun(s: SentenceView, e: WordEntry | undefined): void {
  if (!e) return;
  s.hits |= e.hit;
  s.hints |= e.hint;
  if (e.hit & STATISTIC.bit) s.statistics++;
  if (e.hit & IRREGULAR_PAST.bit) s.irregularPast++;
  if (e.disfluency) s.disfluent = true;
}

/**
 * One pass over `lower`: the tokens of `\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?` (global, leftmost, greedy),
 * figures as `<num>`, into `tokenEntries` (and `words` when given), and the `\w` runs (the units `\b`
 * delimits) against every word list at once. A run of letters is a token or one side of a "don't"; a run
 * with a digit or "_" in it is no listed word, so those are all the runs the lists need.
 */
function readWords(s: SentenceView, lower: string, index: ScoringIndex, words: string[] | null): void {
  s.tokens = s.figures = s.regularPast = s.firstPerson = s.hits = s.hints = s.statistics = s.irregularPast = 0;
  s.disfluent = false;
  let marks = 0;
  if (words) words.length = 0;
  const lexicon = index.lexicon;
  let count = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i = digitsEnd(lower, i + 1);
      // (?:[.,]\d+)*
      while (i + 1 < n) {
        const sep = lower.charCodeAt(i);
        const d = lower.charCodeAt(i + 1);
        if ((sep !== 46 && sep !== 44) || d < 48 || d > 57) break;
        i = digitsEnd(lower, i + 2);
      }
      tokenEntries[count++] = index.figure;
      s.figures++;
      words?.push('<num>');
      continue;
    }
    if (c < 97 || c > 122) {
      marks |= markOf(c);
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (let d = c; d >= 97 && d <= 122; d = codeAt(lower, ++i)) h = hashStep(h, d);
    const letters = i;
    // Whether the letters start a `\w` run (they end one when followed by neither digit nor "_").
    const runStart = start === 0 || !isWordChar(lower.charCodeAt(start - 1));
    let e: WordEntry | undefined;
    const after = codeAt(lower, letters + 1);
    if (codeAt(lower, letters) === 39 && after >= 97 && after <= 122) {
      // "don't": one token, two runs.
      marks |= MARKS["'"];
      let tokenHash = hashStep(h, 39);
      let h2 = 0;
      i = letters + 1;
      for (let d = after; d >= 97 && d <= 122; d = codeAt(lower, ++i)) {
        h2 = hashStep(h2, d);
        tokenHash = hashStep(tokenHash, d);
      }
      e = lexicon.get(lower, start, i, tokenHash);
      if (runStart) readRun(s, lexicon.get(lower, start, letters, h));
      if (!isWordChar(codeAt(lower, i))) readRun(s, lexicon.get(lower, letters + 1, i, h2));
    } else {
      e = lexicon.get(lower, start, i, h);
      if (runStart && !isWordChar(codeAt(lower, i))) readRun(s, e);
    }
    tokenEntries[count++] = e;
    words?.push(lower.slice(start, i));
    if (e?.firstPerson) s.firstPerson++;
    else if (i - start > 4 && endsInEd(lower, i) && !e?.adjectival) s.regularPast++;
  }
  s.tokens = count;
  s.marks = marks;
}

/** Whether the word ending at `end` ends in "ed" but not "eed" (a regular past form, or an adjective). */
function endsInEd(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 100 && text.charCodeAt(end - 2) === 101 && text.charCodeAt(end - 3) !== 101;
}

function digitsEnd(text: string, i: number): number {
  for (let c = codeAt(text, i); c >= 48 && c <= 57; c = codeAt(text, ++i));
  return i;
}

/** The char code at `i`, or -1 past the end: `charCodeAt` out of bounds (NaN) makes V8 drop its fast code. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Whether the sentence shows a word list, exactly as the list's single `\b(?:...)\b` pattern would. */
function shows(s: SentenceView, list: WordList): boolean {
  if (s.hits & list.bit) return true;
  if (!list.rest) return false;
  if (!(s.hints & list.bit) && !(s.marks & list.marks)) return false;
  return list.rest.test(s.lower);
}

const RIGHT_IDIOMS = /\bright (?:now|here|there|away)\b|\ball right\b/g;

function evaluative(s: SentenceView): number {
  if (s.hits & EVALUATIVE.bit) return 1;
  if (!(s.hints & EVALUATIVE.bit)) return 0;
  // "right now", "all right": idioms, not a judgement.
  return EVALUATIVE_PATTERN.test(s.lower.replace(RIGHT_IDIOMS, '')) ? 1 : 0;
}

/** How many times a global pattern matches, counting no further than `max`. */
function countMatches(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

// Capitalised words a debate uses as a backdrop rather than to name a checkable party.
const GENERIC_CAPS = new Set(['America', 'American', 'Americans', 'God', 'OK', 'Okay', 'Mr', 'Mrs', 'Ms', 'Sir', 'Madam', 'Thank', 'Thanks']);

const NAMED_WORD = /[A-Z](?<=\S\s+[A-Z])[a-zA-Z]+|\b[A-Z]{2,}\b/g;

/** Capitalised words after the first, a cheap stand-in for named entities (people, places, agencies). */
function namedWords(text: string): number {
  // The capital first, then the look-behind: the same matches as "(?<=\S\s+)[A-Z]…", but the engine
  // only looks back at capitals instead of at every character. Four are as many as the cue counts.
  NAMED_WORD.lastIndex = 0;
  let caps = 0;
  let m: RegExpExecArray | null;
  while (caps < 4 && (m = NAMED_WORD.exec(text))) if (!GENERIC_CAPS.has(m[0])) caps++;
  NAMED_WORD.lastIndex = 0;
  return caps / 2;
}

// -ed words that are mostly adjectives of attitude or names ("United States"), not past events.
export const ADJECTIVAL_ED: ReadonlySet<string> = new Set(['united', 'interested', 'concerned', 'supposed', 'used', 'tired', 'excited', 'prepared', 'pleased', 'scared', 'worried', 'committed', 'determined', 'convinced', 'blessed', 'honored', 'honoured', 'delighted', 'involved', 'advanced', 'limited', 'talented', 'dedicated', 'qualified', 'needed']);

const QUESTION_END = /\?\s*["')\]]*$/;
const STATEMENT_END = /[.!]\s*["')\]]*$/;

/** The hand-designed cues; names are stable because the model file refers to them. `measure` fills their values in this order. */
export const CUES: readonly Cue[] = [
  { name: 'number', label: 'contains a number' },
  { name: 'numbers', label: 'several figures' },
  { name: 'number-word', label: 'a quantity in words' },
  { name: 'percent', label: 'a percentage' },
  { name: 'money', label: 'an amount of money' },
  { name: 'year', label: 'a year' },
  { name: 'comparison', label: 'a comparison ("more than")' },
  { name: 'superlative', label: 'a superlative or record' },
  { name: 'statistic', label: 'a statistic word' },
  { name: 'change', label: 'a rise or fall' },
  { name: 'reporting', label: 'who said or did what' },
  { name: 'past-fact', label: 'a past event' },
  { name: 'named', label: 'names people, places or bodies' },
  { name: 'time', label: 'a time reference' },
  { name: 'future', label: 'a future or hypothetical' },
  { name: 'obligation', label: 'what someone must do' },
  { name: 'conditional', label: 'a condition' },
  { name: 'evaluative', label: 'a judgement word' },
  { name: 'past-tense', label: 'past-tense verbs' },
  { name: 'plan', label: 'a plan or purpose' },
  { name: 'promised-figure', label: 'a figure in a promise' },
  { name: 'past-figure', label: 'a figure about the past' },
  { name: 'perfect', label: 'a change up to now' },
  { name: 'existential', label: 'says something exists' },
  { name: 'negation', label: 'a negation' },
  { name: 'opinion', label: 'a first-person opinion' },
  { name: 'intent', label: 'a promise or plan' },
  { name: 'hedge', label: 'a modal or hedge' },
  { name: 'greeting', label: 'a greeting or thanks' },
  { name: 'imperative', label: 'a command to the listener' },
  { name: 'question', label: 'a question' },
  { name: 'address', label: 'addresses someone' },
  { name: 'vague-start', label: 'starts with a bare pronoun' },
  { name: 'first-person', label: 'about the speaker' },
  { name: 'short', label: 'very short' },
  { name: 'medium', label: 'short' },
  { name: 'length', label: 'long sentence' },
];

/**
 * Every cue's value, into `v` in `CUES` order: straight-line code instead of a closure per cue, each
 * shared test (a figure, "will", a statistic word...) asked once.
 */
function measure(s: SentenceView, v: Float64Array): void {
  const lower = s.lower;
  const hits = s.hits;
  const number = s.figures > 0;
  const numberWord = (hits & NUMBER_WORD.bit) !== 0;
  const statistic = (hits & STATISTIC.bit) !== 0;
  const time = shows(s, TIME);
  const future = shows(s, FUTURE);
  const obligation = shows(s, OBLIGATION);
  const conditional = (hits & CONDITIONAL.bit) !== 0;
  const intent = shows(s, INTENT);
  // Past-tense verbs, a sign the sentence reports what happened (0..1); regular ones by the -ed ending.
  const pastTense = Math.min(3, s.regularPast + s.irregularPast) / 3;
  const length = s.tokens;
  v[0] = number ? 1 : 0;
  v[1] = number ? Math.min(3, s.figures) / 3 : 0;
  v[2] = numberWord ? 1 : 0;
  v[3] = shows(s, PERCENT) ? 1 : 0;
  v[4] = shows(s, MONEY) ? 1 : 0;
  v[5] = number && YEAR.test(lower) ? 1 : 0;
  v[6] = shows(s, COMPARISON) ? 1 : 0;
  v[7] = shows(s, SUPERLATIVE) ? 1 : 0;
  v[8] = Math.min(3, s.statistics);
  v[9] = shows(s, CHANGE) ? 1 : 0;
  v[10] = shows(s, REPORTING) ? 1 : 0;
  v[11] = shows(s, PAST_FACT) ? 1 : 0;
  v[12] = namedWords(s.text);
  v[13] = time ? 1 : 0;
  v[14] = future ? 1 : 0;
  v[15] = obligation ? 1 : 0;
  v[16] = conditional ? 1 : 0;
  v[17] = evaluative(s);
  v[18] = pastTense;
  v[19] = s.hints & INFINITIVE_HINTS.bit ? countMatches(INFINITIVE, lower, 3) / 3 : 0;
  // Interactions: a figure in a promise is not checkable yet; a figure about the past is.
  v[20] = (future || obligation || conditional || intent) && (number || statistic) ? 1 : 0;
  v[21] = (pastTense > 0 || time) && (number || numberWord || statistic) ? 1 : 0;
  v[22] = shows(s, PERFECT_HINTS) ? 1 : 0;
  v[23] = shows(s, EXISTENTIAL_HINTS) ? 1 : 0;
  v[24] = shows(s, NEGATION) ? 1 : 0;
  v[25] = shows(s, OPINION) ? 1 : 0;
  v[26] = intent ? 1 : 0;
  v[27] = (hits & HEDGE.bit) !== 0 ? 1 : 0;
  v[28] = shows(s, GREETING) ? 1 : 0;
  v[29] = IMPERATIVE.test(lower) ? 1 : 0;
  // A question mark decides; a wh-word alone does not ("When they sell to us, there is no tax.").
  v[30] = (s.text.includes('?') && QUESTION_END.test(s.text)) || (WH_START.test(lower) && !STATEMENT_END.test(s.text)) ? 1 : 0;
  v[31] = YOU_ADDRESS.test(lower) ? 1 : 0;
  v[32] = VAGUE_PRONOUN_START.test(lower) ? 1 : 0;
  v[33] = Math.min(3, s.firstPerson) / 3;
  v[34] = length < 6 ? 1 : 0;
  v[35] = length >= 6 && length < 12 ? 1 : 0;
  v[36] = Math.min(1, length / 30);
}

const CURLY_QUOTES = /[\u2018\u2019]/g;
// Transcripts carry disfluencies ("uh -", "um,") that say nothing about the claim.
const DISFLUENCY = /\b(?:uh|um|er|ah)\b[\s,.-]*/g;

/**
 * Prepares a sentence once: lower-cased text, tokens (into `tokenEntries`, and as words into `words`
 * when given) and the word-list pass.
 */
function view(text: string, index: ScoringIndex, words: string[] | null = null): SentenceView {
  const s: SentenceView = { text: text.trim(), lower: '', tokens: 0, figures: 0, regularPast: 0, firstPerson: 0, hits: 0, hints: 0, statistics: 0, irregularPast: 0, disfluent: false, marks: 0 };
  let lower = text.toLowerCase().replace(CURLY_QUOTES, "'");
  readWords(s, lower, index, words);
  // Dropping the disfluencies changes nothing else, so it runs only when a run is one; the cleaned text is
  // then read again. Trimming changes no token or run.
  if (s.disfluent) readWords(s, (lower = lower.replace(DISFLUENCY, '').trim()), index, words);
  else lower = lower.trim();
  s.lower = lower;
  return s;
}

/** The words and bigrams of a sentence, each once, that a vocabulary may weigh. */
export function sentenceTerms(text: string): string[] {
  const words: string[] = [];
  view(text, scoringIndex(SHIPPED), words);
  return termsOf(words);
}

function termsOf(words: string[]): string[] {
  const terms = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) terms.add(`${words[i]} ${words[i + 1]}`);
  if (words.length > 0) terms.add(`<s> ${words[0]}`);
  return [...terms];
}

/** A sentence as named cue values plus terms: the model's input, shared by training and scoring. */
export interface SentenceFeatures {
  cues: Record<string, number>;
  terms: string[];
}

/** Measures every cue and lists the terms of one sentence. */
export function sentenceFeatures(text: string): SentenceFeatures {
  const words: string[] = [];
  const values = new Float64Array(CUES.length);
  measure(view(text, scoringIndex(SHIPPED), words), values);
  const cues: Record<string, number> = {};
  for (let i = 0; i < CUES.length; i++) cues[CUES[i].name] = values[i];
  return { cues, terms: termsOf(words) };
}

/** Logistic score of prepared features under a model, with each contribution kept for explanations. */
export function scoreFeatures(features: SentenceFeatures, scorer: ScorerModel): { score: number; contributions: [string, number][] } {
  let z = scorer.bias;
  const contributions: [string, number][] = [];
  for (const [name, value] of Object.entries(features.cues)) {
    const w = scorer.cues[name];
    if (!w || !value) continue;
    z += w * value;
    contributions.push([name, w * value]);
  }
  for (const term of features.terms) {
    // Own keys only: "constructor" is a word, not Object.prototype's function (that made the score NaN).
    const w = Object.hasOwn(scorer.terms, term) ? scorer.terms[term] : 0;
    if (!w) continue;
    z += w;
    contributions.push([`"${term}"`, w]);
  }
  return { score: 1 / (1 + Math.exp(-z)), contributions };
}

const SHIPPED = model as ScorerModel;
const CUE_LABELS = new Map(CUES.map((c) => [c.name, c.label]));

const cueIndexes = (names: string[]) => names.map((n) => CUES.findIndex((c) => c.name === n));
// Kinds of checkable content and of non-factual mood, each a group of cues (see `hasFactualForm`).
const CONTENT = [['number', 'number-word', 'percent', 'money', 'year'], ['named'], ['past-tense', 'perfect'], ['statistic', 'change', 'comparison', 'superlative']].map(cueIndexes);
const MOOD = [
  ['question', 'imperative'],
  ['opinion', 'evaluative'],
  ['future', 'obligation', 'intent', 'hedge'],
  // A condition makes the rest hypothetical ("if we invest now, that will..."): a mood of its own.
  ['conditional'],
].map(cueIndexes);
const GREETING_CUE = cueIndexes(['greeting'])[0];

/** How many of the groups have a cue above 0. */
function groupsPresent(values: ArrayLike<number>, groups: number[][]): number {
  let n = 0;
  for (const group of groups) {
    for (const i of group) {
      if (values[i] > 0) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** `hasFactualForm` over cue values in `CUES` order. */
function factualForm(values: ArrayLike<number>): boolean {
  // Thanks and greetings assert nothing, whatever names they mention.
  if (values[GREETING_CUE] > 0) return false;
  return groupsPresent(values, CONTENT) - groupsPresent(values, MOOD) >= 1;
}

/**
 * Whether a sentence has the form of a checkable factual statement, by the definition fact-checkers and
 * ClaimBuster use (a figure, a named party, a past event or a quantity; not a question, an opinion or a
 * promise). It counts kinds of checkable content against kinds of non-factual mood, all weighted one: a
 * rule from the definition with nothing fitted, so the `claim` decision means "checkable fact" even though
 * the learned score ranks by what fact-checkers chose to check.
 */
export function hasFactualForm(cues: Record<string, number>): boolean {
  return factualForm(CUES.map((c) => cues[c.name]));
}

/** Numbers the scoring passes, so a term knows whether this pass has counted it already. */
let pass = 0;

/**
 * The same logistic score as `scoreFeatures(sentenceFeatures(text))`, summed in the same order (cues in
 * `CUES` order, then words, bigrams and the opening word, each once) so it is the same number to the
 * last bit, without the feature record, the term list or the explanation.
 */
function scoreOnly(s: SentenceView, index: ScoringIndex, bias: number, values: Float64Array): number {
  measure(s, values);
  let z = bias;
  const cueWeights = index.cues;
  for (let i = 0; i < values.length; i++) {
    const w = cueWeights[i];
    const value = values[i];
    if (!w || !value) continue;
    z += w * value;
  }
  const thisPass = ++pass;
  const n = s.tokens;
  for (let i = 0; i < n; i++) {
    const e = tokenEntries[i];
    if (!e || !e.weight || e.counted === thisPass) continue;
    e.counted = thisPass;
    z += e.weight;
  }
  for (let i = 0; i + 1 < n; i++) {
    const pairs = tokenEntries[i]?.pairs;
    const next = tokenEntries[i + 1];
    if (!pairs || !next) continue;
    const p = pairs.get(next);
    if (!p || !p.weight || p.counted === thisPass) continue;
    p.counted = thisPass;
    z += p.weight;
  }
  if (n > 0) z += tokenEntries[0]?.opener || 0;
  return 1 / (1 + Math.exp(-z));
}

/** The named cues that pushed a sentence's score up most, in words, strongest first. */
function reasonsFor(text: string, scorer: ScorerModel): string[] {
  const { contributions } = scoreFeatures(sentenceFeatures(text), scorer);
  // Reasons are the named cues only: "long sentence" or a single common word explains nothing to a reader.
  return contributions
    .filter(([name, c]) => c > 0.25 && CUE_LABELS.has(name) && name !== 'length' && name !== 'medium')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name]) => CUE_LABELS.get(name) ?? name);
}

/** Cue values of the sentence being scored, reused: scoring is synchronous and keeps none of them. */
const cueValues = new Float64Array(CUES.length);

/**
 * Scores a sentence for check-worthiness with a given model (training and evaluation pass their own).
 * `reasons` are worked out only when read.
 */
export function scoreSentenceWith(text: string, scorer: ScorerModel): SentenceScore {
  const index = scoringIndex(scorer);
  const score = scoreOnly(view(text, index), index, scorer.bias, cueValues);
  const claim = score >= scorer.threshold && factualForm(cueValues);
  return new Scored(score, claim, text, scorer);
}

/**
 * A score whose `reasons` are worked out only when read: the analyzer scores every sentence but explains
 * none. A class, not an object literal with a getter, which V8 builds on a slow path (a µs a sentence).
 */
class Scored implements SentenceScore {
  readonly #text: string;
  readonly #scorer: ScorerModel;
  #reasons: string[] | undefined = undefined;

  constructor(
    readonly score: number,
    readonly claim: boolean,
    text: string,
    scorer: ScorerModel,
  ) {
    this.#text = text;
    this.#scorer = scorer;
  }

  get reasons(): string[] {
    return (this.#reasons ??= reasonsFor(this.#text, this.#scorer));
  }
}

/** Scores a sentence for check-worthiness; pure and fast (well under a millisecond). */
export function scoreSentence(text: string): SentenceScore {
  return scoreSentenceWith(text, SHIPPED);
}
