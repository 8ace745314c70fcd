/**
 * `npm run bench:analyze`: how long ClaimLens's analyzer takes on real pages, next to what a reader
 * would otherwise run (Mozilla Readability's parse() on a clone) and the least any DOM reader can do
 * (a bare walk of the text nodes), all timed in the same page of headless Chromium in one run.
 * Also each reader's first run in the page (cold, as a reader's tab runs it) and its time once warmed up
 * by 20 more runs. Then the longest task of the chunked analyzer on a page ten times the size of the largest one.
 *
 * Options: --runs N (timed runs per page, median kept; default 3), --only SUBSTRING, --list FILE, --no-big.
 * Pages are served from memory with scripts off and every other request blocked: nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { LongTasks, Timing } from './in-page';
import { chromiumArgs, openPage, option, pageFiles, pageUrls, pagesDir, root } from './pages';

const flag = (name: string) => process.argv.slice(2).includes(name);
const RUNS = Number(option('--runs') ?? 3);

/** The analyzer, Readability and the in-page timers (bench/in-page.ts), bundled into one script that defines `window.__bench`. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { timeInPage, longTasksInPage } from './bench/in-page.ts';
        window.__bench = { timeInPage, longTasksInPage };
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

async function main(): Promise<void> {
  const script = await bundle();
  const urls = pageUrls();
  const files = pageFiles();
  const browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: chromiumArgs(),
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const rows: (Timing & { file: string; kb: number })[] = [];
    console.log(`${'page'.padEnd(58)} ${'KB'.padStart(6)} ${'analyzer'.padStart(8)} ${'floor'.padStart(8)} ${'readab.'.padStart(8)} ${'an/rd'.padStart(6)} claims links`);
    for (const file of files) {
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const url = urls.get(file) ?? `https://pages-dev.example/${encodeURIComponent(file)}`;
      try {
        await openPage(page, url, html);
        await page.evaluate(script);
        const t = (await page.evaluate(`window.__bench.timeInPage(${JSON.stringify(url)}, ${RUNS})`)) as Timing;
        rows.push({ ...t, file, kb: html.length / 1024 });
        console.log(
          `${file.slice(0, 58).padEnd(58)} ${(html.length / 1024).toFixed(0).padStart(6)} ${fmt(t.analyzer)} ${fmt(t.floor)} ${fmt(t.readability)} ${(t.analyzer / t.readability).toFixed(2).padStart(6)} ${String(t.claims).padStart(6)} ${String(t.links).padStart(5)}`,
        );
      } catch (e) {
        console.log(`${file.slice(0, 58).padEnd(58)} failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }

    const col = (k: keyof Timing) => rows.map((r) => r[k] as number);
    const [an, fl, rd] = [col('analyzer'), col('floor'), col('readability')];
    const med = (xs: number[]) => percentile(xs, 0.5);
    console.log(`\n${rows.length} pages, ${RUNS} timed runs each (median kept), Chromium headless`);
    console.log(`               median      p95`);
    console.log(`analyzer     ${fmt(med(an))} ${fmt(percentile(an, 0.95))} ms`);
    console.log(`floor        ${fmt(med(fl))} ${fmt(percentile(fl, 0.95))} ms`);
    console.log(`readability  ${fmt(med(rd))} ${fmt(percentile(rd, 0.95))} ms`);
    const perPage = (a: number[], b: number[]) => med(a.map((x, i) => x / b[i]));
    console.log(`analyzer/readability: ${(med(an) / med(rd)).toFixed(2)} (of medians), ${perPage(an, rd).toFixed(2)} (median of per-page ratios)  target ≤ 0.50`);
    console.log(`analyzer/floor:       ${(med(an) / med(fl)).toFixed(1)} (of medians), ${perPage(an, fl).toFixed(1)} (median of per-page ratios)`);
    // The same two readers at the two ends of the JIT's life: the figures above sit in between.
    const [anCold, rdCold, anWarm, rdWarm] = [col('analyzerCold'), col('readabilityCold'), col('analyzerWarm'), col('readabilityWarm')];
    console.log(`\n               median      p95   (analyzer, readability)`);
    console.log(`first run    ${fmt(med(anCold))} ${fmt(percentile(anCold, 0.95))} ms   ${fmt(med(rdCold))} ${fmt(percentile(rdCold, 0.95))} ms   ratio of medians ${(med(anCold) / med(rdCold)).toFixed(2)}  (cold: what a page pays once)`);
    console.log(`warmed up    ${fmt(med(anWarm))} ${fmt(percentile(anWarm, 0.95))} ms   ${fmt(med(rdWarm))} ${fmt(percentile(rdWarm, 0.95))} ms   ratio of medians ${(med(anWarm) / med(rdWarm)).toFixed(2)}  (after 20 more runs)`);

    if (!flag('--no-big')) {
      // A page ten times the largest: its body repeated ten times inside one document.
      const largest = files.map((f) => ({ f, size: readFileSync(join(pagesDir, f)).length })).sort((a, b) => b.size - a.size)[0];
      const html = readFileSync(join(pagesDir, largest.f), 'utf8');
      const open = html.search(/<body[^>]*>/i);
      const close = html.search(/<\/body>/i);
      const head = open >= 0 ? html.slice(0, open + html.slice(open).indexOf('>') + 1) : '<html><body>';
      const body = open >= 0 ? html.slice(head.length, close > open ? close : undefined) : html;
      // Timers and MessageChannel need scripts on, so this page gets them on, with the page's own scripts removed.
      const big = `${head}${body.repeat(10)}</body></html>`.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
      const url = 'https://pages-dev.example/ten-times-the-largest.html';
      const live = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
      await openPage(live, url, big);
      await live.evaluate(script);
      const r = (await live.evaluate(`window.__bench.longTasksInPage(${JSON.stringify(url)})`)) as LongTasks;
      console.log(`\nten times the largest page (${largest.f}, ${(big.length / 1024 / 1024).toFixed(1)} MB):`);
      console.log(`  one task (analyzeDocument): ${r.syncMs.toFixed(0)} ms (longtask entry seen: ${r.syncLongest.toFixed(0)} ms; headless Chromium may not report work started over DevTools)`);
      console.log(`  chunked (analyzeDocumentAsync): ${r.asyncMs.toFixed(0)} ms wall in ${r.chunks} slices, longest slice ${r.longestChunk.toFixed(1)} ms`);
      console.log(`  longest task while chunked: ${Math.max(r.longest, r.longestChunk).toFixed(1)} ms (longest slice, or a longtask entry if longer: ${r.longTasks} over 50 ms)  target < 50`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
