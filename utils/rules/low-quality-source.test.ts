import { describe, expect, it } from 'vitest';

import { analyzeDocument } from '../analyze/index';
import { createRatingLookup } from '../credibility/ratings';

/** A short news article whose claims cite the given links. */
function article(paragraphs: string[]): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Port strike</title></head><body><nav><a href="https://www.lowsite.example/">Home</a></nav><article><h1>Port workers strike over pay</h1>${body}</article></body></html>`,
    'text/html',
  );
}

const PARAGRAPHS = [
  'Dock workers at the port of Harwick walked out on Monday, according to the union, which said 4,000 members had joined the strike.',
  'The strike will cost the regional economy £30 million a week, according to <a href="https://www.lowsite.example/strike-cost">a report by the Harwick Herald</a> and <a href="https://news.tabloid.example/cost">another tabloid</a>.',
  'Shipping firms diverted 12 vessels to other ports, the Harbour Authority said in <a href="https://www.goodpaper.example/ships">a statement reported by the Gazette</a>.',
  'Union leaders said 90% of members voted for the strike, as shown in <a href="https://www.lowsite.example/ballot">this ballot result</a> and in <a href="https://www.goodpaper.example/ballot">the Gazette’s figures</a>.',
  'The port handles a third of the country’s grain imports, officials said.',
];

const rateDomain = createRatingLookup(undefined, [
  { domain: 'lowsite.example', score: 0.23 },
  { domain: 'tabloid.example', score: 0.12 },
  { domain: 'goodpaper.example', score: 0.91 },
]);

function notesOf(doc: Document) {
  const page = analyzeDocument(doc, 'https://news.example/port-strike', { rateDomain, now: () => new Date('2024-01-01T00:00:00Z') });
  return page.claims.map((claim) => ({ text: claim.text, notes: claim.notes.filter((note) => note.code === 'low-quality-source') }));
}

describe('low-quality-source', () => {
  it('notes a claim whose cited links all go to domains rated below 0.4, naming each domain and score', () => {
    const claims = notesOf(article(PARAGRAPHS));
    const cost = claims.find((claim) => claim.text.includes('£30 million'));
    expect(cost?.notes).toEqual([
      {
        code: 'low-quality-source',
        text: 'Cites only low-quality sources: lowsite.example (0.23 of 1, your rating), tabloid.example (0.12 of 1, your rating)',
        evidence: 'a report by the Harwick Herald … another tabloid',
        origin: 'rule',
      },
    ]);
  });

  it('stays silent when any cited source is rated well, when nothing is cited, and without ratings', () => {
    const claims = notesOf(article(PARAGRAPHS));
    for (const words of ['12 vessels', '90% of members', 'grain imports', '4,000 members']) {
      const claim = claims.find((c) => c.text.includes(words));
      if (claim) expect(claim.notes, words).toEqual([]);
    }
    const page = analyzeDocument(article(PARAGRAPHS), 'https://news.example/port-strike');
    expect(page.claims.flatMap((claim) => claim.notes).filter((note) => note.code === 'low-quality-source')).toEqual([]);
  });

  it('uses the Lin et al. scores when the user has none, with the source named', () => {
    const lin = createRatingLookup({ source: 'lin2023', scores: new Map([['infowars.com', 0.0458475179096454]]) });
    const doc = article([
      ...PARAGRAPHS.slice(2),
      'Officials secretly planned the blackout at the port, according to <a href="https://www.infowars.com/posts/x">a widely shared article</a> that cited 3 unnamed engineers.',
    ]);
    const page = analyzeDocument(doc, 'https://news.example/blackout', { rateDomain: lin });
    const notes = page.claims.flatMap((claim) => claim.notes).filter((note) => note.code === 'low-quality-source');
    expect(notes.map((note) => note.text)).toEqual(['Cites only low-quality sources: infowars.com (0.04 of 1, Lin et al. 2023)']);
  });
});
