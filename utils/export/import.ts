/**
 * Reading an imported file back into notes: ClaimLens JSON (`PageNotes`, one page or a collection) or
 * W3C Web Annotations (ClaimLens's own or another tool's). Pure: it validates and returns notes; merging
 * them into storage is the caller's job. Anything corrupt, foreign or too large is refused with an
 * `ImportError` whose message tells the user what is wrong, before anything is returned.
 */
import {
  LINK_STATUSES,
  PAGE_NOTES_SCHEMA,
  type ClaimNote,
  type PageNotes,
  type TextSelector,
} from '../types';
import { ANNOTATION_CONTEXT } from './annotation';
import { EXPORT_COLLECTION_SCHEMA } from './json';

/** Files larger than this are refused (a year of heavy use is a few megabytes). */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
/** At most this many notes in one import, so one file cannot flood storage. */
export const MAX_IMPORT_NOTES = 50_000;
/** Longest accepted text of one field; a note is a few sentences, a quote one. */
const MAX_FIELD_CHARS = 20_000;

/** A note from an imported file, with where it belongs. */
export interface ImportedNote {
  pageUrl: string;
  /** The claim it was attached to, when the file says (ClaimLens JSON does; Web Annotations do not). */
  claimId: string | null;
  /** Where its text is. `start`/`end` are -1 when the file gave no position: anchor by the quote. */
  selector: TextSelector;
  note: ClaimNote;
  /** When the note was written, if known. */
  created?: string;
}

export interface ImportResult {
  format: 'page-notes' | 'web-annotation';
  /** The pages exactly as exported (ClaimLens JSON only; empty for Web Annotations). */
  pages: PageNotes[];
  /** The user's own notes (`origin: "user"`): what storage keeps. Rule notes are recomputed from the page. */
  notes: ImportedNote[];
  /** Annotations left out because they do not quote page text (nothing to anchor them to). */
  skipped: number;
}

/** A refused import; `message` is for the user. */
export class ImportError extends Error {}

/** Parses and validates an imported file's text; throws `ImportError` for corrupt, foreign or too-large input. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(`This file is too large to import (${megabytes(text.length)}; the limit is ${megabytes(MAX_IMPORT_CHARS)}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError('This file is not valid JSON: it may be damaged or not a ClaimLens export.');
  }
  if (isPageNotesLike(data)) return importPageNotes([data], '');
  if (isRecord(data) && data.schema === EXPORT_COLLECTION_SCHEMA) {
    if (!Array.isArray(data.pages)) throw new ImportError('This ClaimLens export is damaged: "pages" is not a list.');
    return importPageNotes(data.pages, 'pages');
  }
  if (Array.isArray(data) && data.length > 0 && data.every(isPageNotesLike)) return importPageNotes(data, '');
  const annotations = webAnnotations(data);
  if (annotations) return importAnnotations(annotations);
  if (isRecord(data) && typeof data.schema === 'string' && data.schema.startsWith('claimlens/')) {
    throw new ImportError(`This file is from a ClaimLens version this one cannot read (format "${data.schema}").`);
  }
  throw new ImportError('This file is neither a ClaimLens export nor a W3C Web Annotation file.');
}

/** A key that is equal for the same note on the same text of the same page: what "no duplicates" compares. */
export function importedNoteKey(imported: ImportedNote): string {
  return JSON.stringify([imported.pageUrl, imported.selector.exact, imported.note.code, imported.note.text, imported.note.evidence]);
}

function isPageNotesLike(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && data.schema === PAGE_NOTES_SCHEMA;
}

function importPageNotes(pages: readonly unknown[], base: string): ImportResult {
  const checked = pages.map((page, index) => checkPageNotes(page, base ? `${base}[${index}]` : pages.length > 1 ? `[${index}]` : ''));
  const notes = checked.flatMap((page) =>
    page.claims.flatMap((claim) =>
      claim.notes
        .filter((note) => note.origin === 'user')
        .map((note) => ({ pageUrl: page.url, claimId: claim.id, selector: claim.selector, note, ...created(note) })),
    ),
  );
  checkNoteCount(notes.length);
  return { format: 'page-notes', pages: checked, notes, skipped: 0 };
}

function created(note: ClaimNote): { created?: string } {
  const time = (note as ClaimNote & { createdAt?: unknown }).createdAt;
  return typeof time === 'string' ? { created: time } : {};
}

