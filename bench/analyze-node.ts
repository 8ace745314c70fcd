/**
 * A quick Node micro-bench of the analyzer for iterating on speed (the real figures come from
 * `npm run bench:analyze` in Chromium): parses every page of pages-dev with happy-dom once, then times
 * the whole analyzer per page and the per-sentence work (kinds, attribution, score) on every article
 * sentence. `--snapshot FILE` writes every page's notes (minus timings) so a change can be proven
 * output-identical with `--compare FILE`.
 *
 *   npx tsx bench/analyze-node.ts [--runs N] [--snapshot FILE | --compare FILE]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../cli/dom';
import { detectKindMatches } from '../utils/kinds';
import { analyzeDocument } from '../utils/analyze/index';
import { matchAttribution } from '../utils/analyze/attribution';
import { scoreSentence } from '../utils/analyze/score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = join(root, '../shared/data/pages-dev');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 3);
const NOW = () => new Date('2025-01-01T00:00:00Z');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
const pages = files.map((f) => ({ file: f, url: `https://pages-dev.example/${encodeURIComponent(f)}`, doc: parseHtml(readFileSync(join(pagesDir, f), 'utf8'), `https://pages-dev.example/${encodeURIComponent(f)}`) }));

const snapshot: Record<string, unknown> = {};
const sentences: string[] = [];
let total = 0;
for (const p of pages) {
  const notes = analyzeDocument(p.doc, p.url, { now: NOW });
  snapshot[p.file] = { ...notes, stats: { ...notes.stats, ms: 0 } };
  for (const c of notes.claims) sentences.push(c.text);
  total += time(() => analyzeDocument(p.doc, p.url, { now: NOW }));
}
console.log(`${pages.length} pages (happy-dom): analyzer total ${total.toFixed(0)} ms`);
const perSentence = (name: string, fn: (s: string) => unknown) => {
  const ms = time(() => {
    for (const s of sentences) fn(s);
  });
  console.log(`${name.padEnd(16)} ${ms.toFixed(1).padStart(7)} ms over ${sentences.length} claim sentences (${((ms / sentences.length) * 1000).toFixed(1)} µs each)`);
};
perSentence('scoreSentence', scoreSentence);
perSentence('kinds', detectKindMatches);
perSentence('attribution', (s) => matchAttribution(`${s} `));

const snap = option('--snapshot');
if (snap) writeFileSync(snap, JSON.stringify(snapshot));
const cmp = option('--compare');
if (cmp) {
  const before = JSON.parse(readFileSync(cmp, 'utf8')) as Record<string, unknown>;
  const diff = Object.keys(before).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(snapshot[k]));
  console.log(diff.length ? `DIFFERENT on ${diff.length} pages: ${diff.slice(0, 5).join(', ')}` : `identical notes on all ${pages.length} pages`);
  if (diff.length) process.exitCode = 1;
}
if (cmp && process.argv.includes('--show')) {
  const before = JSON.parse(readFileSync(cmp, 'utf8')) as Record<string, { claims: { text: string; score: number }[] }>;
  for (const k of Object.keys(before)) {
    const a = before[k].claims;
    const b = (snapshot[k] as typeof before[string]).claims;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    console.log(k, a.length, b.length);
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) { console.log(JSON.stringify(a[i]).slice(0, 400)); console.log(JSON.stringify(b[i]).slice(0, 400)); break; }
  }
}
