/**
 * `npm run bench:links`: how close the link checker comes to the schedule its politeness limits
 * allow, and how it compares with linkinator on the same links.
 *
 * N links spread over H loopback hosts (127.0.0.1…127.0.0.H; Linux routes all of 127/8 to lo), each
 * answer delayed by a fixed latency. The ideal time is what the per-host limit allows if every link
 * cost one request: for each host ceil(links / perHost) × latency, the longest host. Two sets of links:
 * documents (PDFs: HEAD answers everything, one request each) and HTML pages (HEAD, then a bounded GET
 * that looks for a soft 404: two requests each, by design).
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
import { checkLinks } from '../utils/link-check/index';
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

async function timeClaimLens(list: string[]): Promise<{ ms: number; requests: number; statuses: Map<string, number> }> {
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
  const start = performance.now();
  const checked = await checkLinks(reports, { allowPrivate: true, perHost: PER_HOST, concurrency: CONCURRENCY });
  const ms = performance.now() - start;
  const statuses = new Map<string, number>();
  for (const link of checked) statuses.set(link.status, (statuses.get(link.status) ?? 0) + 1);
  const requests = server.requests.length;
  await server.close();
  return { ms, requests, statuses };
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

console.log(
  `${N} links over ${H} loopback hosts, ${LATENCY} ms latency per answer; perHost ${PER_HOST}, concurrency ${CONCURRENCY}; median of ${RUNS} runs (node ${process.version})`,
);
// Warm up both (JIT, fetch internals) on a few links, so neither pays for going first.
{
  const warm = Array.from({ length: 6 }, (_, index) => `http://${addresses[index % H]}:1/doc/${index}.pdf`);
  await timeClaimLens(warm);
  await timeLinkinator(warm);
}
for (const kind of ['doc', 'page'] as const) {
  const list = Array.from({ length: N }, (_, index) => (kind === 'doc' ? `http://x:1/doc/${index}.pdf` : `http://x:1/page/${index}`)).map(
    (path, index) => path.replace('x', addresses[index % H]),
  );
  const oursRuns = [];
  const theirsRuns = [];
  for (let run = 0; run < RUNS; run++) {
    oursRuns.push(await timeClaimLens(list));
    theirsRuns.push(await timeLinkinator(list));
  }
  const ours = median(oursRuns);
  const theirs = median(theirsRuns);
  const ideal = idealMs(N, 1);
  const perLink = ours.requests / N;
  console.log(`\n${kind === 'doc' ? 'Documents (PDF)' : 'HTML pages'}:`);
  console.log(`  ClaimLens   ${fmt(ours.ms)}  ${ours.requests} requests (${perLink.toFixed(1)}/link)  ${[...ours.statuses].map(([s, n]) => `${n} ${s}`).join(', ')}`);
  console.log(`  ideal       ${fmt(ideal)}  (per host ceil(links / ${PER_HOST}) × ${LATENCY} ms, one request a link)`);
  console.log(`  ratio       ${(ours.ms / ideal).toFixed(2)}× the ideal`);
  if (perLink > 1.05) {
    const idealForRequests = idealMs(N, Math.round(perLink));
    console.log(`  ratio       ${(ours.ms / idealForRequests).toFixed(2)}× the ideal for ${Math.round(perLink)} requests a link (${fmt(idealForRequests)})`);
  }
  console.log(`  linkinator  ${fmt(theirs.ms)}  ${theirs.requests} requests, ${theirs.broken} broken  ${(theirs.ms / ideal).toFixed(2)}× the ideal, ${(theirs.ms / ours.ms).toFixed(2)}× ClaimLens`);
}
