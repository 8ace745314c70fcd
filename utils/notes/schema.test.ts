import { describe, expect, it } from 'vitest';

import { loadNotesDocument, NOTES_SCHEMA_VERSION, type Migration, type NotesDocumentV1 } from './schema';
import { createNotesStore } from './store';
import { memoryBackend } from './test-notes';

const selector = { exact: 'the deal will create 4,000 jobs', prefix: 'authority said ', suffix: ' by 2026', start: 52, end: 83 };

/** Version 1 data as the first release stored it: one flat list, raw addresses with tracking parameters. */
function storedV1(): Omit<NotesDocumentV1, 'notes'> & { notes: unknown[] } {
  return {
    version: 1,
    notes: [
      {
        id: 'a',
        url: 'https://news.example/harbour?utm_source=newsletter#top',
        title: 'Harbour deal',
        claimId: 'c-jobs',
        quote: selector,
        text: 'Union says 2,500.',
        created: '2024-03-01T10:00:00Z',
        updated: '2024-03-02T11:00:00Z',
      },
      {
        id: 'b',
        url: 'https://news.example/harbour',
        claimId: null,
        quote: { ...selector, exact: 'Union leaders' },
        text: '  Who exactly?  ',
        created: '2024-03-03T10:00:00Z',
        updated: '2024-03-03T10:00:00Z',
      },
      // Damaged by some earlier bug: no quote to anchor to.
      { id: 'c', url: 'https://news.example/other', claimId: null, text: 'Lost quote', created: '2024-03-04T10:00:00Z', updated: '2024-03-04T10:00:00Z' },
      'garbage',
    ],
  };
}

describe('loadNotesDocument: migrating version 1 to 2', () => {
  it('groups v1 notes under their canonical page, with typed targets, bodies and ISO times', () => {
    const { document, storedVersion, readOnly } = loadNotesDocument(storedV1());
    expect(storedVersion).toBe(1);
    expect(readOnly).toBe(false);
    expect(document.version).toBe(NOTES_SCHEMA_VERSION);
    expect(Object.keys(document.pages)).toEqual(['https://news.example/harbour']);
    const page = document.pages['https://news.example/harbour'];
    expect(page.title).toBe('Harbour deal');
    expect(page.notes).toEqual([
      {
        id: 'a',
        pageKey: 'https://news.example/harbour',
        target: { kind: 'claim', claimId: 'c-jobs', selector },
        body: 'Union says 2,500.',
        createdAt: '2024-03-01T10:00:00.000Z',
        updatedAt: '2024-03-02T11:00:00.000Z',
        anchor: { status: 'pending' },
      },
      expect.objectContaining({ id: 'b', target: { kind: 'selection', selector: { ...selector, exact: 'Union leaders' } }, body: 'Who exactly?' }),
    ]);
  });

  it('keeps the notes it cannot migrate raw and flagged, never dropping them', () => {
    const stored = storedV1();
    const { document } = loadNotesDocument(stored);
    expect(document.unreadable).toEqual([
      { raw: stored.notes[2], version: 1, reason: 'no quote' },
      { raw: 'garbage', version: 1, reason: 'not an object' },
    ]);
  });

  it('writes the migrated document on the first change, keeping the unreadable notes in it', async () => {
    const backend = memoryBackend(storedV1());
    const store = createNotesStore(backend);
    await store.list();
    expect(backend.writes).toBe(0); // reading never writes
    await store.deleteNote('https://news.example/harbour', 'b');
    expect(backend.value).toMatchObject({ version: 2, unreadable: [{ version: 1 }, { version: 1 }] });
    const again = loadNotesDocument(backend.value);
    expect(again.storedVersion).toBe(2);
    expect(again.document.pages['https://news.example/harbour'].notes.map((n) => n.id)).toEqual(['a']);
    expect(again.document.unreadable).toHaveLength(2);
  });

  it('keeps a whole document whose migration fails, flagged', () => {
    const failing: Migration[] = [{ from: 1, migrate: () => { throw new Error('boom'); } }];
    const stored = storedV1();
    const { document } = loadNotesDocument(stored, failing);
    expect(document.pages).toEqual({});
    expect(document.unreadable).toEqual([{ raw: stored, version: 1, reason: 'could not update the notes: boom' }]);
  });
});

describe('loadNotesDocument: other stored values', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadNotesDocument(null)).toEqual({ document: { version: 2, pages: {}, unreadable: [] }, readOnly: false, storedVersion: 0 });
  });

  it('keeps a value without a schema version as unreadable', () => {
    const { document } = loadNotesDocument(['some', 'array']);
    expect(document.unreadable).toEqual([{ raw: ['some', 'array'], version: 0, reason: 'stored notes without a schema version' }]);
  });

  it('keeps a damaged current-version note raw and reads the rest', () => {
    const good = {
      id: 'x',
      pageKey: 'https://a.example/',
      target: { kind: 'selection', selector },
      body: 'ok',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      anchor: { status: 'pending' },
    };
    const bad = { ...good, id: 'y', target: { kind: 'claim', selector } };
    const { document } = loadNotesDocument({ version: 2, pages: { 'https://a.example/': { url: 'https://a.example/', title: 'A', notes: [good, bad] } }, unreadable: [] });
    expect(document.pages['https://a.example/'].notes.map((n) => n.id)).toEqual(['x']);
    expect(document.unreadable).toEqual([{ raw: bad, version: 2, reason: 'no claim id' }]);
  });

  it('marks a document from a newer ClaimLens read-only, and the store refuses to write over it', async () => {
    const newer = { version: 3, pages: {}, unreadable: [], somethingNew: true };
    expect(loadNotesDocument(newer).readOnly).toBe(true);
    const backend = memoryBackend(newer);
    const store = createNotesStore(backend);
    await expect(
      store.addNote({ url: 'https://a.example/', target: { kind: 'selection', selector }, body: 'hi' }),
    ).rejects.toThrow(/newer version of ClaimLens/);
    expect(backend.value).toEqual(newer);
  });
});
