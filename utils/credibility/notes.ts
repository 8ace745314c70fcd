/**
 * The credibility notes as pure functions of a claim's data, so the rules in `utils/rules/` stay
 * one-liners and the background can recompute them when ratings or fact-checks arrive later.
 */
import type { FactCheck } from '../analyze/index';
import type { ClaimNote, DomainRating, LinkReport } from '../types';
import { formatFactCheck, formatRatedDomain } from './format';
import { matchFactCheck } from './match';
import { LOW_QUALITY_THRESHOLD } from './scale';

/**
 * `low-quality-source` when every web link the claim cites goes to a domain rated below 0.4; none
 * when any cited web link is unrated or rated higher (one good source is a good source).
 */
export function lowQualitySourceNote(cited: readonly LinkReport[]): ClaimNote | undefined {
  const web = cited.filter((link) => link.url && /^https?:/i.test(link.url));
  if (web.length === 0) return undefined;
  const rated: Array<{ link: LinkReport; rating: DomainRating }> = [];
  for (const link of web) {
    if (!link.rating || !(link.rating.score < LOW_QUALITY_THRESHOLD)) return undefined;
    rated.push({ link, rating: link.rating });
  }
  const domains = new Map<string, DomainRating>();
  for (const { link, rating } of rated) domains.set(link.domain ?? hostOf(link.url ?? ''), rating);
  const list = [...domains].map(([domain, rating]) => formatRatedDomain(domain, rating)).join(', ');
  const evidence = rated.map(({ link }) => link.text.trim() || link.href || link.url || '').filter(Boolean).join(' … ');
  return { code: 'low-quality-source', text: `Cites only low-quality sources: ${list}`, evidence, origin: 'rule' };
}

/** `fact-checked` when the claim makes a claim a stored fact-check reviewed: "Fact-checked by AFP: False", linked. */
export function factCheckedNote(claimText: string, factChecks: readonly FactCheck[] | undefined): ClaimNote | undefined {
  if (!factChecks || factChecks.length === 0) return undefined;
  const match = matchFactCheck(claimText, factChecks);
  if (!match) return undefined;
  const note: ClaimNote = { code: 'fact-checked', text: formatFactCheck(match.factCheck), evidence: match.evidence, origin: 'rule' };
  if (/^https?:\/\//i.test(match.factCheck.url)) note.href = match.factCheck.url;
  return note;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
