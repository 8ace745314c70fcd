import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { normalizeDomainInput, ratingKeys, registrableDomain } from './domains';
import { loadRatingTableFromDisk, RATINGS_ASSET_FILE } from './load-node';
import {
  createRatingLookup,
  parseRatingsAsset,
  rateDomainFromRecord,
  ratingsAssetFromLinCsv,
  ratingsForHosts,
  type RateDomain,
  type RatingTable,
} from './ratings';

const LIN_CSV = join(process.cwd(), '../shared/data/domains/lin2023/domain_pc1.csv');

/** The source CSV's rows as written: domain → score text. */
function csvRows(): Array<[string, string]> {
  return readFileSync(LIN_CSV, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const comma = line.lastIndexOf(',');
      return [line.slice(0, comma), line.slice(comma + 1)];
    });
}

let table: RatingTable;
let rate: RateDomain;

beforeAll(async () => {
  table = await loadRatingTableFromDisk();
  rate = createRatingLookup(table);
});

describe('the shipped ratings table', () => {
  it('holds all 11,520 Lin et al. domains', () => {
    expect(table.scores.size).toBe(11520);
  });

  it.skipIf(!existsSync(LIN_CSV))('is exactly what the build script makes from domain_pc1.csv', () => {
    const shipped = JSON.parse(readFileSync(RATINGS_ASSET_FILE, 'utf8'));
    expect(shipped).toEqual(ratingsAssetFromLinCsv(readFileSync(LIN_CSV, 'utf8')));
  });

  it.skipIf(!existsSync(LIN_CSV))('gives every rated domain exactly the score in domain_pc1.csv', () => {
    const rows = csvRows();
    let looked = 0;
    for (const [domain, score] of rows) {
      // A few rows are not host names at all ("wvec–13newsnow.com" with an en dash); no URL can reach them.
      if (!/^[a-z0-9.-]+(\/[\w-]+)?$/.test(domain)) continue;
      const rated = rate(domain.includes('/') ? `https://${domain}/story` : domain);
      expect(rated, domain).toEqual({ domain, score: Number(score), source: 'lin2023' });
      looked += 1;
    }
    expect(looked).toBeGreaterThan(11500);
  });

  it('refuses a file that is not a ratings asset', () => {
    expect(() => parseRatingsAsset({ reuters: 1 })).toThrow(/Not a ClaimLens ratings file/);
    expect(() => ratingsAssetFromLinCsv('site,score\nx.com,1\n')).toThrow(/domain,pc1/);
  });
});

describe('rating lookups', () => {
  it('rates a rated sub-domain by its own entry (edition.cnn.com) and others by the registrable domain', () => {
    expect(rate('edition.cnn.com')).toEqual({ domain: 'edition.cnn.com', score: 0.682489630988685, source: 'lin2023' });
    expect(rate('www.cnn.com')).toEqual({ domain: 'cnn.com', score: 0.658031073873161, source: 'lin2023' });
    expect(rate('money.cnn.com')?.domain).toMatch(/cnn\.com$/);
    expect(rate('https://www.reuters.com/world/europe/some-story-2023-01-01/')).toEqual({ domain: 'reuters.com', score: 1, source: 'lin2023' });
  });

  it('handles public-suffix domains: bbc.co.uk is rated, co.uk never is', () => {
    expect(rate('www.bbc.co.uk')).toEqual({ domain: 'bbc.co.uk', score: 0.718306150148359, source: 'lin2023' });
    expect(rate('news.bbc.co.uk')?.domain).toBe('bbc.co.uk');
    expect(rate('www.unrated-paper.co.uk')).toBeUndefined();
    expect(ratingKeys('www.bbc.co.uk')).toEqual(['www.bbc.co.uk', 'bbc.co.uk', 'co.uk']);
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
  });

  it('rates publishers that are themselves public suffixes (nhs.uk) from their sub-domains', () => {
    expect(rate('www.nhs.uk')?.domain).toBe('nhs.uk');
  });

  it('does not give a blog the rating of its hosting platform', () => {
    expect(rate('blogspot.com')?.domain).toBe('blogspot.com');
    expect(rate('someone.blogspot.com')).toBeUndefined();
    expect(rate('someone.wordpress.com')).toBeUndefined();
    expect(rate('www.medium.com')?.domain).toBe('medium.com');
  });

  it('uses section entries for URLs in that section only (yahoo.com/news)', () => {
    const section = rate('https://www.yahoo.com/news/some-story.html');
    expect(section?.domain).toBe('yahoo.com/news');
    expect(rate('https://www.yahoo.com/lifestyle/x.html')?.domain).toBe('yahoo.com');
    expect(section?.score).not.toBe(rate('yahoo.com')?.score);
  });

  it('answers undefined for unknown, local and malformed hosts', () => {
    expect(rate('example-unrated-news.com')).toBeUndefined();
    expect(rate('localhost')).toBeUndefined();
    expect(rate('')).toBeUndefined();
    expect(rate('not a host')).toBeUndefined();
    expect(rate('https://')).toBeUndefined();
  });

  it('ignores case, a trailing dot and a port', () => {
    expect(rate('WWW.Reuters.COM.')?.domain).toBe('reuters.com');
    expect(rate('reuters.com:443')?.domain).toBe('reuters.com');
  });
});

