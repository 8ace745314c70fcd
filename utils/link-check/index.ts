/**
 * The link checker: one implementation for the background service worker and the CLI.
 * Nothing here imports Node or extension APIs; Node-only helpers (DNS) live in `./node`.
 *
 * Requests: a page costs one bounded GET (`Range: bytes=0-16383`, read 16 KB at most), a file one
 * HEAD (see `./check-url`); option `strategy: 'head-first'` asks HEAD first for everything.
 *
 * Redirects: in Node every hop is followed by hand (`redirect: 'manual'`), so each hop is vetted
 * against private addresses and counted. Browsers and service workers answer a manual redirect with
 * an opaque response that hides its target; the first time that happens the checker switches that
 * fetch to `redirect: 'follow'` and reports only where the browser landed (`finalUrl`), leaving
 * `redirects` unset because the browser does not reveal the hop count.
 *
 * User agent: `userAgent` is sent as given (Node). In the extension leave it unset: the browser's
 * own, current user agent is honest, and not every browser lets fetch replace it.
 *
 * Errors: Node names the cause (ENOTFOUND → broken, ECONNREFUSED/ECONNRESET/timeouts → unreachable).
 * A browser throws a bare TypeError for DNS failures, refusals, resets, certificate errors and
 * redirect loops alike, so there a failed connection is `unreachable` ("the browser does not say
 * why"), retried like a reset, and never called `broken`.
 *
 * Private addresses: host names and IP literals are vetted before every hop; with `resolveHost`
 * (Node) the resolved addresses are too. The fetch resolves the name again, so a DNS answer that
 * changes between the two (rebinding) is not caught; in the browser only the landing URL of a
 * followed redirect can be vetted, after the fact, and its result is then withheld.
 */
import { isFlaggedStatus, type LinkReport } from '../types';
import { MemoryLinkCache, verdictLifetimeMs, type LinkCheckCache, type LinkVerdict } from './cache';
import { UrlChecker, type LinkCheckStrategy } from './check-url';
import { HostScheduler } from './host-scheduler';

/** The host permissions link checks need: the manifest's `optional_host_permissions`, asked for on first use. */
export const LINK_CHECK_ORIGINS = ['http://*/*', 'https://*/*'];

export type { LinkCheckCache, LinkCheckCacheEntry, LinkVerdict, KeyValueArea } from './cache';
export { MemoryLinkCache, createStorageLinkCache, verdictLifetimeMs } from './cache';
export { privateHostReason, isPrivateAddress } from './address';
export { MAX_REDIRECTS, MAX_BODY_BYTES, MAX_RETRY_AFTER_MS, looksLikeFileUrl, type LinkCheckStrategy } from './check-url';

export interface LinkCheckOptions {
  /** Per request, through AbortSignal.timeout. Default 15000. */
  timeoutMs?: number;
  /** Requests in flight to one host. Default 2. */
  perHost?: number;
  /** Requests in flight in all. Default 6. */
  concurrency?: number;
  /** Fetch loopback, private-network and local names too. Default false: they are `skipped`. */
  allowPrivate?: boolean;
  /** Extra attempts after a 5xx, 408, 429, timeout or reset. Default 3. */
  retries?: number;
  /** Minimum time between the starts of two requests to one host. Default 50. */
  hostGapMs?: number;
  /** First backoff delay before a retry; doubles each time, with jitter. Default 500. */
  backoffMs?: number;
  /** Failed requests in a row after which a host is left alone (`inconclusive`). Default 8. */
  giveUpAfter?: number;
  /** Where verdicts are remembered between runs. Default: a fresh in-memory cache. */
  cache?: LinkCheckCache;
  fetch?: typeof fetch;
  /** DNS lookup (Node: `resolveHost` from `./node`), to refuse names that resolve to private addresses. */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** Called once per checked link, as its verdict arrives. */
  onProgress?: (done: number, total: number, report: LinkReport) => void;
  /** Aborting rejects `checkLinks` with the signal's reason; finished links were already reported. */
  signal?: AbortSignal;
  /** Sent as `User-Agent` when set (Node). Leave unset in browsers. */
  userAgent?: string;
  now?: () => Date;
  /**
   * 'auto' (default): pages (no extension, .html, .php...) get one bounded GET that gives both the
   * status and the soft-404 check; files (PDF, images, archives...) get HEAD. 'head-first': HEAD for
   * every URL, then a bounded GET for HTML answers, two requests a page.
   */
  strategy?: LinkCheckStrategy;
}

