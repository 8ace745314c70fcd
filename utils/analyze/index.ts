/**
 * The analyzer: a Document and its URL in, `PageNotes` out. The same code runs in the content script
 * and, through happy-dom, in the CLI. It reads the DOM and never changes it.
 */
import { KIND_DETECTORS, detectKindMatches, type KindMatch } from '../kinds';
import { RULES, type RuleContext } from '../rules';
import {
  PAGE_NOTES_SCHEMA,
  isLinkFlagged,
  type Claim,
  type ClaimKind,
  type ClaimNote,
  type DomainRating,
  type LinkReport,
  type PageNotes,
} from '../types';
import { findArticleSteps } from './article';
import { couldBePerson, isNamedSource, matchAttribution, type AttributionMatch } from './attribution';
import { isAffiliateNotice, isCreditLine, isDateline, isFormula, isHeadline, isLabelLine, isPriceListing, isReferenceEntry, unpunctuated } from './dateline';
import { makeIdFactory } from './hash';
import { detectLanguage, languageName } from './language';
import { analyzeLinksSteps } from './links';
import { findPublishedDate } from './published';
import { scoreSentence } from './score';
import { collapseSpace, splitSentencesSteps, type Sentence } from './sentences';
import { buildTextMapSteps, selectorFor, type TextMap } from './text-map';

/** A fact-check the user has seen (schema.org ClaimReview), as stored by ClaimLens. */
export interface FactCheck {
  claimReviewed: string;
  /** The verdict in words (`alternateName`), e.g. "False". */
  rating: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  /** The fact-checker's name, e.g. "AFP". */
  author: string;
  datePublished?: string;
  /** The fact-check article. */
  url: string;
  /** The claim's author or where it appeared, when given. */
  claimant?: string;
}

export interface AnalyzeOptions {
  /** Injectable clock, for reproducible output in tests. */
  now?: () => Date;
  /** Fact-checks to match claims against (the `fact-checked` note). */
  factChecks?: readonly FactCheck[];
  /** Domain rating lookup by host name (the `rating` field and `low-quality-source` note). */
  rateDomain?: (hostname: string) => (DomainRating & { domain: string }) | undefined;
  /** Cap on the article text analysed, so a hostile page cannot stall the tab. */
  maxChars?: number;
  /**
   * Told the article's text map once it is built (null: no article), the one every offset of the
   * result points into: the content script marks claims with it instead of building it again.
   */
  onTextMap?: (map: TextMap | null) => void;
  /**
   * Told each phase's name and time as it ends (`article`, `textmap`, `links`, `published`, `language`,
   * `sentences`, `claims`, `rules`): where a run goes, timed in place (bench/phases.ts --in-place).
   * A page without an article has no `language` or `sentences` phase, and one not in English no `sentences`.
   */
  onPhase?: (phase: AnalysisPhase, ms: number) => void;
}

export type AnalysisPhase = 'article' | 'textmap' | 'links' | 'published' | 'language' | 'sentences' | 'claims' | 'rules';

/** Kinds that on their own make a sentence worth a note, whatever its score. */
const CLAIM_KINDS_THAT_COUNT: ReadonlySet<ClaimKind> = new Set(['attributed', 'quote', 'numeric', 'hedged', 'prediction', 'contested']);
const MIN_CLAIM_WORDS = 6;
const MAX_CLAIM_CHARS = 1500;

const PRONOUN_SOURCE = /^(?:he|she|they)$/i;
/** A title that says whether a person is a man or a woman: "Mr. Trump", "Ms. Haley", "Queen Elizabeth". */
const MALE_TITLE = /(?:^|\s)(?:Mr|Sir|Lord|King|Prince|Father|Brother)\.?\s+\p{Lu}/u;
const FEMALE_TITLE = /(?:^|\s)(?:Ms|Mrs|Miss|Dame|Lady|Queen|Princess|Sister)\.?\s+\p{Lu}/u;
/** How many people named as sources a "he" or "she" may reach back over, newest first. */
const PEOPLE_KEPT = 8;

