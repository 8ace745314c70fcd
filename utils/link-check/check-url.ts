/**
 * Checking one URL, redirects followed by hand (so every hop is vetted and counted), retries with
 * backoff, and every request through the run's politeness scheduler.
 *
 * Which request goes first depends on what the URL looks like (strategy 'auto'):
 * - a page (no extension, .html, .php, .aspx...): one bounded GET (`Range: bytes=0-16383`, at most
 *   16 KB read, then hang up). Its status settles the link and its first bytes serve the soft-404
 *   check, so a page costs one request instead of HEAD + GET: faster, and lighter on the host.
 * - a file (PDF, images, archives, audio/video, office documents...): HEAD, then GET only when
 *   HEAD is refused (405, 501) or odd. A file has no soft 404 to look for, so no GET follows an OK,
 *   unless the HEAD says the "file" is an HTML page (a deleted PDF answered by a not-found page).
 * Strategy 'head-first' sends HEAD first for every URL (then the soft-404 GET for HTML answers).
 */
import type { LinkStatus } from '../types';
import { isIpLiteral, isPrivateAddress, privateHostReason } from './address';
import type { LinkVerdict } from './cache';
import { classifyFetchError, describeDuration, errorCode, type FetchFailure } from './errors';
import { HostScheduler } from './host-scheduler';
import {
  describeHttpStatus,
  isInconclusiveStatus,
  isRedirectStatus,
  isRetryableStatus,
} from './http-status';
import { parseRetryAfter } from './retry-after';
import { isRedirectToHomePage, notFoundHeadline } from './soft-404';

/** At most this many redirects are followed; one more is "too many". */
export const MAX_REDIRECTS = 10;
/** A GET reads this much of the body (enough for a page's title and first heading), then hangs up. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Sent with every GET: servers that honour ranges send no more than the checker reads. */
const RANGE = `bytes=0-${MAX_BODY_BYTES - 1}`;

/**
 * 'auto': a bounded GET first for URLs that look like pages, HEAD first for files.
 * 'head-first': HEAD first for every URL, and a second, bounded GET for HTML answers (soft 404s).
 */
export type LinkCheckStrategy = 'auto' | 'head-first';

/** Extensions of files a reader downloads rather than reads: HEAD says all there is to know about them. */
const FILE_EXTENSIONS = new Set(
  [
    // documents
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'epub', 'mobi', 'csv', 'tsv', 'txt',
    'json', 'xml', 'ics', 'vcf',
    // images
    'jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp', 'tif', 'tiff', 'ico', 'heic', 'psd',
    // audio and video
    'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', 'wmv', 'mpg',
    'mpeg', 'm3u8', 'ts',
    // archives, packages, disk images, data
    'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'iso', 'dmg', 'exe', 'msi', 'apk', 'deb', 'rpm', 'jar',
    'bin', 'img', 'parquet', 'sqlite', 'db', 'nc', 'h5', 'hdf5', 'mat', 'sav', 'dta', 'rds',
    // fonts, scripts and styles
    'woff', 'woff2', 'ttf', 'otf', 'eot', 'js', 'mjs', 'css', 'wasm',
  ],
);

/**
 * True when the URL names a downloadable file by its extension (PDF, image, archive...). Anything
 * else (no extension, .html, .php, .aspx, .jsp, or a CMS's own like .ece or .cms) is taken for a page.
 */
export function looksLikeFileUrl(url: URL): boolean {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return false;
  let extension = name.slice(dot + 1);
  try {
    extension = decodeURIComponent(extension);
  } catch {
    // a stray % is not an extension of anything we know
  }
  return FILE_EXTENSIONS.has(extension.toLowerCase());
}
/** The longest Retry-After we wait for; a server asking for more is left alone for this run. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Everything one run needs, defaults filled in. */
export interface CheckSettings {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  allowPrivate: boolean;
  fetch: typeof fetch;
  resolveHost?: (hostname: string) => Promise<string[]>;
  userAgent?: string;
  now: () => Date;
  signal?: AbortSignal;
  strategy: LinkCheckStrategy;
}

/** What the caller knows of a link beyond its URL. */
export interface CheckHints {
  /** Cited as an image (`<img src>`): a file, whatever its URL looks like. */
  image?: boolean;
}

/** Fetch functions that turned out to hide redirects (browsers, service workers): they get `redirect: 'follow'`. */
const followOnlyFetches = new WeakMap<typeof fetch, true>();

