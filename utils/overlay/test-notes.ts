/** Handmade `PageNotes` for overlay and background tests (independent of the analyzer's output). */
import { PAGE_NOTES_SCHEMA, type Claim, type LinkReport, type PageNotes } from '../types';

/** A claim covering [start, end) of `text`. */
export function claimAt(id: string, text: string, start: number, end: number, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    text: text.slice(start, end),
    score: 0.8,
    kinds: ['attributed'],
    attribution: { source: 'The Ministry', verb: 'said' },
    notes: [{ code: 'single-source', text: 'Only one source is named.', evidence: 'The Ministry said', origin: 'rule' }],
    linkIds: [],
    selector: { exact: text.slice(start, end), prefix: '', suffix: '', start, end },
    ...extra,
  };
}

/** A link report for the i-th `a`/`img` element. */
export function linkReport(id: string, status: LinkReport['status'], extra: Partial<LinkReport> = {}): LinkReport {
  return { id, tag: 'a', href: 'https://example.org/', url: 'https://example.org/', text: 'a link', inArticle: true, status, reason: `status ${status}`, ...extra };
}

/** A PageNotes with the given claims and links. */
export function pageNotes(claims: Claim[], links: LinkReport[], extra: Partial<PageNotes> = {}): PageNotes {
  return {
    schema: PAGE_NOTES_SCHEMA,
    url: 'https://news.example/story',
    title: 'A story',
    analyzedAt: '2024-01-01T00:00:00.000Z',
    article: { found: true, chars: 100 },
    claims,
    links,
    stats: { claims: claims.length, links: links.length, flaggedLinks: 0, ms: 1 },
    ...extra,
  };
}
