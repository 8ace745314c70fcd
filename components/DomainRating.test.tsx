import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimAt, linkReport, pageNotes } from '@/utils/overlay/test-notes';
import { citedDomains } from './DomainRating';
import { PopupView } from './PopupView';

const TEXT = 'Officials said 40 schools closed, according to a report.';

function ratedNotes() {
  return pageNotes(
    [claimAt('c1', TEXT, 0, TEXT.length, { linkIds: ['l0', 'l1'] })],
    [
      linkReport('l0', 'ok', { url: 'https://www.infowars.com/a', domain: 'infowars.com', rating: { score: 0.0458475179096454, source: 'lin2023' } }),
      linkReport('l1', 'ok', { url: 'https://unrated.example/b', domain: 'unrated.example' }),
      linkReport('l2', 'broken', { url: 'https://cnn.com/x', domain: 'cnn.com', rating: { score: 0.9, source: 'user', label: 'trusted' } }),
      linkReport('l3', 'ok', { url: 'https://news.example/other', domain: 'news.example' }),
      linkReport('l4', 'ok', { url: 'https://www.infowars.com/c', domain: 'infowars.com', rating: { score: 0.0458475179096454, source: 'lin2023' } }),
    ],
    { domain: 'news.example', rating: { score: 0.71, source: 'lin2023' } },
  );
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

describe('domain ratings in the popup', () => {
  it('shows the page\'s own rating and every linked site\'s, in words with the scale, lowest first', () => {
    act(() => render(<PopupView state={{ kind: 'ready', notes: ratedNotes() }} onReveal={vi.fn(async () => true)} />, root));
    expect(root.querySelector('[data-testid="page-rating"]')?.textContent).toBe('This site, news.example: ▲ Domain quality 0.71 of 1: high (Lin et al. 2023)');
    const sources = [...root.querySelectorAll('.source')].map((li) => li.textContent);
    expect(sources).toEqual([
      'infowars.com (2 links)▼ Domain quality 0.04 of 1: low (Lin et al. 2023)',
      'cnn.com▲ Domain quality 0.9 of 1: trusted (your rating)',
      'unrated.exampleNot rated',
    ]);
    // The flagged link carries its rating too.
    expect(root.querySelector('.link[data-link-status="broken"] .link__rating')?.textContent).toContain('cnn.com: ▲ Domain quality 0.9 of 1: trusted (your rating)');
  });

  it('lists each linked site once and leaves out the page\'s own site', () => {
    expect(citedDomains(ratedNotes()).map((d) => [d.domain, d.links])).toEqual([
      ['infowars.com', 2],
      ['cnn.com', 1],
      ['unrated.example', 1],
    ]);
  });
});
