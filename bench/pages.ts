/**
 * What the in-browser benchmarks share: the pages of pages-dev they run on (with `--only SUBSTRING` and
 * `--list FILE`), and serving one page from memory to headless Chromium with everything else blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const pagesDir = join(root, '../shared/data/pages-dev');

/** The value after `name` on the command line, if given. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The pages-dev files to run on, sorted: `--only SUBSTRING` and `--list FILE` (one name per line) narrow them. */
export function pageFiles(): string[] {
  const only = option('--only');
  const listFile = option('--list');
  const list = listFile ? new Set(readFileSync(listFile, 'utf8').split('\n').filter(Boolean)) : undefined;
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html') && (!only || f.includes(only)) && (!list || list.has(f)))
    .sort();
}

/** Serves `html` at `url` from memory and opens it; every other request is blocked, so nothing leaves the machine. */
export async function openPage(page: Page, url: string, html: string): Promise<void> {
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().isNavigationRequest() && route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
}
