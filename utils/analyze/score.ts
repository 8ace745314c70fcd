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

/** One hand-designed cue: a name the model weighs, and how strongly the sentence shows it (0 = not at all). */
interface Cue {
  name: string;
  /** Short human wording for `reasons`. */
  label: string;
  measure: (s: SentenceView) => number;
}

/** A sentence prepared once so every cue reads the same tokens. */
interface SentenceView {
  text: string;
  lower: string;
  words: string[];
  /** Results of the tests several cues share ("promised-figure" re-asks "future" and "number"), run once. */
  seen: Map<RegExp, boolean>;
  pastTense?: number;
  /** What the word lists found, filled by `readLists` on first use. */
  lists?: ListHits;
}

/** Whether the lower-cased sentence matches a (non-global) pattern, asked once per sentence. */
function has(s: SentenceView, re: RegExp): boolean {
  let v = s.seen.get(re);
  if (v === undefined) {
    v = re.test(s.lower);
    s.seen.set(re, v);
  }
  return v;
}

const test = (re: RegExp) => (s: SentenceView): number => (has(s, re) ? 1 : 0);

/**
 * One cue's word list. A pattern `\b(?:a|b|c)\b` over plain words matches exactly when one of the
 * sentence's `\w+` runs is one of the words, so those become Set lookups in a single pass over the runs;
 * only the alternatives a run cannot show (several words, apostrophes, "$") stay a pattern, `rest`, tried
 * when a run among `hints` or a substring among `marks` says it could match.
 */
interface WordList {
  bit: number;
  rest?: RegExp;
  marks?: readonly string[];
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
  return { bit, rest, marks };
}

interface ListHits {
  hits: number;
  hints: number;
  /** How many runs are statistic words / irregular past forms (the two counted lists). */
  statistics: number;
  irregularPast: number;
}

const NUMBER = /\d/;
// Each list below is the old single pattern split in two: the plain words, and the rest.
// \d\s*%|\bper ?cent\b|\bpercentage\b
const PERCENT = wordList(['percent', 'percentage'], ['per'], /\d\s*%|\bper cent\b/, ['%']);
// \$\s?\d|\b(?:dollars?|billions?|millions?|trillions?|cents?)\b
const MONEY = wordList(['dollar', 'dollars', 'billion', 'billions', 'million', 'millions', 'trillion', 'trillions', 'cent', 'cents'], [], /\$\s?\d/, ['$']);
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b|\b'\d\d\b/;
const NUMBER_WORD = wordList(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'half', 'quarter', 'third', 'double', 'doubled', 'tripled', 'dozen', 'dozens']);
const COMPARISON = /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|worse|better)\s+than\b|\b\w+er than\b/;
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

const RUN = /\w+/g;

/** One pass over the sentence's `\w+` runs (the units `\b` delimits) against every word list at once. */
function readLists(s: SentenceView): ListHits {
  if (s.lists) return s.lists;
  let hits = 0;
  let hints = 0;
  let statistics = 0;
  let irregularPast = 0;
  for (const run of s.lower.match(RUN) ?? []) {
    const e = LIST_WORDS.get(run);
    if (!e) continue;
    hits |= e.hit;
    hints |= e.hint;
    if (e.hit & STATISTIC.bit) statistics++;
    if (e.hit & IRREGULAR_PAST.bit) irregularPast++;
  }
  return (s.lists = { hits, hints, statistics, irregularPast });
}

/** Whether the sentence shows a word list, exactly as the list's single `\b(?:...)\b` pattern would. */
function shows(s: SentenceView, list: WordList): boolean {
  const { hits, hints } = readLists(s);
  if (hits & list.bit) return true;
  if (!list.rest) return false;
  if (!(hints & list.bit) && !list.marks?.some((m) => s.lower.includes(m))) return false;
  return has(s, list.rest);
}

const showing = (list: WordList) => (s: SentenceView): number => (shows(s, list) ? 1 : 0);
/** A pattern that needs a digit, skipped on the many sentences without one. */
const withDigit = (re: RegExp) => (s: SentenceView): number => (has(s, NUMBER) && has(s, re) ? 1 : 0);