interface Answer {
  kind: 'answer';
  status: number;
  headers: Headers;
  /** The first bytes of an HTML body, when a GET read them. */
  html?: string;
  /** Set when the HEAD was refused or odd and the GET answered instead. */
  headStatus?: number;
  /** True when a GET was the first request (strategy 'auto', a page): no HEAD was asked. */
  getFirst?: boolean;
  retries: number;
  /** Follow mode only: where the browser ended up and whether it was redirected on the way. */
  landedAt?: string;
  redirected?: boolean;
}

interface Failure {
  kind: 'failure';
  failure: FetchFailure;
  retries: number;
}

type HopResult = Answer | Failure;

interface RawResponse {
  status: number;
  headers: Headers;
  html?: string;
  url: string;
  redirected: boolean;
}

/** One run's checker: shares DNS answers and the scheduler between the URLs it checks. */
export class UrlChecker {
  private readonly lookups = new Map<string, Promise<string[]>>();

  constructor(
    private readonly settings: CheckSettings,
    private readonly scheduler: HostScheduler,
  ) {}

  /** Checks `startUrl` (no fragment) and says what the reader would find there. */
  async check(startUrl: string, hints: CheckHints = {}): Promise<LinkVerdict> {
    const start = new URL(startUrl);
    let current = start;
    const visited = new Set([current.href]);
    let redirects = 0;
    let retries = 0;
    for (;;) {
      const refusal = await this.vetHost(current, redirects);
      if (refusal) return this.verdict(refusal.status, refusal.reason + afterNote(redirects, retries), { redirects });
      const hop = await this.askHost(current, this.firstMethod(current, hints));
      retries += hop.retries;
      if (hop.kind === 'failure') {
        return this.verdict(hop.failure.status, hop.failure.reason + afterNote(redirects, retries), {
          redirects,
          finalUrl: redirects > 0 ? current.href : undefined,
        });
      }
      if (hop.landedAt !== undefined) return this.followedVerdict(start, hop, retries);
      const location = hop.headers.get('location');
      if (!isRedirectStatus(hop.status) || location === null) {
        return this.answerVerdict(start, current, hop, redirects, retries);
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return this.verdict('broken', `${describeHttpStatus(hop.status)} to an unusable address`, {
          httpStatus: hop.status,
          redirects,
        });
      }
      next.hash = '';
      redirects++;
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return this.verdict('broken', `redirects to a non-web address (${next.protocol})`, { httpStatus: hop.status, redirects });
      }
      if (visited.has(next.href)) {
        return this.verdict('broken', `redirect loop: back to an address already visited after ${plural(redirects, 'redirect')}`, {
          httpStatus: hop.status,
          redirects,
          finalUrl: next.href,
        });
      }
      if (redirects > MAX_REDIRECTS) {
        return this.verdict('broken', `more than ${MAX_REDIRECTS} redirects`, {
          httpStatus: hop.status,
          redirects,
          finalUrl: next.href,
        });
      }
      visited.add(next.href);
      current = next;
    }
  }

  /** Refuses private and local hosts (unless allowed), and names that DNS cannot resolve. */
  private async vetHost(url: URL, redirects: number): Promise<{ status: LinkStatus; reason: string } | null> {
    if (this.settings.allowPrivate) return null;
    const lead = redirects > 0 ? 'redirects to' : 'points to';
    const literal = privateHostReason(url.hostname);
    if (literal) {
      return { status: 'skipped', reason: `not checked: ${lead} ${url.hostname}, ${literal} (allow private addresses to check it)` };
    }
    const resolve = this.settings.resolveHost;
    if (!resolve || isIpLiteral(url.hostname)) return null;
    let lookup = this.lookups.get(url.hostname);
    if (!lookup) {
      lookup = resolve(url.hostname);
      this.lookups.set(url.hostname, lookup);
    }
    try {
      const privateAddress = (await lookup).find(isPrivateAddress);
      if (privateAddress === undefined) return null;
      return {
        status: 'skipped',
        reason: `not checked: ${url.hostname} resolves to the private address ${privateAddress} (allow private addresses to check it)`,
      };
    } catch (error) {
      const failure = classifyFetchError(error, this.settings.timeoutMs, url.hostname);
      // Only a definite DNS answer settles it; anything else is left to the fetch to find out.
      return errorCode(error) && failure.status === 'broken' ? failure : null;
    }
  }

  /** HEAD for files (and for everything in 'head-first'); a bounded GET for pages. */
  private firstMethod(url: URL, hints: CheckHints): 'HEAD' | 'GET' {
    if (this.settings.strategy === 'head-first' || hints.image === true) return 'HEAD';
    return looksLikeFileUrl(url) ? 'HEAD' : 'GET';
  }

  /** Asks one URL, starting with `first`, with retries; answers with the final status or the failure. */
  private async askHost(url: URL, first: 'HEAD' | 'GET'): Promise<HopResult> {
    const host = url.host;
    const { retries: maxRetries } = this.settings;
    let method = first;
    // Dropped after a 416: a server that cannot serve the first 16 KB (an empty page) gets a plain GET.
    let ranged = true;
    let retries = 0;
    let headStatus: number | undefined;
    let lastFailure: Failure | undefined;
    let lastAnswer: Answer | undefined;
    let waitMs: number | null = null;
    // Runs before the slot is released, so no other request to the host slips in ahead of the pause.
    const holdBackHost = (response: RawResponse): void => {
      waitMs = isRetryableStatus(response.status) ? parseRetryAfter(response.headers.get('retry-after'), Date.now()) : null;
      if (waitMs !== null && waitMs <= MAX_RETRY_AFTER_MS) this.scheduler.pauseHost(host, Date.now() + waitMs);
      else if (response.status === 429) this.scheduler.pauseHost(host, Date.now() + this.backoffDelay(retries + 1));
    };
    for (;;) {
      const state = this.scheduler.host(host);
      if (state.givenUp !== null) return lastFailure ?? lastAnswer ?? givenUpFailure(state.givenUp, retries);
      const release = await this.scheduler.acquire(host, this.settings.signal);
      let response: RawResponse;
      try {
        if (this.scheduler.host(host).givenUp !== null) continue;
        response = await this.request(url, method, method === 'GET', ranged);
        holdBackHost(response);
      } catch (error) {
        this.settings.signal?.throwIfAborted();
        const failure = classifyFetchError(error, this.settings.timeoutMs, url.hostname);
        this.scheduler.recordFailure(host);
        lastFailure = { kind: 'failure', failure, retries };
        if (!failure.retryable || retries >= maxRetries) return lastFailure;
        retries++;
        await this.backoff(retries);
        continue;
      } finally {
        release();
      }
      const { status, headers } = response;
      const answer: Answer = {
        kind: 'answer',
        status,
        headers,
        html: response.html,
        headStatus,
        getFirst: first === 'GET',
        retries,
        landedAt: followOnlyFetches.has(this.settings.fetch) ? response.url : undefined,
        redirected: response.redirected,
      };
      lastAnswer = answer;
      lastFailure = undefined;
      const ok = status >= 200 && status < 300;
      if (method === 'GET' && ranged && status === 416) {
        // "Range Not Satisfiable": the body is shorter than the range (empty). Not the link's fault.
        ranged = false;
        continue;
      }
      if (method === 'HEAD' && !ok && !isRedirectStatus(status) && status !== 429) {
        // HEAD refused (405, 501) or odd (403 to HEAD only, 500 on HEAD...): ask the way a browser would.
        method = 'GET';
        if (isRetryableStatus(status) && status !== 501) {
          this.scheduler.recordFailure(host);
          if (retries >= maxRetries) return answer;
          retries++;
          await this.backoff(retries);
        } else {
          headStatus = status;
        }
        continue;
      }
      if (isRetryableStatus(status)) {
        this.scheduler.recordFailure(host);
        if (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS) {
          this.scheduler.giveUp(host, `${host} asked us to wait ${describeDuration(waitMs)}`);
          return answer;
        }
        if (retries >= maxRetries) return answer;
        retries++;
        // A rate limit concerns the whole host, so holdBackHost has paused it; otherwise back off alone.
        if (waitMs === null && status !== 429) await this.backoff(retries);
        continue;
      }
      this.scheduler.recordAnswer(host);
      if (method === 'HEAD' && ok && looksLikeHtml(headers) && status !== 204) {
        // Soft-404 check: one GET of the first kilobytes; if it fails, the HEAD's answer stands.
        const release2 = await this.scheduler.acquire(host, this.settings.signal);
        try {
          const page = await this.request(url, 'GET', true, true);
          if (page.status >= 200 && page.status < 300) {
            return { ...answer, html: page.html, headers: page.headers, landedAt: answer.landedAt && page.url };
          }
        } catch (error) {
          this.settings.signal?.throwIfAborted();
        } finally {
          release2();
        }
      }
      return answer;
    }
  }

  /** One HTTP request without cookies or referrer; a GET asks for and reads at most MAX_BODY_BYTES of an HTML body. */
  private async request(url: URL, method: 'HEAD' | 'GET', readBody: boolean, ranged: boolean): Promise<RawResponse> {
    const follow = followOnlyFetches.has(this.settings.fetch);
    const hangUp = new AbortController();
    const signals = [AbortSignal.timeout(this.settings.timeoutMs), hangUp.signal];
    if (this.settings.signal) signals.push(this.settings.signal);
    const headers: Record<string, string> = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    if (this.settings.userAgent) headers['user-agent'] = this.settings.userAgent;
    // A single range from 0 is a CORS-safelisted header, so a browser sends it with no preflight.
    if (method === 'GET' && ranged) headers.range = RANGE;
    try {
      const response = await this.settings.fetch(url.href, {
        method,
        headers,
        redirect: follow ? 'follow' : 'manual',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: anySignal(signals),
      });
      if (!follow && response.type === 'opaqueredirect') {
        // Browsers hide a manual redirect's target; from now on let this fetch follow redirects itself.
        followOnlyFetches.set(this.settings.fetch, true);
        return await this.request(url, method, readBody, ranged);
      }
      let html: string | undefined;
      const ok = response.status >= 200 && response.status < 300;
      if (readBody && ok && looksLikeHtml(response.headers)) html = await readStart(response);
      // 206 is the answer to the checker's own Range: the page is there, as a 200 would have said, and
      // a reader following the link gets the 200. Reported as 200 so reasons and statuses do not
      // depend on whether the server honours ranges.
      const status = ranged && method === 'GET' && response.status === 206 ? 200 : response.status;
      return { status, headers: response.headers, html, url: response.url, redirected: response.redirected };
    } finally {
      // Hang up on a GET: whatever of the body is still coming is not wanted (a 50 MB file costs
      // nothing). A HEAD has no body, and leaving it alone keeps the connection for the next request.
      if (method === 'GET') hangUp.abort();
    }
  }

  private answerVerdict(start: URL, final: URL, answer: Answer, redirects: number, retries: number): LinkVerdict {
    const { status } = answer;
    const extra = { httpStatus: status, redirects, finalUrl: redirects > 0 ? final.href : undefined };
    const described = describeHttpStatus(status);
    const after = afterNote(redirects, retries);
    if (status >= 200 && status < 300) {
      const headline = answer.html === undefined ? null : notFoundHeadline(answer.html);
      if (headline) return this.verdict('soft-404', `${described}${after}, but the page says “${headline}”`, extra);
      if (redirects > 0 && isRedirectToHomePage(start, final)) {
        return this.verdict('soft-404', `sent to the site’s front page${after}: the page is probably gone`, extra);
      }
      const headNote = methodNote(answer);
      return this.verdict(redirects > 0 ? 'redirected' : 'ok', `${headNote}${described}${after}`, extra);
    }
    return this.verdict(...failingAnswer(answer, after), extra);
  }

  /** Follow mode (browsers): the hops are invisible, only where the browser landed is known. */
  private followedVerdict(start: URL, answer: Answer, retries: number): LinkVerdict {
    const landed = new URL(answer.landedAt || start.href);
    const redirected = answer.redirected === true;
    const extra = {
      httpStatus: answer.status,
      redirects: redirected ? undefined : 0,
      finalUrl: redirected ? landed.href : undefined,
    };
    const after = (redirected ? ' after redirects' : '') + afterNote(0, retries);
    if (redirected && !this.settings.allowPrivate && privateHostReason(landed.hostname)) {
      return this.verdict('skipped', `redirects to ${landed.hostname}, a private address: result withheld`, extra);
    }
    if (answer.status >= 200 && answer.status < 300) {
      const headline = answer.html === undefined ? null : notFoundHeadline(answer.html);
      if (headline) return this.verdict('soft-404', `${describeHttpStatus(answer.status)}${after}, but the page says “${headline}”`, extra);
      if (redirected && isRedirectToHomePage(start, landed)) {
        return this.verdict('soft-404', `sent to the site’s front page: the page is probably gone`, extra);
      }
      const headNote = methodNote(answer);
      return this.verdict(redirected ? 'redirected' : 'ok', `${headNote}${describeHttpStatus(answer.status)}${after}`, extra);
    }
    return this.verdict(...failingAnswer(answer, after), extra);
  }

  private verdict(
    status: LinkStatus,
    reason: string,
    extra: { httpStatus?: number; finalUrl?: string; redirects?: number } = {},
  ): LinkVerdict {
    const verdict: LinkVerdict = { status, reason, checkedAt: this.settings.now().toISOString() };
    if (extra.httpStatus !== undefined) verdict.httpStatus = extra.httpStatus;
    if (extra.finalUrl !== undefined) verdict.finalUrl = extra.finalUrl;
    if (extra.redirects !== undefined) verdict.redirects = extra.redirects;
    return verdict;
  }

  private backoffDelay(attempt: number): number {
    // Exponential, with jitter so that many links retrying at once do not return in step.
    return this.settings.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
  }

  private backoff(attempt: number): Promise<void> {
    return sleep(this.backoffDelay(attempt), this.settings.signal);
  }
}

