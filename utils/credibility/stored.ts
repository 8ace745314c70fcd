/**
 * The user's ratings and the fact-checks they have seen, as kept in extension storage. The background
 * and the options page both go through here, so what is stored is always checked and capped the same way.
 */
import type { FactCheck } from '../analyze/index';
import { factChecksItem, userRatingsItem } from '../storage';
import { normalizeDomainInput } from './domains';
import { mergeFactChecks } from './factcheck-store';
import { isScore, type UserRating } from './ratings';

/** Longest label kept for a user's rating. */
const MAX_LABEL_CHARS = 80;

/** A typed or imported rating made safe to store (domain normalised, score 0..1, label trimmed), or an error in words. */
export function checkUserRating(input: { domain: string; score: number; label?: string }): { ok: true; rating: UserRating } | { ok: false; error: string } {
  const domain = normalizeDomainInput(input.domain);
  if (!domain) return { ok: false, error: `“${input.domain.trim() || '(empty)'}” is not a domain name such as example.com.` };
  if (!isScore(input.score)) return { ok: false, error: 'The score must be a number from 0 (lowest quality) to 1 (highest).' };
  const label = input.label?.trim().slice(0, MAX_LABEL_CHARS);
  return { ok: true, rating: { domain, score: input.score, ...(label ? { label } : {}) } };
}

/** The user's stored ratings, skipping any entry that is not a usable rating. */
export async function readUserRatings(): Promise<UserRating[]> {
  const stored = await userRatingsItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.filter((r): r is UserRating => typeof r?.domain === 'string' && isScore(r.score));
}

/** Replaces the user's stored ratings. */
export async function saveUserRatings(ratings: readonly UserRating[]): Promise<void> {
  await userRatingsItem.setValue([...ratings]);
}

/** Whether a value has the shape of a stored `FactCheck` (storage may hold anything an older version wrote). */
export function isFactCheck(value: unknown): value is FactCheck {
  const f = value as FactCheck | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.claimReviewed === 'string' &&
    typeof f.rating === 'string' &&
    typeof f.author === 'string' &&
    typeof f.url === 'string'
  );
}

/** The stored fact-checks, newest last. */
export async function readFactChecks(): Promise<FactCheck[]> {
  const stored = await factChecksItem.getValue();
  return Array.isArray(stored) ? stored.filter(isFactCheck) : [];
}

// Pages report fact-checks while the options page imports them: writes from one context go one at a time.
let writing: Promise<unknown> = Promise.resolve();

/** Adds fact-checks to the store (no duplicates, capped, oldest dropped first); resolves to how many were new. */
export function addFactChecks(incoming: readonly FactCheck[]): Promise<{ added: number; total: number }> {
  const next = writing.then(async () => {
    const { factChecks, added } = mergeFactChecks(await readFactChecks(), incoming.filter(isFactCheck));
    if (added > 0 || incoming.length > 0) await factChecksItem.setValue(factChecks);
    return { added, total: factChecks.length };
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Forgets every stored fact-check. */
export async function clearFactChecks(): Promise<void> {
  await factChecksItem.setValue([]);
}