function evaluative(s: SentenceView): number {
  if (readLists(s).hits & EVALUATIVE.bit) return 1;
  if (!(readLists(s).hints & EVALUATIVE.bit)) return 0;
  // "right now", "all right": idioms, not a judgement.
  return EVALUATIVE_PATTERN.test(s.lower.replace(/\bright (?:now|here|there|away)\b|\ball right\b/g, '')) ? 1 : 0;
}

// Capitalised words a debate uses as a backdrop rather than to name a checkable party.
const GENERIC_CAPS = new Set(['America', 'American', 'Americans', 'God', 'OK', 'Okay', 'Mr', 'Mrs', 'Ms', 'Sir', 'Madam', 'Thank', 'Thanks']);

const NAMED_WORD = /[A-Z](?<=\S\s+[A-Z])[a-zA-Z]+|\b[A-Z]{2,}\b/g;

/** Capitalised words after the first, a cheap stand-in for named entities (people, places, agencies). */
function namedWords(s: SentenceView): number {
  // The capital first, then the look-behind: the same matches as "(?<=\S\s+)[A-Z]…", but the engine
  // only looks back at capitals instead of at every character.
  const caps = s.text.match(NAMED_WORD)?.filter((w) => !GENERIC_CAPS.has(w)).length ?? 0;
  return Math.min(4, caps) / 2;
}

// -ed words that are mostly adjectives of attitude or names ("United States"), not past events.
const ADJECTIVAL_ED = new Set(['united', 'interested', 'concerned', 'supposed', 'used', 'tired', 'excited', 'prepared', 'pleased', 'scared', 'worried', 'committed', 'determined', 'convinced', 'blessed', 'honored', 'honoured', 'delighted', 'involved', 'advanced', 'limited', 'talented', 'dedicated', 'qualified', 'needed']);

/** Past-tense verbs, a sign the sentence reports what happened (0..1). */
function pastTense(s: SentenceView): number {
  if (s.pastTense !== undefined) return s.pastTense;
  const regular = s.words.filter((w) => w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !ADJECTIVAL_ED.has(w)).length;
  const irregular = readLists(s).irregularPast;
  return (s.pastTense = Math.min(3, regular + irregular) / 3);
}

