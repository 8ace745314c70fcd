import { describe, expect, it } from 'vitest';

import { mergeUserRatings, parseRatingsCsv, ratingsToCsv } from './ratings-csv';
import { createRatingLookup } from './ratings';

describe('importing a user’s ratings CSV', () => {
  it('reads a file with a header in any column order, with labels, and the lookup then prefers it', () => {
    const result = parseRatingsCsv('label,score,domain\r\n"Local paper, trusted",0.9,https://www.mylocal.example/\nTabloid,0.15,tabloid.example\n');
    expect(result).toEqual({
      ok: true,
      ratings: [
        { domain: 'mylocal.example', score: 0.9, label: 'Local paper, trusted' },
        { domain: 'tabloid.example', score: 0.15, label: 'Tabloid' },
      ],
    });
    const rate = createRatingLookup(undefined, result.ok ? result.ratings : []);
    expect(rate('news.tabloid.example')).toEqual({ domain: 'tabloid.example', score: 0.15, source: 'user', label: 'Tabloid' });
  });

  it('reads rows without a header, a BOM, decimal commas and blank lines', () => {
    const result = parseRatingsCsv('\uFEFFexample.org;0,25\n\nother.example;1\n'.replace(/;/g, '\t'));
    expect(result).toEqual({ ok: true, ratings: [{ domain: 'example.org', score: 0.25 }, { domain: 'other.example', score: 1 }] });
  });

  it('lets a later row for the same domain win', () => {
    const result = parseRatingsCsv('domain,score\na.example,0.1\nA.example,0.7\n');
    expect(result).toEqual({ ok: true, ratings: [{ domain: 'a.example', score: 0.7 }] });
  });

  it('refuses a score outside 0..1, naming the row', () => {
    expect(parseRatingsCsv('domain,score\ngood.example,0.5\nbad.example,75\n')).toEqual({
      ok: false,
      error: 'Row 3: score "75" is not a number from 0 to 1.',
    });
  });

  it('refuses a row whose domain is not a domain', () => {
    const result = parseRatingsCsv('domain,score\nnot a domain,0.5\n');
    expect(result).toEqual({ ok: false, error: 'Row 2: "not a domain" is not a domain name.' });
  });

  it('refuses files that are not a ratings list, with a message saying what is expected', () => {
    for (const text of ['', 'name,age\nAda,36\n', 'just some text\nmore text\n', '{"domain": "x.com"}']) {
      const result = parseRatingsCsv(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/domain|empty/i);
    }
    expect(parseRatingsCsv('domain,score\n')).toEqual({ ok: false, error: 'The file has a header but no ratings.' });
    expect(parseRatingsCsv('\u0000\u0001binary')).toMatchObject({ ok: false, error: expect.stringMatching(/not a text file/) });
    expect(parseRatingsCsv(`domain,score\n${'a.example,0.5\n'.repeat(200_000)}`)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('exports CSV that imports back unchanged, with formula-looking labels neutralised', () => {
    const ratings = [
      { domain: 'a.example', score: 0.3, label: '=HYPERLINK("x")' },
      { domain: 'b.example', score: 1 },
    ];
    const csv = ratingsToCsv(ratings);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = parseRatingsCsv(csv);
    expect(back).toEqual({ ok: true, ratings: [{ domain: 'a.example', score: 0.3, label: `'=HYPERLINK("x")` }, { domain: 'b.example', score: 1 }] });
  });
});

describe('merging imported ratings into the user’s own', () => {
  it('adds new domains, updates changed ones and says how many of each', () => {
    const merged = mergeUserRatings(
      [{ domain: 'a.example', score: 0.2 }, { domain: 'b.example', score: 0.5 }],
      [{ domain: 'b.example', score: 0.6 }, { domain: 'c.example', score: 0.9 }, { domain: 'a.example', score: 0.2 }],
    );
    expect(merged.ratings).toEqual([
      { domain: 'a.example', score: 0.2 },
      { domain: 'b.example', score: 0.6 },
      { domain: 'c.example', score: 0.9 },
    ]);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([1, 1, 1]);
  });
});
