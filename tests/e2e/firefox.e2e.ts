/**
 * The Firefox build, end to end in a real Firefox: Debian's firefox-esr, driven by puppeteer over
 * WebDriver BiDi, installs `.output/firefox-mv2` as a temporary add-on, analyses the served
 * reference page, marks its claims and malformed links, and the popup (opened as a page) lists them.
 * `web-ext lint` only checks the manifest and code statically; this is what runs the MV2 background
 * page, the content script and the popup in Gecko.
 *
 * Run through `npm run test:e2e` (which builds both targets first), or
 * `npx tsx tests/e2e/firefox.e2e.ts` after `npx wxt build -b firefox`.
 * Firefox is required: without it this fails and says how to install it (CI installs it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { check, createRunner, eventually, ROOT, runSuite, selectWordsInPage, serve, type StaticServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2');
// The gecko id from wxt.config.ts; Firefox picks a random moz-extension:// host per profile unless
// this pref maps the id to a fixed one, which lets the test address the popup directly.
const GECKO_ID = 'claimlens@claimlens.example';
const EXTENSION_UUID = '5d0c7a3e-8f1b-4c2a-9e6d-c1a1e25f1e75';

const runner = createRunner('Firefox build (real browser)');
let browser: Browser;
let server: StaticServer;
let extensionPage: Page;
let article: Page;
let articleTabId: number;
let popup: Page;

/** Opens an extension page (path inside the add-on) in a new tab; resolves once it has loaded. */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // Firefox's BiDi loads moz-extension:// pages but never reports their load to puppeteer, so
  // `goto` would only time out: start the navigation and watch the page itself instead.
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await eventually(`${path} to load`, () => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url));
  return page;
}

/** The ids of every open tab, as the extension sees them. */
function tabIds(): Promise<number[]> {
  return extensionPage.evaluate(async () => (await (globalThis as any).browser.tabs.query({})).map((tab: { id: number }) => tab.id));
}

/** Opens a web page in a new tab and returns it with its extension tab id (the one id that is new). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds());
  const page = await browser.newPage();
  const tabId = await eventually('the new tab', async () => (await tabIds()).find((id) => !before.has(id)));
  await page.goto(url);
  return { page, tabId };
}

/** The popup's figure for a label ("Claims", "Notes", "Flagged links"). */
function figure(page: Page, label: string): Promise<number> {
  return page.evaluate((wanted) => {
    const item = Array.from(document.querySelectorAll('.counts__item')).find((el) => el.querySelector('dt')?.textContent === wanted);
    return Number(item?.querySelector('dd')?.textContent ?? NaN);
  }, label);
}

runner.test('the reference page gets claim marks on the NIS and Zelensky sentences and malformed-link markers, and keeps its text', async () => {
  // Claim marks and link markers go on in one pass; wait for it, then read the page in one go
  // (no await in between, or a re-analysis could take the overlay off mid-read).
  await eventually('claim marks and link markers on the page', () =>
    article.evaluate(() => document.querySelectorAll('claimlens-mark[data-claim-id]').length > 0 && document.querySelectorAll('[data-claimlens-link]').length > 0),
  );
  const result = await article.evaluate(() => {
    // No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.
    const marks = Array.from(document.querySelectorAll('claimlens-mark[data-claim-id]'), (mark) => ({ text: mark.textContent ?? '', id: mark.getAttribute('data-claim-id') }));
    return {
      articleLinks: Array.from(document.querySelectorAll('article a'), (a) => a.getAttribute('data-claimlens-link')),
      navLinks: Array.from(document.querySelectorAll('nav a'), (a) => a.getAttribute('data-claimlens-link')),
      nis: marks.filter((mark) => mark.text.includes('dispatching 12,000 personnel')).map((mark) => mark.id),
      zelensky: marks.filter((mark) => mark.text.includes('Zelensky')).map((mark) => mark.id),
      articleText: document.querySelector('article')!.textContent,
    };
  });
  const servedText = await article.evaluate(async () => {
    const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return fresh.querySelector('article')!.textContent;
  });
  check(result.articleLinks.length === 5, `the page has five article links (${result.articleLinks.length})`);
  check(result.articleLinks.every((status) => status === 'malformed'), `every article link is flagged malformed: ${JSON.stringify(result.articleLinks)}`);
  check(result.navLinks.length === 3 && result.navLinks.every((status) => status === null), `navigation links are not flagged: ${JSON.stringify(result.navLinks)}`);
  check(result.nis.length >= 1 && result.nis.every(Boolean), 'the NIS sentence is wrapped in a claim mark with a claim id');
  check(result.zelensky.length >= 1 && result.zelensky.every(Boolean), 'the Zelensky sentence is wrapped in a claim mark with a claim id');
  check(!result.zelensky.some((id) => result.nis.includes(id)), 'the NIS and Zelensky sentences are separate claims');
  check(result.articleText === servedText, 'marking left the article text exactly as served');
});

