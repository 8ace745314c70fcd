/**
 * Where the popup gets its tab's analysis: the background's copy, else the content script itself,
 * kept current by the background's broadcasts (with a slow poll as a fallback while analysing).
 */
import { browser } from 'wxt/browser';
import type { PopupState } from '@/components/PopupView';
import {
  backgroundToPage,
  isPageAnalysis,
  onMessages,
  pageToBackground,
  pageToContent,
  sendMessage,
  sendTabMessage,
  type PageAnalysis,
} from '@/utils/messaging';

/** The tab the popup is about: `?tabId=N` when given (tests, a popup opened as a page), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup state for an analysis (null: nothing answers for the tab). */
export function stateOf(analysis: PageAnalysis | null, restrictedDetail: string): PopupState {
  if (!analysis) return { kind: 'restricted', detail: restrictedDetail };
  if (analysis.phase === 'ready' && analysis.notes) return { kind: 'ready', notes: analysis.notes };
  if (analysis.phase === 'failed') return { kind: 'failed', error: analysis.error ?? 'unknown error' };
  return { kind: 'waiting' };
}

/** Finds the tab's analysis: the background's if finished, else the content script's own view. */
export async function fetchAnalysis(tabId: number): Promise<PageAnalysis | null> {
  const kept = await sendMessage(pageToBackground, 'get-tab-analysis', { tabId }).catch(() => null);
  if (isPageAnalysis(kept) && kept.phase !== 'analysing') return kept;
  const live = await sendTabMessage(pageToContent, tabId, 'get-page-analysis', {}).catch(() => null);
  if (isPageAnalysis(live)) return live;
  return isPageAnalysis(kept) ? kept : null;
}

/** Why a page has no analysis, in words; names the page's scheme when the browser tells us the URL. */
export async function restrictedDetail(tabId: number): Promise<string> {
  const url = await browser.tabs
    .get(tabId)
    .then((tab) => tab.url)
    .catch(() => undefined);
  if (url && !/^https?:/i.test(url)) {
    return `ClaimLens only reads web pages (http and https). Browsers do not let extensions into pages such as ${url.split(':')[0]}: pages.`;
  }
  return 'The browser does not let extensions read this page (browser pages, extension stores, some built-in viewers), or the page was open before ClaimLens was installed: reload it to analyse it.';
}

/** Follows the tab's analysis; calls `onState` now and on every change. Returns a stop function. */
export function watchTab(tabId: number, onState: (state: PopupState) => void): () => void {
  const controller = new AbortController();
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let polls = 0;

  const refresh = async () => {
    const analysis = await fetchAnalysis(tabId);
    if (controller.signal.aborted) return;
    onState(stateOf(analysis, analysis ? '' : await restrictedDetail(tabId)));
    clearTimeout(pollTimer);
    // Broadcasts can be missed (the popup opened mid-message); polling gently covers that gap.
    if (analysis?.phase === 'analysing' && polls++ < 60) pollTimer = setTimeout(refresh, 1000);
  };

  onMessages(
    backgroundToPage,
    {
      'tab-analysis-changed': ({ tabId: changed, analysis }) => {
        if (changed !== tabId) return;
        if (analysis && analysis.phase !== 'analysing') onState(stateOf(analysis, ''));
        // Cleared (navigation) or restarted: ask again rather than show a stale or empty state.
        else void refresh();
      },
    },
    controller.signal,
  );
  void refresh();
  return () => {
    controller.abort();
    clearTimeout(pollTimer);
  };
}

/** Asks the tab's content script to scroll to a claim and flash it. */
export async function revealClaim(tabId: number, claimId: string): Promise<boolean> {
  const answer = await sendTabMessage(pageToContent, tabId, 'reveal-claim', { claimId });
  return answer?.revealed === true;
}