/** Checks the `PageNotes` contract field by field; the message names the first bad field. */
function checkPageNotes(data: unknown, path: string): PageNotes {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const page = record(data, path || 'the page');
  if (page.schema !== PAGE_NOTES_SCHEMA) damaged(at('schema'), `must be "${PAGE_NOTES_SCHEMA}"`);
  webUrl(page.url, at('url'));
  string(page.title, at('title'));
  string(page.analyzedAt, at('analyzedAt'));
  const claims = list(page.claims, at('claims'));
  const links = list(page.links, at('links'));
  record(page.stats, at('stats'));

  claims.forEach((claimData, i) => {
    const where = at(`claims[${i}]`);
    const claim = record(claimData, where);
    string(claim.id, `${where}.id`);
    string(claim.text, `${where}.text`);
    if (typeof claim.score !== 'number' || !(claim.score >= 0 && claim.score <= 1)) damaged(`${where}.score`, 'must be a number from 0 to 1');
    list(claim.kinds, `${where}.kinds`).forEach((kind, k) => string(kind, `${where}.kinds[${k}]`));
    if (claim.attribution !== null) {
      const attribution = record(claim.attribution, `${where}.attribution`);
      string(attribution.source, `${where}.attribution.source`);
      string(attribution.verb, `${where}.attribution.verb`);
    }
    list(claim.linkIds, `${where}.linkIds`).forEach((id, k) => string(id, `${where}.linkIds[${k}]`));
    checkSelector(claim.selector, `${where}.selector`);
    list(claim.notes, `${where}.notes`).forEach((note, n) => checkNote(note, `${where}.notes[${n}]`));
  });

  links.forEach((linkData, i) => {
    const where = at(`links[${i}]`);
    const link = record(linkData, where);
    string(link.id, `${where}.id`);
    if (link.tag !== 'a' && link.tag !== 'img') damaged(`${where}.tag`, 'must be "a" or "img"');
    // Link fields are not length-limited: an image's `data:` address can be long and is still the page's.
    if (link.href !== null && typeof link.href !== 'string') damaged(`${where}.href`, 'must be text or null');
    if (link.url !== null && typeof link.url !== 'string') damaged(`${where}.url`, 'must be text or null');
    if (typeof link.text !== 'string') damaged(`${where}.text`, 'must be text');
    if (typeof link.inArticle !== 'boolean') damaged(`${where}.inArticle`, 'must be true or false');
    if (!(LINK_STATUSES as readonly unknown[]).includes(link.status)) damaged(`${where}.status`, 'is not a link status ClaimLens knows');
    string(link.reason, `${where}.reason`);
  });
  return page as unknown as PageNotes;
}

function checkSelector(data: unknown, where: string): void {
  const selector = record(data, where);
  string(selector.exact, `${where}.exact`);
  string(selector.prefix, `${where}.prefix`);
  string(selector.suffix, `${where}.suffix`);
  for (const field of ['start', 'end'] as const) {
    if (!Number.isInteger(selector[field])) damaged(`${where}.${field}`, 'must be a whole number');
  }
}

function checkNote(data: unknown, where: string): void {
  const note = record(data, where);
  string(note.code, `${where}.code`);
  string(note.text, `${where}.text`);
  string(note.evidence, `${where}.evidence`);
  if (note.origin !== 'rule' && note.origin !== 'user') damaged(`${where}.origin`, 'must be "rule" or "user"');
  if (note.href !== undefined) webUrl(note.href, `${where}.href`);
}

// ---- Web Annotations ----

/** The annotations of a Web Annotation file (one, a list, a collection or a page of one), or null if it is not one. */
function webAnnotations(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data.length > 0 && data.every(isAnnotation) ? data : null;
  if (!isRecord(data) || !hasAnnotationContext(data)) return null;
  if (isAnnotation(data)) return [data];
  if (data.type === 'AnnotationPage' && Array.isArray(data.items)) return data.items;
  if (data.type === 'AnnotationCollection') {
    const first = data.first;
    if (isRecord(first) && Array.isArray(first.items)) return first.items;
    if (Array.isArray(data.items)) return data.items;
    throw new ImportError('This annotation collection has no annotations in it (its pages are not in the file).');
  }
  return null;
}

function hasAnnotationContext(data: Record<string, unknown>): boolean {
  const context = data['@context'];
  return context === ANNOTATION_CONTEXT || (Array.isArray(context) && context.includes(ANNOTATION_CONTEXT));
}

function isAnnotation(data: unknown): boolean {
  return isRecord(data) && (data.type === 'Annotation' || (Array.isArray(data.type) && data.type.includes('Annotation')));
}

function importAnnotations(items: readonly unknown[]): ImportResult {
  checkNoteCount(items.length);
  const notes: ImportedNote[] = [];
  let skipped = 0;
  items.forEach((item, index) => {
    const where = `annotation ${index + 1}`;
    if (!isAnnotation(item)) throw new ImportError(`This annotation file is damaged: ${where} is not an Annotation.`);
    const imported = annotationNote(item as Record<string, unknown>, where);
    if (imported) notes.push(imported);
    else skipped++;
  });
  return { format: 'web-annotation', pages: [], notes: notes.filter((imported) => imported.note.origin === 'user'), skipped };
}