/** The last word of a person's name, the part every mention shares ("Nikki R. Haley", "Ms. Haley"). */
function surnameOf(name: string): string {
  const comma = name.indexOf(',');
  const words = (comma > 0 && couldBePerson(name.slice(0, comma)) ? name.slice(0, comma) : name).trim().split(/\s+/);
  return words[words.length - 1];
}
/** The last character of a sentence, after any closing quotes or brackets. */
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
/** The longest sentence the page repeats as furniture (pages-dev's have 48 and 52 characters). */
const FURNITURE_CHARS = 100;
/** Marks of code ("{", "==", "=>", "append(", ");") and of a table of contents's dot leaders. */
const CODE_OR_CONTENTS = /[{}]|[=!]==?|=>|\w\(|\);|\.{4,}/;
/** How much of a line without a sentence's end must be link text for it to be navigation, not a statement. */
const LINKED_LINE = 0.8;
/** How many sentences after a body is named a "they said" still points back to it. */
const THEY_REACH = 3;

/** A sentence cites the article links whose text lies inside it; placeholders and buttons are not citations. */
function isCitation(link: LinkReport): boolean {
  if (!link.inArticle || link.tag !== 'a' || !link.textRange) return false;
  return !(link.status === 'placeholder' || (link.status === 'empty' && link.href === null));
}

/**
 * The links each sentence cites, found by walking the citation links (sorted by where their text
 * starts) alongside the sentences in order: O(links + sentences), not one scan of every link per sentence.
 */
export class CitationIndex {
  private readonly sorted: LinkReport[];
  private readonly prefixMaxEnd: number[];
  /** The citation links by id: every id `citedBy` can give, for the rules (far fewer than all the page's links). */
  readonly byId = new Map<string, LinkReport>();

  constructor(links: readonly LinkReport[]) {
    this.sorted = links.filter(isCitation).sort((a, b) => a.textRange!.start - b.textRange!.start);
    let max = -1;
    this.prefixMaxEnd = this.sorted.map((l) => (max = Math.max(max, l.textRange!.end)));
    for (const l of this.sorted) this.byId.set(l.id, l);
  }

  /** How many characters of [start, end) are the text of links. */
  linkedChars(start: number, end: number): number {
    let n = 0;
    for (let i = this.lastStartingBefore(end); i >= 0 && this.prefixMaxEnd[i] > start; i--) {
      const r = this.sorted[i].textRange!;
      if (r.end > start) n += Math.min(end, r.end) - Math.max(start, r.start);
    }
    return Math.min(n, end - start);
  }

  /** Ids of the links whose text overlaps [start, end), in document order. */
  citedBy(start: number, end: number): string[] {
    // The last link that starts before `end`, walking back while some earlier link may still reach past `start`.
    const out: LinkReport[] = [];
    for (let i = this.lastStartingBefore(end); i >= 0 && this.prefixMaxEnd[i] > start; i--) {
      const l = this.sorted[i];
      if (l.textRange!.end > start) out.push(l);
    }
    return out.reverse().map((l) => l.id);
  }

