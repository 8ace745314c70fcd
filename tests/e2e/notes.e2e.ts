/**
 * The user's own notes in a real browser (issue 5): a note added through the popup is shown again after
 * a page reload and after the browser restarts (same profile directory, launched twice); exports
 * download, parse, and round-trip through the options page's import; the options page passes axe.
 *
 * Run through `npm run test:e2e` (which builds first), or `npx tsx tests/e2e/notes.e2e.ts` after `npx wxt build`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  cardShown,
  check,
  createRunner,
  eventually,
  EXTENSION_DIR,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openTab,
  ROOT,
  runSuite,
  seriousAxeViolations,
  selectWordsInPage,
  serve,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

declare const chrome: any;

const runner = createRunner('user notes (real browser)');
const NOTE = 'Ask the ministry for the deployment list';
const CLAIM_WORDS = 'dispatching 12,000 personnel';
/** A claim without notes, for the card's draft test. */
const DRAFT_CLAIM_WORDS = 'three major incentives';
const DRAFT_NOTE = 'Typed, then Escape by mistake';
/** A claim for the popup's draft test, and its note. */
const POPUP_DRAFT_CLAIM_WORDS = 'refused to support';
const POPUP_DRAFT = 'Typed in the popup, which then closed';
let profile: string;
let server: StaticServer;
let browser: ExtensionBrowser;

/** Chromium with the extension on a persistent profile directory (so a second launch is a restart). */
function launch(): Promise<ExtensionBrowser> {
  return launchWithExtension(EXTENSION_DIR, { profile, acceptDownloads: true });
}

/** Opens the served article and waits until the claim the notes go on is marked. */
async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const opened = await openTab(browser, `${server.origin}/seed-article.html`);
  await eventually('claim marks', () => opened.page.locator('claimlens-mark', { hasText: CLAIM_WORDS }).count());
  return opened;
}

const claimInPopup = (popup: Page) => popup.locator('li.claim', { hasText: CLAIM_WORDS }).first();

async function noteShownInPopup(tabId: number): Promise<boolean> {
  const popup = await openPopup(browser, tabId);
  try {
    await eventually('the note under its claim in the popup', () => claimInPopup(popup).locator('[data-origin="user"]', { hasText: NOTE }).count());
    return true;
  } finally {
    await popup.close();
  }
}

function openOptions(): Promise<Page> {
  return openExtensionPage(browser, 'options.html', { width: 900, height: 900 });
}

runner.test('a note added through the popup is stored, shown under its claim as the user\'s, and survives a reload', async () => {
  const { page, tabId } = await openArticle();
  const popup = await openPopup(browser, tabId);
  const claim = claimInPopup(popup);
  await claim.getByRole('button', { name: 'Add note' }).click();
  await claim.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await claim.getByRole('button', { name: 'Save' }).click();
  await eventually('the saved note in the popup', () => claim.locator('[data-origin="user"]', { hasText: NOTE }).count());
  const stored = await browser.serviceWorker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('user-notes'))['user-notes']));
  check(stored.includes(NOTE), 'the note is in extension storage');
  await popup.close();
  await page.reload();
  await eventually('claim marks after reload', () => page.locator('claimlens-mark', { hasText: CLAIM_WORDS }).count());
  check(await noteShownInPopup(tabId), 'the note is back under its claim after a reload');
  await page.close();
});

runner.test('the note survives a browser restart (same profile)', async () => {
  await browser.close();
  browser = await launch();
  const { page, tabId } = await openArticle();
  check(await noteShownInPopup(tabId), 'the note is back under its claim after a restart');
  await page.close();
});

let jsonExport = '';
let annotationExport = '';

