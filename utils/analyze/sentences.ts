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

/** White space that collapsing would change: any but a single inner space. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** Collapses runs of white space to one space and trims. */
export function collapseSpace(text: string): string {
  // Most sentences are collapsed already; replacing would still rebuild them at every space.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Splits the article's text into sentences with `Intl.Segmenter`, one text run (block) at a time so a
 * sentence never spans two paragraphs, and keeps each sentence's offsets into the article's text.
 */
export function splitSentences(map: TextMap, locale = 'en'): Sentence[] {
  return drain(splitSentencesSteps(map, locale));
}

/** `splitSentences` as steps that pause every few dozen blocks. */
export function* splitSentencesSteps(map: TextMap, locale = 'en'): Steps<Sentence[]> {
  const segmenter = segmenterFor(locale);
  const out: Sentence[] = [];
  let runs = 0;
  for (const run of map.runs) {
    if (++runs % 64 === 0) yield;
    const runText = map.text.slice(run.start, run.end);
    if (!/\S/.test(runText)) continue;
    let pending: { start: number; end: number } | null = null;
    const flush = () => {
      if (!pending) return;
      const raw = map.text.slice(pending.start, pending.end);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      const start = pending.start + lead;
      const end = pending.end - trail;
      if (end > start) {
        out.push({ index: out.length, start, end, text: collapseSpace(raw), heading: run.heading });
      }
      pending = null;
    };
    let segments = 0;
    for (const seg of segmenter.segment(runText)) {
      if (++segments % 256 === 0) yield;
      const start = run.start + seg.index;
      const end = start + seg.segment.length;
      if (pending) {
        pending.end = end;
      } else {
        pending = { start, end };
      }
      // Keep going past an abbreviation: "Gen. Smith said" is one sentence.
      // Only the segment's last word can be an abbreviation: test its tail, not the whole sentence.
      if (end < run.end && ABBREVIATION_END.test(seg.segment.trimEnd().slice(-12))) continue;
      flush();
    }
    flush();
  }
  return out;
}
