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

/**
 * The element a link report was made from: the one at its position in the `LINK_SELECTOR` query,
 * provided it still has the same tag and href (a page that added links since analysis shifts the
 * numbering, and a marker on the wrong link would mislead the reader).
 */
export function elementForReport(found: NodeListOf<Element>, link: LinkReport, position: number): Element | null {
  const el = found[link.index ?? position];
  if (!el || el.tagName.toLowerCase() !== link.tag) return null;
  // Reports from the analyzer carry their element's index and raw href: both must still hold.
  if (link.index !== undefined && el.getAttribute(link.tag === 'img' ? 'src' : 'href') !== link.href) return null;
  return el;
}

/** Marks each flagged link of `links` on the page. Reports whose element no longer matches (tag or href differ) are left alone. */
export function markFlaggedLinks(doc: Document, links: readonly LinkReport[]): LinkMarkers {
  // The analyzer reports links in the order of this same query, so report i belongs to element i.
  const found = doc.querySelectorAll(LINK_SELECTOR);
  const elements = new Map<string, Element>();
  links.forEach((link, i) => {
    if (!isLinkFlagged(link)) return;
    const el = elementForReport(found, link, i);
    if (!el) return;
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