  /** The index of the last link (by where its text starts) that starts before `end`, or -1. */
  private lastStartingBefore(end: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].textRange!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/**
 * Words in a collapsed sentence (its spaces plus one), counted up to `max`: the loop only asks whether
 * a sentence has fewer than 4 or 6 words, and native indexOf finds a few spaces faster than a JS loop
 * reads every character (most of a page's sentences pass by here before the JIT has optimised anything).
 */
function wordCountUpTo(text: string, max: number): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0 && n < max; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Every kind of a sentence with its words, in `KIND_DETECTORS` order; for a non-claim, null unless one
 * of the kinds that count is there. Each detector runs at most once per sentence: the kinds that
 * count are asked first, and the rest only when the sentence is kept.
 */
function kindsOfSentence(text: string, claim: boolean): Map<ClaimKind, KindMatch> | null {
  if (claim) return detectKindMatches(text);
  const found: (KindMatch | null | undefined)[] = new Array(KIND_DETECTORS.length);
  let counts = false;
  for (let i = 0; i < KIND_DETECTORS.length; i++) {
    const d = KIND_DETECTORS[i];
    if (!CLAIM_KINDS_THAT_COUNT.has(d.kind)) continue;
    found[i] = d.detect(text);
    if (found[i]) counts = true;
  }
  if (!counts) return null;
  const out = new Map<ClaimKind, KindMatch>();
  for (let i = 0; i < KIND_DETECTORS.length; i++) {
    const m = found[i] === undefined ? KIND_DETECTORS[i].detect(text) : found[i];
    if (m) out.set(KIND_DETECTORS[i].kind, m);
  }
  return out;
}

interface Draft {
  claim: Claim;
  sentence: Sentence;
  matches: Map<ClaimKind, KindMatch>;
}

function clock(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Analyses a document: its article's claims with notes, and every link's static status. Never mutates the DOM. */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): PageNotes {
  const t0 = clock();
  const steps = analysisSteps(doc, url, options);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return finish(r.value, clock() - t0);
  }
}

export interface AsyncAnalyzeOptions extends AnalyzeOptions {
  /** Stops the analysis between chunks (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** How long one chunk of work may run before yielding to the page (default 8 ms). */
  budgetMs?: number;
  /** Told how long each slice of work ran before yielding (benchmarks show the longest). */
  onSlice?: (ms: number) => void;
}

/** Lets the page run: `scheduler.yield()` where the browser has it, else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same analysis as `analyzeDocument`, with the same result, done in chunks that yield to the
 * page's event loop, so a big page never freezes while ClaimLens reads it. `stats.ms` counts working
 * time only, not the time spent yielding.
 */
export async function analyzeDocumentAsync(doc: Document, url: string, options: AsyncAnalyzeOptions = {}): Promise<PageNotes> {
  const { signal, budgetMs = 8, onSlice } = options;
  signal?.throwIfAborted();
  const steps = analysisSteps(doc, url, options);
  let working = 0;
  let chunkStart = clock();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      const last = clock() - chunkStart;
      onSlice?.(last);
      return finish(r.value, working + last);
    }
    const now = clock();
    if (now - chunkStart >= budgetMs) {
      working += now - chunkStart;
      onSlice?.(now - chunkStart);
      await yieldToPage();
      signal?.throwIfAborted();
      chunkStart = clock();
    }
  }
}

function finish(page: PageNotes, ms: number): PageNotes {
  page.stats.ms = Math.round(ms * 10) / 10;
  return page;
}

