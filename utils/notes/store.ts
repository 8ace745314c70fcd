/**
 * The user's notes store: add, edit, delete, record where notes anchored, import, list. It works over any
 * `NotesBackend` (one stored value), so it is tested without a browser; `extension.ts` binds it to
 * extension storage.
 *
 * Every change reads the stored document afresh, applies itself, and writes the whole document once, in a
 * queue: changes from one store never interleave, and nothing a user wrote is lost to a stale copy. Keep
 * one store per extension (the background) when several pages write at once: separate contexts each have
 * their own queue.
 */
import { parseImport, type ImportResult } from '../export/import';
import type { Anchor } from './anchor';
import { checkedBody, checkedTarget, type NewUserNote, type UserNote } from './model';
import { mergeImportedNotes, sameNote, type ImportSummary } from './merge';
import { pageKey, type PageKey } from './page-key';
import { listNotes, type NoteListEntry, type NotesQuery } from './query';
import { loadNotesDocument, type LoadedNotes, type NotesDocument } from './schema';

/** Where the notes document is kept: one value, read and written whole. */
export interface NotesBackend {
  getItem(): Promise<unknown>;
  setItem(value: NotesDocument): Promise<void>;
}

export interface NotesStoreOptions {
  /** Injectable clock for created/updated times. */
  now?: () => Date;
  /** Injectable id maker. */
  newId?: () => string;
}

/** The result of saving an edit. `conflict`: the note was edited elsewhere since the editor opened it; `current` is that newer edit, unchanged. */
export type EditResult =
  | { status: 'saved'; note: UserNote }
  | { status: 'conflict'; current: UserNote }
  | { status: 'missing' };

/** The stored notes were written by a newer ClaimLens: this one may read them but must not write over them. */
export class NotesReadOnlyError extends Error {}

export interface NotesStore {
  /** The whole document, migrated to the current version (nothing is written by reading). */
  load(): Promise<LoadedNotes>;
  /** A page's notes, oldest first, under the page's key (see `pageKey`). */
  pageNotes(key: PageKey): Promise<UserNote[]>;
  /** Stores a new note; throws `NoteInputError` (for the user) on an empty or too long body or a bad target. */
  addNote(input: NewUserNote): Promise<UserNote>;
  /**
   * Saves a new body for a note, unless it was edited after `baseUpdatedAt` (the `updatedAt` the editor
   * started from): a newer edit is never overwritten. Throws `NoteInputError` on an empty or too long body.
   */
  editNote(key: PageKey, id: string, body: string, baseUpdatedAt: string): Promise<EditResult>;
  /** Deletes a note (the caller has asked the user to confirm); false when it was not there. */
  deleteNote(key: PageKey, id: string): Promise<boolean>;
  /** Remembers where a page's notes anchored; writes only when something changed. Returns how many changed. */
  recordAnchors(key: PageKey, anchors: ReadonlyMap<string, Anchor>): Promise<number>;
  /** Merges an already parsed import (see `parseImport`); one write, or none when nothing is new. */
  importNotes(result: ImportResult): Promise<ImportSummary>;
  /** Parses an imported file and merges it; throws `ImportError` (for the user) and changes nothing on a bad file. */
  importFile(text: string): Promise<ImportSummary>;
  /** The notes list across all pages (see `listNotes`). */
  list(query?: NotesQuery): Promise<NoteListEntry[]>;
}

/** A notes store over `backend`. */
export function createNotesStore(backend: NotesBackend, options: NotesStoreOptions = {}): NotesStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async () => loadNotesDocument(await backend.getItem());

  /** Runs `change` on a fresh copy of the document, after every earlier change; writes when it says so. */
  function change<T>(apply: (document: NotesDocument) => { result: T; changed: boolean }): Promise<T> {
    const run = queue.then(async () => {
      const loaded = await load();
      if (loaded.readOnly) {
        throw new NotesReadOnlyError('Your notes were saved by a newer version of ClaimLens. Update ClaimLens to change them.');
      }
      const { result, changed } = apply(loaded.document);
      if (changed) await backend.setItem(loaded.document);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** A time strictly after `previous`, so an edit always sorts after what it replaced even if the clock went back. */
  const laterThan = (previous: string): string => {
    const time = now().getTime();
    return new Date(Math.max(time, Date.parse(previous) + 1)).toISOString();
  };

  const importNotes = (result: ImportResult) =>
    change((document) => {
      const merged = mergeImportedNotes(document, result, { now, newId });
      document.pages = merged.document.pages;
      return { result: merged.summary, changed: merged.summary.added + merged.summary.updated > 0 };
    });

  return {
    load,

    async pageNotes(key) {
      const { document } = await load();
      return [...(document.pages[key]?.notes ?? [])];
    },

    async addNote(input) {
      const body = checkedBody(input.body);
      const target = checkedTarget(input.target);
      const key = pageKey(input.url, input.canonical);
      const time = now().toISOString();
      const note: UserNote = { id: newId(), pageKey: key, target, body, createdAt: time, updatedAt: time, anchor: { status: 'pending' } };
      return change((document) => {
        const page = (document.pages[key] ??= { url: key, title: '', notes: [] });
        if (input.title) page.title = input.title;
        // A double click on "Save" sends the same note twice: keep one.
        const twin = page.notes.find((other) => sameNote(other, note));
        if (twin) return { result: twin, changed: Boolean(input.title) };
        page.notes.push(note);
        return { result: note, changed: true };
      });
    },

    async editNote(key, id, body, baseUpdatedAt) {
      const text = checkedBody(body);
      return change<EditResult>((document) => {
        const note = document.pages[key]?.notes.find((candidate) => candidate.id === id);
        if (!note) return { result: { status: 'missing' }, changed: false };
        if (note.updatedAt !== baseUpdatedAt) return { result: { status: 'conflict', current: note }, changed: false };
        if (note.body === text) return { result: { status: 'saved', note }, changed: false };
        note.body = text;
        note.updatedAt = laterThan(note.updatedAt);
        return { result: { status: 'saved', note }, changed: true };
      });
    },

    deleteNote(key, id) {
      return change((document) => {
        const page = document.pages[key];
        const index = page?.notes.findIndex((note) => note.id === id) ?? -1;
        if (!page || index < 0) return { result: false, changed: false };
        page.notes.splice(index, 1);
        if (page.notes.length === 0) delete document.pages[key];
        return { result: true, changed: true };
      });
    },

    recordAnchors(key, anchors) {
      return change((document) => {
        let changed = 0;
        const checkedAt = now().toISOString();
        for (const note of document.pages[key]?.notes ?? []) {
          const anchor = anchors.get(note.id);
          if (!anchor) continue;
          const next =
            anchor.status === 'anchored'
              ? { status: 'anchored' as const, start: anchor.start, end: anchor.end, checkedAt }
              : { status: 'detached' as const, checkedAt };
          const previous = note.anchor;
          if (previous.status === next.status && previous.start === next.start && previous.end === next.end) continue;
          note.anchor = next;
          changed++;
        }
        return { result: changed, changed: changed > 0 };
      });
    },

    importNotes,

    async importFile(text) {
      // Parsing first: a refused file throws before the store is touched.
      return importNotes(parseImport(text));
    },

    async list(query) {
      return listNotes((await load()).document, query);
    },
  };
}

/** A random note id; `crypto.randomUUID` is missing in content scripts on plain-http pages, so fall back to random bytes. */
function randomId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // not a secure context
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
