/**
 * Runs inside a page (bench/phases.ts): times each phase of the analyzer on its own, median of N runs
 * (the mean of a batch of `runs` runs after a warm-up).
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

/**
 * Runs inside a page (bench/phases.ts --in-place): the analyzer's own phases as they run inside it,
 * the target's way (one first run, then the mean of `runs` runs), from its `onPhase` clock reads.
 */
export function phasesInPlace(url: string, runs: number): Phases {
  analyzeDocument(document, url);
  const r: Phases = { total: 0 };
  const onPhase = (phase: string, ms: number) => {
    r[phase] = (r[phase] ?? 0) + ms / runs;
  };
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) analyzeDocument(document, url, { onPhase });
  r.total = (performance.now() - t0) / runs;
  return r;
}

export function phasesInPage(url: string, runs: number): Phases {
  // The mean of a batch of runs: Chromium's timer is coarsened to 0.1 ms, too coarse to time one run of a phase.
  const time = <T>(fn: () => T): [number, T] => {
    let v = fn();
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) v = fn();
    return [(performance.now() - t0) / runs, v];
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
