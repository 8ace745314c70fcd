import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../analyze/text-map';
import { attachCards, CARD_TAG, type CardNoteActions, type CardSubject, type CardUserNote } from './card';
import { showOverlay } from './overlay';
import { claimAt, linkReport, pageNotes } from './test-notes';

const HTML = '<article><p>The Ministry said 40 schools <a href=" target=">closed</a>. Parents were not told.</p></article>';

const cleanups: (() => void)[] = [];

function setup(actions?: CardNoteActions) {
  // Test-authored markup, not page-derived text.
  document.body.innerHTML = HTML;
  const served = document.documentElement.outerHTML;
  const map = buildTextMap(document.querySelector('article')!);
  const start = map.text.indexOf('The Ministry');
  const end = map.text.indexOf('closed.') + 'closed.'.length;
  const notes = pageNotes([claimAt('c1', map.text, start, end)], [linkReport('l1', 'malformed', { reason: 'The href swallowed the link text.' })]);
  const overlay = showOverlay(document, notes, map, () => undefined);
  const cards = attachCards(document, overlay, { claims: notes.claims, links: notes.links, notes: actions, shadowMode: 'open', hideDelayMs: 0 });
  cleanups.push(() => cards.remove());
  return { overlay, cards, served, notes };
}

/** An in-memory notes store, as the content script's would be. */
function memoryNotes(): CardNoteActions & { all: Map<string, CardUserNote & { subject: string }> } {
  const all = new Map<string, CardUserNote & { subject: string }>();
  const key = (s: CardSubject) => (s.kind === 'claim' ? s.claim.id : s.link.id);
  let n = 0;
  return {
    all,
    notesFor: (s) => [...all.values()].filter((note) => note.subject === key(s)),
    add: async (s, body) => {
      if (!body.trim()) throw new Error('A note cannot be empty.');
      const id = `n${++n}`;
      all.set(id, { id, body, subject: key(s) });
    },
    edit: async (id, body) => void all.set(id, { ...all.get(id)!, body }),
    remove: async (id) => void all.delete(id),
  };
}

const mark = () => document.querySelector('claimlens-mark')!;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('note cards', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('shows a claim\'s notes on hover, in a shadow root on a host outside the article', () => {
    const { cards } = setup();
    mark().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(cards.host.isConnected).toBe(true);
    expect(cards.host.closest('article')).toBeNull();
    expect(cards.host.tagName.toLowerCase()).toBe(CARD_TAG);
    expect(cards.root.textContent).toContain('Only one source is named.');
    // The page's own tree gains no text: the notes are only inside the shadow root.
    expect(document.body.textContent).not.toContain('Only one source is named.');
  });

  it('marks take keyboard focus while shown, and focusing one opens its card', () => {
    const { cards } = setup();
    expect(mark().getAttribute('tabindex')).toBe('0');
    (mark() as HTMLElement).focus();
    expect(cards.root.querySelector('.card')!.textContent).toContain('Only one source');
  });

  it('a flagged link\'s card says its status and reason', () => {
    const { cards } = setup();
    const link = document.querySelector('a')!;
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const text = cards.root.textContent!;
    expect(text).toContain('broken link markup');
    expect(text).toContain('The href swallowed the link text.');
    // Links are focusable already: no tabindex is added to them.
    expect(link.hasAttribute('tabindex')).toBe(false);
  });

  it('labels each note once, in the popup\'s sentence-case words, with a sign on warnings', () => {
    document.body.innerHTML = HTML;
    const map = buildTextMap(document.querySelector('article')!);
    const claim = claimAt('c1', map.text, 0, map.text.length, {
      notes: [
        { code: 'interested-source', text: 'Interested source: the article says the Ministry may gain.', evidence: '', origin: 'rule' },
        { code: 'numeric', text: 'States a figure (“40 schools”).', evidence: '', origin: 'rule' },
      ],
    });
    const overlay = showOverlay(document, pageNotes([claim], []), map, () => undefined);
    const cards = attachCards(document, overlay, { claims: [claim], links: [], shadowMode: 'open' });
    cleanups.push(() => cards.remove());
    cards.open(mark());
    const notes = [...cards.root.querySelectorAll('.note')];
    expect(notes.map((n) => n.querySelector('.tag')!.textContent)).toEqual(['⚠ Interested source', 'Numbers']);
    expect(notes[0].querySelector('.text')!.textContent).toBe('The article says the Ministry may gain.');
    expect(notes[0].textContent!.match(/interested source/gi)).toHaveLength(1);
  });

  it('page-derived text is put in as text, never as markup', () => {
    document.body.innerHTML = '<article><p>Evil said <b>x</b> here today.</p></article>';
    const map = buildTextMap(document.querySelector('article')!);
    const claim = claimAt('c1', map.text, 0, map.text.length, {
      notes: [{ code: 'unconfirmed', text: '<img src=x onerror=alert(1)>', evidence: '', origin: 'rule' }],
    });
    const overlay = showOverlay(document, pageNotes([claim], []), map, () => undefined);
    const cards = attachCards(document, overlay, { claims: [claim], links: [], shadowMode: 'open' });
    cleanups.push(() => cards.remove());
    cards.open(document.querySelector('claimlens-mark')!);
    expect(cards.root.querySelector('img')).toBeNull();
    expect(cards.root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('adds, edits and deletes the user\'s note from the card', async () => {
    const actions = memoryNotes();
    const { cards } = setup(actions);
    cards.open(mark());
    const button = (name: string) => [...cards.root.querySelectorAll('button')].find((b) => b.textContent === name)!;
    button('Add note').click();
    const box = cards.root.querySelector('textarea')!;
    expect(cards.root.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Note');
    box.value = 'Check the ministry press release.';
    cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect([...actions.all.values()].map((n) => n.body)).toEqual(['Check the ministry press release.']);
    expect(cards.root.querySelector('.note.user')!.textContent).toContain('Check the ministry press release.');

    button('Edit').click();
    cards.root.querySelector('textarea')!.value = 'Press release says 38.';
    cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(cards.root.querySelector('.note.user')!.textContent).toContain('Press release says 38.');

    button('Delete').click();
    await flush();
    expect(actions.all.size).toBe(0);
    expect(cards.root.querySelector('.note.user')).toBeNull();
  });

  it('an empty note is refused with a message and nothing is stored', async () => {
    const actions = memoryNotes();
    const { cards } = setup(actions);
    cards.open(mark());
    [...cards.root.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!.click();
    cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(actions.all.size).toBe(0);
    expect(cards.root.querySelector('[role="alert"]')!.textContent).toContain('cannot be empty');
  });

  it('Escape closes the card', () => {
    const { cards } = setup();
    (mark() as HTMLElement).focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cards.host.style.getPropertyValue('display')).toBe('none');
  });

  it('removing cards and overlay leaves the document exactly as served, and listeners gone', () => {
    const { cards, overlay, served } = setup();
    cards.open(mark());
    cards.remove();
    overlay.remove();
    expect(document.documentElement.outerHTML).toBe(served);
    // A hover after removal opens nothing: the listeners are gone.
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });
});