runner.test('exports this page as JSON and Web Annotation: the downloads parse and hold the note', async () => {
  const { page, tabId } = await openArticle();
  const popup = await openPopup(browser, tabId);
  await eventually('the note in the popup', () => claimInPopup(popup).locator('[data-origin="user"]', { hasText: NOTE }).count());
  const download = async (name: string) => {
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
    return readFile((await file.path())!, 'utf8');
  };
  jsonExport = await download('Export this page as JSON');
  const json = JSON.parse(jsonExport);
  check(json.schema === 'claimlens/page-notes@1', `JSON export is PageNotes (got ${json.schema})`);
  const userNotes = json.claims.flatMap((c: any) => c.notes).filter((n: any) => n.origin === 'user');
  check(userNotes.some((n: any) => n.text === NOTE), 'the JSON export carries the user note with origin "user"');
  annotationExport = await download('Export this page as Web Annotation');
  const annotations = JSON.parse(annotationExport);
  const items: any[] = annotations.items ?? annotations.first?.items ?? [];
  check(JSON.stringify(annotations['@context']).includes('http://www.w3.org/ns/anno.jsonld'), 'Web Annotation context');
  const mine = items.find((a) => a.motivation === 'commenting');
  check(mine && JSON.stringify(mine.body).includes(NOTE), 'the user note is a commenting annotation');
  const selectors = [mine.target.selector].flat().map((s: any) => s.type);
  check(selectors.includes('TextQuoteSelector') && selectors.includes('TextPositionSelector'), `quote and position selectors (got ${selectors})`);
  await popup.close();
  await page.close();
});

runner.test('the exports round-trip through import in the options page; a corrupt file changes nothing', async () => {
  // Start from no notes, so the import has something to add back.
  await browser.serviceWorker.evaluate(async () => chrome.storage.local.remove('user-notes'));
  const options = await openOptions();
  await eventually('an empty notes list', () => options.getByText('0 notes.').count());
  const dir = await mkdtemp(join(tmpdir(), 'claimlens-import-'));
  try {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"schema": "claimlens/page-notes@1", "claims": [');
    await options.getByLabel('Notes file').setInputFiles(bad);
    await eventually('the refusal', () => options.getByRole('alert').filter({ hasText: 'Nothing was changed' }).count());
    check((await options.getByText('0 notes.').count()) === 1, 'a corrupt file adds nothing');

    const json = join(dir, 'page.claimlens.json');
    await writeFile(json, jsonExport);
    await options.getByLabel('Notes file').setInputFiles(json);
    const summary = await eventually('the import summary', async () => (await options.getByRole('status').filter({ hasText: 'Imported' }).textContent()) ?? undefined);
    check(/1 note added on 1 page/.test(summary), `summary says what was added (got "${summary}")`);
    await eventually('the imported note listed', () => options.locator('.notes-list__item', { hasText: NOTE }).count());

    const anno = join(dir, 'page.annotations.jsonld');
    await writeFile(anno, annotationExport);
    await options.getByLabel('Notes file').setInputFiles(anno);
    const again = await eventually('the second summary', async () => {
      const text = await options.getByRole('status').filter({ hasText: 'Imported' }).textContent();
      return text?.includes('already there') ? text : undefined;
    });
    check(/0 notes added/.test(again), `the Web Annotation export of the same note is no duplicate (got "${again}")`);
    check((await options.locator('.notes-list__item', { hasText: NOTE }).count()) === 1, 'the note is listed once');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await options.close();
});

runner.test('the options page: search, delete with confirmation, no serious axe violations, screenshot', async () => {
  const options = await openOptions();
  await eventually('the note listed', () => options.locator('.notes-list__item', { hasText: NOTE }).count());
  await options.getByLabel('Search notes').fill('nothing-like-this');
  await eventually('no match', () => options.getByText('0 notes match.').count());
  await options.getByLabel('Search notes').fill('ministry');
  await eventually('the match', () => options.locator('.notes-list__item', { hasText: NOTE }).count());
  const link = options.locator('.notes-list__item a').first();
  check((await link.getAttribute('href'))?.startsWith(server.origin), 'the note links to its page');

  // The notices the footer links to ship in the build: the data's sources and the libraries' licences.
  const notices = await options.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('.options__footer a[href$="THIRD-PARTY-NOTICES.txt"]');
    return link ? (await fetch(link.href)).text() : '';
  });
  check(/Open Database License/.test(notices) && /pnasnexus\/pgad286/.test(notices) && /preact/.test(notices), 'the options page links to the shipped third-party notices');

  const violations = await seriousAxeViolations(options);
  check(violations.length === 0, `axe violations:\n${violations.join('\n')}`);
  await options.screenshot({ path: resolve(ROOT, 'docs/options.png'), fullPage: true });
  console.log(`  screenshot: ${resolve(ROOT, 'docs/options.png')}`);

  await options.getByRole('button', { name: /^Delete note/ }).first().click();
  await options.getByRole('button', { name: 'Keep it' }).click();
  check((await options.locator('.notes-list__item', { hasText: NOTE }).count()) === 1, '"Keep it" keeps the note');
  await options.getByRole('button', { name: /^Delete note/ }).first().click();
  await options.getByRole('button', { name: 'Yes, delete' }).click();
  await eventually('the note gone', async () => (await options.locator('.notes-list__item', { hasText: NOTE }).count()) === 0);
  await options.close();
});

