/**
 * Words for ratings and fact-checks, shared by the popup, the on-page card, notes and exports, so a
 * reader sees the same sentence everywhere.
 */
import type { FactCheck } from '../analyze/index';
import type { DomainRating } from '../types';
import { HIGH_QUALITY_THRESHOLD, LOW_QUALITY_THRESHOLD } from './scale';

/** ClaimLens's plain-word bands for a 0..1 score (the paper gives numbers, not bands). */
export type RatingBand = 'low' | 'mixed' | 'high';

/** The band of a score: below 0.4 low, below 0.7 mixed, else high. */
export function ratingBand(score: number): RatingBand {
  if (score < LOW_QUALITY_THRESHOLD) return 'low';
  if (score < HIGH_QUALITY_THRESHOLD) return 'mixed';
  return 'high';
}

/** A score as a reader sees it: two decimals, never rounding a low score up into another band ("0.39", "1"). */
export function formatScore(score: number): string {
  // The epsilon undoes binary noise (0.29 * 100 = 28.999…) without rounding anything real up.
  const floored = Math.floor(score * 100 + 1e-9) / 100;
  return String(Number(floored.toFixed(2)));
}

/** Who rated it, in words: "Lin et al. 2023" or "your rating". */
export function ratingSourceName(rating: DomainRating): string {
  return rating.source === 'user' ? 'your rating' : 'Lin et al. 2023';
}

/** "Domain quality 0.23 of 1: low (Lin et al. 2023)"; a user's label replaces the band word. */
export function formatDomainRating(rating: DomainRating): string {
  const words = rating.label?.trim() || ratingBand(rating.score);
  return `Domain quality ${formatScore(rating.score)} of 1: ${words} (${ratingSourceName(rating)})`;
}

/** A short rating for lists: "example.com (0.23 of 1, Lin et al. 2023)". */
export function formatRatedDomain(domain: string, rating: DomainRating): string {
  return `${domain} (${formatScore(rating.score)} of 1, ${ratingSourceName(rating)})`;
}

/**
 * A fact-check's verdict as a reader sees it: "False", "Mostly false", "Not quite right" (from
 * `não_é_bem_assim`-style codes), shortened when a site puts its whole explanation in the rating.
 */
export function formatVerdict(factCheck: Pick<FactCheck, 'rating' | 'ratingValue' | 'bestRating'>): string {
  let verdict = factCheck.rating.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.:;,]+$/, '');
  // "FALSO: As imagens foram retiradas…" — the verdict is the part before the colon.
  const colon = verdict.indexOf(':');
  if (colon > 0 && colon <= 30) verdict = verdict.slice(0, colon).trim();
  if (verdict === verdict.toUpperCase() && /\p{Lu}/u.test(verdict)) {
    verdict = verdict.charAt(0) + verdict.slice(1).toLowerCase();
  } else if (/^\p{Ll}/u.test(verdict)) {
    verdict = verdict.charAt(0).toUpperCase() + verdict.slice(1);
  }
  if (!verdict && factCheck.ratingValue !== undefined && factCheck.bestRating !== undefined) {
    verdict = `${factCheck.ratingValue} of ${factCheck.bestRating}`;
  }
  if (!verdict) return 'Rated';
  return verdict.length > 60 ? `${verdict.slice(0, 59).trimEnd()}…` : verdict;
}

/** "Fact-checked by AFP: False". */
export function formatFactCheck(factCheck: FactCheck): string {
  return `Fact-checked by ${factCheck.author}: ${formatVerdict(factCheck)}`;
}
