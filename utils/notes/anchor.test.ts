import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

import { buildTextMap, locateOffset, selectorFor } from '../analyze/text-map';
import type { Claim, LinkReport } from '../types';
import { anchorNote, anchorSelector, claimAt, placeNotes, type Anchor } from './anchor';
import type { UserNote } from './model';

const ARTICLE = [
  'Harbour deal signed on Tuesday.',
  'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.',
  'Union leaders said the real number was closer to 2,500.',
  'The mayor welcomed the agreement and said construction would begin in the spring.',
].join(' ');

const QUOTE = 'the deal will create 4,000 jobs by 2026';

function selectorOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return selectorFor(text, start, start + quote.length);
}

/** The text an anchor covers, or null when detached. */
function placed(text: string, anchor: Anchor): string | null {
  return anchor.status === 'anchored' ? text.slice(anchor.start, anchor.end) : null;
}

describe('anchorSelector', () => {
  it('keeps the stored position when the text is unchanged', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const anchor = anchorSelector(selector, ARTICLE);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'position', start: selector.start, end: selector.end });
    expect(anchor.status === 'anchored' && anchor.score).toBeCloseTo(1, 5);
  });

  it('finds the quote again when text was added before it', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = `Update, 3 May: this story has been corrected to add the union's response. ${ARTICLE}`;
    const anchor = anchorSelector(selector, edited);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(placed(edited, anchor)).toBe(QUOTE);
    expect(anchor.status === 'anchored' && anchor.start).toBe(edited.indexOf(QUOTE));
  });

  it('finds the quote when text was removed before it', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('Harbour deal signed on Tuesday. ', '');
    const anchor = anchorSelector(selector, edited);
    expect(placed(edited, anchor)).toBe(QUOTE);
  });

  it('keeps the position when only text after the quote changed', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('construction would begin in the spring', 'building starts next year, officials confirmed on Friday');
    const anchor = anchorSelector(selector, edited);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'position', start: selector.start, end: selector.end });
  });

  it('finds the quote when the words right after it changed', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = ARTICLE.replace(', a figure the union disputes.', '. The union rejects this estimate.');
    expect(placed(edited, anchorSelector(selector, edited))).toBe(QUOTE);
  });

  it('places a quote whose words were edited inside, covering the edited words', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('4,000 jobs by 2026', '3,800 jobs by 2027');
    const anchor = anchorSelector(selector, edited);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(placed(edited, anchor)).toBe('the deal will create 3,800 jobs by 2027');
    expect(anchor.status === 'anchored' && anchor.score).toBeLessThan(1);
  });

  it('places a quote with a word inserted inside and text added before', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = `Breaking: ${ARTICLE.replace('will create', 'will eventually create')}`;
    const anchor = anchorSelector(selector, edited);
    expect(placed(edited, anchor)).toBe('the deal will eventually create 4,000 jobs by 2026');
  });

  it('tells two occurrences of the same quote apart by their context', () => {
    const text =
      'The minister said the figures were accurate. Opposition MPs questioned them. ' +
      'The auditor later said the figures were accurate after a review of the ledgers.';
    const quote = 'said the figures were accurate';
    const second = selectorOf(text, quote, 1);
    const first = selectorOf(text, quote, 0);

    // Text inserted at the top moves both occurrences; the stored offsets now point at neither.
    const edited = `Correction appended. ${text}`;
    expect(anchorSelector(second, edited)).toMatchObject({ start: edited.lastIndexOf(quote), method: 'quote' });
    expect(anchorSelector(first, edited)).toMatchObject({ start: edited.indexOf(quote), method: 'quote' });
  });

  it('does not trust the old offsets when the same words slid into them with other context', () => {
    const text = 'The mayor opened the bridge on Monday. Engineers said it was safe after the load test. Residents were not convinced.';
    const quote = 'said it was safe';
    const note = selectorOf(text, quote);
    // An update paragraph at the top happens to put its own "said it was safe" at the note's old offsets.
    const lead = 'Update: a spokesperson for the ministry'.padEnd(note.start, ' ');
    const edited = `${lead}${quote} to reopen, without details. ${text}`;
    expect(edited.slice(note.start, note.end)).toBe(quote);
    const anchor = anchorSelector(note, edited);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote', start: edited.lastIndexOf(quote) });
  });

  it('reports a note whose words are gone as detached, with its quote', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const edited = ARTICLE.replace(/The port authority said[^.]*\./, 'The port authority declined to give a figure.');
    expect(anchorSelector(selector, edited)).toEqual({ status: 'detached', quote: QUOTE });
  });

  it('does not place a short quote on similar words with unrelated context', () => {
    const text = 'Prices rose 5% in March. Analysts expect a slowdown.';
    const selector = selectorOf(text, 'rose 5%');
    const other = 'The river level fell 2% in April, which is unusual for the season.';
    expect(anchorSelector(selector, other).status).toBe('detached');
  });

  it('anchors a quote with no stored position (an imported Web Annotation) by the quote alone', () => {
    const selector = { exact: QUOTE, prefix: '', suffix: '', start: -1, end: -1 };
    expect(placed(ARTICLE, anchorSelector(selector, ARTICLE))).toBe(QUOTE);
  });

  it('detaches on an empty page text', () => {
    expect(anchorSelector(selectorOf(ARTICLE, QUOTE), '')).toEqual({ status: 'detached', quote: QUOTE });
  });

  it('finds an edited quote that also moved far from its old place', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const filler = 'Earlier coverage of the port, reproduced here in full for readers who missed it. '.repeat(200); // ~16 kB
    const edited = `${filler}${ARTICLE.replace('4,000', '4,400')}`;
    expect(placed(edited, anchorSelector(selector, edited))).toBe('the deal will create 4,400 jobs by 2026');
  });

  it('finds an edited quote near the end of a large article', () => {
    const filler = Array.from({ length: 8_000 }, (_, i) => `Paragraph ${i} reports routine council business and minutes of meeting ${i * 7}.`).join(' ');
    const text = `${filler} ${ARTICLE}`; // about 640 kB of text
    const selector = selectorOf(text, QUOTE);
    const edited = `${filler.slice(500)} ${ARTICLE.replace('4,000', '4,100')}`;
    expect(placed(edited, anchorSelector(selector, edited))).toBe('the deal will create 4,100 jobs by 2026');
    const gone = `${filler} ${ARTICLE.replace(/The port authority said[^.]*\./, '')}`;
    expect(anchorSelector(selector, gone).status).toBe('detached');
  });
});

