/**
 * `npx tsx bench/ab.ts --base DIR [--head DIR] [--call FILE:EXPORT] [--cold] [--fresh] [--passes N] [--only S] [--list FILE]`: the analyzer of another checkout
 * (DIR, e.g. a `git worktree` of the last commit) against this one, page by page in the same headless
 * Chromium, with the timing of `npm run bench:analyze` (median of runs 2–4 after a first, cold run).
 *
 * A speed change is often 5 % of a run while two runs of the whole benchmark differ by 10 % (more when
 * other work shares the machine): here both analyzers run in the same page, one run each in turn (the
 * first of the pair alternating from page to page), so a busy moment hits both alike.
 * Prints the mean of the per-page medians for each, their ratio, and the median of per-page ratios.
 *
 * `--fresh` opens each page in a renderer process of its own (`openPageFresh`), as `npm run
 * bench:analyze` does by opening each page at its own address (another site, another process).
 * Without it every page is served from one address and shares one renderer, which has run both scripts
 * on the pages before: their first run here took 24–27 ms a page against 102–107 ms with `--fresh` (63
 * pages nearest the median), and the analyzer alone, timed like the benchmark, ran 28 ms then 11, 7 and
 * 6 ms against 92 ms then 10, 8 and 10. Runs 2–4 are where the code is still being optimised, so a
 * change to them is best compared with `--fresh`.
 *
 * `--cold` compares first runs instead (what a reader's tab pays): each checkout alone in a browser
 * started for it, one run per page, the order alternating. (Contexts of one browser share a renderer's
 * caches, compiled patterns among them, so whichever ran second in a pair started warmer.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, openPage, openPageFresh, option, pageFiles, pagesDir, root } from './pages';

const baseDir = option('--base');
if (!baseDir) {
  console.error('usage: npx tsx bench/ab.ts --base DIR [--head DIR] [--call FILE:EXPORT] [--cold] [--fresh] [--passes N] [--only S] [--list FILE]');
  process.exit(2);
}
const passes = Number(option('--passes') ?? 1);

/** `--call FILE:EXPORT` times that function of both checkouts, called with (document, url), instead of the analyzer. */
const [callFile, callName] = (option('--call') ?? './utils/analyze/index:analyzeDocument').split(':');

/** A script that defines `window[name](url)`: one timed run of that checkout's analyzer (or `--call` function). */
async function bundle(dir: string, name: string): Promise<string> {
  const contents = `
    import { ${callName} as run } from ${JSON.stringify(callFile.startsWith('.') ? callFile : `./${callFile}`)};
    window[${JSON.stringify(name)}] = (url) => { const t0 = performance.now(); run(document, url); return performance.now() - t0; };`;
  const out = await build({ stdin: { contents, resolveDir: resolve(dir), loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** `--cold`: the first run of each checkout, alone in a browser of its own, per page. */
async function compareCold(launch: () => Promise<Browser>, scripts: Record<'base' | 'head', string>): Promise<void> {
  const sums = { base: 0, head: 0 };
  const ratios: number[] = [];
  let n = 0;
  const files = pageFiles();
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, file] of files.entries()) {
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
      const got = { base: 0, head: 0 };
      for (const side of (i + pass) % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
        const browser = await launch();
        try {
          const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
          await openPage(page, url, html, { isolated: true });
          await page.evaluate(scripts[side]);
          // A browser just started is still busy with its own start-up on the other core: let it settle.
          await new Promise((settled) => setTimeout(settled, 500));
          got[side] = (await page.evaluate(`window.__${side}(${JSON.stringify(url)})`)) as number;
        } finally {
          await browser.close();
        }
      }
      sums.base += got.base;
      sums.head += got.head;
      ratios.push(got.head / got.base);
      n++;
    }
  }
  ratios.sort((a, b) => a - b);
  console.log(`${n} first runs each, every one in a browser of its own, mean over pages`);
  console.log(`base ${(sums.base / n).toFixed(2)} ms   this ${(sums.head / n).toFixed(2)} ms   this/base ${(sums.head / sums.base).toFixed(3)}   median per-page ratio ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}`);
}

async function main(): Promise<void> {
  const scripts = { base: await bundle(baseDir!, '__base'), head: await bundle(option("--head") ?? root, '__head') };
  const launch = () => chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  if (process.argv.includes('--cold')) return compareCold(launch, scripts);
  const browser = await launch();
  const sums = { base: 0, head: 0, baseCold: 0, headCold: 0 };
  const ratios: number[] = [];
  let n = 0;
  try {
    const open = process.argv.includes('--fresh') ? openPageFresh : openPage;
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const files = pageFiles();
    for (let pass = 0; pass < passes; pass++) {
      for (const [i, file] of files.entries()) {
        const html = readFileSync(join(pagesDir, file), 'utf8');
        const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
        await open(page, url, html, { isolated: true });
        await page.evaluate(scripts.base);
        await page.evaluate(scripts.head);
        const order = (i + pass) % 2 === 0 ? ['__base', '__head'] : ['__head', '__base'];
        // Four runs each, in turn: the first is cold, the median of the other three is kept.
        const got = (await page.evaluate(`(() => {
          const t = { __base: [], __head: [] };
          for (let run = 0; run < 4; run++) for (const side of ${JSON.stringify(order)}) t[side].push(window[side](${JSON.stringify(url)}));
          const med = (xs) => xs.slice(1).sort((a, b) => a - b)[1];
          return { base: { cold: t.__base[0], lukewarm: med(t.__base) }, head: { cold: t.__head[0], lukewarm: med(t.__head) } };
        })()`)) as Record<'base' | 'head', { cold: number; lukewarm: number }>;
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
