/**
 * The toolbar badge: how many flagged links the tab's page has.
 *
 * Flagged links (see `isLinkFlagged`) are what the badge counts, not claims with notes: nearly
 * every claim carries some note, so a claim count would always be high and say little, while a
 * flagged link is a concrete problem the reader can act on. The count is the "Flagged links"
 * figure at the top of the popup, so the two always agree.
 */
import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../messaging';
import { isLinkFlagged, type PageNotes } from '../types';

const BADGE_COLOR = '#b3261e';

/** The number of flagged links on the page (the badge's figure). */
export function flaggedLinkCount(notes: PageNotes): number {
  return notes.links.filter(isLinkFlagged).length;
}

/** The badge text for a count: empty for none, capped so it fits the badge. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The toolbar button's tooltip, saying in words what the badge number means. */
export function badgeTitle(analysis: PageAnalysis | null): string {
  if (!analysis) return 'ClaimLens';
  if (analysis.phase === 'analysing') return 'ClaimLens: analysing this page…';
  if (analysis.phase === 'failed') return 'ClaimLens: could not analyse this page';
  const notes = analysis.notes!;
  const flagged = flaggedLinkCount(notes);
  const claims = notes.claims.length;
  return `ClaimLens: ${claims} ${claims === 1 ? 'claim' : 'claims'}, ${flagged} flagged ${flagged === 1 ? 'link' : 'links'}`;
}

/** Shows a tab's analysis on its toolbar badge (or clears the badge for null). */
export async function showOnBadge(tabId: number, analysis: PageAnalysis | null): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same methods.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const count = analysis?.phase === 'ready' && analysis.notes ? flaggedLinkCount(analysis.notes) : 0;
  try {
    await action.setBadgeText({ tabId, text: badgeText(count) });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setTitle({ tabId, title: badgeTitle(analysis) });
  } catch {
    // The tab closed while we were updating it: nothing to show.
  }
}
