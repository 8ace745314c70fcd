import { describe, expect, it } from 'vitest';

import { listNotes } from './query';
import { createNotesStore } from './store';
import { countingIds, memoryBackend, selectionOn, steppingClock } from './test-notes';

async function notesOnThreePages() {
  const store = createNotesStore(memoryBackend(), { now: steppingClock(), newId: countingIds() });
  await store.addNote({ url: 'https://news.example/harbour', title: 'Harbour deal signed', target: selectionOn('Union leaders'), body: 'Which union? Ask the dockers.' });
  await store.addNote({ url: 'https://paper.example/budget', title: 'Budget: a résumé of the cuts', target: selectionOn('closer to 2,500'), body: 'Figure differs from the ministry.' });
  const link = await store.addNote({
    url: 'https://blog.example/post',
    title: 'Weekly links',
    target: { kind: 'link', linkId: 'l-1', href: 'https://stats.example/report.pdf', text: 'the report' },
    body: 'Dead link.',
  });
  return { store, link };
}

describe('listNotes', () => {
  it('lists every page’s notes, newest edit first, or oldest first', async () => {
    const { store } = await notesOnThreePages();
    const { document } = await store.load();
    expect(listNotes(document).map((e) => e.pageTitle)).toEqual(['Weekly links', 'Budget: a résumé of the cuts', 'Harbour deal signed']);
    expect(listNotes(document, { order: 'oldest' }).map((e) => e.pageTitle)).toEqual(['Harbour deal signed', 'Budget: a résumé of the cuts', 'Weekly links']);
  });

  it('puts a note edited later first', async () => {
    const { store } = await notesOnThreePages();
    const harbour = (await store.pageNotes('https://news.example/harbour'))[0];
    await store.editNote(harbour.pageKey, harbour.id, 'Which union? The dockers say 2,000.', harbour.updatedAt);
    expect((await store.list())[0].note.id).toBe(harbour.id);
  });

  it('finds notes by their text, quote, link, page title or address, ignoring case and accents', async () => {
    const { store } = await notesOnThreePages();
    const titles = async (search: string) => (await store.list({ search })).map((e) => e.pageTitle);
    expect(await titles('DOCKERS')).toEqual(['Harbour deal signed']);
    expect(await titles('2,500')).toEqual(['Budget: a résumé of the cuts']); // the quote
    expect(await titles('resume')).toEqual(['Budget: a résumé of the cuts']); // the title, without accents
    expect(await titles('stats.example')).toEqual(['Weekly links']); // the link's address
    expect(await titles('paper.example')).toEqual(['Budget: a résumé of the cuts']); // the page address
    expect(await titles('union ministry')).toEqual([]); // every word must match one note
    expect(await titles('figure ministry')).toEqual(['Budget: a résumé of the cuts']);
  });

  it('gives each row what the list shows: page address, title and quote', async () => {
    const { store, link } = await notesOnThreePages();
    expect((await store.list({ pageKey: 'https://blog.example/post' }))).toEqual([
      { note: link, pageUrl: 'https://blog.example/post', pageTitle: 'Weekly links', quote: 'the report' },
    ]);
  });
});