describe('anchorNote', () => {
  const pending = { status: 'pending' } as const;

  it('uses where the note was last anchored as the position to check first', () => {
    const text = `Intro. ${ARTICLE}`;
    const selector = selectorOf(ARTICLE, QUOTE);
    const note: Pick<UserNote, 'target' | 'anchor'> = {
      target: { kind: 'selection', selector },
      anchor: { status: 'anchored', start: selector.start + 7, end: selector.end + 7 },
    };
    expect(anchorNote(note, { text })).toMatchObject({ status: 'anchored', method: 'position', start: selector.start + 7 });
  });

  it('finds a link note by its id, then by href and text when the id changed', () => {
    const link: LinkReport = {
      id: 'l-9',
      tag: 'a',
      href: 'https://union.example/figures',
      url: 'https://union.example/figures',
      text: 'the union',
      inArticle: true,
      status: 'broken',
      reason: '404',
      textRange: { start: 80, end: 89 },
    };
    const note: Pick<UserNote, 'target' | 'anchor'> = {
      target: { kind: 'link', linkId: 'l-2', href: link.href, text: link.text },
      anchor: pending,
    };
    expect(anchorNote(note, { text: ARTICLE, links: [link] })).toMatchObject({ status: 'anchored', method: 'link', start: 80, end: 89 });
    expect(anchorNote(note, { text: ARTICLE, links: [{ ...link, href: 'https://other.example/' }] })).toEqual({
      status: 'detached',
      quote: 'the union',
    });
  });

  it('says which claim a placed note now sits in', () => {
    const selector = selectorOf(ARTICLE, QUOTE);
    const claim = (id: string, quote: string) => ({ id, selector: selectorOf(ARTICLE, quote) }) as Claim;
    const claims = [claim('c-1', 'Harbour deal signed on Tuesday.'), claim('c-2', 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.')];
    const anchor = anchorNote({ target: { kind: 'claim', claimId: 'old-id', selector }, anchor: pending }, { text: ARTICLE });
    expect(claimAt(claims, anchor)?.id).toBe('c-2');
    expect(claimAt(claims, { status: 'detached', quote: QUOTE })).toBeNull();
  });
});

describe('placeNotes', () => {
  const claimSentence = 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.';
  const claims = [{ id: 'c-jobs', selector: selectorOf(ARTICLE, claimSentence) } as Claim];
  const link = { id: 'l-1', href: 'https://union.example/', text: 'Union leaders', textRange: { start: 125, end: 138 } } as LinkReport;
  const note = (id: string, target: UserNote['target']): UserNote => ({
    id,
    pageKey: 'https://news.example/',
    target,
    body: id,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    anchor: { status: 'pending' },
  });

  it('sorts a page’s notes under their claim, their link, other text, or detached', () => {
    const notes = [
      note('on-claim', { kind: 'claim', claimId: 'c-jobs', selector: selectorOf(ARTICLE, claimSentence) }),
      note('renamed-claim', { kind: 'claim', claimId: 'c-old', selector: selectorOf(ARTICLE, claimSentence) }),
      note('in-claim', { kind: 'selection', selector: selectorOf(ARTICLE, '4,000 jobs') }),
      note('on-link', { kind: 'link', linkId: 'l-old', href: link.href, text: link.text }),
      note('elsewhere', { kind: 'selection', selector: selectorOf(ARTICLE, 'Harbour deal signed') }),
      note('gone', { kind: 'selection', selector: { exact: 'a sentence the editors removed entirely', prefix: 'x', suffix: 'y', start: 3, end: 40 } }),
    ];
    const placed = placeNotes(notes, { text: ARTICLE, claims, links: [link] });
    const ids = (list: UserNote[] | undefined) => (list ?? []).map((n) => n.id);
    expect(ids(placed.byClaim.get('c-jobs'))).toEqual(['on-claim', 'renamed-claim', 'in-claim']);
    expect(ids(placed.byLink.get('l-1'))).toEqual(['on-link']);
    expect(ids(placed.onText)).toEqual(['elsewhere']);
    expect(ids(placed.detached)).toEqual(['gone']);
    expect(placed.anchors.get('on-claim')).toMatchObject({ method: 'claim', start: claims[0].selector.start });
    expect(placed.anchors.get('gone')).toEqual({ status: 'detached', quote: 'a sentence the editors removed entirely' });
    expect(placed.anchors.size).toBe(notes.length);
  });
});

describe('re-anchoring on a page’s article text (text map)', () => {
  it('finds a note again after the page is reloaded with an added paragraph and an edited word', () => {
    const { document } = new Window();
    document.body.innerHTML =
      '<article><p>Harbour deal signed on Tuesday.</p><p>The port authority said the deal will <em>create</em> 4,000 jobs by 2026.</p><p>Union leaders disagree.</p></article>';
    const before = buildTextMap(document.querySelector('article') as unknown as Element);
    const quote = 'the deal will create 4,000 jobs';
    const selector = selectorOf(before.text, quote);

    document.body.innerHTML =
      '<article><p>Update: the union has responded.</p><p>Harbour deal signed on Tuesday.</p><p>The port authority said the deal will <em>create</em> 4,200 jobs by 2026.</p><p>Union leaders disagree.</p></article>';
    const after = buildTextMap(document.querySelector('article') as unknown as Element);
    const anchor = anchorSelector(selector, after.text);
    expect(placed(after.text, anchor)).toBe('the deal will create 4,200 jobs');
    // The offsets lead back to the page's text nodes, where the highlighter wraps them.
    const start = anchor.status === 'anchored' ? locateOffset(after, anchor.start) : null;
    expect(start?.node.data.slice(start.offset)).toBe('the deal will ');
  });
});
