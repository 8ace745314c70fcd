import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  contentToBackground,
  isOwnContentScript,
  isOwnExtensionPage,
  isPageAnalysis,
  onMessages,
  pageToBackground,
  type MessageSender,
} from './messaging';

const OWN_ID = fakeBrowser.runtime.id;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as MessageSender['tab'];

const senders = {
  contentScript: { id: OWN_ID, tab, frameId: 0, url: 'https://news.example/story' },
  contentScriptInFrame: { id: OWN_ID, tab, frameId: 4, url: 'https://ads.example/frame' },
  popup: { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
  popupInTab: { id: OWN_ID, tab, frameId: 0, url: `chrome-extension://${OWN_ID}/popup.html?tabId=7` },
  otherExtension: { id: 'someone-else', tab, frameId: 0, url: 'https://news.example/story' },
  otherExtensionPage: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  noId: { tab, url: 'https://news.example/story' },
} satisfies Record<string, MessageSender>;

function envelope(channel: string, type: string, data: unknown) {
  return { channel, type, data };
}

describe('sender checks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts only this extension\'s content script in a top frame as a content script', () => {
    expect(isOwnContentScript(senders.contentScript)).toBe(true);
    expect(isOwnContentScript(senders.contentScriptInFrame)).toBe(false);
    expect(isOwnContentScript(senders.popup)).toBe(false);
    expect(isOwnContentScript(senders.popupInTab)).toBe(false);
    expect(isOwnContentScript(senders.otherExtension)).toBe(false);
    expect(isOwnContentScript(senders.noId)).toBe(false);
  });

  it('accepts only this extension\'s own pages as extension pages, even when opened in a tab', () => {
    expect(isOwnExtensionPage(senders.popup)).toBe(true);
    expect(isOwnExtensionPage(senders.popupInTab)).toBe(true);
    expect(isOwnExtensionPage(senders.contentScript)).toBe(false);
    expect(isOwnExtensionPage(senders.otherExtensionPage)).toBe(false);
    expect(isOwnExtensionPage(senders.noId)).toBe(false);
  });
});

describe('onMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a message on its channel from an accepted sender', async () => {
    const handler = vi.fn(({ tabId }: { tabId: number }) => (tabId === 3 ? null : null));
    onMessages(pageToBackground, { 'get-tab-analysis': handler });
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope(pageToBackground.channel, 'get-tab-analysis', { tabId: 3 }), senders.popup);
    expect(handler).toHaveBeenCalledWith({ tabId: 3 }, senders.popup);
    expect(answers).toEqual([null]);
  });

  it('ignores a direction\'s messages from a sender that may not use it', async () => {
    const handler = vi.fn();
    onMessages(pageToBackground, { 'get-tab-analysis': handler });
    onMessages(contentToBackground, { 'page-analysis': handler });
    // A content script (or a page it could be tricked by) may not read other tabs' results…
    await fakeBrowser.runtime.onMessage.trigger(envelope(pageToBackground.channel, 'get-tab-analysis', { tabId: 1 }), senders.contentScript);
    // …nor may another extension, or a popup, report page results.
    const report = { phase: 'analysing', url: 'https://x.example/', reportedAt: '2024-01-01T00:00:00Z' };
    await fakeBrowser.runtime.onMessage.trigger(envelope(contentToBackground.channel, 'page-analysis', report), senders.otherExtension);
    await fakeBrowser.runtime.onMessage.trigger(envelope(contentToBackground.channel, 'page-analysis', report), senders.popup);
    await fakeBrowser.runtime.onMessage.trigger(envelope(contentToBackground.channel, 'page-analysis', report), senders.contentScriptInFrame);
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves other channels, unknown types and foreign messages unanswered', async () => {
    const handler = vi.fn(() => null);
    onMessages(pageToBackground, { 'get-tab-analysis': handler });
    const answers = [
      ...(await fakeBrowser.runtime.onMessage.trigger(envelope(contentToBackground.channel, 'get-tab-analysis', { tabId: 1 }), senders.popup)),
      ...(await fakeBrowser.runtime.onMessage.trigger(envelope(pageToBackground.channel, 'delete-everything', {}), senders.popup)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-tab-analysis', data: { tabId: 1 } }, senders.popup)),
      ...(await fakeBrowser.runtime.onMessage.trigger('hello', senders.popup)),
    ];
    expect(handler).not.toHaveBeenCalled();
    expect(answers).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('stops listening when its signal aborts', async () => {
    const handler = vi.fn(() => null);
    const controller = new AbortController();
    onMessages(pageToBackground, { 'get-tab-analysis': handler }, controller.signal);
    controller.abort();
    await fakeBrowser.runtime.onMessage.trigger(envelope(pageToBackground.channel, 'get-tab-analysis', { tabId: 1 }), senders.popup);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('isPageAnalysis', () => {
  it('accepts reports and rejects malformed ones', () => {
    expect(isPageAnalysis({ phase: 'analysing', url: 'https://a.example/', reportedAt: 'now' })).toBe(true);
    expect(isPageAnalysis({ phase: 'ready', url: 'https://a.example/', reportedAt: 'now' })).toBe(false);
    expect(isPageAnalysis({ phase: 'ready', url: 'https://a.example/', reportedAt: 'now', notes: { claims: [], links: [], stats: {} } })).toBe(true);
    expect(isPageAnalysis({ phase: 'done', url: 'https://a.example/', reportedAt: 'now' })).toBe(false);
    expect(isPageAnalysis(null)).toBe(false);
  });
});
