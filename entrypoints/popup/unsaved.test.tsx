import { render } from 'preact';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageUserNotes } from '@/utils/content/user-notes';
import type { UserNote } from '@/utils/notes/model';
import { pageKey } from '@/utils/notes/page-key';
import { noteDraftsItem } from '@/utils/storage';
import { PAGE_NOTES_SCHEMA, type Claim, type PageNotes } from '@/utils/types';
import { orphanedDrafts, usePopupNotes } from './user-notes';

const URL = 'https://news.example/story';
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

const claim = (id: string, text: string): Claim => ({
  id,
  text,
  score: 0.8,
  kinds: [],
  attribution: null,
  notes: [],
  linkIds: [],
  selector: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
});
const note = (id: string): UserNote => ({ id }) as UserNote;

describe('orphanedDrafts', () => {
  const shown = {
    claims: new Set(['c1', 'c2']),
    byClaim: { c1: [note('n1')] },
    alone: [note('n9')],
  };

  it('keeps out of the list every draft whose editor the popup shows', () => {
    const drafts = { 'claim:c1#new': 'a', 'claim:c2#new': 'b', 'claim:c1#n1': 'edit', 'note:n9#n9': 'edit alone' };
    expect(orphanedDrafts(drafts, shown)).toEqual([]);
  });

  it('lists a note begun on a claim the page no longer has, and edits of notes no longer shown where they were begun', () => {
    const drafts = {
      'claim:gone#new': 'On a sentence that changed',
      'claim:c2#n1': 'n1 is shown under c1 now',
      'note:n1#n1': 'n1 is no longer shown on its own',
      'note:n7#n7': 'a note since deleted',
    };
    expect(orphanedDrafts(drafts, shown).map((d) => d.key)).toEqual(['claim:gone#new', 'claim:c2#n1', 'note:n1#n1', 'note:n7#n7']);
    expect(orphanedDrafts(drafts, shown)[0].text).toBe('On a sentence that changed');
  });
});

describe('the popup\'s unsaved text', () => {
  const notes: PageNotes = {
    schema: PAGE_NOTES_SCHEMA,
    url: URL,
    title: 'Story',
    analyzedAt: '2026-01-01T00:00:00.000Z',
    article: { found: true, chars: 100 },
    claims: [claim('c1', 'Officials said 40 schools closed.')],
    links: [],
    stats: { claims: 1, links: 0, flaggedLinks: 0, ms: 1 },
  };
  const placed: PageUserNotes = { key: pageKey(URL), url: URL, canonical: null, title: 'Story', byClaim: {}, byLink: {}, onText: [], detached: [] };

  function Popup() {
    return <div>{usePopupNotes(7, notes).unsavedSection}</div>;
  }

  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="root"></div>';
  });

  it('shows text typed for a claim that is gone, as text, until discarded; a draft for a claim still there stays in its editor', async () => {
    await noteDraftsItem(pageKey(URL)).setValue({ 'claim:gone#new': '<b>My</b> thoughts on the old sentence', 'claim:c1#new': 'Still here' });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => placed as never);
    await act(() => render(<Popup />, document.getElementById('root')!));
    await flush();

    const items = document.querySelectorAll('[data-orphaned-draft]');
    expect(items).toHaveLength(1);
    // The user's own words, shown as text: never read as markup.
    expect(items[0].querySelector('textarea')!.value).toBe('<b>My</b> thoughts on the old sentence');
    expect(items[0].querySelector('b')).toBeNull();

    await act(() => (items[0].querySelector('button') as HTMLButtonElement).click());
    await flush();
    expect(document.querySelector('[data-orphaned-draft]')).toBeNull();
    expect(await noteDraftsItem(pageKey(URL)).getValue()).toEqual({ 'claim:c1#new': 'Still here' });
  });

  it('says nothing while the page\'s notes are still being placed (every draft would look orphaned then)', async () => {
    await noteDraftsItem(pageKey(URL)).setValue({ 'claim:c1#new': 'Still here', 'claim:gone#new': 'Gone' });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(() => new Promise<never>(() => undefined));
    await act(() => render(<Popup />, document.getElementById('root')!));
    await flush();
    expect(document.querySelector('[data-orphaned-draft]')).toBeNull();
  });
});
