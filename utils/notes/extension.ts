/** The notes store bound to extension storage (`local:user-notes`). Touches no browser API until used. */
import { userNotesItem } from '../storage';
import type { NotesDocument } from './schema';
import { createNotesStore, type NotesStore, type NotesStoreOptions } from './store';

/** The notes store kept in `browser.storage.local`; create it once per context (ideally in the background). */
export function extensionNotesStore(options: NotesStoreOptions = {}): NotesStore {
  return createNotesStore(
    {
      getItem: () => userNotesItem.getValue(),
      setItem: (document: NotesDocument) => userNotesItem.setValue(document),
    },
    options,
  );
}
