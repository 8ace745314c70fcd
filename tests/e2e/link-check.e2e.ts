/**
 * Link checks end to end in a real browser (issue 3): the built extension checks the links of a
 * served page against the misbehaving link server; the popup shows progress and each status, the
 * page's markers follow, reopening the popup keeps the results, and every request any target of
 * the browser makes (pages and the extension's service worker, through DevTools Protocol network
 * events) goes only to the served page and the linked hosts.
 *
 * The host permission: Chromium cannot accept its permission prompt without a person (headless
 * shows the dialog and waits), so the extension is launched with the permission already granted:
 * a copy of the build whose manifest lists the same origins under `host_permissions`. The popup's
 * "Check links" click still goes through `permissions.request`, which then resolves at once. A
 * first launch of the unmodified build checks that without the permission nothing is fetched.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { LINK_SERVER_CASES, startLinkServer, UNRESOLVABLE_URL, type LinkServer } from '../link-server';
import {
  check,
  createRunner,
  eventually,
  EXTENSION_DIR,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openTab,
  runSuite,
  serve,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

declare const chrome: any;

/** How the browser's fetch reports what Node's names precisely (see utils/link-check/index.ts). */
const BROWSER_STATUS: Record<string, string> = {
  // A browser throws one bare TypeError for a redirect loop, a refused port and a missing name alike.
  '/loop/a': 'unreachable',
  '/endless/0': 'unreachable',
};

const runner = createRunner('link checks (real browser)');
let links: LinkServer;
let site: StaticServer;
let cases: { url: string; text: string; status: string }[];

function articleHtml(): string {
  const items = cases
    .map((c, i) => `<p>The ministry said on Tuesday that report ${i + 1} showed ${10 + i} percent growth, according to <a href="${c.url}">${c.text}</a>.</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sources under test</title></head><body>
<article><h1>Sources under test</h1>
<p>Officials said the figures, published on Monday, were the highest in a decade.</p>
${items}
</article></body></html>`;
}

/** Records every request of every target (pages, service worker) through CDP, without flattened sessions. */
async function recordNetwork(page: Page, browser: ExtensionBrowser): Promise<{ urls: string[]; stop(): Promise<void> }> {
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const urls: string[] = [];
  const attached = new Set<string>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message);
    if (message.method === 'Network.requestWillBeSent') urls.push(message.params.request.url);
  });
  const attach = async (info: { targetId: string; type: string }) => {
    if (attached.has(info.targetId) || !['page', 'service_worker', 'worker', 'iframe', 'background_page'].includes(info.type)) return;
    attached.add(info.targetId);
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Network.enable', params: {} }) });
    } catch {
      // The target went away before we could attach.
    }
  };
  cdp.on('Target.targetCreated', (event: { targetInfo: { targetId: string; type: string } }) => void attach(event.targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const info of targetInfos) await attach(info);
  return { urls, stop: () => cdp.detach().catch(() => undefined) };
}

/** A copy of the build that starts with the optional host permission granted. */
async function grantedBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimlens-granted-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...manifest.optional_host_permissions];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

const statusText = (popup: Page) => popup.locator('.link-check__status').textContent();

/** Runs in the popup before its scripts: keeps each status line it shows, in order, in `window.statusLines`. */
function recordStatusLines(): void {
  const lines: string[] = [];
  (window as unknown as { statusLines: string[] }).statusLines = lines;
  new MutationObserver(() => {
    const line = document.querySelector('.link-check__status')?.textContent ?? '';
    if (line && lines[lines.length - 1] !== line) lines.push(line);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

runner.test('without the host permission the popup says why it is needed and nothing is fetched', async () => {
  const browser = await launchWithExtension();
  try {
    const { tabId } = await openTab(browser, `${site.origin}/article`);
    const popup = await openPopup(browser, tabId);
    await eventually('the link-check section', () => popup.locator('.link-check').count());
    const why = await popup.locator('.link-check__why').textContent();
    check(/needs permission to contact the linked sites to check them; nothing else is sent/.test(why ?? ''), `the popup says why: ${why}`);
    check(await browser.serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['http://*/*'] })) === false, 'no host permission yet');
    await popup.waitForTimeout(1500);
    check(links.requests.length === 0, `no request reached the linked server (${links.requests.length})`);
    check(/not checked/.test((await statusText(popup)) ?? ''), `links stay unchecked: ${await statusText(popup)}`);
  } finally {
    await browser.close();
  }
});

