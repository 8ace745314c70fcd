/**
 * Putting checked links back into a page's notes. The analyzer owns which notes depend on links
 * (`withCheckedLinks`); this module only feeds it, in one go or one link at a time as progress arrives.
 */
import { withCheckedLinks } from '../analyze/refresh';
import type { LinkReport, PageNotes } from '../types';

/** The page with `links` (matched by id) merged in and its link-dependent notes worked out again. */
export function mergeCheckedLinks(page: PageNotes, links: readonly LinkReport[]): PageNotes {
  return withCheckedLinks(page, links);
}

/** Same as `mergeCheckedLinks` for the one link `onProgress` just reported, so the popup can update live. */
export function mergeCheckedLink(page: PageNotes, link: LinkReport): PageNotes {
  return withCheckedLinks(page, [link]);
}