runner.test('the background page keeps the tab\'s result and shows the flagged-link count on the toolbar badge', async () => {
  const markers = await article.evaluate(() => document.querySelectorAll('[data-claimlens-link]').length);
  // Firefox MV2: the badge lives on browserAction, not action.
  const badge = await eventually('the badge', () =>
    extensionPage.evaluate(async (tabId) => (await (globalThis as any).browser.browserAction.getBadgeText({ tabId })) || undefined, articleTabId),
  );
  check(badge === String(markers), `badge ${badge} equals the ${markers} flagged links on the page`);
});

runner.test('the popup lists the page\'s claims, with the NIS and Zelensky claims, and every flagged link with what broken markup hid', async () => {
  popup = await openExtensionPage(`popup.html?tabId=${articleTabId}`);
  await eventually('the claim list', () => popup.evaluate(() => document.querySelectorAll('.claim').length));
  const view = await popup.evaluate(() => ({
    claims: Array.from(document.querySelectorAll('.claim'), (claim) => ({
      text: claim.textContent ?? '',
      source: claim.querySelector('.claim__source')?.textContent ?? '',
      notes: Array.from(claim.querySelectorAll('.note'), (note) => note.getAttribute('data-note-code')),
    })),
    links: Array.from(document.querySelectorAll('.link'), (link) => link.getAttribute('data-link-status')),
    hidden: Array.from(document.querySelectorAll('.link__swallowed'), (el) => el.textContent ?? '').join(' '),
  }));
  const marksOnPage = await article.evaluate(() => new Set(Array.from(document.querySelectorAll('claimlens-mark'), (m) => m.getAttribute('data-claim-id'))).size);
  const markersOnPage = await article.evaluate(() => document.querySelectorAll('[data-claimlens-link]').length);

  const claims = await figure(popup, 'Claims');
  check(claims >= 5 && claims === view.claims.length, `claims counted and listed (${claims} counted, ${view.claims.length} listed)`);
  check(claims === marksOnPage, `the popup lists the ${marksOnPage} claims marked on the page (${claims})`);
  const nis = view.claims.find((claim) => claim.text.includes('dispatching 12,000 personnel'));
  check(nis, 'the NIS claim is listed');
  check(/National Intelligence Service/.test(nis.source), `the NIS claim names its source (${nis.source})`);
  check(nis.notes.includes('broken-source-link'), `the NIS claim notes its broken source link (${nis.notes})`);
  check(view.claims.some((claim) => claim.text.includes('Zelensky')), 'the Zelensky claim is listed');

  const flagged = await figure(popup, 'Flagged links');
  check(flagged === markersOnPage && flagged === view.links.length, `every flagged link is counted and listed (${flagged} counted, ${view.links.length} listed, ${markersOnPage} on the page)`);
  check(view.links.every((status) => status === 'malformed'), `the flagged links are malformed (${view.links})`);
  for (const words of ['frontline combatants', 'SAS advisors', 'Bakhmut']) check(view.hidden.includes(words), `the popup shows the hidden words "${words}"`);
});

runner.test('clicking a claim in the popup flashes it on the page', async () => {
  const claimId = await popup.evaluate(() => {
    const last = Array.from(document.querySelectorAll<HTMLElement>('.claim')).at(-1)!;
    last.querySelector<HTMLElement>('.claim__text')!.click();
    return last.getAttribute('data-claim-id');
  });
  check(claimId, 'the claim has an id');
  await eventually('the claim to flash', () => article.evaluate((id) => document.querySelectorAll(`claimlens-mark[data-claim-id="${id}"][data-claimlens-flash]`).length, claimId));
});

