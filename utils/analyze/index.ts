import { PAGE_NOTES_SCHEMA, type PageNotes } from '../types';

import type { DomainRating } from '../types';

/** A fact-check the user has seen (schema.org ClaimReview), as stored by ClaimLens. */
export interface FactCheck {
  claimReviewed: string;
  /** The verdict in words (`alternateName`), e.g. "False". */
  rating: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  /** The fact-checker's name, e.g. "AFP". */
  author: string;
  datePublished?: string;
  /** The fact-check article. */
  url: string;
  /** The claim's author or where it appeared, when given. */
  claimant?: string;
}

export interface AnalyzeOptions {
  /** Injectable clock, for reproducible output in tests. */
  now?: () => Date;
  /** Fact-checks to match claims against (the `fact-checked` note). */
  factChecks?: readonly FactCheck[];
  /** Domain rating lookup by host name (the `rating` field and `low-quality-source` note). */
  rateDomain?: (hostname: string) => (DomainRating & { domain: string }) | undefined;
}

/** Analyses a document: its article's claims with notes, and every link's static status. Never mutates the DOM. */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): PageNotes {
  const now = options.now ?? (() => new Date());
  // Placeholder while the analyzer lands (being written now).
  return {
    schema: PAGE_NOTES_SCHEMA,
    url,
    title: doc.title,
    analyzedAt: now().toISOString(),
    claims: [],
    links: [],
    stats: { claims: 0, links: 0, flaggedLinks: 0, ms: 0 },
  };
}