describe('user overrides', () => {
  it('win over the table and are marked as the user’s, with their label', () => {
    const lookup = createRatingLookup(table, [{ domain: 'cnn.com', score: 0.2, label: 'not for me' }]);
    expect(lookup('cnn.com')).toEqual({ domain: 'cnn.com', score: 0.2, source: 'user', label: 'not for me' });
    // A rating of the domain covers its sub-domains, even those the table rates on their own.
    expect(lookup('edition.cnn.com')).toEqual({ domain: 'cnn.com', score: 0.2, source: 'user', label: 'not for me' });
    expect(lookup('reuters.com')?.source).toBe('lin2023');
  });

  it('add domains the table does not have, typed as URLs or with www', () => {
    const lookup = createRatingLookup(table, [{ domain: 'https://www.My-Local-Paper.org/about', score: 0.9 }]);
    expect(lookup('news.my-local-paper.org')).toEqual({ domain: 'my-local-paper.org', score: 0.9, source: 'user' });
  });

  it('work with no table at all, and skip unusable entries', () => {
    const lookup = createRatingLookup(undefined, [
      { domain: 'ok.example', score: 0.5 },
      { domain: 'bad', score: 0.5 },
      { domain: 'too-high.example', score: 7 },
    ]);
    expect(lookup('ok.example')?.score).toBe(0.5);
    expect(lookup('too-high.example')).toBeUndefined();
    expect(lookup('reuters.com')).toBeUndefined();
  });

  it('normalise what users type', () => {
    expect(normalizeDomainInput(' HTTPS://www.Example.com/path?q=1 ')).toBe('example.com');
    expect(normalizeDomainInput('news.example.co.uk')).toBe('news.example.co.uk');
    expect(normalizeDomainInput('co.uk')).toBeUndefined();
    expect(normalizeDomainInput('hello world')).toBeUndefined();
  });
});

describe('ratings handed from the background to a content script', () => {
  it('round-trip through a plain record for the hosts of one page', () => {
    const record = ratingsForHosts(['edition.cnn.com', 'unknown.example', 'www.bbc.co.uk'], rate);
    expect(Object.keys(record)).toEqual(['edition.cnn.com', 'www.bbc.co.uk']);
    const local = rateDomainFromRecord(JSON.parse(JSON.stringify(record)));
    expect(local('edition.cnn.com')).toEqual(rate('edition.cnn.com'));
    expect(local('https://www.bbc.co.uk/news/x')).toEqual(rate('www.bbc.co.uk'));
    expect(local('unknown.example')).toBeUndefined();
    expect(local('__proto__')).toBeUndefined();
  });
});
