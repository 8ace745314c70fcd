/**
 * Pure helpers for keeping the fact-checks a user has seen: merging newly seen or imported ones
 * without duplicates, and reading an imported ClaimReview file. Storage itself (a side effect) is
 * the background's; these only compute what to store.
 */
import type { FactCheck } from '../analyze/index';
import { factChecksFromJson, parseJsonLd } from './claimreview';

/**
 * Most fact-checks kept; the oldest seen are dropped first. Indexing a store costs about 0.1 ms a
 * fact-check once per array (then about 0.1–0.7 ms a claim), so a thousand keeps a page's analysis quick.
 */
export const MAX_STORED_FACT_CHECKS = 1000;
/** Largest import accepted (characters). */
export const MAX_FACT_CHECK_FILE_CHARS = 10_000_000;

export type FactCheckImport = { ok: true; factChecks: FactCheck[] } | { ok: false; error: string };

/** The identity of a fact-check: its article and the claim it reviews (one article may review several claims). */
export function factCheckKey(factCheck: FactCheck): string {
  return `${factCheck.url}\n${factCheck.claimReviewed.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** Stored plus incoming, without duplicates (incoming replaces a stored copy), newest last, capped at `max`. */
export function mergeFactChecks(
  stored: readonly FactCheck[],
  incoming: readonly FactCheck[],
  max = MAX_STORED_FACT_CHECKS,
): { factChecks: FactCheck[]; added: number } {
  const byKey = new Map(stored.map((factCheck) => [factCheckKey(factCheck), factCheck]));
  let added = 0;
  for (const factCheck of incoming) {
    const key = factCheckKey(factCheck);
    if (!byKey.has(key)) added += 1;
    byKey.delete(key);
    byKey.set(key, factCheck);
  }
  const factChecks = [...byKey.values()];
  return { factChecks: factChecks.slice(Math.max(0, factChecks.length - max)), added };
}

/** Reads an imported ClaimReview JSON or JSON-LD file; refuses anything else with a plain message. */
export function parseFactCheckFile(text: string): FactCheckImport {
  if (text.length > MAX_FACT_CHECK_FILE_CHARS) return { ok: false, error: 'The file is too large (over 10 MB).' };
  const json = parseJsonLd(text);
  if (json === undefined) return { ok: false, error: 'This is not a JSON or JSON-LD file.' };
  const factChecks = factChecksFromJson(json);
  if (factChecks.length === 0) return { ok: false, error: 'No ClaimReview fact-checks were found in this file.' };
  return { ok: true, factChecks };
}
