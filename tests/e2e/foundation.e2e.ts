/**
 * The foundation, end to end in a real browser: the built extension in Debian Chromium analyses the
 * served reference page, marks claims and flagged links on it, keeps the result in the background
 * (badge), and the popup lists claims, notes and flagged links; clicking a claim flashes it.
 *
 * Run through `npm run test:e2e` (which builds first), or `npx tsx tests/e2e/foundation.e2e.ts`
 * after `npx wxt build`.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  check,
  createRunner,
  eventually,
  launchWithExtension,
  openPopup,
  openTab,
  ROOT,
  runSuite,
  seriousAxeViolations,
  serve,
  tabAnalysis,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

// The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker, not here).
declare const chrome: any;

const SCREENSHOT = resolve(ROOT, 'docs/popup.png');
const NO_ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Example Portal</title></head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="#">Menu</a></nav>
<h1>Welcome</h1><ul><li><a href="/a">Today</a></li><li><a href="/b">Weather</a></li></ul></body></html>`;

const runner = createRunner('foundation (real browser)');
let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let articleTabId: number;
let popup: Page;
/** When the first load got no content script and was reloaded (Date.now()), else 0. */
let reloadedAt = 0;

/** The popup's figure for a label ("Claims", "Notes", "Flagged links"). */
async function figure(page: Page, label: string): Promise<number> {
  const text = await page.locator('.counts__item', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').textContent();
  return Number(text);
}

runner.test('the reference page gets claim marks and flagged-link markers, and keeps its text', async () => {
  // Wait for the NIS claim itself, not just any mark: marks and markers arrive with the analysis and
  // may be redrawn once more when the background's link ratings come back.
  const nis = article.locator('claimlens-mark', { hasText: 'dispatching 12,000 personnel' });
  // (Before eventually() took a count of 0 as "not yet", this wait and the first-load one in main()
  // returned at once: when the analysis had not finished yet, the page was reloaded for nothing and
  // this check failed while the marks were about to arrive. That was the rare failure seen here.)
  const waitedFrom = Date.now();
  const marked = await eventually('the NIS sentence marked on the page', () => nis.count(), 20_000).catch(() => 0);
  if (reloadedAt && marked > 0) console.log(`  note: after the reload, the NIS sentence was marked ${((Date.now() - reloadedAt) / 1000).toFixed(1)} s after it (${((Date.now() - waitedFrom) / 1000).toFixed(1)} s into this test)`);
  if (marked < 1) {
    // Whole texts of the marks around the NIS sentence, and whether the page was analysed twice (nested marks).
    const seen = await article.evaluate(() =>
      Array.from(document.querySelectorAll('claimlens-mark'), (m) => {
        const text = m.textContent ?? '';
        const nested = m.parentElement?.closest('claimlens-mark') ? ' (nested)' : '';
        return (/Intelligence|12,000/.test(text) ? text : text.slice(0, 40)) + nested;
      }).concat(`(page ${document.visibilityState})`),
    );
    check(false, `the NIS sentence is marked (marks on the page: ${JSON.stringify(seen)})`);
  }
  const result = await article.evaluate(async () => {
    const flagged = Array.from(document.querySelectorAll('[data-claimlens-link]'));
    const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const markedArticle = document.querySelector('article')!;
    return {
      flagged: flagged.map((el) => ({ tag: el.tagName, status: el.getAttribute('data-claimlens-link'), inArticle: !!el.closest('article') })),
      navFlagged: document.querySelectorAll('nav [data-claimlens-link]').length,
      label: flagged[0] ? getComputedStyle(flagged[0], '::after').content : '',
      imgOutline: getComputedStyle(document.querySelector('article img')!).outlineStyle,
      sameText: markedArticle.textContent === fresh.querySelector('article')!.textContent,
      claimIds: new Set(Array.from(document.querySelectorAll('claimlens-mark'), (m) => m.getAttribute('data-claim-id'))).size,
    };
  });
  check(result.flagged.filter((f) => f.tag === 'A' && f.inArticle && f.status === 'malformed').length === 5, `all five article links are flagged malformed: ${JSON.stringify(result.flagged)}`);
  check(result.flagged.some((f) => f.tag === 'IMG'), 'the broken image is flagged');
  check(result.navFlagged === 0, 'navigation links are not flagged');
  check(/broken link markup/.test(result.label), `a flagged link shows words, not only a colour (got ${result.label})`);
  check(result.imgOutline === 'dashed', 'the flagged image gets a dashed frame');
  check(result.sameText, 'marking left the article text exactly as served');
  check(result.claimIds >= 5, `several claims are marked (${result.claimIds})`);
});

runner.test('the background keeps the tab\'s results and shows the flagged-link count on its badge', async () => {
  const markers = await article.locator('[data-claimlens-link]').count();
  const badge = await eventually('the badge', () =>
    browser.serviceWorker.evaluate(async (tabId) => (await chrome.action.getBadgeText({ tabId })) || undefined, articleTabId),
  );
  check(badge === String(markers), `badge ${badge} equals the ${markers} flagged links on the page`);
  const stored = (await tabAnalysis(browser, articleTabId))?.phase;
  check(stored === 'ready', 'the tab\'s analysis is in session storage (survives a worker restart)');
});

runner.test('the popup shows counts, claims with kinds and notes, and flagged links with what broken markup hid', async () => {
  popup = await openPopup(browser, articleTabId);
  await popup.locator('.claims').waitFor({ timeout: 15_000 });
  const claims = await figure(popup, 'Claims');
  const notes = await figure(popup, 'Notes');
  const flaggedLinks = await figure(popup, 'Flagged links');
  check(claims >= 5 && claims === (await popup.locator('.claim').count()), `claims counted and listed (${claims})`);
  check(notes > claims, `notes counted (${notes})`);
  check(flaggedLinks === (await article.locator('[data-claimlens-link]').count()), 'the popup\'s flagged count matches the page markers');
  check(flaggedLinks === (await popup.locator('.link').count()), 'every flagged link is listed');

  const nis = popup.locator('.claim', { hasText: 'dispatching 12,000 personnel' });
  const nisKinds = await nis.locator('.chip').allTextContents();
  check(nisKinds.includes('attributed') && nisKinds.includes('numeric'), `NIS claim kinds ${nisKinds}`);
  const nisCodes = await nis.locator('.note').evaluateAll((els) => els.map((el) => el.getAttribute('data-note-code')));
  for (const code of ['single-source', 'broken-source-link', 'interested-source']) check(nisCodes.includes(code), `NIS claim has ${code} (${nisCodes})`);
  check(/National Intelligence Service/.test((await nis.locator('.claim__source').textContent()) ?? ''), 'NIS claim names its source');

  const zelensky = popup.locator('.claim', { hasText: 'Zelensky' });
  const unconfirmed = zelensky.locator('.note[data-note-code="unconfirmed"] .note__text');
  check(/western officials/i.test((await unconfirmed.textContent()) ?? ''), 'Zelensky claim: unconfirmed by Western officials');

  const hidden = await popup.locator('.link__swallowed').allTextContents();
  const joined = hidden.join(' ');
  check(hidden.every((t) => t.startsWith('Broken markup hid:')), 'swallowed text is introduced in words');
  for (const words of ['frontline combatants', 'SAS advisors', 'Bakhmut']) check(joined.includes(words), `the popup shows the hidden words "${words}"`);
  check((await popup.locator('.link__status').first().textContent())?.includes('broken link markup'), 'link status in words');

  await popup.screenshot({ path: SCREENSHOT });
  console.log(`  screenshot: ${SCREENSHOT}`);
});

runner.test('the popup has no serious or critical accessibility violations (axe-core)', async () => {
  const violations = await seriousAxeViolations(popup);
  check(violations.length === 0, `axe violations:\n${violations.join('\n')}`);
});

runner.test('evidence is shown on demand with a disclosure button', async () => {
  const note = popup.locator('.claim', { hasText: 'dispatching 12,000 personnel' }).locator('.note[data-note-code="interested-source"]');
  const button = note.getByRole('button', { name: 'Show evidence' });
  const evidence = note.locator('.note__evidence');
  check(!(await evidence.isVisible()), 'evidence starts hidden');
  check((await button.getAttribute('aria-expanded')) === 'false', 'button says collapsed');
  await button.focus();
  await popup.keyboard.press('Enter');
  check(await evidence.isVisible(), 'evidence opens from the keyboard');
  check(/much to gain by exaggerating/.test((await evidence.textContent()) ?? ''), 'evidence quotes the page');
  check((await note.getByRole('button', { name: 'Hide evidence' }).getAttribute('aria-expanded')) === 'true', 'button says expanded');
});

runner.test('filters narrow claims by note and links by status', async () => {
  const total = await popup.locator('.claim').count();
  await popup.getByLabel('Show claims').selectOption('note:hedged');
  const hedged = await popup.locator('.claim').count();
  check(hedged > 0 && hedged < total, `hedged filter keeps some claims (${hedged} of ${total})`);
  const codes = await popup.locator('.claim').evaluateAll((els) => els.map((el) => Array.from(el.querySelectorAll('.note'), (n) => n.getAttribute('data-note-code'))));
  check(codes.every((c) => c.includes('hedged')), 'every shown claim has a hedged note');
  await popup.getByLabel('Show links').selectOption('malformed');
  const statuses = await popup.locator('.link').evaluateAll((els) => els.map((el) => el.getAttribute('data-link-status')));
  check(statuses.length > 0 && statuses.every((s) => s === 'malformed'), `only malformed links shown (${statuses})`);
  await popup.getByLabel('Show claims').selectOption('all');
  await popup.getByLabel('Show links').selectOption('all');
});

runner.test('clicking a claim scrolls the page to it and flashes it', async () => {
  await article.setViewportSize({ width: 800, height: 240 });
  await article.evaluate(() => window.scrollTo(0, 0));
  const last = popup.locator('.claim').last();
  const claimId = await last.getAttribute('data-claim-id');
  await last.locator('.claim__text').click();
  await eventually('the claim to flash', () => article.locator(`claimlens-mark[data-claim-id="${claimId}"][data-claimlens-flash]`).count());
  const inView = await eventually('the claim in view', () =>
    article.evaluate((id) => {
      const rect = document.querySelector(`claimlens-mark[data-claim-id="${id}"]`)!.getBoundingClientRect();
      return window.scrollY > 0 && rect.top >= 0 && rect.top < window.innerHeight;
    }, claimId),
  );
  check(inView, 'the page scrolled to the claim');
});

runner.test('turning overlays off leaves the page exactly as served; on again restores them without re-analysing', async () => {
  const setOverlays = (show: boolean) =>
    browser.serviceWorker.evaluate((showOverlays) => chrome.storage.local.set({ 'overlay-settings': { showOverlays } }), show);
  const served = () =>
    article.evaluate(async () => {
      const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return { now: document.body.innerHTML, served: fresh.body.innerHTML };
    });
  const reportedAt = async () => (await tabAnalysis(browser, articleTabId))?.reportedAt;
  const analysedAt = await reportedAt();
  const marksBefore = await article.locator('claimlens-mark').count();
  await setOverlays(false);
  await eventually('the marks to go', async () => (await article.locator('claimlens-mark, [data-claimlens-link]').count()) === 0);
  const dom = await served();
  check(dom.now === dom.served, 'the body serialises exactly as the served page');
  await setOverlays(true);
  await eventually('the marks to return', async () => (await article.locator('claimlens-mark').count()) === marksBefore);
  check((await article.locator('[data-claimlens-link]').count()) > 0, 'link markers return');
  check((await reportedAt()) === analysedAt, 'no new analysis was reported');
});

runner.test('a page without an article says so', async () => {
  const { tabId } = await openTab(browser, `${server.origin}/no-article.html`);
  const page = await openPopup(browser, tabId);
  await page.getByRole('heading', { name: 'No article found on this page' }).waitFor({ timeout: 15_000 });
  check((await figure(page, 'Claims')) === 0, 'no claims');
  await page.close();
});

runner.test('a page the content script cannot run on says it was not analysed', async () => {
  const { page: blank, tabId } = await openTab(browser, 'about:blank');
  const page = await openPopup(browser, tabId);
  await page.getByRole('heading', { name: 'Page not analysed: restricted page' }).waitFor({ timeout: 15_000 });
  await page.close();
  await blank.close();
});

async function main(): Promise<number> {
  server = await serve({
    '/seed-article.html': { file: resolve(ROOT, 'tests/fixtures/seed-article.html') },
    '/no-article.html': { html: NO_ARTICLE_HTML },
  });
  browser = await launchWithExtension();
  try {
    const opened = await openTab(browser, `${server.origin}/seed-article.html`);
    article = opened.page;
    articleTabId = opened.tabId;
    // A safety net: should Chromium load the first page of a fresh profile before the manifest's content
    // scripts are registered, no mark comes within 20 s; then, and only then, load it once more. (The
    // times this path was taken before were a wait that did not wait: see the NIS check above.)
    // Every later check still needs the marks this load produces.
    const injected = await eventually('the first analysis', () => article.locator('claimlens-mark').count(), 20_000).catch(() => 0);
    if (!injected) {
      console.log('  note: no content script on the first load after install; reloading once');
      await article.reload();
      reloadedAt = Date.now();
    }
    return await runner.run();
  } finally {
    await browser.close();
    await server.close();
  }
}

runSuite(main);
