import { drain, type Steps } from './steps';
import type { TextMap } from './text-map';

/** A sentence of the article, with its offsets into the article's text. */
export interface Sentence {
  /** Position in the article, from 0. */
  index: number;
  /** Offsets of the trimmed sentence in the article's text. */
  start: number;
  end: number;
  /** The sentence with whitespace collapsed, for rules and display. */
  text: string;
  /** The sentence sits in a heading. */
  heading: boolean;
  /** The sentence sits in a list of references: a citation, not a statement (`TextRun.references`). */
  references: boolean;
  /** The sentence sits in `<pre>`: code, a table or a terminal's output as often as prose (an RFC). */
  preformatted: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Abbreviations after which ICU's sentence rules would end a sentence too early
 * ("Gen. Smith", "U.S. officials", "Jan. 5").
 */
const ABBREVIATION_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Rep|Sen|Gov|Pres|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est)\.|\b(?:[A-Z]\.){1,3})\s*$/;

/**
 * A question or exclamation mark inside quotes or brackets, at a segment's end. Unicode's rules end a
 * sentence there even when it goes on in lower case ("“See the big shell out there?” says Stephen
 * Jones", "(even with tights!) is"), where a reader reads one sentence. A bare "!" before a lower-case
 * word is more often a sentence's end before a name written in lower case ("lucky us! zlib shrinks").
 */
const QUOTED_QUESTION_OR_EXCLAMATION_END = /[?!]["'”’»)\]]+$/;
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * Reference markers after a sentence's end: "…of Zeeland.[12][13] In 1645…". Unicode's rules read the
 * "[" as closing punctuation of the sentence and break after it, so the next sentence would start with
 * "12][13]". The markers (a note's number, letter or words, up to 40 characters each, and a page
 * number after a colon: "[1]: 207") belong to the sentence they follow.
 */
const REFERENCE_MARKERS = /^[^\[\]\s](?:[^\[\]\n\u2029]{0,39})\](?::\s?\d[\d–-]*)?(?:\[[^\[\]\n\u2029]{1,40}\](?::\s?\d[\d–-]*)?)*/;
/**
 * A sentence's end followed by its markers inside one segment: before a lower-case marker ("coast.[a]
 * Few maps…") Unicode's rules see no end at all. The sentence ends after the markers when the next starts
 * as a sentence does.
 */
