import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../analyze/text-map';
import { conflictMessage } from '../notes/messages';
import { updateLinkMarkers } from './checked-link-markers';
import { attachCards, CARD_TAG, type AttachCardsOptions, type CardNoteActions, type CardSubject, type CardUserNote } from './card';
import { showOverlay } from './overlay';
import { claimAt, linkReport, pageNotes } from './test-notes';

const HTML = '<article><p>The Ministry said 40 schools <a href=" target=">closed</a>. Parents were not told.</p></article>';

const cleanups: (() => void)[] = [];

function setup(actions?: CardNoteActions, more: Partial<AttachCardsOptions> = {}) {
  // Test-authored markup, not page-derived text.
  document.body.innerHTML = HTML;
  const served = document.documentElement.outerHTML;
  const map = buildTextMap(document.querySelector('article')!);
  const start = map.text.indexOf('The Ministry');
  const end = map.text.indexOf('closed.') + 'closed.'.length;
  const notes = pageNotes([claimAt('c1', map.text, start, end)], [linkReport('l1', 'malformed', { reason: 'The href swallowed the link text.' })]);
  const overlay = showOverlay(document, notes, map, () => undefined);
  const cards = attachCards(document, overlay, { claims: notes.claims, links: notes.links, notes: actions, shadowMode: 'open', hideDelayMs: 0, ...more });
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
const buttonIn = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
/** Types into the card's note box as a user would: the value, then an input event. */
function type(root: ShadowRoot, text: string) {
  const box = root.querySelector('textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}
const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

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

  describe('a note being written is never lost', () => {
    it('Escape closes the card, and the card opens again on the unsaved text; Cancel discards it', () => {
      const { cards } = setup(memoryNotes());
      cards.open(mark());
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Ask the ministry for the list of schools.');
      escape();
      expect(cards.host.style.getPropertyValue('display')).toBe('none');

      mark().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect(cards.root.querySelector('textarea')!.value).toBe('Ask the ministry for the list of schools.');
      expect(cards.root.querySelector('.notice')!.textContent).toContain('Not saved yet');

      buttonIn(cards.root, 'Cancel')!.click();
      cards.close();
      cards.open(mark());
      expect(cards.root.querySelector('textarea')).toBeNull();
      expect(buttonIn(cards.root, 'Add note')).toBeDefined();
    });

    it('the pointer passing over another mark leaves the card with its form where it is', () => {
      const { cards } = setup(memoryNotes());
      cards.open(mark());
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Half a thought');
      document.querySelector('a')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect(cards.root.querySelector('.title')!.textContent).toBe('Claim');
      expect(cards.root.querySelector('textarea')!.value).toBe('Half a thought');
    });

    it('notes changed elsewhere do not redraw a card while its form is open; the list updates once it closes', async () => {
      const actions = memoryNotes();
      const { cards, notes } = setup(actions);
      cards.open(mark());
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Mine, typing');
      await actions.add({ kind: 'claim', claim: notes.claims[0] }, 'Added in the popup');
      cards.refresh();
      expect(cards.root.querySelector('textarea')!.value).toBe('Mine, typing');
      cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await flush();
      expect([...cards.root.querySelectorAll('.note.user .text')].map((n) => n.textContent)).toEqual(['Added in the popup', 'Mine, typing']);
    });

    it('checked links update link cards in place: new status shown, a form keeps its text, a working link loses its card', () => {
      const { cards, overlay, notes } = setup(memoryNotes());
      const link = document.querySelector('a')!;
      cards.open(link);
      expect(cards.root.textContent).toContain('The href swallowed the link text.');
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Archived copy?');

      const dead = [{ ...notes.links[0], status: 'broken' as const, reason: 'The server answered 404 Not Found.' }];
      updateLinkMarkers(document, overlay.links, dead);
      cards.updateLinks(dead);
      expect(cards.root.querySelector('textarea')!.value).toBe('Archived copy?');
      buttonIn(cards.root, 'Cancel')!.click();
      expect(cards.root.textContent).toContain('The server answered 404 Not Found.');

      const working = [{ ...notes.links[0], status: 'ok' as const, reason: 'Works' }];
      updateLinkMarkers(document, overlay.links, working);
      cards.updateLinks(working);
      expect(cards.host.style.getPropertyValue('display')).toBe('none');
      link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect(cards.host.style.getPropertyValue('display')).toBe('none');
    });

    it('cards made again (a re-analysis) open the card that had a form, with its text, caret and focus', () => {
      const drafts = new Map<string, string>();
      const actions = memoryNotes();
      const first = setup(actions, { drafts });
      first.cards.open(mark());
      buttonIn(first.cards.root, 'Add note')!.click();
      type(first.cards.root, 'Compare with last year');
      const box = first.cards.root.querySelector('textarea')!;
      box.focus();
      box.setSelectionRange(8, 12);
      const resume = first.cards.openState();
      expect(resume).toMatchObject({ subject: 'claim:c1', focused: true, selectionStart: 8, selectionEnd: 12 });
      first.cards.remove();
      first.overlay.remove();

      const second = setup(actions, { drafts, resume });
      const again = second.cards.root.querySelector('textarea')!;
      expect(second.cards.host.style.getPropertyValue('display')).toBe('block');
      expect(again.value).toBe('Compare with last year');
      expect(second.cards.root.activeElement).toBe(again);
      expect([again.selectionStart, again.selectionEnd]).toEqual([8, 12]);
    });

    it('an edit whose note was deleted elsewhere is offered as a new note', async () => {
      const drafts = new Map<string, string>();
      const actions = memoryNotes();
      const { cards, notes } = setup(actions, { drafts });
      await actions.add({ kind: 'claim', claim: notes.claims[0] }, 'First version');
      cards.open(mark());
      buttonIn(cards.root, 'Edit')!.click();
      type(cards.root, 'Second version');
      escape();
      actions.all.clear();
      cards.open(mark());
      expect(cards.root.querySelector('.notice')!.textContent).toContain('deleted elsewhere');
      cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await flush();
      expect([...actions.all.values()].map((n) => n.body)).toEqual(['Second version']);
      expect(drafts.size).toBe(0);
    });
  
    it('an edit refused because the note changed elsewhere keeps the typed text, says what the note reads now, and saves on a second Save', async () => {
      const actions = memoryNotes();
      const { cards, notes } = setup(actions);
      await actions.add({ kind: 'claim', claim: notes.claims[0] }, 'Original');
      let conflicts = 1;
      const edit = actions.edit;
      actions.edit = async (id, body) => {
        if (conflicts-- > 0) {
          actions.all.set(id, { ...actions.all.get(id)!, body: 'Changed in another tab' });
          throw new Error(conflictMessage('Changed in another tab'));
        }
        return edit(id, body);
      };
      cards.open(mark());
      buttonIn(cards.root, 'Edit')!.click();
      type(cards.root, 'Mine');
      cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await flush();
      expect(cards.root.querySelector('textarea')!.value).toBe('Mine');
      expect(cards.root.querySelector('[role="alert"]')!.textContent).toContain('it now reads “Changed in another tab”. Save again');
      cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await flush();
      expect([...actions.all.values()].map((n) => n.body)).toEqual(['Mine']);
    });
  
    it('cut off from the extension (updated, reloaded), a card with a note form stays to be copied from; without one, it goes', () => {
      const { cards } = setup(memoryNotes());
      cards.open(mark());
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Do not lose me');
      expect(cards.strand()).toBe(true);
      cards.remove();
      expect(cards.host.isConnected).toBe(true);
      expect(cards.root.querySelector('textarea')!.value).toBe('Do not lose me');
      expect(buttonIn(cards.root, 'Save')!.disabled).toBe(true);
      expect(cards.root.querySelector('[role="alert"]')!.textContent).toContain('Copy your text, then reload the page');
      // The marks are the page's again; Cancel takes the card away.
      expect(mark().hasAttribute('tabindex')).toBe(false);
      buttonIn(cards.root, 'Cancel')!.click();
      expect(cards.host.isConnected).toBe(false);

      const other = setup(memoryNotes());
      other.cards.open(mark());
      expect(other.cards.strand()).toBe(false);
      other.cards.remove();
      expect(other.cards.host.isConnected).toBe(false);
    });

    it('a save refused because the extension went away keeps the text and says what to do', async () => {
      const actions = memoryNotes();
      actions.add = async () => {
        throw new Error('Extension context invalidated.');
      };
      const { cards } = setup(actions);
      cards.open(mark());
      buttonIn(cards.root, 'Add note')!.click();
      type(cards.root, 'Keep this');
      cards.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await flush();
      expect(cards.root.querySelector('textarea')!.value).toBe('Keep this');
      expect(cards.root.querySelector('[role="alert"]')!.textContent).toContain('updated or turned off');
    });
  });
});
