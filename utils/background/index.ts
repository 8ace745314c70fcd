/**
 * The background's wiring: keeps each tab's analysis, shows it on the badge, answers the popup.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  backgroundToPage,
  contentToBackground,
  isPageAnalysis,
  onMessages,
  pageToBackground,
  pageToContent,
  sendMessage,
  sendTabMessage,
  type PageAnalysis,
} from '../messaging';
import { showOnBadge } from './badge';
import { startCredibility, type CredibilityDeps } from './credibility';
import { startLinkChecks } from './link-checks';
import { TabAnalyses } from './tab-store';

/** Starts the background's listeners; returns a function that stops them (tests use it). */
export function startBackground(tabs: TabAnalyses = new TabAnalyses(), options: { credibility?: CredibilityDeps } = {}): () => void {
  const controller = new AbortController();
  const credibility = startCredibility(controller.signal, options.credibility);

  const publish = async (tabId: number, analysis: PageAnalysis | null) => {
    await showOnBadge(tabId, analysis);
    // An open popup updates live; with none open the broadcast has no receiver, which is fine.
    await sendMessage(backgroundToPage, 'tab-analysis-changed', { tabId, analysis }).catch(() => undefined);
  };

  const linkChecks = startLinkChecks({ tabs, publish }, controller.signal);

  onMessages(
    contentToBackground,
    {
      'page-analysis': async (reported, sender) => {
        // The sender check guarantees a tab; the shape check keeps a confused script from storing junk.
        const tabId = sender.tab!.id!;
        if (!isPageAnalysis(reported)) return;
        const analysis = await credibility.enrich(reported);
        // A newer report that arrived while the ratings loaded wins.
        const known = await tabs.get(tabId);
        if (known && known.reportedAt > analysis.reportedAt) return;
        await tabs.set(tabId, analysis);
        await publish(tabId, analysis);
        await credibility.tellPage(tabId, analysis);
        await linkChecks.onAnalysis(tabId, analysis);
      },
    },
    controller.signal,
  );

  onMessages(
    pageToBackground,
    {
      'get-tab-analysis': async ({ tabId }) => (Number.isInteger(tabId) ? tabs.get(tabId) : null),
    },
    controller.signal,
  );

  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    // "loading" also fires for hash changes and late frames, and "complete" ends a navigation: at
    // both, ask the tab's content script, the source of truth for its page, instead of guessing.
    if (change.status !== 'loading' && change.status !== 'complete') return;
    void syncWithTab(tabId);
  };
  const syncWithTab = async (tabId: number) => {
    const answer = await sendTabMessage(pageToContent, tabId, 'get-page-analysis', {}).catch(() => null);
    if (isPageAnalysis(answer)) {
      const current = await credibility.enrich(answer);
      // The answer may have crossed a newer report on the way; the newest word wins.
      const known = await tabs.get(tabId);
      if (known && known.reportedAt > current.reportedAt) return;
      await tabs.set(tabId, current);
      await publish(tabId, current);
    } else {
      // No content script answers: a new document without one yet, or a page it cannot run on.
      await tabs.clear(tabId);
      await publish(tabId, null);
    }
  };
  const onRemoved = (tabId: number) => void tabs.clear(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  return () => {
    controller.abort();
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
