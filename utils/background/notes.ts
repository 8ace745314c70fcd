/**
 * The user's notes in the background (issue 5): the one notes store of the extension, behind typed
 * messages. One store means one write queue, so two tabs saving at once never overwrite each other.
 *
 * Content scripts may read and write only their own page's notes (the key comes from the sender's tab
 * URL check below); extension pages (popup, options) may list, import and export everything.
 * Answers are result objects, not rejections: a refused note's message must reach the user intact.
 */
import { browser } from 'wxt/browser';
import { ImportError } from '../export/import';
import { onMessages } from '../messaging';
import type { Anchor } from '../notes/anchor';
import { NoteInputError, type NewUserNote, type UserNote } from '../notes/model';
import { pageKey, type PageKey } from '../notes/page-key';
import type { NoteListEntry, NotesQuery } from '../notes/query';
import type { ImportSummary } from '../notes/merge';
import { NotesReadOnlyError, type EditResult, type NotesStore } from '../notes/store';
import { extensionNotesStore } from '../notes/extension';
import { storedPageNotes } from '../notes/export';
import type { PageNotes } from '../types';
import { ADD_NOTE_MENU_ID, notesFromContent, notesFromPage, notesToContent, type Done, type NotesAdminMessages, type NotesMessages, type Refused } from '../notes/messages';

/** What the refused change says to the user. */
function refusal(problem: unknown): Refused {
  if (problem instanceof NoteInputError || problem instanceof NotesReadOnlyError || problem instanceof ImportError) return { ok: false, error: problem.message };
  return { ok: false, error: `Could not save: ${problem instanceof Error ? problem.message : String(problem)}` };
}

/** Whether a content script may touch notes under `key`: only its own page's (by tab URL). */
function ownPage(key: PageKey, senderUrl: string | undefined, canonicalKey?: PageKey): boolean {
  if (!senderUrl) return false;
  try {
    return key === pageKey(senderUrl) || key === canonicalKey;
  } catch {
    return false;
  }
}

/** The handlers shared by both directions; `mayTouch` says whether the sender may change a page's notes. */
function noteHandlers(store: NotesStore, mayTouch: (key: PageKey, senderUrl?: string) => boolean) {
  return {
    'notes-page': async ({ key }: { key: PageKey }) => store.pageNotes(key),
    'notes-add': async (input: NewUserNote) => {
      try {
        return { ok: true as const, note: await store.addNote(input) };
      } catch (problem) {
        return refusal(problem);
      }
    },
    'notes-edit': async ({ key, id, body, baseUpdatedAt }: { key: PageKey; id: string; body: string; baseUpdatedAt: string }, senderUrl?: string) => {
      if (!mayTouch(key, senderUrl)) return { ok: false as const, error: 'Not this page’s note.' };
      try {
        return { ok: true as const, result: await store.editNote(key, id, body, baseUpdatedAt) };
      } catch (problem) {
        return refusal(problem);
      }
    },
    'notes-delete': async ({ key, id }: { key: PageKey; id: string }, senderUrl?: string) => {
      if (!mayTouch(key, senderUrl)) return { ok: false as const, error: 'Not this page’s note.' };
      try {
        return { ok: true as const, deleted: await store.deleteNote(key, id) };
      } catch (problem) {
        return refusal(problem);
      }
    },
    'notes-anchors': async ({ key, anchors }: { key: PageKey; anchors: [string, Anchor][] }, senderUrl?: string) => {
      if (!mayTouch(key, senderUrl) || !Array.isArray(anchors)) return { changed: 0 };
      return { changed: await store.recordAnchors(key, new Map(anchors)).catch(() => 0) };
    },
  };
}

/** Starts the notes listeners (and the context menu); they stop when `signal` aborts. Returns the store. */
export function startNotes(signal?: AbortSignal, store: NotesStore = extensionNotesStore(), options: { menu?: boolean } = {}): NotesStore {
  // A content script writes under keys it proves are its page: its tab URL's key, or the canonical key
  // it sends (a page may name any canonical URL, but only of its own site).
  const contentMay = (key: PageKey, senderUrl?: string) => ownPage(key, senderUrl) || sameSite(key, senderUrl);
  const content = noteHandlers(store, contentMay);
  onMessages(
    notesFromContent,
    {
      'notes-page': ({ key }, sender) => (contentMay(key, sender.tab?.url ?? sender.url) ? content['notes-page']({ key }) : []),
      'notes-add': (input, sender) => {
        const url = sender.tab?.url ?? sender.url;
        if (!input || typeof input.url !== 'string' || !sameSite(pageKey(input.url), url)) return { ok: false as const, error: 'Not this page.' };
        return content['notes-add'](input);
      },
      'notes-edit': (data, sender) => content['notes-edit'](data, sender.tab?.url ?? sender.url),
      'notes-delete': (data, sender) => content['notes-delete'](data, sender.tab?.url ?? sender.url),
      'notes-anchors': (data, sender) => content['notes-anchors'](data, sender.tab?.url ?? sender.url),
    },
    signal,
  );
  const page = noteHandlers(store, () => true);
  onMessages(
    notesFromPage,
    {
      'notes-page': (data) => page['notes-page'](data),
      'notes-add': (data) => page['notes-add'](data),
      'notes-edit': (data) => page['notes-edit'](data),
      'notes-delete': (data) => page['notes-delete'](data),
      'notes-anchors': (data) => page['notes-anchors'](data),
      'notes-list': (query) => store.list(query ?? {}),
      'notes-import': async ({ text }) => {
        if (typeof text !== 'string') return { ok: false as const, error: 'The file could not be read.' };
        try {
          return { ok: true as const, summary: await store.importFile(text) };
        } catch (problem) {
          return refusal(problem);
        }
      },
      'notes-all-pages': async () => {
        const { document } = await store.load();
        return Object.values(document.pages)
          .filter((p) => p.notes.length > 0)
          .map(storedPageNotes);
      },
    },
    signal,
  );
  if (options.menu !== false) startAddNoteMenu(signal);
  return store;
}

/** Whether `key` is on the same host as the sender's page (a canonical link may point to another path). */
function sameSite(key: PageKey, senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  try {
    return new URL(key).host === new URL(senderUrl).host;
  } catch {
    return false;
  }
}

/** The context menu "Add ClaimLens note" on selected text; the tab's content script asks for the note. */
function startAddNoteMenu(signal?: AbortSignal): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const create = () => {
    // removeAll first: onInstalled also fires on update, and a duplicate id is an error.
    void menus.removeAll().then(() => menus.create({ id: ADD_NOTE_MENU_ID, title: 'Add ClaimLens note', contexts: ['selection'] }));
  };
  const onClicked = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => {
    if (info.menuItemId !== ADD_NOTE_MENU_ID || typeof tab?.id !== 'number') return;
    void browser.tabs
      .sendMessage(tab.id, { channel: notesToContent.channel, type: 'add-selection-note', data: { selectionText: info.selectionText ?? '' } }, { frameId: 0 })
      .catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(create);
  menus.onClicked.addListener(onClicked as never);
  signal?.addEventListener(
    'abort',
    () => {
      browser.runtime.onInstalled.removeListener(create);
      menus.onClicked.removeListener(onClicked as never);
    },
    { once: true },
  );
}

