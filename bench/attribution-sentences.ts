/**
 * `npx tsx bench/attribution-sentences.ts [--out FILE] [--kinds FILE]`: every article sentence of pages-dev
 * (happy-dom) timed through matchAttribution and each claim-kind detector, the per-sentence steps that run on
 * all of them. `--out` writes matchAttribution's answers (pages-dev sentences) and `--kinds` writes every
 * detector's answer and the attribution for a wider set (pages-dev, the claims-dev sentences, and each of
 * them upper- and lower-cased, so a case-sensitive shortcut shows up), so a change to attribution.ts or
 * utils/kinds/ can be checked for identical answers on every sentence, not only on claims.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../cli/dom';
import { findArticle } from '../utils/analyze/article';
import { matchAttribution } from '../utils/analyze/attribution';
import { splitSentences } from '../utils/analyze/sentences';
import { buildTextMap } from '../utils/analyze/text-map';
import { KIND_DETECTORS } from '../utils/kinds';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '../shared/data');
const pagesDir = join(dataDir, 'pages-dev');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = option('--out');
const kindsOut = option('--kinds');

const sentences: string[] = [];
for (const f of readdirSync(pagesDir).filter((n) => n.endsWith('.html')).sort()) {
  const doc = parseHtml(readFileSync(join(pagesDir, f), 'utf8'), `https://pages-dev.example/${f}`);
  const scope = findArticle(doc);
  if (!scope) continue;
  const map = buildTextMap(scope.root, { exclude: scope.exclude });
  for (const s of splitSentences(map)) sentences.push(s.text);
}
// Distinct neighbours: matchAttribution remembers the last sentence it saw.
const answers = sentences.map((s) => JSON.stringify(matchAttribution(s)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** This process's CPU time in ms: on a machine shared with other work, steadier than the wall clock. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Median µs (CPU time) per sentence of `fn` over every sentence, 5 runs. */
function perSentence(fn: (s: string) => unknown, list = sentences): number {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = cpuMs();
    for (const s of list) fn(s);
    times.push(cpuMs() - t0);
  }
  return (median(times) / list.length) * 1000;
}
// Each sentence and a copy with a trailing space, so the one-sentence memo never answers.
const attributionUs = perSentence((s) => {
  matchAttribution(s);
  matchAttribution(`${s} `);
}) / 2;
console.log(`${sentences.length} sentences: matchAttribution ${attributionUs.toFixed(2)} µs each (CPU time, median of 5)`);
// As the analyzer runs them: every detector on one sentence, then the next (they share one scan of its words).
const detectors = KIND_DETECTORS.filter((d) => d.kind !== 'attributed');
const kindsUs = perSentence((s) => {
  for (const d of detectors) d.detect(s);
});
console.log(`kind detectors but attributed, all on each sentence: ${kindsUs.toFixed(2)} µs per sentence`);
const kindTimes = detectors.map((d) => `${d.kind} ${perSentence(d.detect).toFixed(2)}`);
console.log(`each detector alone (its own word scan included), µs: ${kindTimes.join(', ')}`);
if (out) writeFileSync(out, answers.join('\n'));

if (kindsOut) {
  const wide = [...sentences];
  for (const f of readdirSync(join(dataDir, 'claims-dev')).filter((n) => n.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(join(dataDir, 'claims-dev', f), 'utf8').split('\n').slice(1)) {
      const text = line.split('\t')[0];
      if (text) wide.push(text);
    }
  }
  const all = [...wide, ...wide.map((s) => s.toUpperCase()), ...wide.map((s) => s.toLowerCase())];
  const lines = all.map((s) => {
    const kinds = KIND_DETECTORS.map((d) => [d.kind, d.detect(s)]);
    return JSON.stringify([matchAttribution(s), kinds]);
  });
  writeFileSync(kindsOut, lines.join('\n'));
  console.log(`${all.length} sentences' kinds and attribution written to ${kindsOut}`);
}
