/**
 * Link checks in the background (issue 3): runs the shared checker on a tab's unchecked web links,
 * merges each verdict into the tab's analysis as it arrives (so the badge, an open popup and the
 * page's markers follow live), and keeps the run's progress in session storage beside the results,
 * so closing the popup or a worker restart loses nothing that was finished.
 *
 * Nothing is fetched without the optional host permission, and only for a tab's analysis that the
 * background itself received from ClaimLens's own content script: a message names a tab, never URLs.
 */
import { browser } from 'wxt/browser';
import { LINK_CHECK_ORIGINS, checkLinks, createStorageLinkCache, isCheckable, type LinkCheckCache } from '../link-check';
import { mergeCheckedLinks } from '../link-check/merge';
import {
  backgroundToContent,
  backgroundToPage,
  onMessages,
  pageToBackground,
  sendMessage,
  sendTabMessage,
  type LinkCheckProgress,
  type PageAnalysis,
} from '../messaging';
import { linkCheckSettingsItem, tabLinkCheckItem, type LinkCheckSettings } from '../storage';
import type { LinkReport } from '../types';
import type { TabAnalyses } from './tab-store';


export interface LinkCheckDeps {
  tabs: TabAnalyses;
  /** Shows a tab's changed analysis (badge, open popups). */
  publish: (tabId: number, analysis: PageAnalysis) => Promise<void>;
  /** Whether the user granted the host permission. Default: `browser.permissions.contains`. */
  hasPermission?: () => Promise<boolean>;
  settings?: () => Promise<LinkCheckSettings>;
  /** Default: verdicts kept in `browser.storage.local`. */
  cache?: LinkCheckCache;
  fetch?: typeof fetch;
  now?: () => Date;
}

interface Run {
  url: string;
  controller: AbortController;
  progress: LinkCheckProgress;
}

/** Each tab's link-check run. */
export class TabLinkChecks {
  private readonly runs = new Map<number, Run>();
  /** Each tab's check() that has not yet decided whether to start a run. */
  private readonly starting = new Map<number, Promise<LinkCheckProgress>>();
  private readonly now: () => Date;
  private cacheInstance: LinkCheckCache | undefined;