/** Status and reason for an answer that is neither success nor redirect. */
function failingAnswer(answer: Answer, after: string): [LinkStatus, string] {
  const { status, headers } = answer;
  const described = describeHttpStatus(status);
  const wall = botWall(headers);
  if (wall) return ['inconclusive', `${described}${after}: bot wall (${wall}), could not verify`];
  if (status === 429) {
    return ['inconclusive', `${described}${after}: rate limited, could not verify`];
  }
  if (status === 401 || status === 407) return ['inconclusive', `${described}${after}: needs a login, could not verify`];
  if (status === 402) return ['inconclusive', `${described}${after}: behind a paywall, could not verify`];
  if (status === 999) return ['inconclusive', `${status}${after}: the site refuses automated checks, could not verify`];
  if (isInconclusiveStatus(status)) return ['inconclusive', `${described}${after}: refused, could not verify`];
  if (status >= 300 && status < 400) return ['inconclusive', `${described}${after} without a place to go`];
  if (status >= 400 && status < 500) return ['broken', `${described}${after}`];
  if (status >= 500 && status < 600) return ['server-error', `${described}${after}`];
  return ['inconclusive', `unexpected answer ${status}${after}, could not verify`];
}

/** The header that gives a bot wall away, as "name: value", or null. */
function botWall(headers: Headers): string | null {
  for (const name of ['cf-mitigated', 'x-amzn-waf-action']) {
    const value = headers.get(name);
    if (value) return `${name}: ${value}`;
  }
  return null;
}

