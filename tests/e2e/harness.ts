/**
 * Shared pieces for real-browser tests: Debian Chromium with the built extension loaded, a tiny
 * static server on 127.0.0.1, and a minimal runner that prints "N passed, N failed".
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker, not here).
declare const chrome: any;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile directory to keep between launches (a second launch on it is a browser restart); default a fresh one. */
  profile?: string;
  /** Lets pages download files (export tests). */
  acceptDownloads?: boolean;
}

/** Launches headless Chromium with the built extension; resolves once its service worker runs. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // The extension id is the host of the service worker's URL.
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, close: () => context.close() };
}

/** Opens a page and returns it with its tab id (the one tab id the extension sees that was not there before). */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));
  const before = new Set(await ids());
  const page = await browser.context.newPage();
  const tabId = await eventually('the new tab', async () => (await ids()).find((id: number) => !before.has(id)));
  await page.goto(url);
  return { page, tabId };
}

/**
 * Opens one of the extension's pages (`popup.html?tabId=N`, `options.html`) as a tab of the given size;
 * `init` runs in the page before any of its own scripts (to record what it shows from the start).
 */
export async function openExtensionPage(browser: ExtensionBrowser, path: string, viewport: { width: number; height: number }, init?: () => void): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  if (init) await page.addInitScript(init);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Opens the popup for a tab, as a page at the popup's size (`popup.html?tabId=N`). */
export function openPopup(browser: ExtensionBrowser, tabId: number, init?: () => void): Promise<Page> {
  return openExtensionPage(browser, `popup.html?tabId=${tabId}`, { width: 400, height: 640 }, init);
}

/** What the background keeps for a tab in session storage (`phase`, `notes`, `url`, `reportedAt`), or undefined. */
export function tabAnalysis(browser: ExtensionBrowser, tabId: number): Promise<any> {
  return browser.serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`claimlens-tab:${id}`))[`claimlens-tab:${id}`], tabId);
}

/**
 * The serious and critical axe-core violations on a page, in words (empty: none). Axe is evaluated
 * through DevTools, which an extension page's CSP does not block (a <script> tag would be); a run
 * that checked nothing counts as a violation, so a blank page cannot pass.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.html}`);
  });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves fixed paths → files (or literal HTML), with any extra response headers, on 127.0.0.1 at a free port. */
export async function serve(routes: Record<string, { file?: string; html?: string; headers?: Record<string, string> }>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = route.file ? await readFile(route.file) : Buffer.from(route.html ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Polls `probe` until it returns a value other than undefined/null/false/0, or fails after `timeoutMs`.
 * 0 counts as "not yet": probes are mostly `locator.count()`, waiting for at least one element.
 */
/** Whether the note card's host is shown (its shadow root is closed: only the host is visible from outside). */
export function cardShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card') as HTMLElement | null;
    return !!host && host.style.getPropertyValue('display') === 'block' && host.getBoundingClientRect().height > 20;
  });
}

export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false && value !== 0) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A tiny sequential test runner: prints each result and a closing "N passed, N failed" line. */
export function createRunner(suite: string) {
  const tests: { name: string; fn: () => Promise<void> }[] = [];
  return {
    test(name: string, fn: () => Promise<void>) {
      tests.push({ name, fn });
    },
    /** Runs every test in order; resolves to the number that failed. */
    async run(): Promise<number> {
      let passed = 0;
      let failed = 0;
      console.log(`# ${suite}`);
      for (const { name, fn } of tests) {
        try {
          await fn();
          passed++;
          console.log(`ok - ${name}`);
        } catch (error) {
          failed++;
          console.log(`not ok - ${name}\n  ${String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/\n/g, '\n  ')}`);
        }
      }
      console.log(`${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

/**
 * Runs a test file's `main` (which resolves to the number of failed tests) and exits: 0 when all
 * passed. A set-up that throws before any test ran prints "0 passed, 1 failed", so it never reads as a pass.
 */
export function runSuite(main: () => Promise<number>): void {
  main().then(
    (failed) => process.exit(failed > 0 ? 1 : 0),
    (error) => {
      console.error(error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}

/** Throws with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * Runs in the page (pass it to `page.evaluate` with the words): selects the first occurrence of `words`
 * in one text node of the article, as a reader's drag would. Returns the selected text and where the
 * words end on screen, read before anything takes the focus (and the selection with it).
 */
export function selectWordsInPage(words: string): { text: string; bottom: number } {
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return { text: getSelection()!.toString(), bottom: range.getBoundingClientRect().bottom };
  }
  return { text: '', bottom: 0 };
}
