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
/**
 * The headless Chromium arguments the benchmarks start with; `JSFLAGS="--no-maglev --no-turbofan"` passes
 * V8 flags on (`--js-flags`), to ask how the engine's tiers shape a figure.
 */
export function chromiumArgs(): string[] {
  const flags = process.env.JSFLAGS?.trim();
  return ['--no-sandbox', '--headless', '--disable-gpu', ...(flags ? [`--js-flags=${flags}`] : [])];
}

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

/**
 * The pages' own addresses, from pages-dev's index.tsv: opened there, each page gets a renderer of its
 * own, as a reader's tab would (another site, another process).
 */
export function pageUrls(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(pagesDir, 'index.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, , url] = line.split('\t');
    try {
      if (file && url) out.set(file, new URL(url).href);
    } catch {
      // no usable original address
    }
  }
  return out;
}

let hops = 0;

/**
 * `openPage` in a renderer process of its own, as `npm run bench:analyze` has for each page (each at its
 * own address: another site, another process): the tab first opens a page of another site. Opened again
 * straight away, an address keeps its renderer (whose first analysis then took 13–29 ms instead of
 * 60–146); a new context or tab per page gives a fresh one too, but ran both readers about twice as slow
 * as the benchmark on this 2-core machine.
 */
export async function openPageFresh(page: Page, url: string, html: string, options: { isolated?: boolean } = {}): Promise<void> {
  await openPage(page, `https://another-site-${hops++}.example/`, '<p>another site</p>');
  await openPage(page, url, html, options);
}

/**
 * Serves `html` at `url` from memory and opens it; every other request is blocked, so nothing leaves the machine.
 * `isolated` serves it cross-origin isolated, where `performance.now()` counts in 5 µs steps instead of 100 µs.
 */
export async function openPage(page: Page, url: string, html: string, { isolated = false } = {}): Promise<void> {
  const headers: Record<string, string> = isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {};
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().isNavigationRequest() && route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
}
