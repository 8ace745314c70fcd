/**
 * Loads the shipped ratings table inside the extension: fetched from the extension's own files the
 * first time a rating is needed, then kept for the life of the background. Never imported by the
 * content script, so the 11,520 rows stay out of its bundle.
 */
import { browser } from 'wxt/browser';

import { parseRatingsAsset, RATINGS_ASSET_PATH, type RatingTable } from './ratings';

let loading: Promise<RatingTable> | undefined;

/** The ratings table, fetched once per background lifetime (a failed fetch is retried next time). */
export function loadRatingTable(): Promise<RatingTable> {
  loading ??= fetchRatingTable().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetchRatingTable(): Promise<RatingTable> {
  const response = await fetch(browser.runtime.getURL(RATINGS_ASSET_PATH));
  if (!response.ok) throw new Error(`Could not read the bundled ratings (${response.status}).`);
  return parseRatingsAsset(await response.json());
}
