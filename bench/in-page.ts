/**
 * The timers bench/analyze.ts runs inside each page of headless Chromium (bundled with the analyzer and
 * Readability, so the page needs none of its own scripts).
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument, analyzeDocumentAsync } from '../utils/analyze/index';
import type { PageNotes } from '../utils/types';

export interface Timing {
  /** Median of `runs` runs after one warm-up: the figure the target is set on. */
  analyzer: number;
  floor: number;
  readability: number;
  /** The very first run in the page: what a reader's tab pays, since the content script runs once per page. */
  analyzerCold: number;
  readabilityCold: number;
  /** Median of the last `runs` of 20 further runs, once the JIT has optimised the hot code. */
  analyzerWarm: number;
  readabilityWarm: number;
  claims: number;
  links: number;
}

export interface LongTasks {
  syncMs: number;
  /** The long task Chromium reported for the one-task analysis (calibrates the observer). */
  syncLongest: number;
  asyncMs: number;
  longest: number;
  longTasks: number;
  chunks: number;
  longestChunk: number;
}

/**
 * Runs inside the page: times the three readers, `runs` times each after a warm-up, and keeps the
 * medians; also the first run of each (cold) and a median once warmed up by 20 more runs.
 */
export function timeInPage(url: string, runs: number): Timing {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const series = (fn: () => void, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
    return out;
  };
  const last: { notes: PageNotes | null } = { notes: null };
  const analyze = () => {
    last.notes = analyzeDocument(document, url);
  };
  const read = () => {
    new Readability(document.cloneNode(true) as Document).parse();
  };
  const floorWalk = () => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    if (chars < 0) throw new Error('unreachable');
  };
  // First run cold, then `runs` timed runs: the order and counts the target was always measured with.
  const a = series(analyze, 1 + runs);
  const f = series(floorWalk, 1 + runs);
  const r = series(read, 1 + runs);
  const aWarm = series(analyze, 20 + runs).slice(20);
  const rWarm = series(read, 20 + runs).slice(20);
  return {
    analyzer: median(a.slice(1)),
    floor: median(f.slice(1)),
    readability: median(r.slice(1)),
    analyzerCold: a[0],
    readabilityCold: r[0],
    analyzerWarm: median(aWarm),
    readabilityWarm: median(rWarm),
    claims: last.notes?.claims.length ?? 0,
    links: last.notes?.links.length ?? 0,
  };
}

/** Runs inside the page: the chunked analyzer, with the long tasks (>50 ms) Chromium saw while it ran. */
export async function longTasksInPage(url: string): Promise<LongTasks> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const settle = () => new Promise((r) => setTimeout(r, 300));

  // Calibration: the one-task analysis must show up as a long task, or the observer sees nothing.
  const t0 = performance.now();
  analyzeDocument(document, url);
  const syncMs = performance.now() - t0;
  await settle();
  const syncLongest = durations.length ? Math.max(...durations) : 0;
  durations.length = 0;

  const slices: number[] = [];
  const t1 = performance.now();
  await analyzeDocumentAsync(document, url, { onSlice: (ms: number) => slices.push(ms) });
  const asyncMs = performance.now() - t1;
  await settle();
  observer.disconnect();
  return {
    syncMs,
    syncLongest,
    asyncMs,
    longest: durations.length ? Math.max(...durations) : 0,
    longTasks: durations.length,
    chunks: slices.length,
    longestChunk: Math.max(0, ...slices),
  };
}
