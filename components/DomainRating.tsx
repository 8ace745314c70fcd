import { formatDomainRating, ratingBand } from '@/utils/credibility/format';
import type { DomainRating as Rating, LinkReport, PageNotes } from '@/utils/types';

/** A shape as well as a colour for each band, so the band never rests on colour alone. */
const BAND_SIGNS = { low: '▼', mixed: '◆', high: '▲' } as const;

export interface DomainRatingProps {
  rating: Rating;
}

/** A rating in words with its scale: "Domain quality 0.23 of 1: low (Lin et al. 2023)". */
export function DomainRating({ rating }: DomainRatingProps) {
  const band = ratingBand(rating.score);
  return (
    <span class="rating" data-rating-band={band} data-rating-source={rating.source}>
      <span class="rating__sign" aria-hidden="true">
        {BAND_SIGNS[band]}{' '}
      </span>
      {formatDomainRating(rating)}
    </span>
  );
}

export interface PageRatingProps {
  notes: PageNotes;
}

/** The page's own site and its rating, shown under the page title. */
export function PageRating({ notes }: PageRatingProps) {
  if (!notes.domain) return null;
  return (
    <p class="popup__rating" data-testid="page-rating">
      <span class="popup__rating-domain">This site, {notes.domain}: </span>
      {notes.rating ? <DomainRating rating={notes.rating} /> : <span class="rating rating--none">not rated (Lin et al. 2023 or yours)</span>}
    </p>
  );
}

/** A cited domain with the links that go to it. */
export interface CitedDomain {
  domain: string;
  rating?: Rating;
  links: number;
}

/** Most domains listed; a long page's rest is counted, not listed. */
const MAX_LISTED = 30;

/**
 * The domains the article's links go to (those its claims cite and the other article links), each once,
 * the lowest-rated first and the unrated last, since a weak source is what a reader needs to see.
 */
export function citedDomains(notes: PageNotes): CitedDomain[] {
  const cited = new Set(notes.claims.flatMap((claim) => claim.linkIds));
  const byDomain = new Map<string, CitedDomain>();
  for (const link of notes.links) {
    if (!link.domain || !(link.inArticle || cited.has(link.id)) || link.tag !== 'a') continue;
    // The page's own domain is its internal navigation, not a source.
    if (link.domain === notes.domain) continue;
    const entry = byDomain.get(link.domain) ?? { domain: link.domain, ...(link.rating ? { rating: link.rating } : {}), links: 0 };
    entry.links += 1;
    byDomain.set(link.domain, entry);
  }
  return [...byDomain.values()].sort(
    (a, b) => (a.rating?.score ?? 2) - (b.rating?.score ?? 2) || a.domain.localeCompare(b.domain),
  );
}

export interface SourceRatingsProps {
  notes: PageNotes;
}

/** The popup's "Sources" section: every domain the article links to, with its rating in words. */
export function SourceRatings({ notes }: SourceRatingsProps) {
  const domains = citedDomains(notes);
  const rated = domains.filter((d) => d.rating).length;
  return (
    <section class="section" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="section__title">
        Sources <span class="section__count">{domains.length === 0 ? 0 : `${rated} of ${domains.length} rated`}</span>
      </h2>
      {domains.length === 0 ? (
        <p class="section__empty">The article links to no other sites.</p>
      ) : (
        <ul class="sources">
          {domains.slice(0, MAX_LISTED).map((d) => (
            <li key={d.domain} class="source" data-domain={d.domain}>
              <span class="source__domain">{d.domain}</span>
              {d.links > 1 ? <span class="source__count"> ({d.links} links)</span> : null}
              <span class="source__rating">
                {d.rating ? <DomainRating rating={d.rating} /> : <span class="rating rating--none">Not rated</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {domains.length > MAX_LISTED ? <p class="section__empty">and {domains.length - MAX_LISTED} more sites.</p> : null}
    </section>
  );
}

/** A link's rating line for the flagged-links list, when its domain is rated. */
export function LinkRating({ link }: { link: LinkReport }) {
  if (!link.rating) return null;
  return (
    <p class="link__rating">
      {link.domain ? `${link.domain}: ` : ''}
      <DomainRating rating={link.rating} />
    </p>
  );
}
