import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { InputError } from './errors';
import { loadFactChecks } from './factchecks';

const DEV = join(process.cwd(), '../shared/data/claimreview-dev');

describe('loadFactChecks (--factchecks PATH)', () => {
  it('reads a fact-check page', async () => {
    const found = await loadFactChecks(join(DEV, 'pages/afp_raw.html'));
    expect(found).toEqual([expect.objectContaining({ author: 'AFP Fact Check', rating: 'False', url: 'https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll' })]);
  });

  it('reads a JSON-LD file', async () => {
    const found = await loadFactChecks(join(DEV, 'jsonld/india_today_raw.claimreview.json'));
    expect(found).toEqual([expect.objectContaining({ author: 'India Today', rating: 'Mostly false' })]);
  });

  it('reads a folder of pages and JSON, counting each review once', async () => {
    const pages = await loadFactChecks(join(DEV, 'pages'));
    expect(pages).toHaveLength(22);
    // Pages and their JSON-LD files describe the same reviews.
    const both = await loadFactChecks(DEV);
    expect(both).toHaveLength(22);
  });

  it('refuses a missing path or a file that is neither HTML nor JSON with a plain message', async () => {
    await expect(loadFactChecks('/nonexistent/claims.json')).rejects.toThrow(InputError);
    await expect(loadFactChecks('/nonexistent/claims.json')).rejects.toThrow(/no such file or folder/);
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-fc-'));
    writeFileSync(join(dir, 'notes.json'), 'this is not json');
    await expect(loadFactChecks(join(dir, 'notes.json'))).rejects.toThrow(/neither an HTML page nor JSON/);
    // In a folder, a stray file is skipped instead.
    writeFileSync(join(dir, 'review.jsonld'), JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'The moon is cheese', url: 'https://c.example/moon', author: 'Checker', reviewRating: { alternateName: 'False' } }));
    expect(await loadFactChecks(dir)).toEqual([{ claimReviewed: 'The moon is cheese', rating: 'False', author: 'Checker', url: 'https://c.example/moon' }]);
    const empty = mkdtempSync(join(tmpdir(), 'claimlens-fc-'));
    await expect(loadFactChecks(empty)).rejects.toThrow(/no \.html, \.json or \.jsonld files/);
  });
});