/** The hand-designed cues; names are stable because the model file refers to them. */
export const CUES: readonly Cue[] = [
  { name: 'number', label: 'contains a number', measure: test(NUMBER) },
  { name: 'numbers', label: 'several figures', measure: (s) => (has(s, NUMBER) ? Math.min(3, s.lower.match(/\d+(?:[.,]\d+)*/g)?.length ?? 0) / 3 : 0) },
  { name: 'number-word', label: 'a quantity in words', measure: showing(NUMBER_WORD) },
  { name: 'percent', label: 'a percentage', measure: showing(PERCENT) },
  { name: 'money', label: 'an amount of money', measure: showing(MONEY) },
  { name: 'year', label: 'a year', measure: withDigit(YEAR) },
  { name: 'comparison', label: 'a comparison ("more than")', measure: (s) => (s.lower.includes('than') && has(s, COMPARISON) ? 1 : 0) },
  { name: 'superlative', label: 'a superlative or record', measure: showing(SUPERLATIVE) },
  { name: 'statistic', label: 'a statistic word', measure: (s) => Math.min(3, readLists(s).statistics) },
  { name: 'change', label: 'a rise or fall', measure: showing(CHANGE) },
  { name: 'reporting', label: 'who said or did what', measure: showing(REPORTING) },
  { name: 'past-fact', label: 'a past event', measure: showing(PAST_FACT) },
  { name: 'named', label: 'names people, places or bodies', measure: namedWords },
  { name: 'time', label: 'a time reference', measure: showing(TIME) },
  { name: 'future', label: 'a future or hypothetical', measure: showing(FUTURE) },
  { name: 'obligation', label: 'what someone must do', measure: showing(OBLIGATION) },
  { name: 'conditional', label: 'a condition', measure: showing(CONDITIONAL) },
  { name: 'evaluative', label: 'a judgement word', measure: evaluative },
  { name: 'past-tense', label: 'past-tense verbs', measure: pastTense },
  { name: 'plan', label: 'a plan or purpose', measure: (s) => (readLists(s).hints & INFINITIVE_HINTS.bit ? Math.min(3, s.lower.match(INFINITIVE)?.length ?? 0) / 3 : 0) },
  // Interactions: a figure in a promise is not checkable yet; a figure about the past is.
  {
    name: 'promised-figure',
    label: 'a figure in a promise',
    measure: (s) => (shows(s, FUTURE) || shows(s, OBLIGATION) || shows(s, CONDITIONAL) || shows(s, INTENT)) && (has(s, NUMBER) || shows(s, STATISTIC)) ? 1 : 0,
  },
  {
    name: 'past-figure',
    label: 'a figure about the past',
    measure: (s) => (pastTense(s) > 0 || shows(s, TIME)) && (has(s, NUMBER) || shows(s, NUMBER_WORD) || shows(s, STATISTIC)) ? 1 : 0,
  },
  { name: 'perfect', label: 'a change up to now', measure: showing(PERFECT_HINTS) },
  { name: 'existential', label: 'says something exists', measure: showing(EXISTENTIAL_HINTS) },
  { name: 'negation', label: 'a negation', measure: showing(NEGATION) },
  { name: 'opinion', label: 'a first-person opinion', measure: showing(OPINION) },
  { name: 'intent', label: 'a promise or plan', measure: showing(INTENT) },
  { name: 'hedge', label: 'a modal or hedge', measure: showing(HEDGE) },
  { name: 'greeting', label: 'a greeting or thanks', measure: showing(GREETING) },
  { name: 'imperative', label: 'a command to the listener', measure: test(IMPERATIVE) },
  // A question mark decides; a wh-word alone does not ("When they sell to us, there is no tax.").
  {
    name: 'question',
    label: 'a question',
    measure: (s) => ((s.text.includes('?') && /\?\s*["')\]]*$/.test(s.text)) || (WH_START.test(s.lower) && !/[.!]\s*["')\]]*$/.test(s.text)) ? 1 : 0),
  },
  { name: 'address', label: 'addresses someone', measure: test(YOU_ADDRESS) },
  { name: 'vague-start', label: 'starts with a bare pronoun', measure: test(VAGUE_PRONOUN_START) },
  { name: 'first-person', label: 'about the speaker', measure: (s) => Math.min(3, s.words.filter((w) => w === 'i' || w === 'me' || w === 'my').length) / 3 },
  { name: 'short', label: 'very short', measure: (s) => (s.words.length < 6 ? 1 : 0) },
  { name: 'medium', label: 'short', measure: (s) => (s.words.length >= 6 && s.words.length < 12 ? 1 : 0) },
  { name: 'length', label: 'long sentence', measure: (s) => Math.min(1, s.words.length / 30) },
];

const TOKEN = /\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?/g;

/** Prepares a sentence once: lower-cased text and word tokens (digits folded to `<num>`). */
function view(text: string): SentenceView {
  // Transcripts carry disfluencies ("uh -", "um,") that say nothing about the claim; drop them first.
  const lower = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b(?:uh|um|er|ah)\b[\s,.-]*/g, '')
    .trim();
  const words = (lower.match(TOKEN) ?? []).map((w) => (w.charCodeAt(0) <= 57 ? '<num>' : w));
  return { text: text.trim(), lower, words, seen: new Map() };
}

/** The words and bigrams of a sentence, each once, that a vocabulary may weigh. */
export function sentenceTerms(text: string): string[] {
  return termsOf(view(text).words);
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
  const s = view(text);
  const cues: Record<string, number> = {};
  for (const cue of CUES) cues[cue.name] = cue.measure(s);
  return { cues, terms: termsOf(s.words) };
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

const present = (cues: Record<string, number>, names: string[]) => (names.some((n) => cues[n] > 0) ? 1 : 0);

/**
 * Whether a sentence has the form of a checkable factual statement, by the definition fact-checkers and
 * ClaimBuster use (a figure, a named party, a past event or a quantity; not a question, an opinion or a
 * promise). It counts kinds of checkable content against kinds of non-factual mood, all weighted one: a
 * rule from the definition with nothing fitted, so the `claim` decision means "checkable fact" even though
 * the learned score ranks by what fact-checkers chose to check.
 */
export function hasFactualForm(cues: Record<string, number>): boolean {
  const content =
    present(cues, ['number', 'number-word', 'percent', 'money', 'year']) +
    present(cues, ['named']) +
    present(cues, ['past-tense', 'perfect']) +
    present(cues, ['statistic', 'change', 'comparison', 'superlative']);
  // Thanks and greetings assert nothing, whatever names they mention.
  if (cues.greeting > 0) return false;
  const mood =
    present(cues, ['question', 'imperative']) +
    present(cues, ['opinion', 'evaluative']) +
    present(cues, ['future', 'obligation', 'intent', 'hedge']) +
    // A condition makes the rest hypothetical ("if we invest now, that will..."): a mood of its own.
    present(cues, ['conditional']);
  return content - mood >= 1;
}

/** A model's term weights by shape, so scoring looks words up instead of building every bigram string. */
interface TermIndex {
  words: Map<string, number>;
  /** "a b" as a → b → weight. */
  pairs: Map<string, Map<string, number>>;
  /** "<s> a" as a → weight. */
  openers: Map<string, number>;
}

const TERM_INDEXES = new WeakMap<ScorerModel, TermIndex>();

function termIndex(scorer: ScorerModel): TermIndex {
  let index = TERM_INDEXES.get(scorer);
  if (index) return index;
  index = { words: new Map(), pairs: new Map(), openers: new Map() };
  for (const [term, w] of Object.entries(scorer.terms)) {
    const space = term.indexOf(' ');
    if (space < 0) index.words.set(term, w);
    else if (term.startsWith('<s> ')) index.openers.set(term.slice(4), w);
    else {
      const first = term.slice(0, space);
      let row = index.pairs.get(first);
      if (!row) index.pairs.set(first, (row = new Map()));
      row.set(term.slice(space + 1), w);
    }
  }
  TERM_INDEXES.set(scorer, index);
  return index;
}

/**
 * The same logistic score as `scoreFeatures(sentenceFeatures(text))`, summed in the same order (cues in
 * `CUES` order, then words, bigrams and the opening word, each once) so it is the same number to the
 * last bit, without the feature record, the term list or the explanation.
 */
function scoreOnly(s: SentenceView, scorer: ScorerModel, values: number[]): number {
  let z = scorer.bias;
  for (let i = 0; i < CUES.length; i++) {
    const value = CUES[i].measure(s);
    values[i] = value;
    const w = scorer.cues[CUES[i].name];
    if (!w || !value) continue;
    z += w * value;
  }
  const index = termIndex(scorer);
  const words = s.words;
  // A term counts once however often it occurs; only weighted terms need remembering.
  let counted: Set<string> | null = null;
  for (const word of words) {
    const w = index.words.get(word);
    if (!w || counted?.has(word)) continue;
    (counted ??= new Set()).add(word);
    z += w;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const w = index.pairs.get(words[i])?.get(words[i + 1]);
    if (!w) continue;
    const pair = `${words[i]} ${words[i + 1]}`;
    if (counted?.has(pair)) continue;
    (counted ??= new Set()).add(pair);
    z += w;
  }
  if (words.length > 0) z += index.openers.get(words[0]) || 0;
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

/**
 * Scores a sentence for check-worthiness with a given model (training and evaluation pass their own).
 * `reasons` are worked out only when read: the analyzer scores every sentence but explains none.
 */
export function scoreSentenceWith(text: string, scorer: ScorerModel): SentenceScore {
  const values: number[] = new Array(CUES.length);
  const score = scoreOnly(view(text), scorer, values);
  let claim = false;
  if (score >= scorer.threshold) {
    const cues: Record<string, number> = {};
    for (let i = 0; i < CUES.length; i++) cues[CUES[i].name] = values[i];
    claim = hasFactualForm(cues);
  }
  let reasons: string[] | undefined;
  return {
    score,
    claim,
    get reasons() {
      return (reasons ??= reasonsFor(text, scorer));
    },
  };
}

/** Scores a sentence for check-worthiness; pure and fast (well under a millisecond). */
export function scoreSentence(text: string): SentenceScore {
  return scoreSentenceWith(text, SHIPPED);
}
