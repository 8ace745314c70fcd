/**
 * Re-anchoring: finding a stored quote again in the article's current text (STYLE.md practice 6, after
 * Hypothesis's `match-quote.ts`). Pages change between visits (a corrected figure, an added paragraph),
 * so offsets alone go stale; the quote and its context find the words again, and a note whose words are
 * gone is reported `detached` with its quote rather than placed somewhere wrong or dropped.
 *
 * All offsets are into the article text built by `utils/analyze/text-map.ts`. Pure: no DOM, no storage.
 */
import approxSearch from 'approx-string-match';

import type { Claim, LinkReport, TextSelector } from '../types';
import { noteQuote, type LinkTarget, type UserNote } from './model';

/** Where a quote is now, and how it was found. */
export type Anchor =
  | {
      status: 'anchored';
      start: number;
      end: number;
      /**
       * `claim`: the note's claim is on the page; `link`: the note's link is; `position`: the stored offsets
       * still hold the quote; `quote`: found elsewhere word for word; `fuzzy`: found with small differences.
       */
      method: 'claim' | 'link' | 'position' | 'quote' | 'fuzzy';
      /** 0..1, how well quote, context and position agree (1 = all unchanged). */
      score: number;
    }
  | {
      status: 'detached';
      /** The words the note was on, to show the user. */
      quote: string;
    };

/** Share of a quote's characters that may differ in a fuzzy match (the rest must be the same). */
export const MAX_ERROR_RATE = 0.25;
/** Fuzzy matching is capped at this many errors: beyond it the search gets slow and the match meaningless. */
const MAX_ERRORS = 256;
/** A fuzzy match of a short quote also needs its context: a few letters alone match too much. */
const SHORT_QUOTE = 24;
/** How far around its old place a quote is first looked for, besides twice its length. */
const NEAR_CHARS = 5_000;
/** Text length × 32-error blocks a whole-text fuzzy search may cost (about 0.2 s at 2.6 M characters). */
const SEARCH_BUDGET = 8_000_000;
/** Context shorter than this (the quote starts the article) is too little to move a match's edges by. */
const MIN_CONTEXT = 8;
/** Scoring more exact occurrences than this adds nothing but time (a quote like "the"). */
const MAX_CANDIDATES = 2_000;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds `selector` in `text`: the stored position if it still holds the quote (and its context agrees),
 * else the exact quote elsewhere (context and closeness break ties), else a fuzzy match with at most
 * `MAX_ERROR_RATE` of the quote's length in differences. `hint` is a better position guess than
 * `selector.start` (where the note was last anchored). Returns `detached` when nothing fits.
 */
export function anchorSelector(selector: TextSelector, text: string, hint?: number): Anchor {
  const quote = selector.exact;
  const detached: Anchor = { status: 'detached', quote };
  if (!quote || !text) return detached;
  const expected = hint ?? selector.start;

  for (const start of new Set([hint, selector.start])) {
    if (start === undefined || start < 0 || text.slice(start, start + quote.length) !== quote) continue;
    const candidate = { start, end: start + quote.length, errors: 0 };
    // The same words can sit at the old offsets by coincidence (a repeated phrase after an edit moved
    // the text): trust the position only when the context on at least one side agrees too.
    const context = contextScores(text, candidate, selector);
    if (Math.max(context.prefix, context.suffix) >= 0.8) {
      return { status: 'anchored', start, end: candidate.end, method: 'position', score: score(text, candidate, selector, expected) };
    }
  }

  const exact = exactOccurrences(text, quote);
  if (exact.length > 0) return best(exact, 'quote', text, selector, expected).anchor;

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return detached;
  const fuzzy = fuzzyMatches(text, quote, maxErrors, expected);
  if (fuzzy.length === 0) return detached;
  const found = best(fuzzy, 'fuzzy', text, selector, expected);
  if (quote.length < SHORT_QUOTE) {
    const context = contextScores(text, found.candidate, selector);
    if ((context.prefix + context.suffix) / 2 < 0.5) return detached;
  }
  const { start, end } = widenToContext(text, found.candidate, selector, maxErrors);
  return { ...found.anchor, start, end } as Anchor;
}

