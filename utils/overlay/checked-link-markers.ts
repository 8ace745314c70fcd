/**
 * Link markers after a link check: the markers shown at analysis time follow the checked statuses
 * (a link found broken gets a marker, one found working loses it), without redrawing the overlay.
 */
import { LINK_SELECTOR } from '../analyze/links';
import { isLinkFlagged, type LinkReport } from '../types';
import { LINK_ATTRIBUTE, elementForReport, type LinkMarkers } from './link-markers';

/** Brings `markers` in line with `links` (the page's whole, updated link list); returns how many links are marked. */
export function updateLinkMarkers(doc: Document, markers: LinkMarkers, links: readonly LinkReport[]): number {
  // The same numbering as `markFlaggedLinks`: report i belongs to the i-th element of the query.
  const found = doc.querySelectorAll(LINK_SELECTOR);
  links.forEach((link, i) => {
    const el = elementForReport(found, link, i);
    if (!el) return;
    const ours = markers.elements.get(link.id);
    if (isLinkFlagged(link)) {
      if (ours === el) el.setAttribute(LINK_ATTRIBUTE, link.status);
      // A page attribute of the same name is not ours to overwrite.
      else if (!ours && !el.hasAttribute(LINK_ATTRIBUTE)) {
        el.setAttribute(LINK_ATTRIBUTE, link.status);
        // `remove()` walks this map when called, so the new marker goes with the overlay too.
        markers.elements.set(link.id, el);
      }
    } else if (ours) {
      ours.removeAttribute(LINK_ATTRIBUTE);
      markers.elements.delete(link.id);
    }
  });
  return markers.elements.size;
}
