/**
 * The user's own notes (issue 5): model, page keys, storage with migrations, re-anchoring, import merging,
 * the notes list, and the export shape. UI code imports from here.
 */
export {
  MAX_NOTE_CHARS,
  NoteInputError,
  noteQuote,
  toClaimNote,
  type ClaimTarget,
  type LinkTarget,
  type NewUserNote,
  type NoteAnchorState,
  type NoteTarget,
  type SelectionTarget,
  type UserNote,
} from './model';
export { pageKey, canonicalHref, isTrackingParameter, type PageKey } from './page-key';
export { anchorNote, anchorSelector, claimAt, placeNotes, type Anchor, type PlacedNotes } from './anchor';
export {
  NOTES_SCHEMA_VERSION,
  MIGRATIONS,
  loadNotesDocument,
  emptyDocument,
  type LoadedNotes,
  type Migration,
  type NotesDocument,
  type NotesPage,
  type UnreadableNote,
} from './schema';
export { createNotesStore, NotesReadOnlyError, type EditResult, type NotesBackend, type NotesStore, type NotesStoreOptions } from './store';
export { mergeImportedNotes, sameNote, type ImportSummary } from './merge';
export { listNotes, type NoteListEntry, type NotesQuery } from './query';
export { withUserNotes, storedPageNotes, LINK_CLAIM_PREFIX, SELECTION_CLAIM_PREFIX } from './export';
export { extensionNotesStore } from './extension';
