/**
 * The user's own domain list: import from CSV, merge with what they already have.
 *
 * A file is taken whole or not at all: one bad row refuses the import with a message naming the row,
 * so a typo never silently half-changes someone's ratings.
 */
import Papa from 'papaparse';

import { normalizeDomainInput } from './domains';
import type { UserRating } from './ratings';

/** Largest CSV accepted (bytes of text); a ratings list is a few hundred kilobytes at most. */
export const MAX_RATINGS_CSV_CHARS = 2_000_000;
/** Most rows accepted in one import. */
export const MAX_RATINGS_ROWS = 50_000;

export type RatingsCsvResult = { ok: true; ratings: UserRating[] } | { ok: false; error: string };

const DOMAIN_HEADERS = new Set(['domain', 'site', 'host', 'hostname', 'website', 'url']);
const SCORE_HEADERS = new Set(['score', 'rating', 'pc1', 'quality']);
const LABEL_HEADERS = new Set(['label', 'note', 'comment', 'name']);

/**
 * Reads a CSV of the user's ratings: columns `domain`, `score` (0 to 1) and optional `label`, with a
 * header row (names in any order) or without one (domain, score, label). Refuses the whole file with
 * a plain message when anything is wrong.
 */
export function parseRatingsCsv(text: string): RatingsCsvResult {
  if (text.length > MAX_RATINGS_CSV_CHARS) {
    return { ok: false, error: `The file is too large (over ${MAX_RATINGS_CSV_CHARS / 1_000_000} MB); a ratings list should be much smaller.` };
  }
  if (text.includes('\u0000')) return { ok: false, error: 'This is not a text file; expected a CSV with domain and score columns.' };
  // Mixed line endings are common in hand-edited files; Papa guesses one kind, so make them one kind.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { skipEmptyLines: 'greedy', newline: '\n' });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length === 0) return { ok: false, error: 'The file is empty; expected a CSV with domain and score columns.' };
  if (rows.length > MAX_RATINGS_ROWS + 1) return { ok: false, error: `The file has more than ${MAX_RATINGS_ROWS} rows.` };
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) return { ok: false, error: `Row ${(quoteError.row ?? 0) + 1}: unbalanced quotes; is this a CSV file?` };

  const columns = findColumns(rows[0]);
  if (!columns) {
    return { ok: false, error: 'Could not find the columns: expected a header with "domain" and "score" (and optionally "label"), or rows of domain, score.' };
  }
  const body = columns.header ? rows.slice(1) : rows;
  if (body.length === 0) return { ok: false, error: 'The file has a header but no ratings.' };

  const byDomain = new Map<string, UserRating>();
  for (const [index, row] of body.entries()) {
    const rowNumber = index + (columns.header ? 2 : 1);
    const rawDomain = row[columns.domain] ?? '';
    const rawScore = row[columns.score] ?? '';
    const domain = normalizeDomainInput(rawDomain);
    if (!domain) return { ok: false, error: `Row ${rowNumber}: "${clip(rawDomain)}" is not a domain name.` };
    const score = parseScore(rawScore);
    if (score === undefined) {
      return { ok: false, error: `Row ${rowNumber}: score "${clip(rawScore)}" is not a number from 0 to 1.` };
    }
    const label = columns.label === undefined ? '' : (row[columns.label] ?? '');
    // A later row for the same domain wins, as it would if the user typed both in turn.
    byDomain.set(domain, { domain, score, ...(label ? { label: clip(label, 80) } : {}) });
  }
  return { ok: true, ratings: [...byDomain.values()] };
}

/** Writes the user's ratings as CSV (header `domain,score,label`), readable by `parseRatingsCsv`. */
export function ratingsToCsv(ratings: readonly UserRating[]): string {
  return `${Papa.unparse({
    fields: ['domain', 'score', 'label'],
    data: ratings.map((rating) => [rating.domain, String(rating.score), neutraliseFormula(rating.label ?? '')]),
  })}\r\n`;
}

/** Merges imported ratings into the user's existing ones (imported win) and says what changed. */
export function mergeUserRatings(
  existing: readonly UserRating[],
  incoming: readonly UserRating[],
): { ratings: UserRating[]; added: number; updated: number; unchanged: number } {
  const merged = new Map(existing.map((rating) => [rating.domain, rating]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const rating of incoming) {
    const before = merged.get(rating.domain);
    if (!before) added += 1;
    else if (before.score === rating.score && before.label === rating.label) unchanged += 1;
    else updated += 1;
    merged.set(rating.domain, rating);
  }
  return { ratings: [...merged.values()], added, updated, unchanged };
}

/** Which cells hold domain, score and label, and whether row 0 is a header; undefined when neither shape fits. */
function findColumns(first: string[]): { header: boolean; domain: number; score: number; label?: number } | undefined {
  const names = first.map((cell) => cell.toLowerCase());
  const domain = names.findIndex((name) => DOMAIN_HEADERS.has(name));
  const score = names.findIndex((name) => SCORE_HEADERS.has(name));
  if (domain >= 0 && score >= 0) {
    const label = names.findIndex((name) => LABEL_HEADERS.has(name));
    return { header: true, domain, score, ...(label >= 0 ? { label } : {}) };
  }
  if (first.length >= 2 && normalizeDomainInput(first[0]) && parseScore(first[1]) !== undefined) {
    return { header: false, domain: 0, score: 1, ...(first.length >= 3 ? { label: 2 } : {}) };
  }
  return undefined;
}

/** A score cell as a number from 0 to 1 ("0.25", "0,25"), or undefined. */
function parseScore(cell: string): number | undefined {
  if (!/^\d*[.,]?\d+$/.test(cell)) return undefined;
  const score = Number(cell.replace(',', '.'));
  return score >= 0 && score <= 1 ? score : undefined;
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe keeps it text. */
function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
