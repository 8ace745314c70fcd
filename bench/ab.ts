/**
 * `npx tsx bench/ab.ts --base DIR [--passes N] [--only S] [--list FILE]`: the analyzer of another checkout
 * (DIR, e.g. a `git worktree` of the last commit) against this one, page by page in the same headless
 * Chromium, with the timing of `npm run bench:analyze` (median of runs 2–4 after a first, cold run).
 *
 * A speed change is often 5 % of a run while two runs of the whole benchmark differ by 10 %: here each
 * page is opened once per checkout, alternately base first and this first, so drift hits both alike.
 * Prints the mean of the per-page medians for each, their ratio, and the median of per-page ratios.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { openPage, option, pageFiles, pagesDir, root } from './pages';

const baseDir = option('--base');
if (!baseDir) {
  console.error('usage: npx tsx bench/ab.ts --base DIR [--passes N] [--only S] [--list FILE]');
  process.exit(2);
}
const passes = Number(option('--passes') ?? 1);

/** A script that defines `window.__time(url)`: the cold run, then the median of three more. */
async function bundle(dir: string): Promise<string> {
  const contents = `
    import { analyzeDocument } from './utils/analyze/index';
    window.__time = (url) => {
      const t = [];
      for (let i = 0; i < 4; i++) { const t0 = performance.now(); analyzeDocument(document, url); t.push(performance.now() - t0); }
      const warm = t.slice(1).sort((a, b) => a - b);
      return { cold: t[0], lukewarm: warm[1] };
    };`;
  const out = await build({ stdin: { contents, resolveDir: resolve(dir), loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

async function main(): Promise<void> {
  const scripts = { base: await bundle(baseDir!), head: await bundle(root) };
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const sums = { base: 0, head: 0, baseCold: 0, headCold: 0 };
  const ratios: number[] = [];
  let n = 0;
  try {
    // One context per checkout: V8's compilation cache is per renderer, and each side should warm only itself.
    const pages = {
      base: await (await browser.newContext({ javaScriptEnabled: false })).newPage(),
      head: await (await browser.newContext({ javaScriptEnabled: false })).newPage(),
    };
    const files = pageFiles();
    for (let pass = 0; pass < passes; pass++) {
      for (const [i, file] of files.entries()) {
        const html = readFileSync(join(pagesDir, file), 'utf8');
        const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
        const order = (i + pass) % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
        const got: Record<string, { cold: number; lukewarm: number }> = {};
        for (const side of order) {
          await openPage(pages[side], url, html);
          await pages[side].evaluate(scripts[side]);
          got[side] = (await pages[side].evaluate(`window.__time(${JSON.stringify(url)})`)) as { cold: number; lukewarm: number };
        }
        sums.base += got.base.lukewarm;
        sums.head += got.head.lukewarm;
        sums.baseCold += got.base.cold;
        sums.headCold += got.head.cold;
        if (got.base.lukewarm > 0) ratios.push(got.head.lukewarm / got.base.lukewarm);
        n++;
      }
    }
  } finally {
    await browser.close();
  }
  ratios.sort((a, b) => a - b);
  const f = (x: number) => (x / n).toFixed(3);
  console.log(`${n} page runs (${passes} pass(es)), runs 2–4 median per page, mean over pages`);
  console.log(`base ${f(sums.base)} ms   this ${f(sums.head)} ms   this/base ${(sums.head / sums.base).toFixed(3)}   median per-page ratio ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}`);
  console.log(`cold: base ${f(sums.baseCold)} ms   this ${f(sums.headCold)} ms   this/base ${(sums.headCold / sums.baseCold).toFixed(3)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
