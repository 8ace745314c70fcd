/**
 * Flagged-link markers: the attribute `data-claimlens-link="<status>"` on each flagged `a`/`img`.
 * What the reader sees (outline, "⚠ broken link" text) comes from the stylesheet in `overlay.css`,
 * keyed on the attribute, so no text node is ever added to the article and its text offsets hold.
 */
import { LINK_SELECTOR } from '../analyze/links';
import { isLinkFlagged, type LinkReport, type LinkStatus } from '../types';

/** The attribute that carries a flagged link's status. */
export const LINK_ATTRIBUTE = 'data-claimlens-link';


/** The flagged links that were marked, and how to unmark them. */
export interface LinkMarkers {
  /** Each marked link's report id and its element. */
  elements: Map<string, Element>;
  /** Removes every attribute these markers added. */
  remove(): void;
}

/** Marks each flagged link of `links` on the page. Reports whose element does not match (tag differs) are left alone. */
export function markFlaggedLinks(doc: Document, links: readonly LinkReport[]): LinkMarkers {
  // The analyzer reports links in the order of this same query, so report i belongs to element i.
  const found = doc.querySelectorAll(LINK_SELECTOR);
  const elements = new Map<string, Element>();
  links.forEach((link, i) => {
    const el = found[i];
    if (!el || !isLinkFlagged(link)) return;
    // The page may have changed since analysis; a tag mismatch means the numbering no longer holds.
    if (el.tagName.toLowerCase() !== link.tag) return;
    // A page attribute of the same name is not ours to overwrite or remove.
    if (el.hasAttribute(LINK_ATTRIBUTE)) return;
    el.setAttribute(LINK_ATTRIBUTE, link.status);
    elements.set(link.id, el);
  });
  let removed = false;
  return {
    elements,
    remove() {
      if (removed) return;
      removed = true;
      for (const el of elements.values()) el.removeAttribute(LINK_ATTRIBUTE);
    },
  };
}

/** The words shown beside a flagged link, so the flag never relies on colour alone. */
export const LINK_MARKER_LABELS: Readonly<Record<LinkStatus, string>> = {
  ok: 'link works',
  unchecked: 'not checked',
  empty: 'empty link',
  placeholder: 'placeholder link',
  malformed: 'broken link markup',
  'fragment-missing': 'missing anchor',
  'non-web': 'non-web link',
  redirected: 'redirected',
  broken: 'broken link',
  'server-error': 'server error',
  unreachable: 'unreachable',
  inconclusive: 'could not verify',
  'soft-404': 'page not found',
  skipped: 'not checked',
};