/** The note's current place on the page, given the article text and (when known) the page's claims and links. */
export function anchorNote(
  note: Pick<UserNote, 'target' | 'anchor'>,
  page: { text: string; claims?: readonly Claim[]; links?: readonly LinkReport[] },
): Anchor {
  const target = note.target;
  const hint = note.anchor.status === 'anchored' ? note.anchor.start : undefined;
  if (target.kind === 'claim') {
    // Claim ids derive from the sentence's words: the same id is the same sentence, at the analyzer's current offsets.
    const claim = page.claims?.find((c) => c.id === target.claimId);
    if (claim) return { status: 'anchored', start: claim.selector.start, end: claim.selector.end, method: 'claim', score: 1 };
  }
  if (target.kind === 'link') {
    const link = findLink(target, page.links ?? []);
    if (link) {
      const range = link.textRange ?? { start: -1, end: -1 };
      return { status: 'anchored', start: range.start, end: range.end, method: 'link', score: 1 };
    }
    return target.selector ? anchorSelector(target.selector, page.text, hint) : { status: 'detached', quote: noteQuote(note) };
  }
  return anchorSelector(target.selector, page.text, hint);
}

/** A page's notes sorted for display: under their claim, on their link, on other text, or detached. */
export interface PlacedNotes {
  /** Every note's anchor, by note id (to pass to `NotesStore.recordAnchors` and to highlight). */
  anchors: Map<string, Anchor>;
  /** Notes shown with a claim (their own claim, or the claim their words now sit in), by claim id. */
  byClaim: Map<string, UserNote[]>;
  /** Notes on a link that is on the page, by the link's current id. */
  byLink: Map<string, UserNote[]>;
  /** Notes placed on text that is not a claim. */
  onText: UserNote[];
  /** Notes that could not be placed: shown with their quote, never dropped. */
  detached: UserNote[];
}

/** Anchors each of a page's notes and sorts them for display (see `PlacedNotes`). */
export function placeNotes(
  notes: readonly UserNote[],
  page: { text: string; claims?: readonly Claim[]; links?: readonly LinkReport[] },
): PlacedNotes {
  const placed: PlacedNotes = { anchors: new Map(), byClaim: new Map(), byLink: new Map(), onText: [], detached: [] };
  const claims = page.claims ?? [];
  const add = (map: Map<string, UserNote[]>, key: string, note: UserNote) => map.set(key, [...(map.get(key) ?? []), note]);
  for (const note of notes) {
    const target = note.target;
    const anchor = anchorNote(note, page);
    placed.anchors.set(note.id, anchor);
    const link = target.kind === 'link' && anchor.status === 'anchored' && anchor.method === 'link' ? findLink(target, page.links ?? []) : undefined;
    if (anchor.status === 'detached') placed.detached.push(note);
    else if (link) add(placed.byLink, link.id, note);
    else {
      // Notes on words inside a claim (a selection, or a claim note whose claim id changed) show with that claim.
      const own = target.kind === 'claim' && anchor.method === 'claim' ? claims.find((c) => c.id === target.claimId) : undefined;
      const home = own ?? claimAt(claims, anchor);
      if (home) add(placed.byClaim, home.id, note);
      else placed.onText.push(note);
    }
  }
  return placed;
}

/** The page's link a link note is on: by id when href and text still agree, else by href and text (the id changes when markup does). */
function findLink(target: LinkTarget, links: readonly LinkReport[]): LinkReport | undefined {
  return (
    links.find((l) => l.id === target.linkId && l.href === target.href && l.text === target.text) ??
    links.find((l) => l.href === target.href && l.text === target.text) ??
    links.find((l) => l.id === target.linkId && (l.href === target.href || l.text === target.text))
  );
}

/** The claim a placed note now sits in (the one whose text overlaps it most), so the popup can show it there. */
export function claimAt(claims: readonly Claim[], anchor: Anchor): Claim | null {
  if (anchor.status !== 'anchored' || anchor.start < 0) return null;
  let found: Claim | null = null;
  let most = 0;
  for (const claim of claims) {
    const overlap = Math.min(claim.selector.end, anchor.end) - Math.max(claim.selector.start, anchor.start);
    if (overlap > most) {
      most = overlap;
      found = claim;
    }
  }
  return found;
}

