/**
 * Which parts of an analysis the overlay shows, from the user's settings (issue 5's toggles): all on or
 * off, per claim kind, flagged links or only the broken ones, and per site (never run; always show).
 * Pure: the content script reads the settings, this decides.
 */
import { CLAIM_KINDS, isBrokenStatus, isLinkFlagged, type ClaimKind, type PageNotes } from '../types';

/** Which flagged links get a marker: all flagged, only the broken ones ("problems only"), or none. */
export type LinkMarkerMode = 'flagged' | 'problems' | 'none';

/** A site's rule: never run ClaimLens there, or always show its overlay (even with overlays off). */
export type SiteRule = 'never' | 'always';

/** The overlay settings as stored (every field but `showOverlays` was added later, so may be missing). */
export interface OverlayPreferences {
  showOverlays: boolean;
  /** Claim kinds whose highlights are hidden. A claim shows while one of its kinds is not hidden. */
  hiddenKinds: ClaimKind[];
  linkMarkers: LinkMarkerMode;
  /** Hostname → rule. */
  sites: Record<string, SiteRule>;
}

/** The settings with every field filled in, whatever older or damaged value was stored. */
export function readOverlayPreferences(value: unknown): OverlayPreferences {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<OverlayPreferences>;
  const sites: Record<string, SiteRule> = {};
  if (typeof v.sites === 'object' && v.sites !== null) {
    for (const [host, rule] of Object.entries(v.sites)) if (rule === 'never' || rule === 'always') sites[host] = rule;
  }
  return {
    showOverlays: v.showOverlays !== false,
    hiddenKinds: Array.isArray(v.hiddenKinds) ? v.hiddenKinds.filter((k): k is ClaimKind => CLAIM_KINDS.includes(k)) : [],
    linkMarkers: v.linkMarkers === 'problems' || v.linkMarkers === 'none' ? v.linkMarkers : 'flagged',
    sites,
  };
}

/** The site key a rule is kept under: the page's hostname, without a leading `www.`. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The rule for a page's site, if the user set one. */
export function siteRule(prefs: OverlayPreferences, url: string): SiteRule | undefined {
  return prefs.sites[siteOf(url)];
}

/** Whether ClaimLens may analyse the page at all. */
export function mayRunOn(prefs: OverlayPreferences, url: string): boolean {
  return siteRule(prefs, url) !== 'never';
}

/** Whether the overlay shows on the page. */
export function overlayShownOn(prefs: OverlayPreferences, url: string): boolean {
  const rule = siteRule(prefs, url);
  if (rule === 'never') return false;
  return rule === 'always' || prefs.showOverlays;
}

/**
 * The notes with only what the overlay should mark: claims of hidden kinds dropped, and links the mode
 * does not show un-flagged (kept in the list, so the overlay's element numbering still holds).
 */
export function visibleNotes(notes: PageNotes, prefs: OverlayPreferences): PageNotes {
  const hidden = new Set(prefs.hiddenKinds);
  const claims = hidden.size === 0 ? notes.claims : notes.claims.filter((c) => c.kinds.length === 0 || c.kinds.some((k) => !hidden.has(k)));
  const links =
    prefs.linkMarkers === 'flagged'
      ? notes.links
      : notes.links.map((link) => {
          const shown = prefs.linkMarkers === 'problems' ? isLinkFlagged(link) && isBrokenStatus(link.status) : false;
          return shown === isLinkFlagged(link) ? link : { ...link, flagged: shown };
        });
  return { ...notes, claims, links };
}
