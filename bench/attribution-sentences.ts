/**
 * `npx tsx bench/attribution-sentences.ts [--out FILE]`: every article sentence of pages-dev (happy-dom) timed
 * through matchAttribution, the one per-sentence step that runs on all of them; `--out` writes the results
 * so a change to attribution.ts can be checked for identical answers on every sentence, not only on claims.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../cli/dom';
import { findArticle } from '../utils/analyze/article';
import { matchAttribution } from '../utils/analyze/attribution';
import { splitSentences } from '../utils/analyze/sentences';
import { buildTextMap } from '../utils/analyze/text-map';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = join(root, '../shared/data/pages-dev');
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

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
const times: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const s of sentences) {
    matchAttribution(s);
    matchAttribution(`${s} `);
  }
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${sentences.length} sentences: matchAttribution ${((times[2] / (2 * sentences.length)) * 1000).toFixed(2)} µs each (median of 5)`);
if (out) writeFileSync(out, answers.join('\n'));