runner.test('with the permission, the popup and the page markers show each checked status, and nothing else is contacted', async () => {
  const dir = await grantedBuild();
  const browser = await launchWithExtension(dir);
  try {
    const blank = await browser.context.newPage();
    const network = await recordNetwork(blank, browser);

    // The served links are on 127.0.0.1: the user must allow private addresses in the options.
    const options = await openExtensionPage(browser, 'options.html', { width: 900, height: 900 });
    const allowPrivate = options.getByLabel(/Allow checking local\/private addresses/);
    check(!(await allowPrivate.isChecked()), 'private addresses are off by default');
    await allowPrivate.click();
    // A short timeout keeps the never-answering path (retried) from dominating the run.
    await eventually('the setting saved', () =>
      browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('link-check-settings'))['link-check-settings']?.allowPrivate === true),
    );
    await browser.serviceWorker.evaluate(async () => {
      const { 'link-check-settings': settings } = await chrome.storage.local.get('link-check-settings');
      await chrome.storage.local.set({ 'link-check-settings': { ...settings, timeoutMs: 2000 } });
    });
    await options.close();

    const { page: article, tabId } = await openTab(browser, `${site.origin}/article`);
    await eventually('the analysis', () => browser.serviceWorker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId).then((t: string) => /claim/.test(t)));
    // Every status line the popup shows, recorded in the popup from its first script on: polling from
    // here could miss the live count on a loaded machine, where the whole check takes a few seconds.
    const popup = await openPopup(browser, tabId, recordStatusLines);
    await eventually('the link-check section', () => popup.locator('.link-check').count());
    // Opening the popup starts the check (the permission is there); the button is for a page checked before.
    if ((await popup.getByRole('button', { name: 'Check links' }).count()) > 0) await popup.getByRole('button', { name: 'Check links' }).click();

    const total = cases.length;
    await eventually('the check to finish', async () => ((await statusText(popup)) === `${total} links checked` ? true : null), 120_000);
    const lines = (await popup.evaluate(() => (window as unknown as { statusLines: string[] }).statusLines)) as string[];
    const counts = lines.map((line) => new RegExp(`^(\\d+) of ${total} links checked$`).exec(line)).filter((m) => m !== null).map((m) => Number(m[1]));
    check(counts.length > 0, `the popup showed the live count of the page's ${total} links (it showed: ${lines.join(' | ')})`);
    check(counts.every((n, i) => i === 0 || n >= counts[i - 1]), `the live count never went back: ${counts.join(', ')}`);

    const shown = await popup.locator('li.link').evaluateAll((items) =>
      items.map((li) => ({ status: li.getAttribute('data-link-status'), text: li.querySelector('.link__text')?.textContent?.trim() })),
    );
    const marked = await article.evaluate(() =>
      Array.from(document.querySelectorAll('article a'), (a) => ({ href: a.getAttribute('href'), status: a.getAttribute('data-claimlens-link') })),
    );
    const wrong: string[] = [];
    for (const c of cases) {
      const flagged = c.status !== 'ok' && c.status !== 'skipped';
      const inPopup = shown.find((s) => s.text === c.text);
      const marker = marked.find((m) => m.href === c.url)?.status ?? null;
      if (flagged ? inPopup?.status !== c.status : inPopup !== undefined) wrong.push(`popup ${c.text}: ${inPopup?.status ?? 'not listed'}, expected ${flagged ? c.status : 'not listed'}`);
      if (marker !== (flagged ? c.status : null)) wrong.push(`marker ${c.text}: ${marker}, expected ${flagged ? c.status : 'none'}`);
    }
    check(wrong.length === 0, `statuses as expected:\n${wrong.join('\n')}`);

    // Closing the popup loses nothing: a new one shows the finished run and the same statuses.
    await popup.close();
    const again = await openPopup(browser, tabId);
    await eventually('the kept results', async () => ((await statusText(again)) === `${total} links checked` ? true : null));
    const shownAgain = await again.locator('li.link').evaluateAll((items) => items.map((li) => li.getAttribute('data-link-status')));
    check(JSON.stringify(shownAgain) === JSON.stringify(shown.map((s) => s.status)), 'the reopened popup lists the same statuses');

    await network.stop();
    const allowed = new Set([site.origin, new URL(links.url('/')).origin, new URL(cases.find((c) => c.text === 'closed port')!.url).origin, new URL(UNRESOLVABLE_URL).origin]);
    // The extension's own files (Node's URL gives chrome-extension: an opaque origin, so compare the prefix).
    const own = (u: string) => u.startsWith(`chrome-extension://${browser.extensionId}/`);
    const elsewhere = [...new Set(network.urls.filter((u) => !/^(data|blob|about):/.test(u) && !own(u) && !allowed.has(new URL(u).origin)))];
    check(network.urls.some((u) => u.startsWith(links.url('/missing'))), 'the recorder saw the service worker\'s checks');
    check(elsewhere.length === 0, `requests only to the page and the linked hosts; also saw: ${elsewhere.join(', ')}`);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function main(): Promise<number> {
  links = await startLinkServer({ hugeBytes: 5 * 1024 * 1024 });
  cases = [
    ...LINK_SERVER_CASES.map((c) => ({ url: links.url(c.path), text: `case ${c.path}`, status: BROWSER_STATUS[c.path] ?? c.status })),
    { url: await links.closedPortUrl(), text: 'closed port', status: 'unreachable' },
    { url: UNRESOLVABLE_URL, text: 'unresolvable host', status: 'unreachable' },
  ];
  site = await serve({ '/article': { html: articleHtml() } });
  try {
    return await runner.run();
  } finally {
    await site.close();
    await links.close();
  }
}

runSuite(main);
