/**
 * `npm run bench:content`: what the content script pays after its analysis, per page of pages-dev in
 * headless Chromium. Marking the claims, placing the user's notes and watching the article grow need
 * the analysis's article and text map. Reading them from the page again (the article found twice and
 * walked twice, then found once more for the watch) is timed against checking that the map the analysis
 * kept still holds (`textMapHolds`), right after the first analysis in a fresh page, as a reader's tab
 * runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, openPage, pageFiles, pagesDir, root } from './pages';

const IN_PAGE = `
  import { analyzeDocument } from './utils/analyze/index';
  import { findArticle } from './utils/analyze/article';
  import { textMapHolds } from './utils/analyze/text-map';
  import { readArticleMap } from './utils/content/analysed-article';
  window.__afterAnalysis = (url) => {
    let kept = null;
    analyzeDocument(document, url, { onTextMap: (map) => (kept = map) });
    const t0 = performance.now();
    readArticleMap(document);
    readArticleMap(document);
    findArticle(document);
    const readAgain = performance.now() - t0;
    const t1 = performance.now();
    const holds = kept === null || textMapHolds(kept);
    return { readAgain, check: performance.now() - t1, holds };
  };
`;

async function main(): Promise<void> {
  const script = (await build({ stdin: { contents: IN_PAGE, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'silent' })).outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  const readAgain: number[] = [];
  const check: number[] = [];
  let notHolding = 0;
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    for (const file of pageFiles()) {
      const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
      // Cross-origin isolated: the timer counts in 5 µs steps, fine enough for the check.
      await openPage(page, url, readFileSync(join(pagesDir, file), 'utf8'), { isolated: true });
      await page.evaluate(script);
      const r = (await page.evaluate(`window.__afterAnalysis(${JSON.stringify(url)})`)) as { readAgain: number; check: number; holds: boolean };
      readAgain.push(r.readAgain);
      check.push(r.check);
      if (!r.holds) notHolding++;
    }
  } finally {
    await browser.close();
  }
  const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
  const row = (name: string, xs: number[]) =>
    console.log(`${name.padEnd(44)} median ${at(xs, 0.5).toFixed(3).padStart(7)}  p95 ${at(xs, 0.95).toFixed(3).padStart(7)}  max ${Math.max(...xs).toFixed(3).padStart(7)} ms`);
  console.log(`${readAgain.length} pages, right after the first analysis in a fresh page (Chromium headless)`);
  row('article read again (found 3×, walked 2×)', readAgain);
  row("the analysis's text map checked instead", check);
  console.log(`ratio of medians ${(at(check, 0.5) / at(readAgain, 0.5)).toFixed(3)}; kept maps that no longer held: ${notHolding}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
