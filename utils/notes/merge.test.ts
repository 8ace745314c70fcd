import { describe, expect, it } from 'vitest';

import { buildPageNotesJson, buildWebAnnotationJson, ImportError, parseImport } from '../export';
import { PAGE_NOTES_SCHEMA, type LinkReport, type PageNotes } from '../types';
import { storedPageNotes, withUserNotes } from './export';
import { mergeImportedNotes } from './merge';
import type { UserNote } from './model';
import { emptyDocument, loadNotesDocument } from './schema';
import { createNotesStore } from './store';
import { ARTICLE, claimOn, countingIds, memoryBackend, selectionOn, steppingClock } from './test-notes';

const PAGE = 'https://news.example/world/harbour';

const LINK: LinkReport = {
  id: 'l-union',
  tag: 'a',
  href: ' target=_blank>union figures',
  url: null,
  text: 'Union leaders',
  inArticle: true,
  status: 'malformed',
  reason: 'leftover markup',
  textRange: { start: ARTICLE.indexOf('Union leaders'), end: ARTICLE.indexOf('Union leaders') + 13 },
};

/** The page as the analyzer reports it: one claim, one link. */
function analysedPage(): PageNotes {
  return {
    schema: PAGE_NOTES_SCHEMA,
    url: PAGE,
    title: 'Harbour deal',
    analyzedAt: '2024-05-01T08:00:00.000Z',
    claims: [
      {
        id: 'c-jobs',
        text: 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.',
        score: 0.9,
        kinds: ['attributed', 'numeric'],
        attribution: { source: 'The port authority', verb: 'said' },
        notes: [{ code: 'single-source', text: 'Only one named source backs this claim.', evidence: 'The port authority said', origin: 'rule' }],
        linkIds: [],
        selector: (claimOn('c-jobs', 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.') as { selector: PageNotes['claims'][0]['selector'] }).selector,
      },
    ],
    links: [LINK],
    stats: { claims: 1, links: 1, flaggedLinks: 1, ms: 3 },
  };
}

/** A store holding a claim note, a selection note and a link note on the page. */
async function storeWithNotes() {
  const backend = memoryBackend();
  const store = createNotesStore(backend, { now: steppingClock(), newId: countingIds() });
  await store.addNote({ url: PAGE, title: 'Harbour deal', target: claimOn('c-jobs', 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.'), body: 'Ask the union for its figure.' });
  await store.addNote({ url: PAGE, target: selectionOn('closer to 2,500'), body: 'Source for 2,500?' });
  await store.addNote({ url: PAGE, target: { kind: 'link', linkId: LINK.id, href: LINK.href, text: LINK.text }, body: 'Link is broken; find the union statement.' });
  return { backend, store, notes: await store.pageNotes(PAGE) };
}

/** Notes as they compare after a round trip (the anchor state is local, not exported). */
function comparable(notes: readonly UserNote[]) {
  return notes.map(({ anchor: _anchor, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
}

describe('withUserNotes and storedPageNotes', () => {
  it('shows user notes beside the rule notes of their claim, marked as the user’s', async () => {
    const { notes } = await storeWithNotes();
    {
      const page = withUserNotes(analysedPage(), notes);
      const claim = page.claims.find((c) => c.id === 'c-jobs')!;
      expect(claim.notes.map((n) => [n.origin, n.text])).toEqual([
        ['rule', 'Only one named source backs this claim.'],
        ['user', 'Ask the union for its figure.'],
      ]);
      expect(page.claims.map((c) => c.id)).toEqual(['c-jobs', 'user-selection:n-2', 'user-link:l-union']);
      expect(analysedPage().claims[0].notes).toHaveLength(1); // the input is not changed
      expect(withUserNotes(page, notes).claims.flatMap((c) => c.notes)).toHaveLength(4); // not added twice
    }
  });
});

describe('importing notes', () => {
  it('restores every kind of note from a JSON export without loss', async () => {
    const { store } = await storeWithNotes();
    const { document } = await store.load();
    const file = buildPageNotesJson([withUserNotes(analysedPage(), document.pages[PAGE].notes)]);

    const fresh = createNotesStore(memoryBackend(), { now: steppingClock(), newId: countingIds() });
    expect(await fresh.importFile(file)).toEqual({ added: 3, duplicates: 0, updated: 0, pages: 1, skipped: 0 });
    expect(comparable(await fresh.pageNotes(PAGE))).toEqual(comparable(document.pages[PAGE].notes));
    expect((await fresh.load()).document.pages[PAGE].title).toBe('Harbour deal');
  });

  it('restores notes from an "all pages" export built from storage alone', async () => {
    const { store, notes } = await storeWithNotes();
    const { document } = await store.load();
    const file = buildPageNotesJson(Object.values(document.pages).map(storedPageNotes));
    const fresh = createNotesStore(memoryBackend(), { now: steppingClock(), newId: countingIds() });
    await fresh.importFile(file);
    expect(comparable(await fresh.pageNotes(PAGE))).toEqual(comparable(notes));
  });

  it('adds nothing when the same file is imported again, and does not write', async () => {
    const { store, backend } = await storeWithNotes();
    const { document } = await store.load();
    const file = buildPageNotesJson(withUserNotes(analysedPage(), document.pages[PAGE].notes));
    const writes = backend.writes;
    expect(await store.importFile(file)).toEqual({ added: 0, duplicates: 3, updated: 0, pages: 0, skipped: 0 });
    expect(backend.writes).toBe(writes);
  });

  it('recognises its own notes coming back as Web Annotations (same words, same text) as duplicates', async () => {
    const { store } = await storeWithNotes();
    const { document } = await store.load();
    const file = buildWebAnnotationJson(withUserNotes(analysedPage(), document.pages[PAGE].notes));
    expect(await store.importFile(file)).toEqual({ added: 0, duplicates: 3, updated: 0, pages: 0, skipped: 0 });

    const fresh = createNotesStore(memoryBackend(), { now: steppingClock(), newId: countingIds() });
    expect(await fresh.importFile(file)).toMatchObject({ added: 3, pages: 1 });
    const quotes = (await fresh.pageNotes(PAGE)).map((n) => n.target.kind === 'selection' && n.target.selector.exact);
    expect(quotes).toContain('closer to 2,500');
  });

  it('keeps the newer edit when a note with the same id comes back', async () => {
    const { store, notes } = await storeWithNotes();
    const note = notes[1];
    const newer = { ...note, body: 'Found it: union press release of 2 May.', updatedAt: '2030-01-01T00:00:00.000Z' };
    const older = { ...note, body: 'An old draft', updatedAt: '2000-01-01T00:00:00.000Z' };

    const exportOf = (n: UserNote) => buildPageNotesJson(withUserNotes(analysedPage(), [n]));
    expect(await store.importFile(exportOf(older))).toMatchObject({ added: 0, duplicates: 1, updated: 0 });
    expect((await store.pageNotes(PAGE))[1].body).toBe('Source for 2,500?');
    expect(await store.importFile(exportOf(newer))).toEqual({ added: 0, duplicates: 0, updated: 1, pages: 1, skipped: 0 });
    expect((await store.pageNotes(PAGE))[1]).toMatchObject({ id: note.id, body: 'Found it: union press release of 2 May.', updatedAt: '2030-01-01T00:00:00.000Z' });
  });

  it('adds another tool’s annotation as a note on its quote, under the page’s canonical key', async () => {
    const { store } = await storeWithNotes();
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      bodyValue: 'Compare with last year’s port report.',
      created: '2024-04-01T12:00:00Z',
      target: { source: `${PAGE}?utm_source=hypothesis`, selector: { type: 'TextQuoteSelector', exact: 'Harbour deal signed' } },
    };
    expect(await store.importFile(JSON.stringify(annotation))).toEqual({ added: 1, duplicates: 0, updated: 0, pages: 1, skipped: 0 });
    expect((await store.pageNotes(PAGE)).at(-1)).toMatchObject({
      body: 'Compare with last year’s port report.',
      createdAt: '2024-04-01T12:00:00.000Z',
      target: { kind: 'selection', selector: { exact: 'Harbour deal signed', start: -1 } },
      anchor: { status: 'pending' },
    });
  });

  it('changes nothing when the file is corrupt', async () => {
    const { store, backend } = await storeWithNotes();
    const before = structuredClone(backend.value);
    const writes = backend.writes;
    const { document } = await store.load();
    const file = buildPageNotesJson(withUserNotes(analysedPage(), document.pages[PAGE].notes));
    await expect(store.importFile(file.slice(0, file.length - 40))).rejects.toBeInstanceOf(ImportError);
    await expect(store.importFile('{"schema":"claimlens/page-notes@1","url":"javascript:alert(1)"}')).rejects.toBeInstanceOf(ImportError);
    expect(backend.writes).toBe(writes);
    expect(backend.value).toEqual(before);
  });

  it('merges purely: the document passed in is not changed', () => {
    const document = emptyDocument();
    const result = parseImport(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        bodyValue: 'x',
        target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: 'deal' } },
      }),
    );
    const merged = mergeImportedNotes(document, result, { now: steppingClock(), newId: countingIds() });
    expect(merged.summary.added).toBe(1);
    expect(document).toEqual(emptyDocument());
    expect(loadNotesDocument(merged.document).document.pages[PAGE].notes).toHaveLength(1);
  });
});
