/**
 * Loads the shipped ratings table from disk, for the CLI and tests (Node only).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseRatingsAsset, type RatingTable } from './ratings';

/** Path of the shipped asset in the project (`public/data/lin2023.json`). */
// Path arithmetic, not `new URL(…, import.meta.url)`: a DOM test environment may replace `URL`.
export const RATINGS_ASSET_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data/lin2023.json');

/** Reads and parses the ratings table (the shipped one unless `path` is given). */
export async function loadRatingTableFromDisk(path: string = RATINGS_ASSET_FILE): Promise<RatingTable> {
  return parseRatingsAsset(JSON.parse(await readFile(path, 'utf8')));
}
