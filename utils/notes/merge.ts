/**
 * Merging notes from an imported file (parsed by `utils/export/import.ts`) into the stored document,
 * without duplicates: the same note on the same words is kept once, and a note the store already has
 * under the same id keeps whichever version was edited last. Pure: it returns a new document.
 */
import type { ImportedNote, ImportResult } from '../export/import';
import type { LinkReport, PageNotes } from '../types';
import { checkedBody, isIsoTime, noteQuote, readUserNote, type NoteTarget, type UserNote } from './model';
import { pageKey, type PageKey } from './page-key';
import type { NotesDocument } from './schema';
import { LINK_CLAIM_PREFIX, SELECTION_CLAIM_PREFIX } from './export';

/** What an import did, for the UI to tell the user ("3 notes added on 2 pages, 1 already there"). */
export interface ImportSummary {
  /** Notes new to the store. */
  added: number;
  /** Notes the store already had (same words and text, or same id and not newer). */
  duplicates: number;
  /** Notes the store had under the same id, replaced by the file's newer edit. */
  updated: number;
  /** Pages that got a note added or updated. */
  pages: number;
  /** Notes in the file that cannot be attached to any text (no quote, empty text); the file's own skipped annotations included. */
  skipped: number;
}

export interface MergeOptions {
  now: () => Date;
  newId: () => string;
}

/** The document with the imported notes merged in, and what changed; `document` is left untouched. */
export function mergeImportedNotes(document: NotesDocument, result: ImportResult, options: MergeOptions): { document: NotesDocument; summary: ImportSummary } {
  const merged: NotesDocument = structuredClone(document);
  const summary: ImportSummary = { added: 0, duplicates: 0, updated: 0, pages: 0, skipped: result.skipped };
  const touched = new Set<PageKey>();
  const byId = new Map<string, UserNote>();
  for (const page of Object.values(merged.pages)) for (const note of page.notes) byId.set(note.id, note);
  const titles = new Map(result.pages.map((page) => [pageKey(page.url), page.title]));

  for (const imported of result.notes) {
    const note = userNoteFrom(imported, result.pages, options);
    if (!note) {
      summary.skipped++;
      continue;
    }
    const existing = byId.get(note.id);
    if (existing) {
      if (Date.parse(note.updatedAt) > Date.parse(existing.updatedAt)) {
        existing.body = note.body;
        existing.updatedAt = note.updatedAt;
        summary.updated++;
        touched.add(existing.pageKey);
      } else {
        summary.duplicates++;
      }
      continue;
    }
    const page = (merged.pages[note.pageKey] ??= { url: note.pageKey, title: '', notes: [] });
    if (page.notes.some((other) => sameNote(other, note))) {
      summary.duplicates++;
      continue;
    }
    if (!page.title) page.title = titles.get(note.pageKey) ?? '';
    page.notes.push(note);
    byId.set(note.id, note);
    summary.added++;
    touched.add(note.pageKey);
  }
  summary.pages = touched.size;
  return { document: merged, summary };
}

/** Whether two notes say the same thing about the same words (ids and times aside): what counts as a duplicate. */
export function sameNote(a: UserNote, b: UserNote): boolean {
  return a.pageKey === b.pageKey && targetKey(a.target) === targetKey(b.target) && normalised(a.body) === normalised(b.body);
}

/**
 * What a note is on, as duplicates compare it. Claim and selection notes compare by their quote alone:
 * a claim note that went out as a Web Annotation comes back as a note on its sentence, and is the same note.
 */
function targetKey(target: NoteTarget): string {
  if (target.kind === 'link') return `link\u0000${target.href ?? ''}\u0000${normalised(target.text)}`;
  return `quote\u0000${normalised(noteQuote({ target }))}`;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An imported note as a stored note, or null when it cannot be (empty text, nothing to anchor to). */
function userNoteFrom(imported: ImportedNote, pages: readonly PageNotes[], options: MergeOptions): UserNote | null {
  // `parseImport` keeps a ClaimLens note's own fields; its id and times make a re-import recognisable.
  const extra = imported.note as { id?: unknown; updatedAt?: unknown };
  let body: string;
  try {
    body = checkedBody(imported.note.text);
  } catch {
    return null;
  }
  const now = options.now().toISOString();
  const createdAt = isIsoTime(imported.created) ? new Date(imported.created).toISOString() : now;
  const updatedAt = isIsoTime(extra.updatedAt) ? new Date(extra.updatedAt).toISOString() : createdAt;
  const note = {
    id: typeof extra.id === 'string' && extra.id && extra.id.length <= 200 ? extra.id : options.newId(),
    pageKey: pageKey(imported.pageUrl),
    target: targetFrom(imported, pages),
    body,
    createdAt,
    updatedAt,
    anchor: { status: 'pending' },
  };
  const read = readUserNote(note);
  return typeof read === 'string' ? null : read;
}

/** The target an imported note had, undoing how `withUserNotes` carries selection and link notes as claims. */
function targetFrom(imported: ImportedNote, pages: readonly PageNotes[]): NoteTarget {
  const { claimId, selector } = imported;
  if (claimId?.startsWith(LINK_CLAIM_PREFIX)) {
    const linkId = claimId.slice(LINK_CLAIM_PREFIX.length);
    const link = findLink(pages, imported.pageUrl, linkId);
    if (link) return { kind: 'link', linkId, href: link.href, text: link.text, ...(selector.start >= 0 ? { selector } : {}) };
  }
  if (!claimId || claimId.startsWith(SELECTION_CLAIM_PREFIX) || claimId.startsWith(LINK_CLAIM_PREFIX)) return { kind: 'selection', selector };
  return { kind: 'claim', claimId, selector };
}

function findLink(pages: readonly PageNotes[], url: string, linkId: string): LinkReport | undefined {
  return pages.find((page) => page.url === url)?.links.find((link) => link.id === linkId);
}
