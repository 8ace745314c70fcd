/**
 * The page overlay for one analysis: claim highlights plus flagged-link markers, shown and removed
 * as a unit (issue 5's toggles switch this on and off without re-analysing).
 */
import type { TextMap } from '../analyze/text-map';
import type { PageNotes } from '../types';
import { highlightRanges, type Highlights } from './highlighter';
import { markFlaggedLinks, type LinkMarkers } from './link-markers';

/** The attribute that makes a claim's marks flash (styled in overlay.css). */
export const FLASH_ATTRIBUTE = 'data-claimlens-flash';

/** How long a revealed claim flashes. */
const FLASH_MS = 2000;

/** Runs `fn` later; the content script passes `ctx.setTimeout` so timers die with the script. */
export type Later = (fn: () => void, ms: number) => unknown;

export interface PageOverlay {
  highlights: Highlights | null;
  links: LinkMarkers;
  /** Scrolls to a claim's first mark and flashes all its marks; false when the claim has no mark. */
  reveal(claimId: string): boolean;
  /** Removes every mark and attribute: the DOM is as before `showOverlay`. */
  remove(): void;
}

/**
 * Shows `notes` on the page. `articleMap` must be the text map the analyzer measured claim offsets
 * in (null when no article was found: links are still marked, there is nothing to highlight).
 */
export function showOverlay(doc: Document, notes: PageNotes, articleMap: TextMap | null, later: Later = setTimeout): PageOverlay {
  const highlights = articleMap
    ? highlightRanges(
        articleMap,
        notes.claims
          // Offsets are only trusted where the text still reads as quoted: a page that changed since
          // the analysis must not get marks on the wrong words (issue 5 re-anchors those by quote).
          .filter((claim) => articleMap.text.slice(claim.selector.start, claim.selector.end) === claim.selector.exact)
          .map((claim) => ({ id: claim.id, start: claim.selector.start, end: claim.selector.end })),
      )
    : null;
  const links = markFlaggedLinks(doc, notes.links);
  const flashing = new Set<HTMLElement>();

  return {
    highlights,
    links,
    reveal(claimId) {
      const marks = highlights?.marks.get(claimId);
      if (!marks || marks.length === 0) return false;
      const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      marks[0].scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      for (const mark of marks) {
        // Re-adding restarts the CSS animation when the same claim is clicked twice.
        mark.removeAttribute(FLASH_ATTRIBUTE);
        void mark.offsetWidth;
        mark.setAttribute(FLASH_ATTRIBUTE, '');
        flashing.add(mark);
      }
      later(() => {
        for (const mark of marks) {
          mark.removeAttribute(FLASH_ATTRIBUTE);
          flashing.delete(mark);
        }
      }, FLASH_MS);
      return true;
    },
    remove() {
      for (const mark of flashing) mark.removeAttribute(FLASH_ATTRIBUTE);
      flashing.clear();
      highlights?.remove();
      links.remove();
    },
  };
}
