/**
 * Source credibility end to end in a real browser (issue 6): the user visits a served fact-check
 * page (AFP, with ClaimReview JSON-LD), then a served news page that rewords the reviewed claim and
 * links to a low-rated domain. The popup must show the `fact-checked` note with its link, the linked
 * site's rating in words, and the `low-quality-source` note; the ratings table stays out of the page.
 *
 * Run through `npm run test:e2e` (which builds first), or `npx tsx tests/e2e/credibility.e2e.ts`
 * after `npx wxt build`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  check,
  createRunner,
  eventually,
  EXTENSION_DIR,
  launchWithExtension,
  openPopup,
  openTab,
  ROOT,
  runSuite,
  serve,
  tabAnalysis,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

// The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker, not here).
declare const chrome: any;

const FIXTURES = resolve(ROOT, 'tests/fixtures/claimreview');
const AFP_URL = 'https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll';

const runner = createRunner('credibility (real browser)');
let browser: ExtensionBrowser;
let server: StaticServer;
let newsTabId: number;
let popup: Page;

/** The score for a domain exactly as written in the shipped data's source CSV. */
async function linScore(domain: string): Promise<number> {
  const csv = await readFile(resolve(ROOT, '../shared/data/domains/lin2023/domain_pc1.csv'), 'utf8');
  const line = csv.split(/\r?\n/).find((row) => row.startsWith(`${domain},`));
  if (!line) throw new Error(`${domain} is not in the table`);
  return Number(line.slice(domain.length + 1));
}

runner.test('a fact-check page the user visits is kept: its ClaimReview lands in local storage', async () => {
  await openTab(browser, `${server.origin}/afp-fact-check.html`);
  const stored = await eventually('the stored fact-check', () =>
    browser.serviceWorker.evaluate(async () => {
      const list = (await chrome.storage.local.get('fact-checks'))['fact-checks'];
      return Array.isArray(list) && list.length > 0 ? list : undefined;
    }),
  );
  check(stored.length === 1, `one fact-check kept (${stored.length})`);
  check(stored[0].url === AFP_URL && stored[0].rating === 'False', `the AFP review with its verdict (${JSON.stringify(stored[0]).slice(0, 200)})`);
});

runner.test('the background rates the news page\'s links with the score exactly as in the data', async () => {
  const opened = await openTab(browser, `${server.origin}/news.html`);
  newsTabId = opened.tabId;
  const link = await eventually('the rated infowars link', async () =>
    (await tabAnalysis(browser, newsTabId))?.notes?.links?.find((l: { domain?: string; rating?: unknown }) => l.domain === 'infowars.com' && l.rating),
  );
  const expected = await linScore('infowars.com');
  check(link.rating.score === expected && link.rating.source === 'lin2023', `rating ${JSON.stringify(link.rating)} is ${expected} from lin2023`);
});

runner.test('the popup shows the fact-checked note on the reworded claim, linked to the fact-check', async () => {
  popup = await openPopup(browser, newsTabId);
  const note = popup.locator('.claim', { hasText: 'Posts shared online claim the CDC' }).locator('.note[data-note-code="fact-checked"]');
  await note.waitFor({ timeout: 15_000 });
  const text = await note.textContent();
  check(text?.includes('Fact-checked by AFP Fact Check: False'), `the note names the checker and verdict (${text})`);
  const href = await note.locator('a').first().getAttribute('href');
  check(href === AFP_URL, `the note links to the fact-check (${href})`);
  const elsewhere = await popup.locator('.claim', { hasNotText: 'Posts shared online claim the CDC' }).locator('.note[data-note-code="fact-checked"]').count();
  check(elsewhere === 0, `no other claim is fact-checked (${elsewhere})`);
});

runner.test('the popup shows the linked site\'s rating in words with the scale, and the low-quality-source note', async () => {
  const source = popup.locator('.source[data-domain="infowars.com"]');
  await source.waitFor({ timeout: 10_000 });
  const text = await source.textContent();
  check(text?.includes('Domain quality 0.04 of 1: low (Lin et al. 2023)'), `rating in words (${text})`);
  const lowQuality = popup.locator('.claim', { hasText: 'Posts shared online claim the CDC' }).locator('.note[data-note-code="low-quality-source"]');
  check((await lowQuality.count()) === 1, 'the claim citing only infowars.com gets low-quality-source');
  const site = await popup.locator('[data-testid="page-rating"]').textContent();
  check(site?.includes('127.0.0.1') && site.includes('not rated'), `the page's own site is named, unrated (${site})`);
});

runner.test('the ratings table stays out of the content script', async () => {
  const content = await readFile(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  const background = await readFile(resolve(EXTENSION_DIR, 'background.js'), 'utf8');
  check(!content.includes('infowars.com') && !background.includes('infowars.com'), 'no table rows bundled into scripts');
  console.log(`  sizes: content.js ${content.length} bytes, background.js ${background.length} bytes`);
});

async function main(): Promise<number> {
  server = await serve({
    '/afp-fact-check.html': { file: resolve(FIXTURES, 'afp_raw.html') },
    '/news.html': { file: resolve(FIXTURES, 'news-reworded.html') },
  });
  browser = await launchWithExtension();
  // The saved AFP page asks for its site's CSS and scripts: nothing may leave the machine in a test.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  try {
    return await runner.run();
  } finally {
    await browser.close();
    await server.close();
  }
}

runSuite(main);
