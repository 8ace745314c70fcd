/**
 * The messages about the user's notes, apart from the store that answers them (utils/background/notes.ts),
 * so the content script can speak them without bundling the store, the import parser and the exporters.
 */
import { isOwnContentScript, isOwnExtensionPage, type Direction } from '../messaging';
import type { PageUserNotes } from '../content/user-notes';
import type { PageNotes } from '../types';
import type { Anchor } from './anchor';
import type { ImportSummary } from './merge';
import type { NewUserNote, UserNote } from './model';
import type { PageKey } from './page-key';
import type { NoteListEntry, NotesQuery } from './query';
import type { EditResult } from './store';

/** A change the user asked for, refused with a message for them. */
export type Refused = { ok: false; error: string };
export type Done<T> = { ok: true } & T;

/**
 * What an editor says when its edit was refused because the note changed elsewhere meanwhile: the form
 * keeps the user's text, and a second Save replaces the other version (the store now has its date).
 */
export function conflictMessage(current: string): string {
  const shown = current.length > 80 ? `${current.slice(0, 79)}…` : current;
  return `This note was changed elsewhere while you edited it; it now reads “${shown}”. Save again to replace that with your text, or Cancel to keep it.`;
}

/** Messages about the user's notes; both extension pages and content scripts send these. */
export interface NotesMessages {
  /** A page's notes, oldest first. */
  'notes-page': { request: { key: PageKey }; response: UserNote[] };
  'notes-add': { request: NewUserNote; response: Done<{ note: UserNote }> | Refused };
  'notes-edit': { request: { key: PageKey; id: string; body: string; baseUpdatedAt: string }; response: Done<{ result: EditResult }> | Refused };
  'notes-delete': { request: { key: PageKey; id: string }; response: Done<{ deleted: boolean }> | Refused };
  /** Where the page's notes anchored after the content script placed them. */
  'notes-anchors': { request: { key: PageKey; anchors: [string, Anchor][] }; response: { changed: number } };
}

/** Messages only extension pages may send: the whole notes collection. */
export interface NotesAdminMessages {
  'notes-list': { request: NotesQuery; response: NoteListEntry[] };
  'notes-import': { request: { text: string }; response: Done<{ summary: ImportSummary }> | Refused };
  /** Every stored page as `PageNotes` with the user's notes, for "export all pages". */
  'notes-all-pages': { request: Record<string, never>; response: PageNotes[] };
}

export const notesFromContent: Direction<NotesMessages> = { channel: 'claimlens:notes-from-content', accepts: isOwnContentScript };
export const notesFromPage: Direction<NotesMessages & NotesAdminMessages> = { channel: 'claimlens:notes-from-page', accepts: isOwnExtensionPage };

/** The message id of the context menu item. */
export const ADD_NOTE_MENU_ID = 'claimlens-add-note';

/** background → content: "the user chose Add ClaimLens note on their selection". */
export interface NotesToContent {
  'add-selection-note': { request: { selectionText: string }; response: void };
  /** The user's notes on this page changed elsewhere (popup): place them again. */
  'notes-changed': { request: Record<string, never>; response: void };
  /** The page's user notes placed against its current text (the popup shows them, detached ones too). */
  'get-user-notes': { request: Record<string, never>; response: PageUserNotes };
}
const ADD_NOTE_CHANNEL = 'claimlens:notes-to-content';
export const notesToContent: Direction<NotesToContent> = { channel: ADD_NOTE_CHANNEL, accepts: isOwnExtensionPage };
