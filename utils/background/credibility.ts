/**
 * Source credibility in the background (issue 6): rates every web link of a tab's analysis with the
 * Lin et al. (2023) table (loaded the first time it is needed, never sent to a page) and the user's
 * own ratings, keeps the ClaimReview fact-checks the user's pages carried, and matches each analysed
 * claim against them. Nothing leaves the device: ratings and fact-checks are looked up locally.
 */
import type { FactCheck } from '../analyze/index';
import { factChecksFromJson, parseJsonLd } from '../credibility/claimreview';
import { loadRatingTable } from '../credibility/load-extension';
import { withDomainRatings, withFactChecks } from '../credibility/page-credibility';
import { createRatingLookup, type RateDomain, type RatingTable } from '../credibility/ratings';
import { addFactChecks, readFactChecks, readUserRatings } from '../credibility/stored';
import {
  backgroundToContent,
  contentToBackground,
  onMessages,
  sendTabMessage,
  type MessageSender,
  type PageAnalysis,
} from '../messaging';
import { factChecksItem, userRatingsItem } from '../storage';

/** Most JSON-LD scripts read from one page, and the longest one: real pages carry a few small ones. */
export const MAX_JSON_LD_SCRIPTS = 20;
export const MAX_JSON_LD_CHARS = 500_000;

export interface CredibilityDeps {
  /** Default: the shipped table, fetched from the extension's own files. */
  loadTable?: () => Promise<RatingTable>;
}

/** The background's ratings lookup and fact-check store, kept between pages and rebuilt when the user changes them. */
export class PageCredibility {
  private lookup: Promise<RateDomain> | undefined;
  private factChecks: Promise<FactCheck[]> | undefined;

  constructor(private readonly deps: CredibilityDeps = {}) {}

  /** A ready analysis with its links and page rated and its claims matched against stored fact-checks; others as they are. */
  async enrich(analysis: PageAnalysis): Promise<PageAnalysis> {
    if (analysis.phase !== 'ready' || !analysis.notes) return analysis;
    try {
      const [rateDomain, factChecks] = await Promise.all([this.rateDomain(), this.storedFactChecks()]);
      const notes = withFactChecks(withDomainRatings(analysis.notes, rateDomain), factChecks);
      return { ...analysis, notes };
    } catch (error) {
      // Ratings are extra: the page's own analysis still reaches the popup without them.
      console.warn('ClaimLens: could not rate this page’s sources', error);
      return analysis;
    }
  }

  /** Gives the page its links' ratings, so its link markers and cards show them. */
  async tellPage(tabId: number, analysis: PageAnalysis): Promise<void> {
    const links = analysis.notes?.links.filter((link) => link.domain !== undefined) ?? [];
    if (links.length === 0) return;
    // No content script listening (the page went away) is fine: the popup has the ratings anyway.
    await sendTabMessage(backgroundToContent, tabId, 'links-checked', { links }).catch(() => undefined);
  }

  /** Stores the fact-checks in a page's JSON-LD scripts; resolves to how many were new. */
  async factChecksSeen(jsonLd: unknown, siteName: unknown, pageUrl: string | undefined): Promise<{ added: number }> {
    if (!Array.isArray(jsonLd)) return { added: 0 };
    const blocks: unknown[] = [];
    for (const text of jsonLd.slice(0, MAX_JSON_LD_SCRIPTS)) {
      if (typeof text !== 'string' || text.length > MAX_JSON_LD_CHARS) continue;
      const json = parseJsonLd(text);
      if (json !== undefined) blocks.push(json);
    }
    const url = pageUrl && /^https?:\/\//i.test(pageUrl) ? pageUrl : undefined;
    const name = typeof siteName === 'string' && siteName.trim() ? siteName.trim().slice(0, 200) : undefined;
    const found = factChecksFromJson(blocks, url, name);
    if (found.length === 0) return { added: 0 };
    const { added } = await addFactChecks(found);
    return { added };
  }

  /** Drops the lookup (the user's ratings changed). */
  forgetRatings(): void {
    this.lookup = undefined;
  }

  /** Drops the fact-checks held in memory (the store changed). */
  forgetFactChecks(): void {
    this.factChecks = undefined;
  }

  private rateDomain(): Promise<RateDomain> {
    this.lookup ??= this.buildLookup().catch((error: unknown) => {
      this.lookup = undefined;
      throw error;
    });
    return this.lookup;
  }

  private async buildLookup(): Promise<RateDomain> {
    const [table, overrides] = await Promise.all([
      (this.deps.loadTable ?? loadRatingTable)().catch((error: unknown) => {
        // Without the table the user's own ratings still apply; the next page tries the table again.
        console.warn('ClaimLens: could not load the domain ratings', error);
        queueMicrotask(() => this.forgetRatings());
        return undefined;
      }),
      readUserRatings().catch(() => []),
    ]);
    return createRatingLookup(table, overrides);
  }

  private storedFactChecks(): Promise<FactCheck[]> {
    // One array per store state: the matcher indexes an array once, so it must be the same array each page.
    this.factChecks ??= readFactChecks().catch(() => []);
    return this.factChecks;
  }
}

/** Listens for the fact-checks pages report and for changes to the user's ratings; returns the credibility state. */
export function startCredibility(signal: AbortSignal, deps: CredibilityDeps = {}): PageCredibility {
  const credibility = new PageCredibility(deps);
  onMessages(
    contentToBackground,
    {
      'fact-checks-seen': ({ jsonLd, siteName }, sender: MessageSender) => credibility.factChecksSeen(jsonLd, siteName, sender.tab?.url ?? sender.url),
    },
    signal,
  );
  const unwatchRatings = userRatingsItem.watch(() => credibility.forgetRatings());
  const unwatchFactChecks = factChecksItem.watch(() => credibility.forgetFactChecks());
  signal.addEventListener(
    'abort',
    () => {
      unwatchRatings();
      unwatchFactChecks();
    },
    { once: true },
  );
  return credibility;
}