/** The analysis as a sequence of small steps: each `yield` is a point where the page may run. */
function* analysisSteps(doc: Document, url: string, options: AnalyzeOptions): Generator<void, PageNotes> {
  const now = options.now ?? (() => new Date());
  const analyzedAt = now();
  // A clock read at each phase's end: working time in `analyzeDocument`, which never pauses; in the
  // chunked analysis a phase's time includes the pauses in it.
  const onPhase = options.onPhase;
  let phaseStart = onPhase ? clock() : 0;
  const phaseEnded = (name: AnalysisPhase) => {
    if (!onPhase) return;
    const t = clock();
    onPhase(name, t - phaseStart);
    phaseStart = t;
  };
  const title = collapseSpace(doc.title || doc.getElementsByTagName('h1')[0]?.textContent || '');

  const scope = yield* findArticleSteps(doc);
  phaseEnded('article');
  yield;
  const map = scope ? yield* buildTextMapSteps(scope.root, { exclude: scope.exclude, maxChars: options.maxChars }) : null;
  options.onTextMap?.(map);
  phaseEnded('textmap');
  yield;
  const links = yield* analyzeLinksSteps(doc, baseUrlOf(doc, url), scope, map);
  if (options.rateDomain) rateLinks(links, options.rateDomain);
  phaseEnded('links');
  const publishedAt = findPublishedDate(doc);
  phaseEnded('published');
  yield;

  let reason: string | undefined;
  let language: string | undefined;
  const drafts: Draft[] = [];
  let sentences: Sentence[] = [];
  let cited: ReadonlyMap<string, LinkReport> = new Map();

  if (!scope || !map) {
    reason = 'No article found on this page';
  } else {
    language = detectLanguage(doc, map.text);
    phaseEnded('language');
    if (language !== 'en') {
      const name = languageName(language);
      reason = `Claim notes are for English articles for now; this article ${name ? `looks to be in ${name}` : 'does not look English'}. Links were still analysed.`;
    } else {
      sentences = yield* splitSentencesSteps(map, 'en');
      phaseEnded('sentences');
      const citations = new CitationIndex(links);
      cited = citations.byId;
      const nextId = makeIdFactory('c');
      let lastNamed: string | null = null;
      let lastNamedAt = -1;
      let lastPerson: string | null = null;
      // "he" goes back to the latest person who may be a man, "she" to the latest who may be a woman: the
      // last person, unless a title says otherwise, then or at another mention of the same surname
      // ("Nikki R. Haley", "Ms. Haley", then "He said that he hoped Ms. Haley…" is not Haley).
      const people: { name: string; surname: string }[] = [];
      const titled = { m: new Set<string>(), f: new Set<string>() };
      const latestWho = (may: 'm' | 'f'): string | null => {
        const other = titled[may === 'm' ? 'f' : 'm'];
        for (let i = people.length - 1; i >= 0; i--) if (!other.has(people[i].surname)) return people[i].name;
        return null;
      };
      /** The person last named as a source whose surname stands in `text` before the pronoun's `evidence`, or null. */
      const namedBefore = (text: string, evidence: string, may: 'm' | 'f'): string | null => {
        const end = text.indexOf(evidence);
        if (end <= 0) return null;
        const other = titled[may === 'm' ? 'f' : 'm'];
        for (let i = people.length - 1; i >= 0; i--) {
          const surname = people[i].surname;
          const at = text.indexOf(surname);
          // A whole word: "Lee" is not in "Leeds".
          if (at >= 0 && at < end && !/\p{L}/u.test(text.charAt(at + surname.length)) && !other.has(surname)) return people[i].name;
        }
        return null;
      };
      // A short sentence the page repeats three times or more is its furniture ("Tweet may have been
      // deleted" for every embed, a caption under each photo of a gallery), not a statement. A long one
      // repeated is the article printed again (a page holding its story twice or more).
      const repeats = new Map<string, number>();
      for (const s of sentences) if (s.text.length <= FURNITURE_CHARS) repeats.set(s.text, (repeats.get(s.text) ?? 0) + 1);
      for (const s of sentences) {
        if (s.index % 16 === 15) yield;
        // Headlines and reference lists' citations are not statements a reader would check.
        if (s.heading || s.references || s.text.length > MAX_CLAIM_CHARS || (repeats.get(s.text) ?? 0) >= 3 || isReferenceEntry(s.text)) continue;
        // In <pre>, a line of code or a table's row ends in no sentence's punctuation, and code or a table
        // of contents has marks no prose has; an RFC's prose is neither.
        if (s.preformatted && (!SENTENCE_END.test(s.text) || CODE_OR_CONTENTS.test(s.text))) continue;
        const words = wordCountUpTo(s.text, MIN_CLAIM_WORDS);
        if (words < 4) continue;
        // "Oct 19, 2016 · 10 min read", "Updated on December 12…", "Photo: Jane Doe/AP", "we may earn a
        // commission": the page's stamps and notices, not statements; nor is a formula.
        if (isDateline(s.text) || isCreditLine(s.text) || isPriceListing(s.text) || isAffiliateNotice(s.text) || isFormula(s.text)) continue;
        // Nor is a line without a sentence's end that is a headline printed as a paragraph, a label and its
        // value ("Stated Dimensions: 150-117-142 mm"), or all link text: a related story, a category
        // ("Articles with unsourced statements from August 2015"), a commit.
        const unended = unpunctuated(s.text);
        if (unended !== null && (isHeadline(unended) || isLabelLine(unended) || citations.linkedChars(s.start, s.end) >= LINKED_LINE * (s.end - s.start))) continue;
        const attribution: AttributionMatch | null = matchAttribution(s.text);
        if (attribution && PRONOUN_SOURCE.test(attribution.source)) {
          // "he said" points back to the last person the article named as a source, "they said" to
          // the last named source when it is a body (a ministry, a company, a group). A pronoun names no one new.
          // "They" after a person is more likely somebody else than that person. The last named source
          // is a person exactly when it is also the last person (both were set from it together). A body
          // named a few sentences back is the "they"; one named further back is as likely some other group.
          const pronoun = attribution.source.toLowerCase();
          let back: string | null;
          if (pronoun === 'they') back = lastNamed !== lastPerson && s.index - lastNamedAt <= THEY_REACH ? lastNamed : null;
          else {
            // "Lladanosa has found Levamisole in samples; … she says": a person named earlier in the same
            // sentence is the nearest "she", whatever was named since.
            const may = pronoun === 'he' ? 'm' : 'f';
            back = namedBefore(s.text, attribution.evidence, may) ?? latestWho(may);
          }
          if (back) attribution.source = back;
        } else if (attribution && isNamedSource(attribution.source)) {
          // With several sources, the one named last is the nearest to a "he" in the next sentence:
          // "Clearly, Energy Control believed…, Caudevilla said." then "“We could not make mistakes,” he added."
          for (const named of attribution.sources ?? [attribution.source]) {
            if (!isNamedSource(named)) continue;
            lastNamed = named;
            if (couldBePerson(named)) {
              lastPerson = named;
              const surname = surnameOf(named);
              if (people.length === PEOPLE_KEPT) people.shift();
              people.push({ name: named, surname });
              if (MALE_TITLE.test(named)) titled.m.add(surname);
              else if (FEMALE_TITLE.test(named)) titled.f.add(surname);
            }
          }
          lastNamedAt = s.index;
        }
        const { score, claim } = scoreSentence(s.text);
        // Most sentences are neither: a short non-claim needs no kind detector, a longer one only
        // until the first kind that counts (the detectors' words are needed only for a claim).
        if (!claim && words < MIN_CLAIM_WORDS) continue;
        const matches = kindsOfSentence(s.text, claim);
        if (!matches) continue;
        const found: Claim['attribution'] = attribution ? { source: attribution.source, verb: attribution.verb } : null;
        if (found && attribution?.sources) found.sources = attribution.sources;
        drafts.push({
          sentence: s,
          matches,
          claim: {
            id: nextId(s.text),
            text: s.text,
            score: Math.round(score * 1000) / 1000,
            kinds: [...matches.keys()],
            attribution: found,
            notes: [],
            linkIds: citations.citedBy(s.start, s.end),
            selector: selectorFor(map.text, s.start, s.end),
          },
        });
      }
    }
  }

  phaseEnded('claims');
  const claims = drafts.map((d) => d.claim);
  // Rules look links up only by the claims' linkIds, all of which the citation index holds.
  // The article-wide rules ("not independently verified", "denied") read the article's statements, not its citations.
  const statements = sentences.some((s) => s.references) ? sentences.filter((s) => !s.references) : sentences;
  const ctx = ruleContext(drafts, statements, cited, options, { url, publishedAt, analyzedAt });
  for (let i = 0; i < drafts.length; i++) {
    if (i % 8 === 7) yield;
    const d = drafts[i];
    // A plain loop, not RULES.flatMap: no closure and no flattening per claim, in code the JIT has barely seen.
    const notes: ClaimNote[] = [];
    for (let r = 0; r < RULES.length; r++) {
      const got = RULES[r].apply(d.claim, ctx);
      for (let k = 0; k < got.length; k++) notes.push(got[k]);
    }
    d.claim.notes = notes;
    // A claim the article itself disputes or does not back is a contested claim.
    if (!d.claim.kinds.includes('contested') && d.claim.notes.some((n) => n.code === 'unconfirmed' || n.code === 'contested')) {
      d.claim.kinds.push('contested');
    }
  }

  phaseEnded('rules');
  const page: PageNotes = {
    schema: PAGE_NOTES_SCHEMA,
    url,
    title,
    analyzedAt: analyzedAt.toISOString(),
    article: { found: !!scope, chars: map?.text.length ?? 0 },
    claims,
    links,
    stats: {
      claims: claims.length,
      links: links.length,
      flaggedLinks: links.filter(isLinkFlagged).length,
      ms: 0,
    },
  };
  if (publishedAt) page.publishedAt = publishedAt;
  if (language) page.stats.language = language;
  if (reason) page.stats.reason = reason;
  return page;
}

