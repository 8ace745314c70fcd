import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../analyze/text-map';
import type { PageAnalysis } from '../messaging';
import { noteCardDecorator, type CardNoteActions, type NoteCards } from './card';
import { LINK_ATTRIBUTE } from './link-markers';
import { FLASH_ATTRIBUTE } from './overlay';
import { PageSession, type PageSessionDeps } from './page-session';
import { claimAt, linkReport, pageNotes } from './test-notes';

const HTML = '<nav><a href="/">Home</a></nav><article><p>The Ministry said 40 schools <a href=" target=">closed</a>. Parents were not told.</p></article>';

function setup(overrides: Partial<PageSessionDeps> = {}) {
  // Test-authored markup, not page-derived text.
  document.body.innerHTML = HTML;
  const article = document.querySelector('article')!;
  const text = buildTextMap(article).text;
  const start = text.indexOf('The Ministry');
  const end = text.indexOf('closed.') + 'closed.'.length;
  const notes = pageNotes([claimAt('c1', text, start, end)], [linkReport('l0', 'unchecked', { inArticle: false }), linkReport('l1', 'malformed')]);
  const reports: PageAnalysis[] = [];
  const timers: (() => void)[] = [];
  const analyze = vi.fn(() => notes);
  const session = new PageSession({
    doc: document,
    analyze,
    articleMap: () => buildTextMap(document.querySelector('article')!),
    report: async (analysis) => void reports.push(analysis),
    overlaysWanted: async () => true,
    later: (fn) => timers.push(fn),
    now: () => new Date('2024-05-01T10:00:00Z'),
    ...overrides,
  });
  return { session, reports, timers, notes, analyze };
}

