import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimAt, linkReport, pageNotes } from '@/utils/overlay/test-notes';
import { claimFilterOptions, filterClaims, PopupView, type PopupState } from './PopupView';

const TEXT = 'Officials said 40 schools closed. Experts warned it may happen again.';

function notes() {
  return pageNotes(
    [
      claimAt('c1', TEXT, 0, 33),
      claimAt('c2', TEXT, 34, TEXT.length, {
        kinds: ['hedged'],
        attribution: null,
        notes: [{ code: 'hedged', text: 'Hedged: “may”.', evidence: 'may happen', origin: 'rule' }],
      }),
    ],
    [
      linkReport('l0', 'ok'),
      linkReport('l1', 'malformed', { text: 'the report', swallowedText: 'hidden words' }),
      linkReport('l2', 'empty', { tag: 'img', text: '' }),
    ],
  );
}

let root: HTMLElement;
function show(state: PopupState, onReveal = vi.fn(async () => true)) {
  act(() => render(<PopupView state={state} onReveal={onReveal} />, root));
  return onReveal;
}
const headings = () => Array.from(root.querySelectorAll('h2'), (h) => h.textContent);

describe('PopupView', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
  });

  it('shows counts, claims with kinds and notes, and flagged links with their reason and hidden words', () => {
    show({ kind: 'ready', notes: notes() });
    expect(Array.from(root.querySelectorAll('.counts__item'), (i) => i.textContent)).toEqual(['Claims2', 'Notes2', 'Flagged links2']);
    expect(root.querySelectorAll('.claim')).toHaveLength(2);
    expect(root.querySelector('.claim .chip')!.textContent).toBe('attributed');
    expect(root.querySelector('.claim .note__text')!.textContent).toBe('Only one source is named.');
    const links = Array.from(root.querySelectorAll('.link'));
    expect(links.map((l) => l.getAttribute('data-link-status'))).toEqual(['malformed', 'empty']);
    expect(links[0].querySelector('.link__reason')!.textContent).toBe('status malformed');
    expect(links[0].querySelector('.link__swallowed')!.textContent).toBe('Broken markup hid: hidden words');
    expect(links[1].textContent).toContain('Image: (image without alt text)');
  });

  it('shows a note\'s label once: as its tag, not again at the start of its sentence', () => {
    show({ kind: 'ready', notes: notes() });
    const hedged = root.querySelector('.note[data-note-code="hedged"]')!;
    expect(hedged.querySelector('.note__tag')!.textContent).toBe('Hedged');
    expect(hedged.querySelector('.note__text')!.textContent).toBe('“may”.');
    expect(hedged.textContent!.match(/hedged/gi)).toHaveLength(1);
  });

  it('reveals evidence only when asked', () => {
    show({ kind: 'ready', notes: notes() });
    const evidence = root.querySelector<HTMLElement>('.note__evidence')!;
    const button = root.querySelector<HTMLButtonElement>('.note button')!;
    expect(evidence.hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(evidence.id);
    act(() => button.click());
    expect(evidence.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks to reveal a clicked claim, and says so when it is not on the page', async () => {
    const onReveal = show({ kind: 'ready', notes: notes() }, vi.fn(async () => false));
    await act(async () => root.querySelector<HTMLButtonElement>('.claim__text')!.click());
    expect(onReveal).toHaveBeenCalledWith('c1');
    await vi.waitFor(() => expect(root.querySelector('.claim__missing')?.textContent).toContain('Not marked on the page'));
  });

  it('says what happened when there is nothing to list', () => {
    show({ kind: 'waiting' });
    expect(headings()).toEqual(['Analysing…']);
    show({ kind: 'restricted', detail: 'Browser page.' });
    expect(headings()).toEqual(['Page not analysed: restricted page']);
    show({ kind: 'failed', error: 'TypeError: boom' });
    expect(root.textContent).toContain('TypeError: boom');
    const none = pageNotes([], [linkReport('l0', 'placeholder')], {
      article: { found: false, chars: 0 },
      stats: { claims: 0, links: 1, flaggedLinks: 1, ms: 1, reason: 'No article found on this page: it looks like a list of links.' },
    });
    show({ kind: 'ready', notes: none });
    expect(headings()).toContain('No article found on this page');
    expect(root.textContent).toContain('it looks like a list of links.');
    // Links are reported for the whole page even without an article.
    expect(root.querySelectorAll('.link')).toHaveLength(1);
  });
});

describe('claim filters', () => {
  it('offers only the kinds and notes present, with counts, and filters by them', () => {
    const { claims } = notes();
    expect(claimFilterOptions(claims).map((o) => `${o.value}=${o.count}`)).toEqual(['all=2', 'kind:attributed=1', 'kind:hedged=1', 'note:hedged=1', 'note:single-source=1']);
    expect(filterClaims(claims, 'note:hedged').map((c) => c.id)).toEqual(['c2']);
    expect(filterClaims(claims, 'kind:attributed').map((c) => c.id)).toEqual(['c1']);
    expect(filterClaims(claims, 'all')).toHaveLength(2);
  });
});
