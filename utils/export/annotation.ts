/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/), so other annotation tools can read
 * ClaimLens notes: one `Annotation` per note, targeting the claim's text with a quote and a position.
 *
 * The file is an `AnnotationCollection` whose first `AnnotationPage` holds every annotation (of one page or
 * of many; each annotation names its page in `target.source`). `TextPositionSelector` offsets count
 * characters of the article text as ClaimLens extracts it; the `TextQuoteSelector` is the reliable anchor.
 */
import type { Claim, PageNotes, TextSelector } from '../types';
import { exportPages, exportTime, type ExportedNote, type ExportInput, type ExportOptions } from './pages';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type AnnotationMotivation = 'commenting' | 'assessing';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  /** `commenting`/`assessing`: the note's text; `describing`: its evidence; `tagging`: its ClaimLens code. */
  purpose: AnnotationMotivation | 'describing' | 'tagging';
}

export interface LinkingBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'linking';
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: AnnotationMotivation;
  created: string;
  modified?: string;
  generator: { type: 'Software'; name: string };
  body: (TextualBody | LinkingBody)[];
  /** The quote always; the position too when it is known (a note on a link's text may have none). */
  target: { source: string; selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const GENERATOR = { type: 'Software', name: 'ClaimLens' } as const;

/** The annotations of one page: one per note of every claim, in claim order. */
export function pageAnnotations(page: PageNotes): WebAnnotation[] {
  return page.claims.flatMap((claim) => claim.notes.map((note, index) => noteAnnotation(page, claim, note, index)));
}

/** The Web Annotation export of one page or many, as an `AnnotationCollection` (JSON-LD object). */
export function buildWebAnnotationCollection(input: ExportInput, options: ExportOptions = {}): WebAnnotationCollection {
  const pages = exportPages(input);
  const items = pages.flatMap(pageAnnotations);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: pages.length === 1 ? `ClaimLens notes on ${pages[0].title || pages[0].url}` : `ClaimLens notes on ${pages.length} pages`,
    total: items.length,
    generated: exportTime(options),
    generator: GENERATOR,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The Web Annotation export as JSON text. */
export function buildWebAnnotationJson(input: ExportInput, options: ExportOptions = {}): string {
  return `${JSON.stringify(buildWebAnnotationCollection(input, options), null, 2)}\n`;
}

function noteAnnotation(page: PageNotes, claim: Claim, note: ExportedNote, index: number): WebAnnotation {
  const motivation: AnnotationMotivation = note.origin === 'user' ? 'commenting' : 'assessing';
  const body: (TextualBody | LinkingBody)[] = [{ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: motivation }];
  if (note.evidence) body.push({ type: 'TextualBody', value: note.evidence, format: 'text/plain', purpose: 'describing' });
  if (note.code) body.push({ type: 'TextualBody', value: note.code, format: 'text/plain', purpose: 'tagging' });
  if (note.href) body.push({ type: 'SpecificResource', source: note.href, purpose: 'linking' });

  const annotation: WebAnnotation = {
    '@context': ANNOTATION_CONTEXT,
    id: annotationId(page, claim, note, index),
    type: 'Annotation',
    motivation,
    created: note.createdAt ?? page.analyzedAt,
    generator: GENERATOR,
    body,
    target: { source: page.url, selector: selectors(claim.selector) },
  };
  if (note.updatedAt) annotation.modified = note.updatedAt;
  return annotation;
}

function selectors(selector: TextSelector): [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
  // ClaimLens writes -1 for an unknown position; a TextPositionSelector must not claim one.
  if (!(selector.start >= 0 && selector.end >= selector.start)) return [quote];
  return [quote, { type: 'TextPositionSelector', start: selector.start, end: selector.end }];
}

/**
 * An IRI that names the note the same way in every export of the same data (user notes keep their own id),
 * so a tool importing twice can tell it already has the annotation.
 */
function annotationId(page: PageNotes, claim: Claim, note: ExportedNote, index: number): string {
  if (note.id) return `urn:claimlens:note:${encodeURIComponent(note.id)}`;
  return `urn:claimlens:note:${fingerprint([page.url, claim.id, String(index), note.origin, note.code, note.text].join('\u0000'))}`;
}

/** A 64-bit FNV-1a hash in hex: stable, dependency-free, enough to tell notes apart (not for security). */
export function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
