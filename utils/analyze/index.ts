import { PAGE_NOTES_SCHEMA, type PageNotes } from '../types';

export interface AnalyzeOptions {
  /** Injectable clock, for reproducible output in tests. */
  now?: () => Date;
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
