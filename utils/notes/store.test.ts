import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { anchorNote } from './anchor';
import { extensionNotesStore } from './extension';
import { NoteInputError, type UserNote } from './model';
import { createNotesStore } from './store';
import { ARTICLE, claimOn, countingIds, memoryBackend, selectionOn, steppingClock } from './test-notes';

const URL_SEEN = 'https://news.example/world/harbour?utm_source=newsletter#comments';
const KEY = 'https://news.example/world/harbour';

function newStore(initial: unknown = null) {
  const backend = memoryBackend(initial);
  return { backend, store: createNotesStore(backend, { now: steppingClock(), newId: countingIds() }) };
}

describe('notes store: add', () => {
  it('stores a note under the page’s canonical key with times and a pending anchor', async () => {
    const { store } = newStore();
    const note = await store.addNote({ url: URL_SEEN, title: 'Harbour deal', target: claimOn('c-1', 'The port authority said'), body: '  Ask the union.  ' });
    expect(note).toEqual({
      id: 'n-1',
      pageKey: KEY,
      target: claimOn('c-1', 'The port authority said'),
      body: 'Ask the union.',
      createdAt: '2024-05-01T09:00:00.000Z',
      updatedAt: '2024-05-01T09:00:00.000Z',
      anchor: { status: 'pending' },
    });
    expect(await store.pageNotes(KEY)).toEqual([note]);
    expect((await store.load()).document.pages[KEY].title).toBe('Harbour deal');
  });

  it('refuses an empty note and a note without a quote, storing nothing', async () => {
    const { store, backend } = newStore();
    await expect(store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: '   ' })).rejects.toBeInstanceOf(NoteInputError);
    await expect(
      store.addNote({ url: KEY, target: { kind: 'selection', selector: { exact: '', prefix: '', suffix: '', start: 0, end: 0 } }, body: 'x' }),
    ).rejects.toThrow(/empty quote/);
    expect(backend.writes).toBe(0);
  });

  it('keeps one note when the same note is saved twice (double click)', async () => {
    const { store } = newStore();
    const input = { url: KEY, target: selectionOn('Union leaders'), body: 'Which ones?' };
    const [a, b] = await Promise.all([store.addNote(input), store.addNote(input)]);
    expect(b.id).toBe(a.id);
    expect(await store.pageNotes(KEY)).toHaveLength(1);
  });

  it('loses none of several notes added at once', async () => {
    const { store } = newStore();
    await Promise.all(['one', 'two', 'three', 'four', 'five'].map((body) => store.addNote({ url: KEY, target: selectionOn('Union leaders'), body })));
    expect((await store.pageNotes(KEY)).map((n) => n.body).sort()).toEqual(['five', 'four', 'one', 'three', 'two']);
  });
});

describe('notes store: edit and delete', () => {
  it('saves an edit made from the current version, with a later updatedAt', async () => {
    const { store } = newStore();
    const note = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'first' });
    const result = await store.editNote(KEY, note.id, 'second', note.updatedAt);
    expect(result).toMatchObject({ status: 'saved', note: { body: 'second', createdAt: note.createdAt } });
    expect(result.status === 'saved' && result.note.updatedAt > note.updatedAt).toBe(true);
    expect((await store.pageNotes(KEY))[0].body).toBe('second');
  });

  it('never overwrites a newer edit: the second editor gets a conflict and the newer text stays', async () => {
    const { store } = newStore();
    const note = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'first' });
    // Popup and on-page card both opened the note at the same version.
    await store.editNote(KEY, note.id, 'from the popup', note.updatedAt);
    const late = await store.editNote(KEY, note.id, 'from the card', note.updatedAt);
    expect(late).toMatchObject({ status: 'conflict', current: { body: 'from the popup' } });
    expect((await store.pageNotes(KEY))[0].body).toBe('from the popup');
  });

  it('keeps updatedAt increasing even when the clock goes back', async () => {
    const backend = memoryBackend();
    let time = Date.UTC(2024, 4, 1, 12);
    const store = createNotesStore(backend, { now: () => new Date(time), newId: countingIds() });
    const note = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'first' });
    time -= 3_600_000;
    const result = await store.editNote(KEY, note.id, 'second', note.updatedAt);
    expect(result.status === 'saved' && result.note.updatedAt > note.updatedAt).toBe(true);
  });

  it('refuses to blank a note (deleting is explicit) and reports a missing note', async () => {
    const { store } = newStore();
    const note = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'keep me' });
    await expect(store.editNote(KEY, note.id, '', note.updatedAt)).rejects.toThrow(/cannot be empty/);
    expect(await store.editNote(KEY, 'nope', 'x', note.updatedAt)).toEqual({ status: 'missing' });
    expect((await store.pageNotes(KEY))[0].body).toBe('keep me');
  });

  it('deletes only the note asked for, and drops a page left without notes', async () => {
    const { store } = newStore();
    const a = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'a' });
    const b = await store.addNote({ url: KEY, target: selectionOn('Union leaders'), body: 'b' });
    expect(await store.deleteNote(KEY, a.id)).toBe(true);
    expect((await store.pageNotes(KEY)).map((n) => n.id)).toEqual([b.id]);
    expect(await store.deleteNote(KEY, a.id)).toBe(false);
    await store.deleteNote(KEY, b.id);
    expect((await store.load()).document.pages).toEqual({});
  });
});

describe('notes store: anchoring state', () => {
  it('records where notes anchored and writes only when that changed', async () => {
    const { store, backend } = newStore();
    const note = await store.addNote({ url: KEY, target: selectionOn('the deal will create 4,000 jobs'), body: 'x' });
    const anchors = new Map([[note.id, anchorNote(note, { text: ARTICLE })]]);
    expect(await store.recordAnchors(KEY, anchors)).toBe(1);
    const writes = backend.writes;
    expect(await store.recordAnchors(KEY, anchors)).toBe(0);
    expect(backend.writes).toBe(writes);

    const stored = (await store.pageNotes(KEY))[0];
    expect(stored.anchor).toMatchObject({ status: 'anchored', start: ARTICLE.indexOf('the deal'), end: ARTICLE.indexOf(' by 2026') });
    expect(stored.updatedAt).toBe(note.updatedAt); // anchoring is not an edit

    const gone = anchorNote(stored, { text: 'A different article altogether.' });
    await store.recordAnchors(KEY, new Map([[note.id, gone]]));
    const detached = (await store.pageNotes(KEY))[0];
    expect(detached.anchor.status).toBe('detached');
    expect(detached.body).toBe('x'); // kept, never dropped
  });
});

describe('extensionNotesStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps notes in extension storage across store instances (a reload or restart)', async () => {
    const first = extensionNotesStore();
    const note: UserNote = await first.addNote({ url: URL_SEEN, target: selectionOn('Union leaders'), body: 'Survives a reload' });
    const second = extensionNotesStore();
    expect(await second.pageNotes(KEY)).toEqual([note]);
    const raw = await fakeBrowser.storage.local.get('user-notes');
    expect(raw['user-notes']).toMatchObject({ version: 2 });
  });
});