/** What asked, when it is worth saying: "GET " for a page asked by GET alone, the HEAD's refusal before a GET. */
function methodNote(answer: Answer): string {
  if (answer.headStatus !== undefined) return headRefusal(answer.headStatus);
  return answer.getFirst ? 'GET ' : '';
}

function headRefusal(status: number): string {
  return status === 405 || status === 501 ? `HEAD refused (${status}), GET ` : `HEAD answered ${status}, GET `;
}

function givenUpFailure(reason: string, retries: number): Failure {
  return { kind: 'failure', failure: { status: 'inconclusive', reason: `not checked: ${reason}`, retryable: false }, retries };
}

/** " after 1 redirect", " after 2 retries", " after 1 redirect and 3 retries", or "". */
export function afterNote(redirects: number, retries: number): string {
  const parts: string[] = [];
  if (redirects > 0) parts.push(plural(redirects, 'redirect'));
  if (retries > 0) parts.push(plural(retries, 'retry', 'retries'));
  return parts.length ? ` after ${parts.join(' and ')}` : '';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function looksLikeHtml(headers: Headers): boolean {
  const type = headers.get('content-type');
  return type === null || /text\/html|application\/xhtml\+xml/i.test(type);
}

/** Reads up to MAX_BODY_BYTES of the body as text; an error mid-body leaves what arrived. */
async function readStart(response: Response): Promise<string | undefined> {
  if (!response.body) return undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    if (size === 0) return undefined;
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(Math.min(size, MAX_BODY_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** AbortSignal.any where it exists (Node 20.3+, Chrome 116+, Firefox 124+), by hand elsewhere. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
