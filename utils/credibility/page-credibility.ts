/**
 * A page's notes with what is known of its sources added: each web link's registrable domain and
 * rating, the page's own, the link notes worked out again (`low-quality-source`), and `fact-checked`
 * notes from the fact-checks the user has seen. Pure: the background runs it with the table it holds,
 * tests run it with any lookup.
 */
import type { FactCheck } from '../analyze/index';
import { withCheckedLinks } from '../analyze/refresh';
import { RULES } from '../rules';
import type { ClaimNote, DomainRating, LinkReport, PageNotes } from '../types';
import { registrableDomain } from './domains';
import { factCheckedNote } from './notes';
import type { RateDomain } from './ratings';

/** A rating as a link or page carries it: score, source and label, not the table key it matched. */
function ratingOf(rated: ReturnType<RateDomain>): DomainRating | undefined {
  if (!rated || !Number.isFinite(rated.score)) return undefined;
  const rating: DomainRating = { score: rated.score, source: rated.source };
  if (rated.label) rating.label = rated.label;
  return rating;
}

function sameRating(a: DomainRating | undefined, b: DomainRating | undefined): boolean {
  return a?.score === b?.score && a?.source === b?.source && a?.label === b?.label;
}

function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** The link with `domain` (registrable) and, when rated, `rating` set from the lookup; other links as they were. */
export function rateLink(link: LinkReport, rateDomain: RateDomain): LinkReport {
  if (!isWebUrl(link.url)) return link;
  const domain = registrableDomain(link.url);
  // The whole URL, so a rated section (`yahoo.com/news`) is found before its site.
  const rating = ratingOf(rateDomain(link.url));
  const next: LinkReport = { ...link };
  if (domain) next.domain = domain;
  else delete next.domain;
  if (rating) next.rating = rating;
  else delete next.rating;
  return next;
}

/** The page with every web link rated, its own domain rated, and the notes that read links worked out again. */
export function withDomainRatings(page: PageNotes, rateDomain: RateDomain): PageNotes {
  const links = page.links.map((link) => rateLink(link, rateDomain));
  // The link notes are the analyzer's until a rating changes: only then are they worked out again.
  const ratingsChanged = links.some((link, i) => !sameRating(link.rating, page.links[i].rating));
  const next = ratingsChanged ? withCheckedLinks(page, links) : { ...page, links };
  const domain = isWebUrl(page.url) ? registrableDomain(page.url) : undefined;
  const rating = isWebUrl(page.url) ? ratingOf(rateDomain(page.url)) : undefined;
  const rated: PageNotes = { ...next };
  delete rated.domain;
  delete rated.rating;
  if (domain) rated.domain = domain;
  if (rating) rated.rating = rating;
  return rated;
}

const RULE_ORDER = new Map(RULES.map((rule, i) => [rule.code as string, i]));

/** Rule notes in the registry's order, the user's own last (as the analyzer and `withCheckedLinks` order them). */
function ordered(notes: ClaimNote[]): ClaimNote[] {
  return notes.sort(
    (a, b) => (a.origin === 'user' ? 1 : 0) - (b.origin === 'user' ? 1 : 0) || (RULE_ORDER.get(a.code) ?? 99) - (RULE_ORDER.get(b.code) ?? 99),
  );
}

/**
 * The page with each claim's `fact-checked` note worked out again against `factChecks` (pass the same
 * array each time: the matcher indexes it once per array). Claims that match nothing lose a stale note.
 */
export function withFactChecks(page: PageNotes, factChecks: readonly FactCheck[]): PageNotes {
  let changed = false;
  const claims = page.claims.map((claim) => {
    const had = claim.notes.find((n) => n.code === 'fact-checked' && n.origin === 'rule');
    const found = factCheckedNote(claim.text, factChecks);
    if (!had && !found) return claim;
    if (had && found && had.text === found.text && had.href === found.href && had.evidence === found.evidence) return claim;
    changed = true;
    const kept = claim.notes.filter((n) => !(n.code === 'fact-checked' && n.origin === 'rule'));
    return { ...claim, notes: ordered(found ? [...kept, found] : kept) };
  });
  return changed ? { ...page, claims } : page;
}
