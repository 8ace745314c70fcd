/**
 * The researcher workflow in a real browser (issue 5): note cards on hover and keyboard focus, the
 * popup's "Show overlays" switch taking every mark, attribute, card and listener off the page (the DOM
 * serialises exactly as served) and bringing them back without re-analysing, settings that persist.
 *
 * Run through `npm run test:e2e` (which builds first), or `npx tsx tests/e2e/workflow.e2e.ts` after `npx wxt build`.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  cardShown,
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

const runner = createRunner('researcher workflow (real browser)');
let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let articleTabId: number;

runner.test('hovering a claim shows its note card; the card is outside the page\'s text', async () => {
  await eventually('claim marks', () => article.locator('claimlens-mark').count());
  const mark = article.locator('claimlens-mark', { hasText: 'dispatching 12,000 personnel' }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await eventually('the card', () => cardShown(article));
  const outside = await article.evaluate(() => {
    const host = document.querySelector('claimlens-card')!;
    return host.parentElement === document.documentElement && host.shadowRoot === null;
  });
  check(outside, 'the card host hangs off <html> with a closed shadow root (page scripts cannot read the notes)');
  await article.screenshot({ path: resolve(ROOT, 'docs/overlay.png') });
  console.log(`  screenshot: ${resolve(ROOT, 'docs/overlay.png')}`);
});

runner.test('claim marks are reachable with Tab, and focusing one opens its card; Escape closes it', async () => {
  await article.mouse.move(0, 0);
  await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await article.evaluate(() => window.scrollTo(0, 0));
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await article.keyboard.press('Tab');
    reached = await article.evaluate(() => document.activeElement?.tagName === 'CLAIMLENS-MARK');
  }
  check(reached, 'Tab reaches a claim mark');
  await eventually('the card on focus', () => cardShown(article));
  await article.keyboard.press('Escape');
  await eventually('the card to close', async () => !(await cardShown(article)));
});

runner.test('the popup switch "Show overlays" takes everything off (DOM as served) and back without re-analysing', async () => {
  const popup = await openPopup(browser, articleTabId);
  const toggle = popup.getByRole('switch', { name: 'Show overlays' });
  await toggle.waitFor({ timeout: 15_000 });
  check(await toggle.isChecked(), 'overlays start on');
  const reportedAt = async () => (await tabAnalysis(browser, articleTabId))?.reportedAt;
  const analysedAt = await reportedAt();
  const marksBefore = await article.locator('claimlens-mark').count();
  // A card is open when the switch flips: it must go too.
  await article.locator('claimlens-mark').first().hover();
  await eventually('the card', () => cardShown(article));

  await toggle.focus();
  await popup.keyboard.press('Space');
  await eventually('the marks to go', async () => (await article.locator('claimlens-mark, [data-claimlens-link], claimlens-card, [tabindex]').count()) === 0);
  const dom = await article.evaluate(async () => {
    const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return { body: document.body.innerHTML === fresh.body.innerHTML, htmlChildren: document.documentElement.children.length === fresh.documentElement.children.length };
  });
  check(dom.body && dom.htmlChildren, `the document serialises as served (${JSON.stringify(dom)})`);
  // Listeners are gone too: hovering where a mark was shows nothing.
  await article.locator('article p').first().hover();
  await new Promise((r) => setTimeout(r, 400));
  check((await article.locator('claimlens-card').count()) === 0, 'no card after the overlay is off');

  // The setting persists: a freshly opened popup shows it off.
  const again = await openPopup(browser, articleTabId);
  const toggle2 = again.getByRole('switch', { name: 'Show overlays' });
  await toggle2.waitFor({ timeout: 15_000 });
  check(!(await toggle2.isChecked()), 'the switch is still off in a new popup');
  await toggle2.click();
  await eventually('the marks to return', async () => (await article.locator('claimlens-mark').count()) === marksBefore);
  check((await reportedAt()) === analysedAt, 'no new analysis was reported');
  await article.locator('claimlens-mark').first().hover();
  await eventually('the card again', () => cardShown(article));
  await again.close();
  await popup.close();
});

runner.test('"Broken links only" hides the markers of links that are only redirected or unverified', async () => {
  const popup = await openPopup(browser, articleTabId);
  const box = popup.getByRole('checkbox', { name: 'Broken links only' });
  await box.waitFor({ timeout: 15_000 });
  const before = await article.locator('[data-claimlens-link]').count();
  await box.check();
  await eventually('the markers to redraw', async () => (await article.locator('[data-claimlens-link]').count()) > 0);
  const statuses = await article.locator('[data-claimlens-link]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claimlens-link')));
  check(statuses.every((s) => s !== 'redirected' && s !== 'inconclusive'), `only broken statuses remain (${statuses})`);
  check(statuses.length <= before, 'no new markers appeared');
  await box.uncheck();
  await eventually('all markers back', async () => (await article.locator('[data-claimlens-link]').count()) === before);
  await popup.close();
});

runner.test('the popup with its switches has no serious or critical accessibility violations (axe-core)', async () => {
  const popup = await openPopup(browser, articleTabId);
  await popup.getByRole('switch', { name: 'Show overlays' }).waitFor({ timeout: 15_000 });
  const violations = await seriousAxeViolations(popup);
  check(violations.length === 0, `axe violations:\n${violations.join('\n')}`);
  await popup.close();
});

const SPA_HTML = `<!doctype html><html lang="en"><head><title>Newsroom</title></head><body>
<nav><a href="/spa">Home</a></nav>
<article><h1>Storm closes schools</h1><p>The Education Ministry said 40 schools closed on Monday because of flooding, according to a statement.</p>
<p>Officials said repairs would cost about 2 million dollars.</p></article>
<script>
function go() {
  history.pushState({}, '', '/spa/budget');
  const article = document.querySelector('article');
  article.replaceChildren();
  const h = document.createElement('h1'); h.textContent = 'Budget vote delayed'; article.append(h);
  for (const text of ['The Finance Minister said the budget would add 3 billion euros to the deficit next year, according to Reuters.',
    'Opposition leaders claimed the figures were understated by at least 20 percent.']) {
    const p = document.createElement('p'); p.textContent = text; article.append(p);
  }
}
</script></body></html>`;

runner.test('a single-page-app navigation (pushState, new article) is analysed again', async () => {
  const { page, tabId } = await openTab(browser, `${server.origin}/spa`);
  await eventually('the first article marked', () => page.locator('claimlens-mark', { hasText: '40 schools' }).count());
  await page.evaluate(() => (window as any).go());
  await eventually('the new article marked', () => page.locator('claimlens-mark', { hasText: '3 billion euros' }).count(), 20_000);
  const url: string = await eventually('the new analysis in the background', async () => {
    const item = await tabAnalysis(browser, tabId);
    return item?.phase === 'ready' && item.url.endsWith('/spa/budget') ? item.url : undefined;
  });
  check(url.endsWith('/spa/budget'), 'the background keeps the new page\'s analysis');
  await page.close();
});

async function main(): Promise<number> {
  server = await serve({ '/seed-article.html': { file: resolve(ROOT, 'tests/fixtures/seed-article.html') }, '/spa': { html: SPA_HTML } });
  browser = await launchWithExtension();
  try {
    const opened = await openTab(browser, `${server.origin}/seed-article.html`);
    article = opened.page;
    articleTabId = opened.tabId;
    await article.setViewportSize({ width: 900, height: 700 });
    return await runner.run();
  } finally {
    await browser.close();
    await server.close();
  }
}

runSuite(main);
