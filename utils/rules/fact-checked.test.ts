import { describe, expect, it } from 'vitest';

import { analyzeDocument, type FactCheck } from '../analyze/index';

function article(paragraphs: string[]): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Energy row</title></head><body><article><h1>Energy row deepens</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
    'text/html',
  );
}

const windFarms: FactCheck = {
  claimReviewed: 'Wind turbines kill more birds than any other human activity',
  rating: 'False',
  author: 'Full Fact',
  url: 'https://fullfact.example/wind-turbines-birds',
  datePublished: '2023-05-02',
};
const mali: FactCheck = {
  claimReviewed: 'Mali has broken off diplomatic relations with France',
  rating: 'False',
  author: 'AFP',
  url: 'https://factcheck.afp.com/mali-france',
};

const PARAGRAPHS = [
  'Opponents of the Eastmoor wind farm told the planning meeting that turbines kill more birds than any other human activity, according to the council minutes.',
  'The developer said the 40 turbines would power 120,000 homes and that a survey found no rare species on the site.',
  'Bird populations across the region have fallen by a fifth since 1990, according to the county wildlife trust.',
  'Cats and glass buildings kill far more birds than wind turbines, researchers at the trust estimate.',
];

function factNotes(paragraphs: string[], factChecks: FactCheck[]) {
  const page = analyzeDocument(article(paragraphs), 'https://news.example/energy', { factChecks, now: () => new Date('2024-01-01T00:00:00Z') });
  return page.claims.flatMap((claim) => claim.notes.filter((note) => note.code === 'fact-checked').map((note) => ({ claim: claim.text, note })));
}

describe('fact-checked', () => {
  it('notes the claim a stored fact-check reviewed, with the verdict, the checker and a link', () => {
    const found = factNotes(PARAGRAPHS, [mali, windFarms]);
    expect(found).toHaveLength(1);
    expect(found[0].claim).toContain('turbines kill more birds than any other human activity');
    expect(found[0].note).toEqual({
      code: 'fact-checked',
      text: 'Fact-checked by Full Fact: False',
      evidence: 'wind farm told the planning meeting that turbines kill more birds than any other human activity',
      origin: 'rule',
      href: 'https://fullfact.example/wind-turbines-birds',
    });
  });

  it('does not note claims that only share the topic or say the opposite', () => {
    const found = factNotes(PARAGRAPHS.slice(1), [mali, windFarms]);
    expect(found).toEqual([]);
  });

  it('does nothing without stored fact-checks', () => {
    expect(factNotes(PARAGRAPHS, [])).toEqual([]);
  });
});
