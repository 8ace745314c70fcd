/**
 * Runs inside a page (bench/phases.ts): times each phase of the analyzer on its own, median of N runs
 * (Chromium's timer is coarse, 0.1 ms: use --runs 21 or more with --only on a few pages).
 */
import { findArticle } from '../utils/analyze/article';
import { buildTextMap } from '../utils/analyze/text-map';
import { analyzeLinks } from '../utils/analyze/links';
import { splitSentences } from '../utils/analyze/sentences';
import { matchAttribution } from '../utils/analyze/attribution';
import { scoreSentence } from '../utils/analyze/score';
import { detectKindMatches } from '../utils/kinds';
import { analyzeDocument, ruleContext } from '../utils/analyze/index';
import { findPublishedDate } from '../utils/analyze/published';
import { detectLanguage } from '../utils/analyze/language';
import { RULES } from '../utils/rules';

export type Phases = Record<string, number>;

export function phasesInPage(url: string, runs: number): Phases {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = <T>(fn: () => T): [number, T] => {
    let v = fn();
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      v = fn();
      out.push(performance.now() - t0);
    }
    return [median(out), v];
  };
  const r: Phases = {};
  const [total] = time(() => analyzeDocument(document, url));
  r.total = total;
  const [article, scope] = time(() => findArticle(document));
  r.article = article;
  const [map, tm] = time(() => (scope ? buildTextMap(scope.root, { exclude: scope.exclude }) : null));
  r.textmap = map;
  const [links] = time(() => analyzeLinks(document, url, scope, tm));
  r.links = links;
  const [qs] = time(() => document.querySelectorAll('a, img').length);
  r.linkQuery = qs;
  const [sent, sentences] = time(() => (tm ? splitSentences(tm) : []));
  r.sentences = sent;
  const texts = sentences.filter((s) => !s.heading).map((s) => s.text);
  r.attribution = time(() => texts.forEach((t) => matchAttribution(t)))[0];
  r.score = time(() => texts.forEach((t) => scoreSentence(t)))[0];
  r.kinds = time(() => texts.forEach((t) => detectKindMatches(t)))[0];
  r.nSentences = texts.length;
  r.published = time(() => findPublishedDate(document))[0];
  r.language = time(() => (tm ? detectLanguage(document, tm.text) : ''))[0];
  const notes = analyzeDocument(document, url);
  const linkReports = analyzeLinks(document, url, scope, tm);
  // The analyzer hands rules each claim's kind matches; so does this, outside the timed part.
  const drafts = notes.claims.map((claim) => ({ claim, sentence: sentences.find((x) => x.start === claim.selector.start), matches: detectKindMatches(claim.text) }));
  r.rules = time(() => {
    const ctx = ruleContext(drafts, sentences, linkReports, {}, { url, analyzedAt: new Date() });
    for (const d of drafts) RULES.flatMap((rule) => rule.apply(d.claim, ctx));
  })[0];
  for (const rule of RULES) {
    r[`rule:${rule.code}`] = time(() => {
      const ctx = ruleContext(drafts, sentences, linkReports, {}, { url, analyzedAt: new Date() });
      for (const d of drafts) rule.apply(d.claim, ctx);
    })[0];
  }
  r.nLinks = document.querySelectorAll('a, img').length;
  return r;
}
