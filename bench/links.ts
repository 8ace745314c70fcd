/**
 * `npm run bench:links`: how close the link checker comes to the schedule its politeness limits
 * allow, and how it compares with linkinator on the same links.
 *
 * N links spread over H loopback hosts (127.0.0.1…127.0.0.H; Linux routes all of 127/8 to lo), each
 * answer delayed by a fixed latency. The ideal time is what the per-host limit allows if every link
 * cost one request: for each host ceil(links / perHost) × latency, the longest host. Two sets of links:
 * documents (PDFs: one HEAD each) and HTML pages. Each set is checked with the default strategy
 * ('auto': one bounded GET a page, which also serves the soft-404 check) and, for reference, with
 * 'head-first' (HEAD, then a bounded GET a page: two requests each).
 *
 * Politeness is measured, not assumed: the most requests in flight to one host and in all (counted
 * around the checker's fetch), and the most request starts to one host in any one second, against
 * the 1000 / gap the host gap allows. (Single gaps between two fetch calls are shown too, but not
 * judged: on a shared machine a request's call can lag its grant by several ms of event-loop time,
 * which brings one pair closer without any more requests reaching the host.) The whole bench stops
 * itself after --max-seconds.
 *
 * Each figure is the median of --runs runs: the machine is shared, single runs are noisy. The test
 * server runs in the same process as the checkers, so both pay for its event loop alike.
 *
 *   npm run bench:links -- [--links 60] [--hosts 3] [--latency 100] [--per-host 2] [--concurrency 6] [--runs 3]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { startLinkServer, type LinkServer } from '../tests/link-server';
import { checkLinks, type LinkCheckStrategy } from '../utils/link-check/index';
import type { LinkReport } from '../utils/types';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const N = option('links', 60);
const H = option('hosts', 3);
const LATENCY = option('latency', 100);
const PER_HOST = option('per-host', 2);
const CONCURRENCY = option('concurrency', 6);
const RUNS = option('runs', 3);
const MAX_SECONDS = option('max-seconds', 300);
/** The checker's default gap between two request starts to one host. */
const HOST_GAP_MS = 50;
const TARGET = 1.25;

// Bounded: a checker that hangs must not keep the bench (or CI) waiting.
setTimeout(() => {
  console.error(`bench:links: still running after ${MAX_SECONDS} s, stopping`);
  process.exit(1);
}, MAX_SECONDS * 1000).unref();

const addresses = Array.from({ length: H }, (_, index) => `127.0.0.${index + 1}`);

function urls(server: LinkServer, kind: 'doc' | 'page'): string[] {
  // Interleaved over the hosts, as an article's links usually are.
  return Array.from({ length: N }, (_, index) =>
    server.url(kind === 'doc' ? `/doc/${index}.pdf` : `/page/${index}`, addresses[index % H]),
  );
}

function idealMs(count: number, requestsPerLink: number): number {
  let longest = 0;
  for (let host = 0; host < H; host++) {
    const links = Math.floor(count / H) + (host < count % H ? 1 : 0);
    longest = Math.max(longest, Math.ceil((links * requestsPerLink) / PER_HOST) * LATENCY);
  }
  return longest;
}

interface ClaimLensRun {
  ms: number;
  requests: number;
  statuses: Map<string, number>;
  /** Most requests in flight to one host, and in all. */
  mostPerHost: number;
  mostInAll: number;
  /** Shortest time between two request starts to one host, when the checker called fetch. */
  shortestGapMs: number;
  /** Most request starts to one host within any one second. */
  mostPerSecond: number;
}