/** One annotation as a note, or null when it has no text quote to anchor to. */
function annotationNote(annotation: Record<string, unknown>, where: string): ImportedNote | null {
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  const target = targets.find((candidate) => isRecord(candidate) && quoteSelector(candidate.selector));
  if (!isRecord(target)) return null;
  const source = target.source;
  if (typeof source !== 'string') damaged(`${where}: target.source`, 'must be the page address');
  webUrl(source, `${where}: target.source`);
  const quote = quoteSelector(target.selector)!;
  const position = positionSelector(target.selector);

  const motivations = ([] as unknown[]).concat(annotation.motivation ?? []);
  const origin = motivations.includes('assessing') ? 'rule' : 'user';
  const bodies = ([] as unknown[]).concat(annotation.body ?? []).filter(isRecord);
  const textBody = bodies.find((body) => body.purpose !== 'describing' && body.purpose !== 'tagging' && typeof body.value === 'string');
  const value = textBody?.value ?? annotation.bodyValue;
  if (typeof value !== 'string') damaged(`${where}: body`, 'has no text');
  const evidence = bodies.find((body) => body.purpose === 'describing' && typeof body.value === 'string')?.value;
  const code = bodies.find((body) => body.purpose === 'tagging' && typeof body.value === 'string')?.value;
  const link = bodies.find((body) => body.purpose === 'linking' && typeof body.source === 'string')?.source;

  const note: ClaimNote = {
    code: typeof code === 'string' ? limited(code, `${where}: tag`) : 'user',
    text: limited(value as string, `${where}: body`),
    evidence: typeof evidence === 'string' ? limited(evidence, `${where}: evidence`) : '',
    origin,
  };
  if (typeof link === 'string') note.href = webUrl(link, `${where}: link`);
  // A ClaimLens annotation of a user note keeps the note's id and edit time, so re-importing it is recognised.
  const ownId = typeof annotation.id === 'string' && annotation.id.startsWith(NOTE_IRI) ? decodedId(annotation.id.slice(NOTE_IRI.length)) : null;
  if (origin === 'user' && ownId) Object.assign(note, { id: ownId });
  if (origin === 'user' && typeof annotation.modified === 'string') Object.assign(note, { updatedAt: annotation.modified });
  const imported: ImportedNote = {
    pageUrl: source as string,
    claimId: null,
    selector: { ...quote, start: position?.start ?? -1, end: position?.end ?? -1 },
    note,
  };
  if (typeof annotation.created === 'string') imported.created = annotation.created;
  return imported;
}

/** The IRI prefix of ClaimLens's annotation ids (see `annotation.ts`). */
const NOTE_IRI = 'urn:claimlens:note:';

function decodedId(encoded: string): string | null {
  try {
    const id = decodeURIComponent(encoded);
    return id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

function quoteSelector(selector: unknown): Omit<TextSelector, 'start' | 'end'> | null {
  const found = ([] as unknown[]).concat(selector ?? []).find((item) => isRecord(item) && item.type === 'TextQuoteSelector');
  if (!isRecord(found) || typeof found.exact !== 'string' || found.exact === '') return null;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_FIELD_CHARS) : '');
  return { exact: text(found.exact), prefix: text(found.prefix), suffix: text(found.suffix) };
}

function positionSelector(selector: unknown): { start: number; end: number } | null {
  const found = ([] as unknown[]).concat(selector ?? []).find((item) => isRecord(item) && item.type === 'TextPositionSelector');
  if (!isRecord(found) || !Number.isInteger(found.start) || !Number.isInteger(found.end)) return null;
  const start = found.start as number;
  const end = found.end as number;
  return start >= 0 && end >= start ? { start, end } : null;
}

// ---- checks ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function damaged(where: string, problem: string): never {
  throw new ImportError(`This file is damaged: ${where} ${problem}.`);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) damaged(where, 'must be an object');
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) damaged(where, 'must be a list');
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') damaged(where, 'must be text');
  return limited(value, where);
}

function limited(value: string, where: string): string {
  if (value.length > MAX_FIELD_CHARS) damaged(where, `is longer than ${MAX_FIELD_CHARS} characters`);
  return value;
}

/** An http(s) or file URL; anything else (`javascript:`, `data:`) would be dangerous to open from the notes list. */
function webUrl(value: unknown, where: string): string {
  const text = string(value, where);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    damaged(where, 'is not a web address');
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) damaged(where, 'is not a web address');
  return text;
}

function checkNoteCount(count: number): void {
  if (count > MAX_IMPORT_NOTES) {
    throw new ImportError(`This file has too many notes to import (${count}; the limit is ${MAX_IMPORT_NOTES}).`);
  }
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
