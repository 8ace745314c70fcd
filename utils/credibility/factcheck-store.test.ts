import { describe, expect, it } from 'vitest';

import type { FactCheck } from '../analyze/index';
import { mergeFactChecks, parseFactCheckFile } from './factcheck-store';

const a: FactCheck = { claimReviewed: 'The moon is cheese', rating: 'False', author: 'Checker', url: 'https://c.example/moon' };
const b: FactCheck = { claimReviewed: 'Mars is blue', rating: 'False', author: 'Checker', url: 'https://c.example/mars' };

describe('keeping seen fact-checks', () => {
  it('adds new ones, replaces a re-seen one without duplicating it, and keeps the newest when full', () => {
    const first = mergeFactChecks([a], [{ ...a, rating: 'Pants on fire', claimReviewed: 'The  moon is CHEESE' }, b]);
    expect(first.added).toBe(1);
    expect(first.factChecks.map((f) => f.rating)).toEqual(['Pants on fire', 'False']);
    const capped = mergeFactChecks([a, b], [{ ...a, url: 'https://c.example/other' }], 2);
    expect(capped.factChecks.map((f) => f.url)).toEqual(['https://c.example/mars', 'https://c.example/other']);
  });
});

describe('importing a ClaimReview file', () => {
  it('reads JSON-LD and refuses other files with a clear message', () => {
    const file = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'ClaimReview', claimReviewed: a.claimReviewed, url: a.url, author: { name: 'Checker' }, reviewRating: { alternateName: 'False' } }] });
    expect(parseFactCheckFile(file)).toEqual({ ok: true, factChecks: [a] });
    expect(parseFactCheckFile('name,score\n')).toEqual({ ok: false, error: 'This is not a JSON or JSON-LD file.' });
    expect(parseFactCheckFile('{"@type": "NewsArticle"}')).toEqual({ ok: false, error: 'No ClaimReview fact-checks were found in this file.' });
  });
});