runner.test('a note on selected words: the panel opens in Gecko too, and Ctrl+Enter stores the note', async () => {
  const words = 'frontline operations';
  const note = 'Firefox: which front?';
  await article.bringToFront();
  const selected = (await article.evaluate(selectWordsInPage, words)).text;
  check(selected === words, `the words are selected (got "${selected}")`);
  // What the context menu item does: the background asks the tab's content script.
  await extensionPage.evaluate(
    (tabId, selectionText) =>
      (globalThis as any).browser.tabs.sendMessage(tabId, { channel: 'claimlens:notes-to-content', type: 'add-selection-note', data: { selectionText } }, { frameId: 0 }),
    articleTabId,
    selected,
  );
  await eventually('the note panel', () => article.evaluate(() => document.querySelectorAll('claimlens-note-editor').length));
  check(await article.evaluate(() => document.querySelector('claimlens-note-editor')!.shadowRoot === null), 'the panel is a closed shadow root');
  const width = await article.evaluate(() => document.querySelector('claimlens-note-editor')!.getBoundingClientRect().width);
  check(width === 320, `the panel keeps its own styles under the page's strict CSP (width ${width}, styled 320)`);
  await article.keyboard.type(note);
  await article.keyboard.down('Control');
  await article.keyboard.press('Enter');
  await article.keyboard.up('Control');
  await eventually('the panel closed after saving', () => article.evaluate(() => document.querySelectorAll('claimlens-note-editor').length === 0));
  const stored = await eventually('the note in extension storage', () =>
    extensionPage.evaluate(async (body) => JSON.stringify((await (globalThis as any).browser.storage.local.get('user-notes'))['user-notes'] ?? '').includes(body), note),
  );
  check(stored, 'the note is stored');
});

runner.test('a note typed in the popup is kept in session storage and the next popup opens on it', async () => {
  const text = 'Firefox: typed, then the popup closed';
  const words = 'refused to support';
  const first = await openExtensionPage(`popup.html?tabId=${articleTabId}`);
  const opened = await eventually('the claim\'s Add note', () =>
    first.evaluate((w) => {
      const claim = Array.from(document.querySelectorAll('li.claim')).find((li) => li.textContent?.includes(w));
      const add = Array.from(claim?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Add note');
      add?.click();
      return !!add;
    }, words),
  );
  check(opened, 'the claim has an Add note button');
  await eventually('the note box', () =>
    first.evaluate((w, t) => {
      const box = Array.from(document.querySelectorAll('li.claim')).find((li) => li.textContent?.includes(w))?.querySelector('textarea');
      if (!box) return false;
      box.value = t;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }, words, text),
  );
  await eventually('the draft in session storage', () =>
    extensionPage.evaluate(async (t) => JSON.stringify(await (globalThis as any).browser.storage.session.get(null)).includes(t), text),
  );
  await first.close();
  const again = await openExtensionPage(`popup.html?tabId=${articleTabId}`);
  try {
    await eventually('the popup open again on the text', () =>
      again.evaluate((w, t) => Array.from(document.querySelectorAll('li.claim')).find((li) => li.textContent?.includes(w))?.querySelector('textarea')?.value === t, words, text),
    );
  } finally {
    await again.close();
  }
});

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH. The Firefox build is only tested in a real Firefox here.`);
  }
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npx wxt build -b firefox\` (npm run test:e2e does).`);
  }
  // A strict Content-Security-Policy, as news sites send: everything below must work under it.
  server = await serve({
    '/seed-article.html': { file: resolve(ROOT, 'tests/fixtures/seed-article.html'), headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'" } },
  });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// URL, and the popup could not be opened as a page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    // BiDi webExtension.install: a temporary add-on from the unpacked build, no signing needed.
    const installed = await browser.installExtension(EXTENSION_DIR);
    check(installed === GECKO_ID, `the installed add-on is ClaimLens (${installed})`);
    extensionPage = await openExtensionPage('popup.html');
    const opened = await openTab(`${server.origin}/seed-article.html`);
    article = opened.page;
    articleTabId = opened.tabId;
    return await runner.run();
  } finally {
    await browser.close();
    await server.close();
  }
}

runSuite(main);