  constructor(private readonly deps: LinkCheckDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Starts checking the tab's links (or joins the run under way); resolves to where the run stands.
   * Calls that arrive while one is still starting join it: the popup starts a check when it opens and
   * the user may click "Check links" at the same moment, and two runs would fetch every link twice
   * and race each other's writes to the tab's analysis.
   */
  check(tabId: number): Promise<LinkCheckProgress> {
    const starting = this.starting.get(tabId);
    if (starting) return starting;
    const started = this.start(tabId).finally(() => this.starting.delete(tabId));
    this.starting.set(tabId, started);
    return started;
  }

  private async start(tabId: number): Promise<LinkCheckProgress> {
    const analysis = await this.deps.tabs.get(tabId);
    const running = this.runs.get(tabId);
    if (running && !running.controller.signal.aborted && running.url === analysis?.url) return running.progress;
    const startedAt = this.now().toISOString();
    if (analysis?.phase !== 'ready' || !analysis.notes) {
      return { phase: 'failed', url: analysis?.url ?? '', done: 0, total: 0, error: 'This page has not been analysed yet.', startedAt };
    }
    if (!(await this.permitted())) {
      const progress: LinkCheckProgress = { phase: 'needs-permission', url: analysis.url, done: 0, total: 0, startedAt };
      await this.report(tabId, progress);
      return progress;
    }
    const settings = await (this.deps.settings ?? (() => linkCheckSettingsItem.getValue()))();
    // Links an earlier run skipped (no permission then, private addresses refused then) get another chance.
    const links = analysis.notes.links.map((link) => (link.status === 'skipped' && link.checkedAt ? { ...link, status: 'unchecked' as const } : link));
    const total = links.filter(isCheckable).length;
    if (total === 0) {
      // Nothing left to check: the finished run of this page still stands ("23 links checked"), not a new empty one.
      const stored = await tabLinkCheckItem(tabId)
        .getValue()
        .catch(() => null);
      if (stored?.phase === 'done' && stored.url === analysis.url) return stored;
      const progress: LinkCheckProgress = { phase: 'done', url: analysis.url, done: 0, total: 0, startedAt, finishedAt: startedAt };
      await this.report(tabId, progress);
      return progress;
    }
    const run: Run = {
      url: analysis.url,
      controller: new AbortController(),
      progress: { phase: 'checking', url: analysis.url, done: 0, total, startedAt },
    };
    running?.controller.abort();
    this.runs.set(tabId, run);
    await this.report(tabId, run.progress);
    void this.execute(tabId, run, links, settings);
    return run.progress;
  }

  /** Where the tab's last run stands: the live run, else the stored one, else null. */
  async progress(tabId: number): Promise<LinkCheckProgress | null> {
    const running = this.runs.get(tabId);
    if (running) return running.progress;
    const stored = await tabLinkCheckItem(tabId)
      .getValue()
      .catch(() => null);
    // A run this worker does not know was cut short by a worker restart.
    if (stored?.phase === 'checking') return { ...stored, phase: 'failed', error: 'The check was interrupted; check again to finish it.' };
    return stored;
  }

  /** Checks a freshly analysed page when the user asked for automatic checks and granted the permission. */
  async onAnalysis(tabId: number, analysis: PageAnalysis): Promise<void> {
    if (analysis.phase !== 'ready') return;
    const settings = await (this.deps.settings ?? (() => linkCheckSettingsItem.getValue()))();
    if (!settings.autoCheck || !(await this.permitted())) return;
    await this.check(tabId);
  }

  /** Stops the tab's run and forgets its progress (tab closed or navigated away). */
  async cancel(tabId: number): Promise<void> {
    this.runs.get(tabId)?.controller.abort();
    this.runs.delete(tabId);
    await tabLinkCheckItem(tabId)
      .removeValue()
      .catch(() => undefined);
  }

  private async execute(tabId: number, run: Run, links: LinkReport[], settings: LinkCheckSettings): Promise<void> {
    let pending: LinkReport[] = [];
    let flushing = Promise.resolve();
    // Verdicts arrive faster than storage writes finish: each flush takes all that piled up meanwhile.
    const flush = () => {
      flushing = flushing.then(async () => {
        if (pending.length === 0) return;
        const batch = pending;
        pending = [];
        await this.apply(tabId, run, batch);
      });
      return flushing;
    };
    try {
      const checked = await checkLinks(links, {
        cache: this.cache(),
        fetch: this.deps.fetch,
        allowPrivate: settings.allowPrivate,
        timeoutMs: settings.timeoutMs,
        perHost: settings.perHost,
        concurrency: settings.concurrency,
        signal: run.controller.signal,
        now: this.now,
        onProgress: (done, total, report) => {
          run.progress = { ...run.progress, done, total };
          pending.push(report);
          void flush();
        },
      });
      await flush();
      if (run.controller.signal.aborted) return;
      // Once more as a whole, so a batch that crossed a re-analysis of the page is not lost.
      await this.apply(tabId, run, checked.filter((link, i) => link !== links[i]));
      run.progress = { ...run.progress, phase: 'done', done: run.progress.total, finishedAt: this.now().toISOString() };
    } catch (error) {
      await flushing.catch(() => undefined);
      if (run.controller.signal.aborted) return;
      run.progress = { ...run.progress, phase: 'failed', error: error instanceof Error ? error.message : String(error), finishedAt: this.now().toISOString() };
    }
    if (this.runs.get(tabId) !== run) return;
    this.runs.delete(tabId);
    await this.report(tabId, run.progress);
  }

  /** Merges checked links into the tab's analysis and tells the popup and the page. */
  private async apply(tabId: number, run: Run, links: LinkReport[]): Promise<void> {
    if (run.controller.signal.aborted) return;
    const current = await this.deps.tabs.get(tabId);
    if (current?.phase !== 'ready' || !current.notes || current.url !== run.url) {
      // The tab moved on to another page: these verdicts are not its links any more.
      run.controller.abort();
      if (this.runs.get(tabId) === run) this.runs.delete(tabId);
      return;
    }
    if (links.length > 0) {
      const next: PageAnalysis = { ...current, notes: mergeCheckedLinks(current.notes, links) };
      await this.deps.tabs.set(tabId, next);
      await this.deps.publish(tabId, next);
      await sendTabMessage(backgroundToContent, tabId, 'links-checked', { links }).catch(() => undefined);
    }
    await this.report(tabId, run.progress);
  }

  /** Keeps the progress in session storage and tells open popups. */
  private async report(tabId: number, progress: LinkCheckProgress): Promise<void> {
    try {
      await tabLinkCheckItem(tabId).setValue(progress);
    } catch {
      // No session storage: the live run in memory still answers the popup.
    }
    await sendMessage(backgroundToPage, 'link-check-progress', { tabId, progress }).catch(() => undefined);
  }

  private async permitted(): Promise<boolean> {
    const ask = this.deps.hasPermission ?? (() => browser.permissions.contains({ origins: LINK_CHECK_ORIGINS }));
    return ask().catch(() => false);
  }

  private cache(): LinkCheckCache {
    this.cacheInstance ??= this.deps.cache ?? createStorageLinkCache(browser.storage.local);
    return this.cacheInstance;
  }
}

/** Answers the popup's link-check messages (sender-checked by the direction); returns the runs. */
export function startLinkChecks(deps: LinkCheckDeps, signal: AbortSignal): TabLinkChecks {
  const checks = new TabLinkChecks(deps);
  onMessages(
    pageToBackground,
    {
      'check-links': async ({ tabId }): Promise<LinkCheckProgress> => {
        if (!Number.isInteger(tabId)) {
          return { phase: 'failed', url: '', done: 0, total: 0, error: 'No such tab.', startedAt: new Date().toISOString() };
        }
        return checks.check(tabId);
      },
      'get-link-check': async ({ tabId }) => (Number.isInteger(tabId) ? checks.progress(tabId) : null),
    },
    signal,
  );
  const onRemoved = (tabId: number) => void checks.cancel(tabId);
  browser.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => browser.tabs.onRemoved.removeListener(onRemoved), { once: true });
  return checks;
}