describe('PageSession', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('announces, analyses, marks the claim and the flagged link, and reports the result', async () => {
    const { session, reports, notes } = setup();
    const before = document.body.innerHTML;
    await session.announce();
    expect(session.analysis.phase).toBe('analysing');
    await session.run();

    expect(reports.map((r) => r.phase)).toEqual(['analysing', 'ready']);
    expect(reports[1].notes).toBe(notes);
    const marks = document.querySelectorAll('claimlens-mark[data-claim-id="c1"]');
    expect(Array.from(marks, (m) => m.textContent).join('')).toBe('The Ministry said 40 schools closed.');
    const links = document.querySelectorAll('a');
    expect(links[0].hasAttribute(LINK_ATTRIBUTE)).toBe(false);
    expect(links[1].getAttribute(LINK_ATTRIBUTE)).toBe('malformed');

    session.removeOverlay();
    expect(document.body.innerHTML).toBe(before);
  });

  it('turns an analyzer error into a failed report instead of throwing into the page', async () => {
    const { session, reports } = setup({
      analyze: () => {
        throw new TypeError('boom');
      },
    });
    await expect(session.run()).resolves.toMatchObject({ phase: 'failed', error: 'TypeError: boom' });
    expect(reports.at(-1)).toMatchObject({ phase: 'failed', error: 'TypeError: boom' });
    expect(document.querySelector('claimlens-mark')).toBeNull();
  });

  it('still reports when the background cannot be reached', async () => {
    const { session } = setup({ report: () => Promise.reject(new Error('Extension context invalidated')) });
    await expect(session.run()).resolves.toMatchObject({ phase: 'ready' });
  });

  it('leaves the page untouched when the user turned overlays off', async () => {
    const { session } = setup({ overlaysWanted: async () => false });
    const before = document.body.innerHTML;
    await session.run();
    expect(session.analysis.phase).toBe('ready');
    expect(document.body.innerHTML).toBe(before);
  });

  it('scrolls to a claim and flashes it, then stops flashing', async () => {
    const { session, timers } = setup();
    await session.run();
    const mark = document.querySelector('claimlens-mark')! as HTMLElement;
    const scroll = vi.fn();
    mark.scrollIntoView = scroll;

    expect(session.reveal('c1')).toBe(true);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(mark.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    timers.forEach((fn) => fn());
    expect(mark.hasAttribute(FLASH_ATTRIBUTE)).toBe(false);

    expect(session.reveal('no-such-claim')).toBe(false);
  });

  it('re-running replaces the overlay instead of nesting marks', async () => {
    const { session } = setup();
    await session.run();
    await session.run();
    expect(document.querySelectorAll('claimlens-mark claimlens-mark')).toHaveLength(0);
    expect(document.querySelectorAll('[data-claimlens-link]')).toHaveLength(1);
  });

  it('hides and shows the overlay again without re-analysing; hidden leaves the DOM as before', async () => {
    const { session, analyze } = setup();
    const before = document.body.innerHTML;
    await session.run();
    session.setOverlayVisible(false);
    expect(document.body.innerHTML).toBe(before);
    session.setOverlayVisible(true);
    expect(document.querySelectorAll('claimlens-mark[data-claim-id="c1"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-claimlens-link]')).toHaveLength(1);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('waits for an analyzer that yields, then marks; a newer run stops the older, which reports and marks nothing', async () => {
    const signals: AbortSignal[] = [];
    const release: (() => void)[] = [];
    const base = setup();
    const { session, reports } = setup({
      analyze: (_doc, _url, signal) => {
        signals.push(signal);
        // Like analyzeDocumentAsync: the result comes after the page had turns, and an abort rejects.
        return new Promise((resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason));
          release.push(() => resolve(base.notes));
        });
      },
    });
    const first = session.run();
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    const second = session.run();
    await vi.waitFor(() => expect(signals).toHaveLength(2));
    release.forEach((fn) => fn());
    await expect(first).resolves.toMatchObject({ phase: 'analysing' });
    await expect(second).resolves.toMatchObject({ phase: 'ready' });
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(reports.map((r) => r.phase)).toEqual(['ready']);
    expect(document.querySelectorAll('claimlens-mark[data-claim-id="c1"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('claimlens-mark claimlens-mark')).toHaveLength(0);
  });

  it('stops the analysis in flight when the content script ends', async () => {
    const life = new AbortController();
    const seen: AbortSignal[] = [];
    const { session, reports } = setup({
      signal: life.signal,
      analyze: (_doc, _url, signal) => {
        seen.push(signal);
        return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    });
    const running = session.run();
    await new Promise((r) => setTimeout(r, 0));
    life.abort();
    await expect(running).resolves.toMatchObject({ phase: 'analysing' });
    expect(seen[0].aborted).toBe(true);
    expect(reports).toEqual([]);
    expect(document.querySelector('claimlens-mark')).toBeNull();
  });

  it('does not mark a claim whose text changed since the analysis', async () => {
    const { session } = setup();
    const p = document.querySelector('p')!;
    const analyzed = session.run();
    // The page rewrites its text after ClaimLens measured it (the offsets now point at other words).
    p.firstChild!.textContent = 'A different sentence now sits here, longer than before. ';
    await analyzed;
    expect(document.querySelector('claimlens-mark')).toBeNull();
    // Links are matched by order, not text, and still get their marker.
    expect(document.querySelectorAll('[data-claimlens-link]')).toHaveLength(1);
  });

  describe('with note cards', () => {
    /** The content script's cards, on a store that keeps nothing (these tests never save). */
    function withCards() {
      const store: CardNoteActions = { notesFor: () => [], add: async () => undefined, edit: async () => undefined, remove: async () => undefined };
      let cards: NoteCards | null = null;
      const made = setup({ decorate: noteCardDecorator(document, { notes: () => store, current: (c) => (cards = c), shadowMode: 'open' }) });
      const startNote = (target: Element, text: string) => {
        cards!.open(target);
        [...cards!.root.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!.click();
        const box = cards!.root.querySelector('textarea')!;
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.focus();
      };
      return { ...made, cards: () => cards, startNote };
    }

    it('checked links arriving while a note is typed update the cards without taking the note away', async () => {
      const { session, cards, startNote, notes } = withCards();
      await session.run();
      const before = cards();
      startNote(document.querySelectorAll('a')[1], 'Find the archived copy');
      session.applyCheckedLinks([notes.links[0], { ...notes.links[1], status: 'broken', reason: 'The server answered 404 Not Found.' }]);
      expect(cards()).toBe(before);
      expect(cards()!.root.querySelector('textarea')!.value).toBe('Find the archived copy');
      expect(cards()!.root.activeElement).toBe(cards()!.root.querySelector('textarea'));
    });

    it('a re-analysis opens the card being written in again, with its text and focus', async () => {
      const { session, cards, startNote } = withCards();
      await session.run();
      startNote(document.querySelector('claimlens-mark')!, 'Which schools?');
      await session.run();
      const box = cards()!.root.querySelector('textarea')!;
      expect(box.value).toBe('Which schools?');
      expect(cards()!.root.activeElement).toBe(box);
    });
  });
});