const MARKERS_THEN_SENTENCE = /[.!?]["'”’)]*(?:\[[^\[\]\n\u2029]{1,40}\](?::\s?\d[\d–-]*)?)+(?=\s+["“‘'(]?[\p{Lu}\d])/gu;

/**
 * A sentence's end with the next sentence right after it, no space between: "…an official
 * said.CreditMichael Appleton for The New York Times". Pages write a photo's caption and its credit, or
 * two teasers, in elements their style sets apart, so the text holds no space there and Unicode's rules
 * see one sentence. Such a place ends a sentence only where one text node ends and the next begins:
 * inside one text node "Node.Js" or "e.g.Foo" are the writer's.
 */
// It starts at the mark, not the letter before it: V8 tries a pattern at every position, and far fewer hold a mark.
const ENDS_WITHOUT_SPACE = /(?<=[a-z])[.!?]["”’)]?(?=[A-Z][a-z])/g;

/** Where in the article's text a sentence ends at a text node's end with the next one at once after it (ENDS_WITHOUT_SPACE). */
function endsWithoutSpace(map: TextMap): number[] {
  const cuts: number[] = [];
  const { text, starts } = map;
  ENDS_WITHOUT_SPACE.lastIndex = 0;
  for (let m = ENDS_WITHOUT_SPACE.exec(text); m; m = ENDS_WITHOUT_SPACE.exec(text)) {
    const cut = m.index + m[0].length;
    // Is `cut` where a text node starts? The starts are in order.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= cut) lo = mid;
      else hi = mid - 1;
    }
    if (starts[lo] === cut) cuts.push(cut);
  }
  return cuts;
}

/** White space that collapsing would change: any but a single inner space. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/**
 * The runs of white space that collapsing changes: a run starting with anything but a space, or a space
 * followed by more. `/\s+/g` gives the same text but also replaces every single space between words
 * with a space: on text with line breaks and indents (a link's `textContent`, a paragraph's source
 * lines) it made twenty replacements where this makes two, and took 2.6-3.1 times as long (Node 20).
 */
const UNCOLLAPSED_RUN = /[^\S ]\s*| \s+/g;

/** Collapses runs of white space to one space and trims. */
export function collapseSpace(text: string): string {
  // Most sentences are collapsed already; replacing would still rebuild them.
  return UNCOLLAPSED.test(text) ? text.replace(UNCOLLAPSED_RUN, ' ').trim() : text;
}

/**
 * Splits the article's text into sentences with `Intl.Segmenter`, within each text run (block) so a
 * sentence never spans two paragraphs, and keeps each sentence's offsets into the article's text.
 */
export function splitSentences(map: TextMap, locale = 'en', pieceChars = SEGMENT_PIECE): Sentence[] {
  return drain(splitSentencesSteps(map, locale, pieceChars));
}

/**
 * The longest text handed to one `segment()` call. Node 20's V8 (the CLI's) spends time in proportion
 * to the whole text on every segment of a text over 2^17 characters: 0.6 ms a sentence at 131,100
 * characters against 0.03 ms at 131,000, so a 500,000-character article took 18 s to split. Chromium's
 * does not (0.005 ms a sentence at 500,000), and articles this long are rare: longer texts are
 * segmented a piece at a time.
 */
const SEGMENT_PIECE = 1 << 16;

/** A segment of the joined text, its `index` in the joined text. */
interface Segment {
  index: number;
  segment: string;
}

/**
 * `segmenter.segment(joined)` in pieces of at most `pieceChars`: the same segments, found faster where
 * the engine is slow on long texts (SEGMENT_PIECE). A piece ends where a run starts, after the paragraph
 * separator, where a sentence always ends. A run longer than a piece is cut inside: the segments before
 * the last two of a piece are kept (a cut changes at most where the last ones end) and the next piece
 * starts at the first one dropped.
 */
function* segmentsInPieces(segmenter: Intl.Segmenter, joined: string, runStarts: readonly number[], pieceChars: number): Generator<Segment> {
  let from = 0;
  let k = 0;
  while (from < joined.length) {
    let to = joined.length;
    let atRunStart = true;
    if (to - from > pieceChars) {
      // The last run start in (from, from + pieceChars].
      while (k < runStarts.length && runStarts[k] <= from) k++;
      let last = -1;
      while (k < runStarts.length && runStarts[k] <= from + pieceChars) last = runStarts[k++];
      if (last > 0) to = last;
      else {
        to = from + pieceChars;
        atRunStart = false;
      }
    }
    const segments = segmenter.segment(joined.slice(from, to));
    if (atRunStart) {
      for (const seg of segments) yield { index: from + seg.index, segment: seg.segment };
      from = to;
      continue;
    }
    const all = Array.from(segments);
    // A sentence about as long as a piece is cut where the piece ends.
    const keep = all.length > 2 ? all.length - 2 : all.length;
    for (let i = 0; i < keep; i++) yield { index: from + all[i].index, segment: all[i].segment };
    from = keep < all.length ? from + all[keep].index : to;
  }
}

/** U+2029 PARAGRAPH SEPARATOR: Unicode's sentence rules always break after it and never look past it. */
const PARAGRAPH_SEPARATOR = '\u2029';

/**
 * Line breaks, which Unicode's sentence rules also always break after. In the text of a page they are
 * mostly where the page's source wrapped a long line, and a browser shows them as a space ("…said on
 * Tuesday that⏎the plan…" is one sentence on screen): each becomes a space before segmenting (one
 * character for one, so every offset stays the same), after `<pre>`'s blank lines are read (BLANK_LINES).
 */
const LINE_BREAKS = /[\n\r\u0085\u2028]/g;

/**
 * Inside `<pre>`, a blank line ends a paragraph and a single line break is where the author wrapped it:
 * an RFC's or a plain-text post's paragraphs are wrapped at 72 columns, and each line was a "sentence"
 * ("Internet-Drafts are draft documents valid for a maximum of six months"). Each blank line's
 * characters become paragraph separators, one for one, so offsets stay.
 */
const BLANK_LINES = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
const paragraphBreaks = (blank: string) => PARAGRAPH_SEPARATOR.repeat(blank.length);

/**
 * `splitSentences` as steps that pause every few hundred sentences. The blocks are segmented in one
 * pass, joined by paragraph separators: each `segment()` call clones ICU's break iterator (~5 µs, and an
 * article has a hundred blocks), and a paragraph separator ends a sentence exactly as the end of the text
 * does, so the sentences are the same as segmenting each block on its own.
 */
export function* splitSentencesSteps(map: TextMap, locale = 'en', pieceChars = SEGMENT_PIECE): Steps<Sentence[]> {
  const segmenter = segmenterFor(locale);
  const out: Sentence[] = [];
  const runs: TextMap['runs'] = [];
  const texts: string[] = [];
  for (const run of map.runs) {
    const text = map.text.slice(run.start, run.end);
    if (!/\S/.test(text)) continue;
    runs.push(run);
    texts.push(text);
  }
  if (runs.length === 0) return out;
  /** Where each run starts in the joined text. */
  const joinedStarts: number[] = [];
  let joinedLength = 0;
  for (const run of runs) {
    joinedStarts.push(joinedLength);
    joinedLength += run.end - run.start + 1;
  }
  yield;
  // Most articles have no <pre>: then one replace over the whole text does.
  const joined = runs.some((r) => r.preformatted)
    ? texts.map((t, i) => (runs[i].preformatted ? t.replace(BLANK_LINES, paragraphBreaks) : t).replace(LINE_BREAKS, ' ')).join(PARAGRAPH_SEPARATOR)
    : texts.join(PARAGRAPH_SEPARATOR).replace(LINE_BREAKS, ' ');

  let k = 0;
  let run = runs[0];
  let pending: { start: number; end: number } | null = null;
  const flush = () => {
    if (!pending) return;
    const raw = map.text.slice(pending.start, pending.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const start = pending.start + lead;
    const end = pending.end - trail;
    if (end > start) {
      out.push({ index: out.length, start, end, text: collapseSpace(raw), heading: run.heading, references: run.references, preformatted: run.preformatted });
    }
    pending = null;
  };
  let segments = 0;
  /** How much of the next segment the sentence before took (its reference markers). */
  let taken = 0;
  const cuts = endsWithoutSpace(map);
  let c = 0;
  // Most articles are one piece: their segments come straight from the segmenter.
  const found: Iterable<Segment> = joined.length <= pieceChars ? segmenter.segment(joined) : segmentsInPieces(segmenter, joined, joinedStarts, pieceChars);
  for (const seg of found) {
    if (++segments % 256 === 0) yield;
    while (k + 1 < runs.length && seg.index >= joinedStarts[k + 1]) {
      flush();
      run = runs[++k];
    }
    const segStart = run.start + (seg.index - joinedStarts[k]);
    // The separator after a run ends that run's last segment: it is not article text.
    const end = Math.min(segStart + seg.segment.length, run.end);
    const start = segStart + taken;
    // Markers that reach past this segment go on into the next.
    taken = Math.max(0, start - end);
    if (start >= end) continue;
    if (pending) {
      pending.end = end;
    } else {
      pending = { start, end };
    }
    if (seg.segment.includes('[')) {
      MARKERS_THEN_SENTENCE.lastIndex = 0;
      for (let m = MARKERS_THEN_SENTENCE.exec(seg.segment); m; m = MARKERS_THEN_SENTENCE.exec(seg.segment)) {
        const cut = segStart + m.index + m[0].length;
        if (cut <= pending!.start || cut >= end) continue;
        pending!.end = cut;
        flush();
        pending = { start: cut, end };
      }
    }
    for (; c < cuts.length && cuts[c] < end; c++) {
      if (cuts[c] <= pending!.start) continue;
      pending!.end = cuts[c];
      flush();
      pending = { start: cuts[c], end };
    }
    // Keep going past an abbreviation: "Gen. Smith said" is one sentence.
    // Only the segment's last word can be an abbreviation: test its tail, not the whole sentence.
    if (end < run.end) {
      const tail = seg.segment.trimEnd().slice(-12);
      if (ABBREVIATION_END.test(tail)) continue;
      // A quoted "?" or "!" inside a sentence: the next segment goes on in lower case.
      const next = seg.index + seg.segment.length;
      if (QUOTED_QUESTION_OR_EXCLAMATION_END.test(tail) && LOWER_CASE_START.test(joined.slice(next, next + 2))) continue;
      if (tail.endsWith('[')) {
        const markers = REFERENCE_MARKERS.exec(joined.slice(next, next + 200));
        if (markers) {
          // The markers stay in this run: they hold no line break or paragraph separator.
          pending!.end = end + markers[0].length;
          taken = markers[0].length;
        }
      }
    }
    flush();
  }
  flush();
  return out;
}
