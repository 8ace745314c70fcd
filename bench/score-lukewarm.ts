/**
 * The scorer alone as a fresh page sees it: `scoreSentence` of each given copy of `score.ts`, bundled and
 * loaded fresh into a fresh page, scores that page's own article sentences four times; the median of
 * runs 2–4 (lukewarm: V8 has hardly optimised yet) is summed over pages. Each copy gets its own load of
 * the page, in rotating order. Also prints, per copy, the sum over pages of the least of the passes'
 * medians: on a shared machine a preempted run only ever adds time, and that figure is the steadier one
 * (two identical copies read 0.95–1.05 with --passes 6 on /tmp/mid28.txt; the plain means 0.91–1.10).
 *
 *   npx tsx bench/score-lukewarm.ts [--list FILE] [--passes N] /tmp/score-old.ts utils/analyze/score.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { parseHtml } from '../cli/dom';
import { findArticle } from '../utils/analyze/article';
import { buildTextMap } from '../utils/analyze/text-map';
import { splitSentences } from '../utils/analyze/sentences';
import { chromiumArgs, openPage, option, pageFiles, pagesDir } from './pages';

const args = process.argv.slice(2);
const copies = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const passes = Number(option('--passes') ?? 2);

/** A script that defines `window[name](sentences)`: one timed run of that copy over the sentences. */
async function bundle(file: string, name: string): Promise<string> {
  const contents = `
    import { scoreSentence } from ${JSON.stringify(resolve(file))};
    window[${JSON.stringify(name)}] = (sentences) => {
      const t0 = performance.now();
      let sum = 0;
      for (let i = 0; i < sentences.length; i++) { const r = scoreSentence(sentences[i]); if (r.claim) sum += r.score; }
      const t = performance.now() - t0;
      window[${JSON.stringify(name + 'sum')}] = sum;
      return t;
    };`;
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

/** The sentences the analyzer scores: not too short (4 words at least), article text only. */
function sentencesOf(file: string): string[] {
  const doc = parseHtml(readFileSync(join(pagesDir, file), 'utf8'), `https://pages-dev.example/${file}`);
  const scope = findArticle(doc);
  if (!scope) return [];
  return splitSentences(buildTextMap(scope.root, { exclude: scope.exclude }))
    .filter((s) => !s.heading && s.text.length <= 600 && s.text.trim().split(/\s+/).length >= 4)
    .map((s) => s.text);
}

const names = copies.map((_, i) => `__score${i}`);
const scripts = await Promise.all(copies.map((c, i) => bundle(c, names[i])));
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
const sums = names.map(() => 0);
const colds = names.map(() => 0);
let count = 0;
const checks: number[] = [];
/** Per copy, per page: the least of the passes' medians (a busy machine only ever adds time). */
const bests: Map<string, number>[] = [];
const ratios = names.map((): number[] => []);
let n = 0;
try {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const files = pageFiles();
  const sentences = new Map(files.map((f) => [f, sentencesOf(f)]));
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, file] of files.entries()) {
      const list = sentences.get(file)!;
      if (list.length === 0) continue;
      // Each copy in a page of its own (no shared regexp cache or compiler thread), in rotating order.
      const order = names.map((_, k) => (k + i + pass) % names.length);
      const times: number[] = [];
      for (const k of order) {
        await openPage(page, `https://pages-dev.example/${encodeURIComponent(file)}`, readFileSync(join(pagesDir, file), 'utf8'), { isolated: true });
        await page.evaluate(scripts[k]);
        const [cold, warm, sum] = (await page.evaluate(`(() => {
          const sentences = ${JSON.stringify(list)};
          const t = [];
          for (let run = 0; run < 4; run++) t.push(window[${JSON.stringify(names[k])}](sentences));
          return [t[0], t.slice(1).sort((a, b) => a - b)[1], window[${JSON.stringify(names[k] + 'sum')}]];
        })()`)) as [number, number, number];
        colds[k] += cold;
        sums[k] += warm;
        times[k] = warm;
        const best = (bests[k] ??= new Map<string, number>());
        best.set(file, Math.min(best.get(file) ?? Infinity, warm));
        checks[k] = sum;
      }
      if (checks.some((c) => c !== checks[0])) throw new Error(`copies disagree on ${file}: ${checks.join(' ')}`);
      times.forEach((t, k) => ratios[k].push(t / times[0]));
      if (process.env.VERBOSE) console.log(file, times.map((t) => t.toFixed(3)).join(" "));
      count += list.length;
      n++;
    }
  }
} finally {
  await browser.close();
}
console.log(`${n} page runs, ${(count / n).toFixed(0)} sentences a page; runs 2–4 median per page, mean over pages`);
const bestSums = bests.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
copies.forEach((c, k) => console.log(`${c.padEnd(40)} best of passes: ${(bestSums[k] / bests[k].size).toFixed(4)} ms a page, ratio ${(bestSums[k] / bestSums[0]).toFixed(3)}`));
copies.forEach((c, k) => console.log(`${c.padEnd(40)} ${(sums[k] / n).toFixed(4)} ms  (${((sums[k] / n / (count / n)) * 1000).toFixed(2)} µs a sentence)   cold ${(colds[k] / n).toFixed(3)} ms   ratio ${(sums[k] / sums[0]).toFixed(3)}   median per-page ratio ${ratios[k].sort((a, b) => a - b)[Math.floor(ratios[k].length / 2)].toFixed(3)}`));
