/**
 * The stored shape of the user's notes and the migrations between its versions.
 *
 * Everything lives in one document (`NotesDocument`): the notes list across all pages reads it whole, and
 * one write changes it atomically, so an import either lands completely or not at all. A migration is a
 * function from one version's document to the next; it works note by note, and a note it cannot read is
 * kept raw in `unreadable` with the reason, never dropped, so a later version (or the user, through an
 * export) can still recover it.
 */
import type { TextSelector } from '../types';
import { isIsoTime, isRecord, readUserNote, type UserNote } from './model';
import { pageKey, type PageKey } from './page-key';

export const NOTES_SCHEMA_VERSION = 2;

/** A page's notes, under its canonical address. */
export interface NotesPage {
  /** The page's canonical address (the key it is stored under). */
  url: PageKey;
  /** The page title when a note was last written on it, for the notes list. */
  title: string;
  notes: UserNote[];
}

/** Something stored that this version could not read as a note, kept as it was. */
export interface UnreadableNote {
  raw: unknown;
  /** The schema version it was stored under. */
  version: number;
  reason: string;
}

export interface NotesDocument {
  version: typeof NOTES_SCHEMA_VERSION;
  pages: Record<PageKey, NotesPage>;
  unreadable: UnreadableNote[];
}

/** A stored document as read, migrated to the current version. */
export interface LoadedNotes {
  document: NotesDocument;
  /** Stored by a newer ClaimLens than this one: shown, but never written over (that would lose what this version cannot read). */
  readOnly: boolean;
  /** The version it was stored under (0 when nothing was stored). */
  storedVersion: number;
}

// ---- version 1: the first shape, one flat list of notes by page address (kept to migrate from) ----

/** A note as version 1 stored it. */
export interface NoteV1 {
  id: string;
  /** The page address as the browser showed it (tracking parameters and all). */
  url: string;
  title?: string;
  /** The claim the note is on, or null for a note on selected text. */
  claimId: string | null;
  quote: TextSelector;
  text: string;
  created: string;
  updated: string;
}

export interface NotesDocumentV1 {
  version: 1;
  notes: NoteV1[];
}

/** One step: reads the document of version `from` and returns the next version's, with what it could not read. */
export interface Migration {
  from: number;
  migrate(document: Record<string, unknown>): { document: Record<string, unknown>; unreadable: UnreadableNote[] };
}

/** The migrations, in order. Adding version N+1 means adding one entry here and bumping `NOTES_SCHEMA_VERSION`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // v1 → v2: notes grouped by canonical page key (so tracking parameters no longer split a page's notes),
    // a typed target instead of `claimId`, `body` for `text`, ISO `createdAt`/`updatedAt`, an anchor state.
    from: 1,
    migrate(document) {
      const pages: Record<PageKey, NotesPage> = {};
      const unreadable: UnreadableNote[] = [];
      const notes = Array.isArray(document.notes) ? document.notes : [];
      if (!Array.isArray(document.notes)) unreadable.push({ raw: document, version: 1, reason: 'the notes list is missing' });
      for (const raw of notes) {
        try {
          const note = noteFromV1(raw);
          const page = (pages[note.pageKey] ??= { url: note.pageKey, title: '', notes: [] });
          if (isRecord(raw) && typeof raw.title === 'string' && raw.title) page.title = raw.title;
          page.notes.push(note);
        } catch (error) {
          unreadable.push({ raw, version: 1, reason: (error as Error).message });
        }
      }
      return { document: { version: 2, pages, unreadable: carriedUnreadable(document) }, unreadable };
    },
  },
];

function noteFromV1(raw: unknown): UserNote {
  if (!isRecord(raw)) throw new Error('not an object');
  const { id, url, claimId, quote, text, created, updated } = raw;
  if (typeof id !== 'string' || !id) throw new Error('no id');
  if (typeof url !== 'string' || !url) throw new Error('no page address');
  if (typeof text !== 'string' || !text.trim()) throw new Error('no text');
  if (!isIsoTime(created)) throw new Error('created is not a time');
  const selector = quote as TextSelector;
  const createdAt = new Date(created).toISOString();
  const updatedAt = isIsoTime(updated) ? new Date(updated).toISOString() : createdAt;
  const note = {
    id,
    pageKey: pageKey(url),
    target: typeof claimId === 'string' && claimId ? { kind: 'claim', claimId, selector } : { kind: 'selection', selector },
    body: text.trim(),
    createdAt,
    updatedAt,
    anchor: { status: 'pending' },
  };
  const read = readUserNote(note);
  if (typeof read === 'string') throw new Error(read);
  return read;
}

/** An empty document of the current version. */
export function emptyDocument(): NotesDocument {
  return { version: NOTES_SCHEMA_VERSION, pages: {}, unreadable: [] };
}

