/**
 * All of ClaimLens's extension storage (STYLE.md practice 4): typed items with a fallback and a
 * schema version from day one, so a later change of shape is a migration, not a rewrite.
 *
 * Defining an item touches no browser API; reads and writes happen when a caller asks.
 */
import { storage } from 'wxt/utils/storage';
import type { PageAnalysis } from './messaging';

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

/** How the on-page overlay shows (issue 5 adds the per-kind, per-status and per-site switches). */
export interface OverlaySettings {
  /** Claim highlights and link markers on the page. */
  showOverlays: boolean;
}

export const overlaySettingsItem = storage.defineItem<OverlaySettings>('local:overlay-settings', {
  fallback: { showOverlays: true },
  version: 1,
});

/**
 * The user's own notes across all pages (issue 5). The value is a `NotesDocument` that carries its own
 * `version`: `utils/notes/schema.ts` migrates it note by note, keeping any note it cannot read instead of
 * dropping it, which WXT's all-or-nothing item migrations cannot promise. Use it through `utils/notes`.
 */
export const userNotesItem = storage.defineItem<unknown>('local:user-notes', { fallback: null });
