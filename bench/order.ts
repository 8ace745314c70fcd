/**
 * `npx tsx bench/order.ts [--only S] [--list FILE] [--runs N]`: does the benchmark's order favour either
 * reader? `npm run bench:analyze` times the analyzer's runs first and Readability's after them, in one
 * page. Here each page is visited three times in turn at its own address: both readers in the
 * benchmark's order, Readability alone, the analyzer alone (the order of the three visits alternating by
 * page, so a busy moment of the machine falls on each alike). Each reader's figure is the median of runs
 * 2–4 of 1 + N, as the benchmark's.
 *
 * Every visit gets a renderer of its own, as each page does in the benchmark (`openPageFresh`).
 *
 * Prints, per reader, the median over pages of "alone / in the benchmark's order" (paired page by page),
 * and the ratio of medians both ways. The analyzer runs first in both of its visits, so its pair measures
 * how much two visits differ by themselves: a difference for Readability smaller than that is no effect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, openPageFresh, option, pageFiles, pageUrls, pagesDir, root } from './pages';

const runs = Number(option('--runs') ?? 3);

type Visit = 'both' | 'readability' | 'analyzer';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const script = (
    await build({
      stdin: {
        contents: `import { analyzeDocument } from './utils/analyze/index'; import { Readability } from '@mozilla/readability';
          window.__order = { analyze: (u) => analyzeDocument(document, u), read: () => new Readability(document.cloneNode(true)).parse() };`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0].text;
  const urls = pageUrls();
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const rows: Record<`${Visit}.${'a' | 'r'}`, number>[] = [];
  try {
    let k = 0;
    for (const file of pageFiles()) {
      const url = urls.get(file) ?? `https://pages-dev.example/${encodeURIComponent(file)}`;
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const visits: Visit[] = k++ % 2 === 0 ? ['both', 'readability', 'analyzer'] : ['analyzer', 'readability', 'both'];
      const row = {} as (typeof rows)[number];
      for (const visit of visits) {
        await openPageFresh(page, url, html);
        await page.evaluate(script);
        const steps = visit === 'both' ? ['analyze', 'read'] : visit === 'analyzer' ? ['analyze'] : ['read'];
        const t = (await page.evaluate(`(() => {
          const out = { analyze: [], read: [] };
          for (const step of ${JSON.stringify(steps)}) for (let i = 0; i < ${1 + runs}; i++) {
            const t0 = performance.now();
            window.__order[step](${JSON.stringify(url)});
            out[step].push(performance.now() - t0);
          }
          return out;
        })()`)) as { analyze: number[]; read: number[] };
        if (t.analyze.length) row[`${visit}.a`] = median(t.analyze.slice(1));
        if (t.read.length) row[`${visit}.r`] = median(t.read.slice(1));
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
  }
  const m = (key: keyof (typeof rows)[number]) => median(rows.map((r) => r[key]));
  const paired = (alone: keyof (typeof rows)[number], both: keyof (typeof rows)[number]) => median(rows.map((r) => r[alone] / r[both])).toFixed(3);
  console.log(`${rows.length} pages, median of runs 2–${1 + runs} of each reader per visit`);
  console.log(`analyzer     in the benchmark's order ${m('both.a').toFixed(2)} ms, alone ${m('analyzer.a').toFixed(2)} ms; alone / in order (per page) ${paired('analyzer.a', 'both.a')}  (two visits' own spread)`);
  console.log(`Readability  in the benchmark's order ${m('both.r').toFixed(2)} ms, alone ${m('readability.r').toFixed(2)} ms; alone / in order (per page) ${paired('readability.r', 'both.r')}`);
  console.log(`analyzer/Readability (of medians): in the benchmark's order ${(m('both.a') / m('both.r')).toFixed(3)}, each alone ${(m('analyzer.a') / m('readability.r')).toFixed(3)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