/**
 * A fuzzy match stops where the quote's own letters stop matching, so words inserted at its edges
 * ("the deal will eventually create…") can cut it short. Where the stored context is found right
 * beside the match, the quote runs up to it: the words between the context and the match are the
 * quote's, edited. Each edge moves by at most `maxErrors` characters.
 */
function widenToContext(text: string, match: Candidate, selector: TextSelector, maxErrors: number): { start: number; end: number } {
  let { start, end } = match;
  const { prefix, suffix } = selector;
  if (prefix.length >= MIN_CONTEXT) {
    const from = Math.max(0, match.start - maxErrors - prefix.length);
    const window = text.slice(from, Math.min(match.end, match.start + maxErrors));
    const found = closest(approxSearch(window, prefix, Math.floor(prefix.length * MAX_ERROR_RATE)), (m) => from + m.end, match.start);
    if (found !== null && found < end) start = found;
  }
  if (suffix.length >= MIN_CONTEXT) {
    const from = Math.max(start, match.end - maxErrors);
    const window = text.slice(from, match.end + maxErrors + suffix.length);
    const found = closest(approxSearch(window, suffix, Math.floor(suffix.length * MAX_ERROR_RATE)), (m) => from + m.start, match.end);
    if (found !== null && found > start) end = found;
  }
  return { start, end };
}

/** The offset, among the matches', nearest to `target`, or null when there are no matches. */
function closest(matches: readonly Candidate[], offset: (m: Candidate) => number, target: number): number | null {
  let best: number | null = null;
  for (const m of matches) {
    const at = offset(m);
    if (best === null || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  return best;
}

/**
 * The best fuzzy matches: first near where the quote was (a page edited "a little" keeps it there), then
 * in the whole text. The whole-text search costs time in proportion to text length × allowed errors, so
 * on huge texts it allows fewer errors (a note edited heavily *and* moved far on a 2 MB page detaches).
 */
function fuzzyMatches(text: string, quote: string, maxErrors: number, expected: number): Candidate[] {
  if (expected >= 0) {
    const reach = NEAR_CHARS + 2 * quote.length;
    const from = Math.max(0, expected - reach);
    const near = approxSearch(text.slice(from, Math.min(text.length, expected + quote.length + reach)), quote, maxErrors);
    if (near.length > 0) return near.slice(0, MAX_CANDIDATES).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  }
  const blocks = Math.max(1, Math.floor(SEARCH_BUDGET / Math.max(1, text.length)) - 1);
  return approxSearch(text, quote, Math.min(maxErrors, blocks * 32)).slice(0, MAX_CANDIDATES);
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

function best(
  candidates: readonly Candidate[],
  method: 'quote' | 'fuzzy',
  text: string,
  selector: TextSelector,
  expected: number,
): { anchor: Anchor; candidate: Candidate } {
  let top = candidates[0];
  let topScore = -1;
  for (const candidate of candidates) {
    const value = score(text, candidate, selector, expected);
    if (value > topScore) {
      topScore = value;
      top = candidate;
    }
  }
  return { anchor: { status: 'anchored', start: top.start, end: top.end, method, score: topScore }, candidate: top };
}

/** Hypothesis's weighting: the quote counts most, then each side's context, then closeness to the old place. */
function score(text: string, candidate: Candidate, selector: TextSelector, expected: number): number {
  const quoteScore = 1 - candidate.errors / selector.exact.length;
  const { prefix, suffix } = contextScores(text, candidate, selector);
  const position = expected >= 0 ? 1 - Math.min(1, Math.abs(candidate.start - expected) / text.length) : 1;
  return (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / WEIGHT_SUM;
}

/** How well the text on each side of a candidate matches the stored prefix and suffix, each 0..1. */
function contextScores(text: string, candidate: Candidate, selector: TextSelector): { prefix: number; suffix: number } {
  return {
    prefix: similarity(text.slice(Math.max(0, candidate.start - selector.prefix.length), candidate.start), selector.prefix),
    suffix: similarity(text.slice(candidate.end, candidate.end + selector.suffix.length), selector.suffix),
  };
}

/** 1 minus the edit distance of `expected`'s best match inside `actual`, per character of `expected`. */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (actual === expected) return 1;
  const matches = approxSearch(actual, expected, expected.length);
  return matches.length ? 1 - matches[0].errors / expected.length : 0;
}
