import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryLinkCache } from '../link-check';
import { backgroundToPage, pageToBackground, type LinkCheckProgress, type MessageSender, type PageAnalysis } from '../messaging';
import { claimAt, linkReport, pageNotes } from '../overlay/test-notes';
import { DEFAULT_LINK_CHECK_SETTINGS, tabLinkCheckItem } from '../storage';
import { startLinkChecks, type LinkCheckDeps } from './link-checks';
import { TabAnalyses } from './tab-store';

const OWN_ID = fakeBrowser.runtime.id;
const TAB = 7;
const tab = { id: TAB, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as NonNullable<MessageSender['tab']>;
const popupSender: MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const contentSender: MessageSender = { id: OWN_ID, tab, frameId: 0, url: 'https://news.example/story' };

function analysis(): PageAnalysis {
  const text = 'The Ministry said 40 schools closed, citing its report.';
  const notes = pageNotes(
    [claimAt('c1', text, 0, text.length, { linkIds: ['l0'] })],
    [
      linkReport('l0', 'unchecked', { url: 'https://gov.example/report', href: 'https://gov.example/report' }),
      linkReport('l1', 'unchecked', { url: 'https://other.example/ok', href: 'https://other.example/ok' }),
      linkReport('l2', 'malformed'),
    ],
  );
  return { phase: 'ready', url: notes.url, notes, reportedAt: '2024-01-01T00:00:01.000Z' };
}

const ask = async (type: 'check-links' | 'get-link-check', sender = popupSender) =>
  (await fakeBrowser.runtime.onMessage.trigger({ channel: pageToBackground.channel, type, data: { tabId: TAB } }, sender)).find((a) => a !== undefined) as
    | LinkCheckProgress
    | null
    | undefined;

describe('background link checks', () => {
  let controller: AbortController;
  let tabs: TabAnalyses;
  let fetchMock: ReturnType<typeof vi.fn>;
  let permitted: boolean;
  let progress: LinkCheckProgress[];

  const start = (extra: Partial<LinkCheckDeps> = {}) =>
    startLinkChecks(
      {
        tabs,
        publish: async () => undefined,
        hasPermission: async () => permitted,
        settings: async () => ({ ...DEFAULT_LINK_CHECK_SETTINGS, timeoutMs: 1000 }),
        cache: new MemoryLinkCache(),
        fetch: fetchMock as unknown as typeof fetch,
        ...extra,
      },
      controller.signal,
    );

  beforeEach(async () => {
    fakeBrowser.reset();
    controller = new AbortController();
    tabs = new TabAnalyses();
    await tabs.set(TAB, analysis());
    permitted = true;
    progress = [];
    fetchMock = vi.fn(async (input: string) => {
      // The second host answers later, so progress is seen between the two verdicts.
      if (!input.endsWith('/report')) await new Promise((resolve) => setTimeout(resolve, 100));
      return new Response(null, { status: input.endsWith('/report') ? 404 : 200 });
    });
    // The progress broadcast, as an open popup would hear it.
    fakeBrowser.runtime.onMessage.addListener(((message: { channel: string; type: string; data: { progress: LinkCheckProgress } }) => {
      if (message.channel === backgroundToPage.channel && message.type === 'link-check-progress') progress.push(message.data.progress);
    }) as never);
  });
  afterEach(() => controller.abort());

  it('fetches nothing without the host permission and says the permission is needed', async () => {
    permitted = false;
    start();
    expect((await ask('check-links'))?.phase).toBe('needs-permission');
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await tabs.get(TAB))?.notes?.links.map((l) => l.status)).toEqual(['unchecked', 'unchecked', 'malformed']);
  });

  it('ignores link-check requests from content scripts and other extensions', async () => {
    start();
    expect(await ask('check-links', contentSender)).toBeUndefined();
    expect(await ask('check-links', { ...popupSender, id: 'another-extension' })).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports progress, merges verdicts into the tab and keeps them for a reopened popup', async () => {
    start();
    const first = await ask('check-links');
    expect(first).toMatchObject({ phase: 'checking', done: 0, total: 2 });
    await vi.waitFor(() => expect(progress.at(-1)?.phase).toBe('done'));
    expect(progress.some((p) => p.phase === 'checking' && p.done === 1 && p.total === 2)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
    const notes = (await tabs.get(TAB))!.notes!;
    expect(notes.links.map((l) => l.status)).toEqual(['broken', 'ok', 'malformed']);
    // The claim citing the dead report now carries the broken-source note.
    expect(notes.claims[0].notes.map((n) => n.code)).toContain('broken-source-link');
    // Kept in session storage: a restarted worker (fresh memory) still knows both.
    expect((await tabLinkCheckItem(TAB).getValue())?.phase).toBe('done');
    expect((await new TabAnalyses().get(TAB))?.notes?.links[0].status).toBe('broken');
    expect((await ask('get-link-check'))?.phase).toBe('done');
  });

  it('runs one check when the popup opening and the button ask at the same moment', async () => {
    start();
    const [opened, clicked] = await Promise.all([ask('check-links'), ask('check-links')]);
    expect(opened).toMatchObject({ phase: 'checking', done: 0, total: 2 });
    expect(clicked).toMatchObject({ phase: 'checking', done: 0, total: 2 });
    await vi.waitFor(() => expect(progress.at(-1)?.phase).toBe('done'));
    // Each link once: a second run would have asked each host again.
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual(['https://gov.example/report', 'https://other.example/ok']);
    expect(progress.every((p) => p.total === 2)).toBe(true);
  });

  it('asked again with nothing left to check, keeps the finished run instead of starting an empty one', async () => {
    start();
    await ask('check-links');
    await vi.waitFor(() => expect(progress.at(-1)?.phase).toBe('done'));
    const calls = fetchMock.mock.calls.length;
    const again = await ask('check-links');
    expect(again).toMatchObject({ phase: 'done', done: 2, total: 2 });
    expect(fetchMock.mock.calls.length).toBe(calls);
    expect(progress.some((p) => p.total === 0)).toBe(false);
  });

  it('never fetches private addresses unless allowed', async () => {
    const local = analysis();
    local.notes!.links = [linkReport('l0', 'unchecked', { url: 'http://192.168.1.1/admin', href: 'http://192.168.1.1/admin' })];
    await tabs.set(TAB, local);
    start();
    await ask('check-links');
    await vi.waitFor(() => expect(progress.at(-1)?.phase).toBe('done'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await tabs.get(TAB))?.notes?.links[0].status).toBe('skipped');
  });

  it('checks a newly analysed page by itself only when automatic checks are on', async () => {
    const off = start();
    await off.onAnalysis(TAB, analysis());
    expect(fetchMock).not.toHaveBeenCalled();
    controller.abort();
    controller = new AbortController();
    const on = start({ settings: async () => ({ ...DEFAULT_LINK_CHECK_SETTINGS, autoCheck: true }) });
    await on.onAnalysis(TAB, analysis());
    await vi.waitFor(() => expect(progress.at(-1)?.phase).toBe('done'));
    expect(fetchMock).toHaveBeenCalled();
  });
});