/**
 * The environment's fetch, looked up at call time (tests may replace it) but one function for the
 * module's life, so the "this fetch hides redirects" discovery is made once, not once per run.
 */
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** True for the links this checker is for: web links that static analysis left `unchecked`. */
export function isCheckable(link: LinkReport): boolean {
  return link.status === 'unchecked' && link.url !== null && /^https?:/i.test(link.url);
}

/** The cache and dedupe key of a URL: the URL without its fragment. */
export function linkCheckKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Checks the http(s) links left `unchecked` by static analysis; returns updated copies, same order, others untouched. */
export async function checkLinks(links: LinkReport[], options: LinkCheckOptions = {}): Promise<LinkReport[]> {
  const now = options.now ?? (() => new Date());
  const cache = options.cache ?? new MemoryLinkCache();
  const scheduler = new HostScheduler({
    concurrency: Math.max(1, options.concurrency ?? 6),
    perHost: Math.max(1, options.perHost ?? 2),
    hostGapMs: Math.max(0, options.hostGapMs ?? 50),
    giveUpAfter: Math.max(1, options.giveUpAfter ?? 8),
  });
  const checker = new UrlChecker(
    {
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: Math.max(0, options.retries ?? 3),
      backoffMs: options.backoffMs ?? 500,
      allowPrivate: options.allowPrivate ?? false,
      fetch: options.fetch ?? globalFetch,
      resolveHost: options.resolveHost,
      userAgent: options.userAgent,
      now,
      signal: options.signal,
      strategy: options.strategy ?? 'auto',
    },
    scheduler,
  );

  const results = links.slice();
  const byKey = new Map<string, number[]>();
  links.forEach((link, index) => {
    if (!isCheckable(link)) return;
    let key: string;
    try {
      key = linkCheckKey(link.url as string);
    } catch {
      return; // static analysis should have called it malformed; leave it as it is
    }
    const indices = byKey.get(key);
    if (indices) indices.push(index);
    else byKey.set(key, [index]);
  });
  const total = [...byKey.values()].reduce((sum, indices) => sum + indices.length, 0);
  let done = 0;

  options.signal?.throwIfAborted();
  await Promise.all(
    [...byKey].map(async ([key, indices]) => {
      const cached = await cachedVerdict(cache, key, now().getTime());
      // An image URL is a file whatever its name: HEAD is enough.
      const image = indices.some((index) => links[index].tag === 'img');
      const verdict = cached ?? (await checker.check(key, { image }));
      options.signal?.throwIfAborted();
      if (!cached) await remember(cache, key, verdict, now().getTime());
      for (const index of indices) {
        results[index] = withVerdict(links[index], verdict);
        done++;
        options.onProgress?.(done, total, results[index]);
      }
    }),
  );
  return results;
}

/** A copy of `link` carrying the verdict's fields. */
export function withVerdict(link: LinkReport, verdict: LinkVerdict): LinkReport {
  const updated: LinkReport = { ...link, status: verdict.status, reason: verdict.reason, checkedAt: verdict.checkedAt };
  delete updated.httpStatus;
  delete updated.finalUrl;
  delete updated.redirects;
  if (verdict.httpStatus !== undefined) updated.httpStatus = verdict.httpStatus;
  if (verdict.finalUrl !== undefined) updated.finalUrl = verdict.finalUrl;
  if (verdict.redirects !== undefined) updated.redirects = verdict.redirects;
  // Static analysis set `flagged` for the unchecked status; the checked status decides it now.
  if ('flagged' in link) updated.flagged = isFlaggedStatus(verdict.status);
  return updated;
}

async function cachedVerdict(cache: LinkCheckCache, key: string, now: number): Promise<LinkVerdict | undefined> {
  try {
    const entry = await cache.get(key);
    return entry && entry.expiresAt > now ? entry.verdict : undefined;
  } catch {
    return undefined; // a broken cache must not stop the check
  }
}

async function remember(cache: LinkCheckCache, key: string, verdict: LinkVerdict, now: number): Promise<void> {
  const lifetime = verdictLifetimeMs(verdict.status);
  if (lifetime <= 0) return;
  const expiresAt = now + lifetime;
  try {
    await cache.set(key, { verdict, expiresAt });
  } catch {
    // Not remembered: the next run asks again, which is only slower.
  }
}
