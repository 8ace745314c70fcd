/**
 * `npx tsx bench/phases.ts [--only S] [--list FILE] [--runs N] [--each] [--in-place]`: median time of each
 * analyzer phase over pages-dev in Chromium, each phase run on its own; with `--in-place`, the phases as
 * they run inside the analyzer, in runs 2 to N+1 of a fresh page (the target's runs), from its `onPhase` hook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, openPage, option, pageFiles, pagesDir, root } from './pages';

const args = process.argv.slice(2);
const runs = Number(option('--runs') ?? 3);
const inPlace = args.includes('--in-place');

async function main() {
  const script = (await build({ stdin: { contents: `import { phasesInPage, phasesInPlace } from './bench/phases-in-page.ts'; window.__phases = ${inPlace ? 'phasesInPlace' : 'phasesInPage'};`, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'silent' })).outputFiles[0].text;
  const files = pageFiles();
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  const rows: Record<string, number>[] = [];
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    for (const file of files) {
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
      await openPage(page, url, html);
      await page.evaluate(script);
      const r = (await page.evaluate(`window.__phases(${JSON.stringify(url)}, ${runs})`)) as Record<string, number>;
      rows.push(r);
      if (args.includes('--each')) console.log(file.padEnd(50), Object.entries(r).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
    }
  } finally {
    await browser.close();
  }
  // Every key any page gave (a page without an article reaches fewer phases), 0 where a page has none.
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const k of keys) {
    const xs = rows.map((r) => r[k] ?? 0);
    const sum = xs.reduce((a, b) => a + b, 0);
    console.log(`${k.padEnd(12)} median ${med(xs).toFixed(2).padStart(7)}  mean ${(sum / xs.length).toFixed(2).padStart(7)}  share of total (sum) ${((sum / rows.reduce((a, r) => a + r.total, 0)) * 100).toFixed(0)}%`);
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