async function timeClaimLens(list: string[], strategy: LinkCheckStrategy): Promise<ClaimLensRun> {
  const server = await startLinkServer({ addresses, latencyMs: LATENCY });
  const hosted = list.map((url) => url.replace(/:\d+\//, `:${new URL(server.url('/', new URL(url).hostname)).port}/`));
  const reports: LinkReport[] = hosted.map((url, index) => ({
    id: `l${index}`,
    tag: 'a',
    href: url,
    url,
    text: '',
    inArticle: true,
    status: 'unchecked',
    reason: '',
  }));
  const inFlight = new Map<string, number>();
  let inAll = 0;
  let mostPerHost = 0;
  let mostInAll = 0;
  let shortestGapMs = Infinity;
  const lastStart = new Map<string, number>();
  const starts = new Map<string, number[]>();
  const countingFetch: typeof fetch = async (input, init) => {
    const host = new URL(String(input)).host;
    const now = performance.now();
    const previous = lastStart.get(host);
    if (previous !== undefined) shortestGapMs = Math.min(shortestGapMs, now - previous);
    lastStart.set(host, now);
    starts.set(host, [...(starts.get(host) ?? []), now]);
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    inAll++;
    mostPerHost = Math.max(mostPerHost, inFlight.get(host) as number);
    mostInAll = Math.max(mostInAll, inAll);
    try {
      return await fetch(input, init);
    } finally {
      inFlight.set(host, (inFlight.get(host) as number) - 1);
      inAll--;
    }
  };
  const start = performance.now();
  const checked = await checkLinks(reports, {
    allowPrivate: true,
    perHost: PER_HOST,
    concurrency: CONCURRENCY,
    hostGapMs: HOST_GAP_MS,
    strategy,
    fetch: countingFetch,
  });
  const ms = performance.now() - start;
  const statuses = new Map<string, number>();
  for (const link of checked) statuses.set(link.status, (statuses.get(link.status) ?? 0) + 1);
  const requests = server.requests.length;
  await server.close();
  let mostPerSecond = 0;
  for (const times of starts.values()) {
    for (let first = 0, last = 0; last < times.length; last++) {
      while (times[last] - times[first] >= 1000) first++;
      mostPerSecond = Math.max(mostPerSecond, last - first + 1);
    }
  }
  return { ms, requests, statuses, mostPerHost, mostInAll, shortestGapMs, mostPerSecond };
}

async function timeLinkinator(list: string[]): Promise<{ ms: number; requests: number; broken: number }> {
  const server = await startLinkServer({ addresses, latencyMs: LATENCY });
  const hosted = list.map((url) => url.replace(/:\d+\//, `:${new URL(server.url('/', new URL(url).hostname)).port}/`));
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>links</title>${hosted.map((url) => `<a href="${url}">x</a>`).join('\n')}`);
  const checker = new LinkChecker();
  const start = performance.now();
  // linkinator serves the local index itself (no latency) and has only a global limit.
  const result = await checker.check({ path: join(dir, 'index.html'), concurrency: CONCURRENCY, recurse: false, timeout: 15_000 });
  const ms = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  const requests = server.requests.length;
  await server.close();
  return { ms, requests, broken: result.links.filter((link) => link.state === 'BROKEN').length };
}

function median<T extends { ms: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (ms: number, ideal: number) => `${(ms / ideal).toFixed(2)}×`;

console.log(
  `${N} links over ${H} loopback hosts, ${LATENCY} ms latency per answer; perHost ${PER_HOST}, concurrency ${CONCURRENCY}, host gap ${HOST_GAP_MS} ms; median of ${RUNS} runs (node ${process.version})`,
);
// Warm up both (JIT, fetch internals) on a few links, so neither pays for going first.
{
  const warm = Array.from({ length: 6 }, (_, index) => `http://${addresses[index % H]}:1/${index % 2 ? 'page' : 'doc'}/${index}${index % 2 ? '' : '.pdf'}`);
  await timeClaimLens(warm, 'auto');
  await timeLinkinator(warm);
}
const ideal = idealMs(N, 1);
const STRATEGIES: LinkCheckStrategy[] = ['auto', 'head-first'];
const summary: string[] = [];
let defaultMeetsTarget = true;
let polite = true;
for (const kind of ['doc', 'page'] as const) {
  const list = Array.from({ length: N }, (_, index) => `http://${addresses[index % H]}:1/${kind === 'doc' ? `doc/${index}.pdf` : `page/${index}`}`);
  const runs = new Map<LinkCheckStrategy, ClaimLensRun[]>(STRATEGIES.map((strategy) => [strategy, []]));
  const theirsRuns = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a slow moment of the shared machine does not fall on one of them only.
    for (const strategy of STRATEGIES) runs.get(strategy)?.push(await timeClaimLens(list, strategy));
    theirsRuns.push(await timeLinkinator(list));
  }
  const theirs = median(theirsRuns);
  const label = kind === 'doc' ? 'Documents (PDF)' : 'HTML pages';
  console.log(`\n${label}: ideal ${fmt(ideal)} (per host ceil(links / ${PER_HOST}) × ${LATENCY} ms, one request a link)`);
  for (const strategy of STRATEGIES) {
    const ours = median(runs.get(strategy) as ClaimLensRun[]);
    const perLink = ours.requests / N;
    const name = strategy === 'auto' ? 'auto (default)' : 'head-first';
    console.log(
      `  ClaimLens ${name.padEnd(14)} ${fmt(ours.ms)}  ${ratio(ours.ms, ideal)} the ideal  ${ours.requests} requests (${perLink.toFixed(1)}/link)  ${[...ours.statuses].map(([s, n]) => `${n} ${s}`).join(', ')}`,
    );
    if (perLink > 1.05) {
      const idealForRequests = idealMs(N, Math.round(perLink));
      console.log(`  ${''.padEnd(24)} ${ratio(ours.ms, idealForRequests)} the ideal for ${Math.round(perLink)} requests a link (${fmt(idealForRequests)})`);
    }
    const worst = (runs.get(strategy) as ClaimLensRun[]).reduce(
      (acc, run) => ({
        perHost: Math.max(acc.perHost, run.mostPerHost),
        inAll: Math.max(acc.inAll, run.mostInAll),
        gap: Math.min(acc.gap, run.shortestGapMs),
        perSecond: Math.max(acc.perSecond, run.mostPerSecond),
      }),
      { perHost: 0, inAll: 0, gap: Infinity, perSecond: 0 },
    );
    // Starts spaced by the gap fit 1000 / gap + 1 into a closed one-second window.
    const allowedPerSecond = Math.floor(1000 / HOST_GAP_MS) + 1;
    const keptLimits = worst.perHost <= PER_HOST && worst.inAll <= CONCURRENCY && worst.perSecond <= allowedPerSecond;
    polite &&= keptLimits;
    console.log(
      `  ${''.padEnd(24)} politeness over ${RUNS} runs: at most ${worst.perHost} in flight to a host (limit ${PER_HOST}), ${worst.inAll} in all (limit ${CONCURRENCY}), ${worst.perSecond} starts to a host in any second (gap ${HOST_GAP_MS} ms allows ${allowedPerSecond}; closest two ${worst.gap.toFixed(1)} ms apart)${keptLimits ? '' : '  LIMITS BROKEN'}`,
    );
    if (strategy === 'auto') defaultMeetsTarget &&= ours.ms / ideal <= TARGET;
    summary.push(`  ${label.padEnd(16)} ${name.padEnd(14)} ${ratio(ours.ms, ideal).padStart(6)} the ideal, ${perLink.toFixed(1)} requests/link, linkinator ${(theirs.ms / ours.ms).toFixed(2)}× ClaimLens's time`);
  }
  console.log(`  linkinator ${''.padEnd(13)} ${fmt(theirs.ms)}  ${ratio(theirs.ms, ideal)} the ideal  ${theirs.requests} requests, ${theirs.broken} broken (global limit only, no per-host limit, no soft-404 check)`);
}
console.log(`\nSummary (ratio = wall time / ideal; target ≤ ${TARGET}× for the default strategy):`);
console.log(summary.join('\n'));
console.log(`  default strategy within ${TARGET}× of the ideal: ${defaultMeetsTarget ? 'yes' : 'NO'}; politeness limits kept: ${polite ? 'yes' : 'NO'}`);