const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'";
const SELECTION_NOTE = 'Which front, and says who?';
const SELECTED_WORDS = 'frontline operations';

/** What the context menu's "Add ClaimLens note" does: the background asks the tab's content script (a menu cannot be clicked from here). */
function addNoteOnSelection(tabId: number, selectionText: string): Promise<void> {
  return browser.serviceWorker.evaluate(
    async ({ tabId, selectionText }) => {
      await chrome.tabs.sendMessage(tabId, { channel: 'claimlens:notes-to-content', type: 'add-selection-note', data: { selectionText } }, { frameId: 0 });
    },
    { tabId, selectionText },
  );
}

runner.test('a note on selected words: a panel of its own under the selection (no browser dialog), saved with the keyboard', async () => {
  const { page, tabId } = await openArticle();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Nothing selected: the panel says so, and Escape closes it.
  await addNoteOnSelection(tabId, '');
  await eventually('the panel saying what to do', () => page.locator('claimlens-note-editor').count());
  const hidden = await page.evaluate(() => document.querySelector('claimlens-note-editor')!.shadowRoot === null);
  check(hidden, 'the panel is a closed shadow root (page scripts cannot read the note)');
  await page.keyboard.press('Escape');
  await eventually('the panel closed', async () => (await page.locator('claimlens-note-editor').count()) === 0);

  const selected = await page.evaluate(selectWordsInPage, SELECTED_WORDS);
  check(selected.text === SELECTED_WORDS, `the words are selected (got "${selected.text}")`);
  await addNoteOnSelection(tabId, selected.text);
  const panel = page.locator('claimlens-note-editor');
  await eventually('the note panel', () => panel.count());
  const place = await page.evaluate((bottom) => {
    const box = document.querySelector('claimlens-note-editor')!.getBoundingClientRect();
    return { below: box.top >= bottom - 1, near: box.top - bottom < 40 };
  }, selected.bottom);
  check(place.below && place.near, `the panel sits just under the selected words (${JSON.stringify(place)})`);
  const width = await panel.evaluate((host) => host.getBoundingClientRect().width);
  check(width === 320, `the panel keeps its own styles under the page's strict CSP (width ${width}, styled 320)`);
  // The text box has the focus: typed keys go into the note, Ctrl+Enter saves.
  await page.keyboard.type(SELECTION_NOTE);
  const box = await panel.boundingBox();
  if (box) {
    const shot = resolve(ROOT, 'docs/selection-note.png');
    await page.screenshot({ path: shot, clip: { x: Math.max(0, box.x - 120), y: Math.max(0, box.y - 90), width: box.width + 240, height: box.height + 110 } });
    console.log(`  screenshot: ${shot}`);
  }
  await page.keyboard.press('Control+Enter');
  await eventually('the panel closed after saving', async () => (await panel.count()) === 0);
  check(dialogs.length === 0, `no browser dialog was opened (got ${JSON.stringify(dialogs)})`);

  const popup = await openPopup(browser, tabId);
  try {
    // The words are inside a claim: the note shows with that claim, as the user's.
    const note = popup.locator('li.claim', { hasText: SELECTED_WORDS }).locator('[data-origin="user"]', { hasText: SELECTION_NOTE });
    await eventually('the note under the claim holding the words, in the popup', () => note.count());
  } finally {
    await popup.close();
  }
  await page.close();
});

