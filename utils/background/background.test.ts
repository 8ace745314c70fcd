import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentToBackground, pageToBackground, type MessageSender, type PageAnalysis } from '../messaging';
import { claimAt, linkReport, pageNotes } from '../overlay/test-notes';
import { tabAnalysisItem } from '../storage';
import { badgeText, flaggedLinkCount } from './badge';
import { startBackground } from './index';
import { TabAnalyses } from './tab-store';

const OWN_ID = fakeBrowser.runtime.id;
const TAB = 12;
const tab = { id: TAB, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as NonNullable<MessageSender['tab']>;
const contentSender: MessageSender = { id: OWN_ID, tab, frameId: 0, url: 'https://news.example/story' };
const popupSender: MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

function readyAnalysis(): PageAnalysis {
  const text = 'The Ministry said 40 schools closed.';
  // As the background keeps it: web links and the page carry their registrable domain (example.org is unrated).
  const notes = pageNotes(
    [claimAt('c1', text, 0, text.length)],
    [linkReport('l0', 'malformed'), linkReport('l1', 'ok'), linkReport('l2', 'empty', { tag: 'img' }), linkReport('l3', 'placeholder', { flagged: false })].map(
      (link) => ({ ...link, domain: 'example.org' }),
    ),
    { domain: 'news.example' },
  );
  return { phase: 'ready', url: notes.url, notes, reportedAt: '2024-01-01T00:00:01.000Z' };
}

const report = (analysis: unknown, sender = contentSender) =>
  fakeBrowser.runtime.onMessage.trigger({ channel: contentToBackground.channel, type: 'page-analysis', data: analysis }, sender);
const ask = async (tabId: number, sender = popupSender) =>
  (await fakeBrowser.runtime.onMessage.trigger({ channel: pageToBackground.channel, type: 'get-tab-analysis', data: { tabId } }, sender)).find(
    (answer) => answer !== undefined,
  );
const badge = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

describe('badge figures', () => {
  it('counts the flagged links, as the analyzer decided them', () => {
    expect(flaggedLinkCount(readyAnalysis().notes!)).toBe(2);
  });

  it('shows nothing for zero and caps big numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(12345)).toBe('999+');
  });
});

describe('background', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = startBackground();
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('keeps a tab\'s analysis, answers the popup with it and shows the flagged count on that tab\'s badge', async () => {
    await report(readyAnalysis());
    expect(await ask(TAB)).toEqual(readyAnalysis());
    expect(await badge()).toBe('2');
    expect(await badge(TAB + 1)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('ClaimLens: 1 claim, 2 flagged links');
  });

  it('answers null for a tab it knows nothing of', async () => {
    expect(await ask(99)).toBeNull();
  });

  it('ignores reports from senders other than its own content scripts, and malformed reports', async () => {
    await report(readyAnalysis(), { ...contentSender, id: 'another-extension' });
    await report(readyAnalysis(), popupSender);
    await report({ phase: 'ready', url: 'https://x.example/' });
    expect(await ask(TAB)).toBeNull();
    expect(await badge()).toBe('');
  });

  it('does not answer a content script asking for a tab\'s results', async () => {
    await report(readyAnalysis());
    expect(await ask(TAB, contentSender)).toBeUndefined();
  });

  it('survives a service worker restart through session storage', async () => {
    await report(readyAnalysis());
    stop();
    // A fresh worker: empty memory, same session storage.
    stop = startBackground(new TabAnalyses());
    expect(await ask(TAB)).toEqual(readyAnalysis());
  });

  it('clears a tab when it navigates to a page with no content script answering, and when it closes', async () => {
    await report(readyAnalysis());
    // fakeBrowser has no content script to answer tabs.sendMessage: like a new or restricted document.
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    expect(await ask(TAB)).toBeNull();
    expect(await tabAnalysisItem(TAB).getValue()).toBeNull();

    await report(readyAnalysis());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await ask(TAB)).toBeNull());
  });

  it('keeps a tab whose content script still answers (a hash change or a late frame, not a new document)', async () => {
    await report(readyAnalysis());
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(readyAnalysis());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(await ask(TAB)).toEqual(readyAnalysis());
    expect(await badge()).toBe('2');
  });

  it('does not let an older answer from the content script overwrite a newer report', async () => {
    const older: PageAnalysis = { phase: 'analysing', url: 'https://news.example/story', reportedAt: '2024-01-01T00:00:00.000Z' };
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(older);
    await report(readyAnalysis());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await ask(TAB)).toEqual(readyAnalysis());
  });
});