/** The URL relative links resolve against: the page's `<base href>` when it has a usable one. */
function baseUrlOf(doc: Document, url: string): string {
  // `querySelector('base[href]')`, without a selector walk of the whole page when it has no <base>.
  const bases = doc.getElementsByTagName('base');
  let base: string | null = null;
  for (let i = 0; i < bases.length && base === null; i++) base = bases[i].getAttribute('href');
  if (!base) return url;
  try {
    return new URL(base, url).href;
  } catch {
    return url;
  }
}

/** Fills in `domain` and `rating` of web links from the lookup. */
export function rateLinks(links: LinkReport[], rateDomain: NonNullable<AnalyzeOptions['rateDomain']>): void {
  for (const l of links) {
    if (!l.url || !/^https?:/.test(l.url)) continue;
    let host: string;
    try {
      host = new URL(l.url).hostname;
    } catch {
      continue;
    }
    const r = rateDomain(host);
    if (!r) continue;
    l.domain = r.domain;
    if (Number.isFinite(r.score)) {
      l.rating = { score: r.score, source: r.source };
      if (r.label) l.rating.label = r.label;
    }
  }
}

/**
 * The context rules read: sentences, claims, links and memoised article-wide scans. `links` is every
 * link, or already a map by id that holds at least the links the claims cite.
 */
export function ruleContext(
  drafts: readonly { claim: Claim; sentence?: Sentence; matches?: ReadonlyMap<ClaimKind, KindMatch> }[],
  sentences: readonly Sentence[],
  links: readonly LinkReport[] | ReadonlyMap<string, LinkReport>,
  options: AnalyzeOptions,
  page: RuleContext['page'],
): RuleContext {
  // Plain loops: these run once per page, before the JIT has optimised anything, over every link.
  const byClaim = new Map<Claim, (typeof drafts)[number]>();
  for (const d of drafts) byClaim.set(d.claim, d);
  let linkMap: ReadonlyMap<string, LinkReport>;
  if (Array.isArray(links)) {
    const byId = new Map<string, LinkReport>();
    for (const l of links) byId.set(l.id, l);
    linkMap = byId;
  } else {
    linkMap = links as ReadonlyMap<string, LinkReport>;
  }
  const memo = new Map<string, unknown>();
  return {
    sentences,
    claims: drafts.map((d) => d.claim),
    links: linkMap,
    options,
    page,
    sentenceOf: (c) => byClaim.get(c)?.sentence,
    kindMatches: (c) => byClaim.get(c)?.matches ?? detectKindMatches(c.text),
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
  };
}
