/**
 * All of ClaimLens's extension storage (STYLE.md practice 4): typed items with a fallback and a
 * schema version from day one, so a later change of shape is a migration, not a rewrite.
 *
 * Defining an item touches no browser API; reads and writes happen when a caller asks.
 */
import { storage } from 'wxt/utils/storage';
import type { LinkCheckProgress, PageAnalysis } from './messaging';
import type { LinkMarkerMode, SiteRule } from './overlay/visibility';
import type { ClaimKind } from './types';
import type { FactCheck } from './analyze/index';
import type { UserRating } from './credibility/ratings';

/** Prefix of the per-tab analysis items in `storage.session`. */
const TAB_ANALYSIS_PREFIX = 'claimlens-tab:';

/**
 * A tab's last reported analysis. `session:` storage lives as long as the browser session and
 * survives the MV3 service worker being stopped, which in-memory state does not.
 */
export function tabAnalysisItem(tabId: number) {
  return storage.defineItem<PageAnalysis | null>(`session:${TAB_ANALYSIS_PREFIX}${tabId}`, {
    fallback: null,
    version: 1,
  });
}

/**
 * Notes being typed in the popup and not saved yet, for one page (`pageKey`), by editor and note
 * ("claim:ID#new", "claim:ID#NOTE_ID"). The popup closes whenever the user clicks outside it, and its
 * state goes with it; these outlive it for the browser session, so the popup opens again on the text.
 */
export function noteDraftsItem(pageKey: string) {
  return storage.defineItem<Record<string, string>>(`session:claimlens-drafts:${pageKey}`, {
    fallback: {},
    version: 1,
  });
}

/** How the on-page overlay shows (issue 5 adds the per-kind, per-status and per-site switches). */
export interface OverlaySettings {
  /** Claim highlights and link markers on the page. */
  showOverlays: boolean;
  /** Added by issue 5, so absent in older stored values: read through `readOverlayPreferences` (utils/overlay/visibility.ts). */
  hiddenKinds?: ClaimKind[];
  linkMarkers?: LinkMarkerMode;
  sites?: Record<string, SiteRule>;
}

export const overlaySettingsItem = storage.defineItem<OverlaySettings>('local:overlay-settings', {
  fallback: { showOverlays: true },
  version: 1,
});

/** How link checks run (issue 3). The limits are the checker's defaults; the options page may change them. */
export interface LinkCheckSettings {
  /** Check the links of every analysed page without waiting for the popup (needs the host permission). */
  autoCheck: boolean;
  /** Also check links to loopback, private-network and local names; off so a page cannot probe the user's network. */
  allowPrivate: boolean;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Requests in flight to one host. */
  perHost: number;
  /** Requests in flight in all. */
  concurrency: number;
}

export const DEFAULT_LINK_CHECK_SETTINGS: LinkCheckSettings = {
  autoCheck: false,
  allowPrivate: false,
  timeoutMs: 15_000,
  perHost: 2,
  concurrency: 6,
};

export const linkCheckSettingsItem = storage.defineItem<LinkCheckSettings>('local:link-check-settings', {
  fallback: DEFAULT_LINK_CHECK_SETTINGS,
  version: 1,
});

/** A tab's link-check run (`LinkCheckProgress`), in `storage.session` beside the tab's analysis. */
export function tabLinkCheckItem(tabId: number) {
  return storage.defineItem<LinkCheckProgress | null>(`session:claimlens-linkcheck:${tabId}`, {
    fallback: null,
    version: 1,
  });
}

/**
 * The user's own notes across all pages (issue 5). The value is a `NotesDocument` that carries its own
 * `version`: `utils/notes/schema.ts` migrates it note by note, keeping any note it cannot read instead of
 * dropping it, which WXT's all-or-nothing item migrations cannot promise. Use it through `utils/notes`.
 */
export const userNotesItem = storage.defineItem<unknown>('local:user-notes', { fallback: null });

/**
 * The user's own domain ratings (issue 6): typed in or imported from a CSV on the options page; they
 * win over the shipped table. Read and written through `utils/credibility/stored.ts`.
 */
export const userRatingsItem = storage.defineItem<UserRating[]>('local:user-ratings', { fallback: [], version: 1 });

/**
 * ClaimReview fact-checks the user has seen on pages or imported (issue 6), newest last, capped at
 * `MAX_STORED_FACT_CHECKS`. Read and written through `utils/credibility/stored.ts`.
 */
export const factChecksItem = storage.defineItem<FactCheck[]>('local:fact-checks', { fallback: [], version: 1 });
