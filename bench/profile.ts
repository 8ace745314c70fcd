/**
 * `npx tsx bench/profile.ts [--only SUBSTRING] [--list FILE]`: where the analyzer spends its time in Chromium. Loads the
 * pages of pages-dev like bench/analyze.ts, runs the analyzer under the DevTools CPU profiler, and prints
 * the functions with the most self time and the most total time (a quick guide for speed work);
 * PROFILE_LINES=1 adds the lines of the bundle with the most samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, openPage, pageFiles, pagesDir, root } from './pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const script = (
    await build({
      stdin: { contents: `import { analyzeDocument } from './utils/analyze/index'; window.__analyze = analyzeDocument;`, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      write: false,
      keepNames: true,
      logLevel: 'silent',
    })
  ).outputFiles[0].text;
  const files = pageFiles();
  const launch = () => chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  let browser = await launch();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  /** Samples per line of the bundle (PROFILE_LINES=1): which statements of a function cost. */
  const lineTicks = new Map<number, number>();
  try {
    for (const file of files) {
     try {
      // A fresh context per page: one long-lived profiled page ran the browser out of memory after ~100 pages.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const html = readFileSync(join(pagesDir, file), 'utf8');
      const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
      await openPage(page, url, html);
      await page.evaluate(script);
      // PROFILE_COLD=1 profiles the first run in the page (what a reader's tab pays), without the warm-up.
      if (!process.env.PROFILE_COLD) await page.evaluate(`window.__analyze(document, ${JSON.stringify(url)}); 0`);
      await cdp.send('Profiler.start');
      await page.evaluate(`for (let i = 0; i < ${Number(process.env.PROFILE_RUNS ?? 5)}; i++) window.__analyze(document, ${JSON.stringify(url)}); 0`);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      for (const n of profile.nodes) {
        if (n.callFrame.url !== '') continue; // the analyzer runs from an evaluated script, without a URL
        for (const t of n.positionTicks ?? []) lineTicks.set(t.line, (lineTicks.get(t.line) ?? 0) + t.ticks);
      }
      const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      profile.samples.forEach((id, i) => {
        const dt = profile.timeDeltas[i] / 1000;
        const n = byId.get(id)!;
        self.set(name(n), (self.get(name(n)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const k = name(byId.get(cur)!);
          if (seen.has(k)) continue;
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + dt);
        }
      });
      await context.close();
     } catch (e) {
      // The profiler sometimes takes the browser down on a page: say which, start a new browser, go on.
      console.error(`${file}: ${(e as Error).message.split('\n')[0]}`);
      await browser.close().catch(() => {});
      browser = await launch();
     }
    }
  } finally {
    await browser.close();
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('self ms');
  for (const [k, v] of top(self, 30)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  console.log('\ntotal ms');
  for (const [k, v] of top(total, 45)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  if (process.env.PROFILE_LINES) {
    const lines = script.split('\n');
    console.log('\nsamples  line of the bundle');
    for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 60))) {
      console.log(`${String(ticks).padStart(7)}  ${String(line).padStart(5)}  ${lines[line - 1]?.trim().slice(0, 110)}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