/**
 * Reads whatever storage holds as the current version: migrates older documents step by step, keeps every
 * note it cannot read in `unreadable`, and marks a newer version's document read-only. Never throws.
 */
export function loadNotesDocument(stored: unknown, migrations: readonly Migration[] = MIGRATIONS): LoadedNotes {
  if (stored === undefined || stored === null) return { document: emptyDocument(), readOnly: false, storedVersion: 0 };
  if (!isRecord(stored) || !Number.isInteger(stored.version) || (stored.version as number) < 1) {
    const document = emptyDocument();
    document.unreadable.push({ raw: stored, version: 0, reason: 'stored notes without a schema version' });
    return { document, readOnly: false, storedVersion: 0 };
  }
  const storedVersion = stored.version as number;
  let current: Record<string, unknown> = stored;
  const unreadable: UnreadableNote[] = [];
  for (let version = storedVersion; version < NOTES_SCHEMA_VERSION; version++) {
    const step = migrations.find((migration) => migration.from === version);
    try {
      if (!step) throw new Error(`no migration from version ${version}`);
      const result = step.migrate(current);
      current = result.document;
      unreadable.push(...result.unreadable);
    } catch (error) {
      // A step that fails as a whole keeps the document as it was: nothing is lost, all of it is flagged.
      const document = emptyDocument();
      document.unreadable.push({ raw: current, version, reason: `could not update the notes: ${(error as Error).message}` });
      return { document, readOnly: false, storedVersion };
    }
  }
  const document = readCurrent(current);
  document.unreadable.push(...unreadable);
  return { document, readOnly: storedVersion > NOTES_SCHEMA_VERSION, storedVersion };
}

/** Checks a current-version document note by note; what does not read is kept in `unreadable`. */
function readCurrent(data: Record<string, unknown>): NotesDocument {
  const document = emptyDocument();
  document.unreadable.push(...carriedUnreadable(data));
  const pages = isRecord(data.pages) ? data.pages : {};
  if (!isRecord(data.pages)) document.unreadable.push({ raw: data.pages, version: NOTES_SCHEMA_VERSION, reason: 'the pages are missing' });
  for (const [key, value] of Object.entries(pages)) {
    const page = isRecord(value) ? value : {};
    const notes = Array.isArray(page.notes) ? page.notes : [];
    if (!Array.isArray(page.notes)) document.unreadable.push({ raw: value, version: NOTES_SCHEMA_VERSION, reason: `the notes of ${key} are not a list` });
    for (const raw of notes) {
      const note = readUserNote(raw);
      if (typeof note === 'string') {
        document.unreadable.push({ raw, version: NOTES_SCHEMA_VERSION, reason: note });
        continue;
      }
      // A note keyed under another page than its own goes where it says it belongs.
      const target = (document.pages[note.pageKey] ??= { url: note.pageKey, title: '', notes: [] });
      if (typeof page.title === 'string' && page.title && !target.title) target.title = page.title;
      target.notes.push(note);
    }
  }
  return document;
}

function carriedUnreadable(data: Record<string, unknown>): UnreadableNote[] {
  if (!Array.isArray(data.unreadable)) return [];
  return data.unreadable.map((item) =>
    isRecord(item) && 'raw' in item && typeof item.reason === 'string'
      ? { raw: item.raw, version: Number(item.version) || 0, reason: item.reason }
      : { raw: item, version: 0, reason: 'unreadable' },
  );
}
