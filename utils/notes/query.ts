/** The notes list across all pages (options page): search and order. Pure; deleting goes through the store. */
import { noteQuote, type UserNote } from './model';
import type { NotesDocument } from './schema';

export interface NotesQuery {
  /** Words to find, each anywhere in the note's text, its quote, its link, or its page's title or address (case and accents ignored). */
  search?: string;
  /** Newest edit first (the default) or oldest first. */
  order?: 'newest' | 'oldest';
  /** Only this page's notes. */
  pageKey?: string;
}

/** One row of the notes list. */
export interface NoteListEntry {
  note: UserNote;
  /** The page's canonical address: what "open the page" opens. */
  pageUrl: string;
  pageTitle: string;
  /** The words the note is on. */
  quote: string;
}

/** The notes matching `query`, ordered by when they were last edited. */
export function listNotes(document: NotesDocument, query: NotesQuery = {}): NoteListEntry[] {
  const terms = folded(query.search ?? '').split(/\s+/).filter(Boolean);
  const entries: NoteListEntry[] = [];
  for (const page of Object.values(document.pages)) {
    if (query.pageKey !== undefined && page.url !== query.pageKey) continue;
    for (const note of page.notes) {
      const entry = { note, pageUrl: page.url, pageTitle: page.title, quote: noteQuote(note) };
      if (terms.length && !matches(entry, terms)) continue;
      entries.push(entry);
    }
  }
  const direction = query.order === 'oldest' ? 1 : -1;
  // ISO times of one format compare as text; the id keeps the order stable between equal times.
  return entries.sort(
    (a, b) => direction * (a.note.updatedAt.localeCompare(b.note.updatedAt) || a.note.id.localeCompare(b.note.id)),
  );
}

function matches(entry: NoteListEntry, terms: readonly string[]): boolean {
  const target = entry.note.target;
  const haystack = folded(
    [entry.note.body, entry.quote, entry.pageTitle, entry.pageUrl, target.kind === 'link' ? `${target.href ?? ''} ${target.text}` : ''].join('\n'),
  );
  return terms.every((term) => haystack.includes(term));
}

/** Lower case without accents, so "resume" finds "Résumé". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