runner.test('a note typed in a card survives Escape: the card opens again on it, and Ctrl+Enter saves it', async () => {
  const { page, tabId } = await openArticle();
  const mark = page.locator('claimlens-mark', { hasText: DRAFT_CLAIM_WORDS }).first();
  await mark.scrollIntoViewIfNeeded();
  // Keyboard only: focusing the mark opens its card, Enter moves into it ("Add note"), Enter opens the form.
  await mark.focus();
  await eventually('the card on focus', () => cardShown(page));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(DRAFT_NOTE);
  await page.keyboard.press('Escape');
  await eventually('the card closed by Escape', async () => !(await cardShown(page)));
  const back = await page.evaluate(() => document.activeElement?.tagName);
  check(back === 'CLAIMLENS-MARK', `the focus went back to the mark (got ${back})`);
  // Focus going back must not open the card again by itself.
  await page.waitForTimeout(300);
  check(!(await cardShown(page)), 'the card stays closed after Escape');

  // Hovering the mark opens the card again, on the unsaved text; Enter from the focused mark goes to its
  // text box (the first control of the card now), and Ctrl+Enter saves what was typed before Escape.
  await mark.hover();
  await eventually('the card again', () => cardShown(page));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await eventually('the note typed before Escape, saved, under its claim in the popup', async () => {
    const popup = await openPopup(browser, tabId);
    try {
      return (await popup.locator('li.claim', { hasText: DRAFT_CLAIM_WORDS }).locator('[data-origin="user"]', { hasText: DRAFT_NOTE }).count()) > 0;
    } finally {
      await popup.close();
    }
  });
  await page.close();
});

runner.test('a note typed in the popup survives the popup closing (any click outside it): it opens again on the text', async () => {
  const { page, tabId } = await openArticle();
  const first = await openPopup(browser, tabId);
  const claimIn = (popup: Page) => popup.locator('li.claim', { hasText: POPUP_DRAFT_CLAIM_WORDS }).first();
  await eventually('the claim in the popup', () => claimIn(first).count());
  await claimIn(first).getByRole('button', { name: 'Add note' }).click();
  await claimIn(first).getByRole('textbox', { name: 'Note' }).fill(POPUP_DRAFT);
  // Kept in session storage as typed, before anything is saved.
  await eventually('the draft in session storage', () =>
    browser.serviceWorker.evaluate(async (text: string) => JSON.stringify(await chrome.storage.session.get(null)).includes(text), POPUP_DRAFT),
  );
  await first.close();

  const again = await openPopup(browser, tabId);
  try {
    const box = claimIn(again).getByRole('textbox', { name: 'Note' });
    await eventually('the popup open again on the unsaved text', async () => (await box.count()) > 0 && (await box.inputValue()) === POPUP_DRAFT);
    check(/Not saved yet/.test((await claimIn(again).locator('.note__notice').textContent()) ?? ''), 'the popup says the text was not saved yet');
    await claimIn(again).getByRole('button', { name: 'Save' }).click();
    await eventually('the saved note under its claim', () => claimIn(again).locator('[data-origin="user"]', { hasText: POPUP_DRAFT }).count());
    const left = await browser.serviceWorker.evaluate(async (text: string) => JSON.stringify(await chrome.storage.session.get(null)).includes(text), POPUP_DRAFT);
    check(!left, 'no draft is left once the note is saved');
  } finally {
    await again.close();
  }
  await page.close();
});

async function main(): Promise<number> {
  profile = await mkdtemp(join(tmpdir(), 'claimlens-profile-'));
  // A strict Content-Security-Policy, as news sites send: ClaimLens's marks, cards and note panel must
  // work and keep their styles under it.
  server = await serve({ '/seed-article.html': { file: resolve(ROOT, 'tests/fixtures/seed-article.html'), headers: { 'content-security-policy': STRICT_CSP } } });
  browser = await launch();
  try {
    return await runner.run();
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

runSuite(main);
