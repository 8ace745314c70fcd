/**
 * Domain quality ratings: the shipped Lin et al. (2023) table, the user's own entries on top, and
 * the lookup the analyzer receives as `AnalyzeOptions.rateDomain`.
 *
 * The table is data, not code: it ships as `public/data/lin2023.json` and is loaded lazily (by the
 * background in the extension, from disk in Node), so it never lands in the content script bundle.
 */
import type { DomainRating } from '../types';
import { normalizeDomainInput, ratingKeys } from './domains';
import { LIN2023_CITATION } from './scale';

export { LIN2023_CITATION, LOW_QUALITY_THRESHOLD } from './scale';

/** Schema tag of the shipped ratings asset. */
export const RATINGS_ASSET_SCHEMA = 'claimlens/domain-ratings@1' as const;

/** Where the shipped table lives, relative to the extension root (and to `public/` in the project). */
export const RATINGS_ASSET_PATH = '/data/lin2023.json' as const;

/**
 * The shipped asset as stored: scores grouped by their exact decimal text, so each score's digits
 * are written once and the number read back is exactly the one in the source CSV.
 */
export interface RatingsAsset {
  schema: typeof RATINGS_ASSET_SCHEMA;
  source: 'lin2023';
  citation: string;
  /** What the numbers mean. */
  scale: string;
  count: number;
  /** Exact score text → domains with that score. */
  scores: Record<string, string[]>;
}

/** A ratings table ready for lookups. */
export interface RatingTable {
  source: 'lin2023';
  /** Table key (domain, sub-domain or `domain/section`) → score. */
  scores: ReadonlyMap<string, number>;
}

/** A rating the user typed or imported; it wins over the table. */
export interface UserRating {
  domain: string;
  /** 0 = lowest quality, 1 = highest, like the table. */
  score: number;
  label?: string;
}

/** What a lookup answers: the rating and the key it matched (`edition.cnn.com`, `yahoo.com/news`). */
export type RatedDomain = DomainRating & { domain: string };

/** The lookup the analyzer receives: a host name (or URL) → its rating, or undefined when unrated. */
export type RateDomain = (hostOrUrl: string) => RatedDomain | undefined;

/** Builds the shipped asset from the Lin et al. `domain_pc1.csv` text, keeping every score's digits as written. */
export function ratingsAssetFromLinCsv(csv: string): RatingsAsset {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift()?.split(',').map((cell) => cell.trim());
  if (!header || header[0] !== 'domain' || header[1] !== 'pc1') {
    throw new Error('Expected the Lin et al. domain_pc1.csv, whose header is "domain,pc1".');
  }
  const scores: Record<string, string[]> = {};
  let count = 0;
  for (const line of lines) {
    const comma = line.lastIndexOf(',');
    const domain = line.slice(0, comma).trim();
    const score = line.slice(comma + 1).trim();
    if (!domain || !Number.isFinite(Number(score))) throw new Error(`Unreadable row in domain_pc1.csv: ${line}`);
    (scores[score] ??= []).push(domain);
    count += 1;
  }
  return {
    schema: RATINGS_ASSET_SCHEMA,
    source: 'lin2023',
    citation: LIN2023_CITATION,
    scale: 'pc1: 0 = lowest quality, 1 = highest quality (first principal component of several expert and fact-checker rating sets)',
    count,
    scores,
  };
}

/** Reads the shipped asset (parsed JSON) into a lookup table; throws when it is not that asset. */
export function parseRatingsAsset(json: unknown): RatingTable {
  const asset = json as Partial<RatingsAsset> | null;
  if (!asset || asset.schema !== RATINGS_ASSET_SCHEMA || typeof asset.scores !== 'object' || asset.scores === null) {
    throw new Error(`Not a ClaimLens ratings file (expected schema ${RATINGS_ASSET_SCHEMA}).`);
  }
  const scores = new Map<string, number>();
  for (const [text, domains] of Object.entries(asset.scores)) {
    const score = Number(text);
    if (!Number.isFinite(score) || !Array.isArray(domains)) continue;
    for (const domain of domains) scores.set(domain, score);
  }
  return { source: 'lin2023', scores };
}

/**
 * The `rateDomain` function for the analyzer: the user's ratings first (at any level of the host
 * name, so a rating of `cnn.com` also covers `edition.cnn.com`), then the table, most specific key first.
 */
export function createRatingLookup(table: RatingTable | undefined, overrides: readonly UserRating[] = []): RateDomain {
  const userScores = new Map<string, UserRating>();
  for (const rating of overrides) {
    const key = normalizeDomainInput(rating.domain);
    if (key && isScore(rating.score)) userScores.set(key, rating);
  }
  const cache = new Map<string, RatedDomain | undefined>();
  return (hostOrUrl) => {
    if (cache.has(hostOrUrl)) return cache.get(hostOrUrl);
    const rated = lookUp(hostOrUrl);
    // Bounded: the background lives long and sees many pages.
    if (cache.size >= 5000) cache.clear();
    cache.set(hostOrUrl, rated);
    return rated;
  };

  function lookUp(hostOrUrl: string): RatedDomain | undefined {
    const keys = ratingKeys(hostOrUrl);
    for (const key of keys) {
      const user = userScores.get(key);
      if (user) return { domain: key, score: user.score, source: 'user', ...(user.label ? { label: user.label } : {}) };
    }
    if (!table) return undefined;
    for (const key of keys) {
      const score = table.scores.get(key);
      if (score !== undefined) return { domain: key, score, source: table.source };
    }
    return undefined;
  }
}

/** A plain, serialisable lookup for the given hosts, so the background can hand a page's ratings to its content script. */
export function ratingsForHosts(hosts: Iterable<string>, rateDomain: RateDomain): Record<string, RatedDomain> {
  const ratings: Record<string, RatedDomain> = {};
  for (const host of hosts) {
    const rated = rateDomain(host);
    if (rated) ratings[host] = rated;
  }
  return ratings;
}

/** A `rateDomain` answering from a plain record built by `ratingsForHosts` (the asked strings, else the URL's host name). */
export function rateDomainFromRecord(ratings: Readonly<Record<string, RatedDomain>>): RateDomain {
  return (hostOrUrl) => {
    if (Object.hasOwn(ratings, hostOrUrl)) return ratings[hostOrUrl];
    const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl) ? safeHostname(hostOrUrl) : undefined;
    return host !== undefined && Object.hasOwn(ratings, host) ? ratings[host] : undefined;
  };
}

/** Whether `value` is a usable score: a finite number from 0 to 1. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function safeHostname(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
