import { RULES } from '../rules';
import { isLinkFlagged, type LinkReport, type PageNotes } from '../types';
import { ruleContext, type AnalyzeOptions } from './index';

/**
 * The page with checked links merged in and the notes that depend on links (broken or missing
 * sources) worked out again. Other notes, and the user's own, are kept as they were.
 */
export function withCheckedLinks(page: PageNotes, links: readonly LinkReport[], options: AnalyzeOptions = {}): PageNotes {
  const byId = new Map(links.map((l) => [l.id, l]));
  const merged = page.links.map((l) => byId.get(l.id) ?? l);
  const linkRules = RULES.filter((r) => r.readsLinksOnly);
  const linkCodes = new Set<string>(linkRules.map((r) => r.code));
  const claims = page.claims.map((c) => ({ ...c, notes: c.notes.filter((n) => n.origin === 'user' || !linkCodes.has(n.code)) }));
  const ctx = ruleContext(claims.map((claim) => ({ claim })), [], merged, options, {
    url: page.url,
    publishedAt: page.publishedAt,
    analyzedAt: new Date(page.analyzedAt),
  });
  for (const c of claims) {
    const fresh = linkRules.flatMap((r) => r.apply(c, ctx));
    // Keep the registry's order: link notes go where their rule stands among the others.
    const order = new Map(RULES.map((r, i) => [r.code as string, i]));
    c.notes = [...c.notes, ...fresh].sort((a, b) => (a.origin === 'user' ? 1 : 0) - (b.origin === 'user' ? 1 : 0) || (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99));
  }
  return { ...page, links: merged, claims, stats: { ...page.stats, flaggedLinks: merged.filter(isLinkFlagged).length } };
}
