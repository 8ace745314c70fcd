import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../analyze/text-map';
import { attachCards, RATING_ATTRIBUTE } from './card';
import { showOverlay } from './overlay';
import { claimAt, linkReport, pageNotes } from './test-notes';

describe('a flagged link\'s card and marker show its site\'s rating', () => {
  it('says the rating with its scale in words, marks the band on the link, and takes the mark away on removal', () => {
    // Test-authored markup, not page-derived text.
    document.body.innerHTML = '<article><p>The Ministry said 40 schools <a href="https://www.infowars.com/x">closed</a>. Parents were not told.</p></article>';
    const served = document.documentElement.outerHTML;
    const map = buildTextMap(document.querySelector('article')!);
    const notes = pageNotes(
      [claimAt('c1', map.text, 0, map.text.indexOf('closed.') + 7)],
      [linkReport('l1', 'broken', { url: 'https://www.infowars.com/x', domain: 'infowars.com', rating: { score: 0.0458475179096454, source: 'lin2023' } })],
    );
    const overlay = showOverlay(document, notes, map, () => undefined);
    const cards = attachCards(document, overlay, { claims: notes.claims, links: notes.links, shadowMode: 'open', hideDelayMs: 0 });
    const link = document.querySelector('a')!;
    expect(link.getAttribute(RATING_ATTRIBUTE)).toBe('low');
    cards.open(link);
    expect(cards.root.querySelector('.rating')?.textContent).toBe('infowars.com: Domain quality 0.04 of 1: low (Lin et al. 2023)');
    cards.remove();
    overlay.remove();
    expect(link.hasAttribute(RATING_ATTRIBUTE)).toBe(false);
    expect(document.documentElement.outerHTML).toBe(served);
  });
});
