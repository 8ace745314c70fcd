/**
 * `npx tsx bench/tiers.ts [--only S] [--list FILE] [--runs N]`: which of the analyzer's functions V8 has
 * optimised, run by run, in a fresh page of headless Chromium: the run the target skips (run 1, cold),
 * then the runs it times (2 to N, 4 by default).
 *
 * Why: `npm run bench:analyze` times runs 2–4, and the same code twenty runs later is a quarter faster.
 * Whether a speed change can help depends on which tier the code runs in then: a loop V8 has optimised
 * gains from fewer operations in it, code still in the interpreter or the baseline compiler from fewer
 * calls, property reads and allocations. This reads V8's own trace (`--trace-opt --trace-deopt`) instead
 * of guessing from times.
 *
 * Chromium writes the trace on its standard output, which Playwright does not pass on, so this starts
 * the browser itself in one process (`--single-process`, so the page's V8 writes there too) and connects
 * over the DevTools protocol. Before each run, a marker function with a long loop is optimised, which
 * puts a line in the trace: the lines between two markers are what V8 did during one run. (Maglev and
 * Turbofan compile on another thread, so a function may show up in the run after the one that asked.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { openPage, option, pageFiles, pagesDir, root } from './pages';

const runs = Number(option('--runs') ?? 4);

/** The marker run before analyzer run `i`: a function V8 optimises at once, named so the trace shows it. */
const markers = Array.from({ length: runs + 1 }, (_, i) => `function __tierMarker${i}(n) { let s = 0; for (let j = 0; j < n; j++) s = (s + j * ${i + 7}) | 0; return s; }`).join('\n');

async function main(): Promise<void> {
  // Not minified, and with names kept: the trace names functions as the source does.
  const script = (
    await build({
      stdin: {
        contents: `import { analyzeDocument } from './utils/analyze/index';
          ${markers}
          const markersByRun = [${Array.from({ length: runs + 1 }, (_, i) => `__tierMarker${i}`).join(', ')}];
          window.__tiers = (url) => {
            const times = [];
            for (let i = 0; i < ${runs}; i++) {
              markersByRun[i](3e6);
              const t0 = performance.now();
              analyzeDocument(document, url);
              times.push(performance.now() - t0);
            }
            markersByRun[${runs}](3e6);
            return times;
          };`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      keepNames: true,
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

  const profile = mkdtempSync(join(tmpdir(), 'claimlens-tiers-'));
  const child = spawn(
    '/usr/lib/chromium/chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--single-process', '--no-zygote', '--js-flags=--trace-opt --trace-deopt', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let trace = '';
  child.stdout.on('data', (chunk: Buffer) => (trace += chunk.toString()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before it listened:\n${err.slice(-2000)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    for (const file of pageFiles()) {
      const page = await context.newPage();
      const url = `https://pages-dev.example/${encodeURIComponent(file)}`;
      await openPage(page, url, readFileSync(join(pagesDir, file), 'utf8'));
      trace = '';
      await page.evaluate(script);
      const times = (await page.evaluate(`window.__tiers(${JSON.stringify(url)})`)) as number[];
      // Let the compiler thread finish what the last run asked for, so it is traced before the page goes.
      await new Promise((settled) => setTimeout(settled, 300));
      report(file, times, trace);
      await page.close();
    }
  } finally {
    await browser.close().catch(() => {});
    // The profile goes once the browser has stopped writing to it.
    if (child.exitCode === null) {
      const exited = new Promise((settled) => child.once('exit', settled));
      child.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The trace of one page, split at the markers: per run, the functions optimised and deoptimised. */
function report(file: string, times: number[], trace: string): void {
  const perRun: { optimised: string[]; deoptimised: string[] }[] = times.map(() => ({ optimised: [], deoptimised: [] }));
  let run = -1;
  for (const line of trace.split('\n')) {
    const marker = /__tierMarker(\d+)/.exec(line);
    if (marker) {
      run = Number(marker[1]);
      continue;
    }
    if (run < 0 || run >= perRun.length) continue;
    const name = /<JSFunction (\S+) \(sfi/.exec(line)?.[1] ?? '(anonymous)';
    const compiled = /^\[completed compiling .*\(target (\w+)\)( OSR)?/.exec(line);
    if (compiled) perRun[run].optimised.push(`${name} ${compiled[1] === 'MAGLEV' ? 'M' : 'T'}${compiled[2] ? ' osr' : ''}`);
    const bailout = /^\[bailout \(kind: [\w-]+, reason: ([^)]*)\)/.exec(line);
    if (bailout) perRun[run].deoptimised.push(`${name} (${bailout[1]})`);
  }
  console.log(`\n${file}`);
  perRun.forEach((r, i) => {
    const label = i === 0 ? 'run 1 (cold, not timed)' : `run ${i + 1}`;
    console.log(`  ${label}: ${times[i].toFixed(1)} ms; optimised ${r.optimised.length}${r.optimised.length ? `: ${r.optimised.join(', ')}` : ''}`);
    if (r.deoptimised.length) console.log(`    deoptimised: ${r.deoptimised.join(', ')}`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
