// @vitest-environment node
/**
 * The checker against a misbehaving server on loopback addresses: every status the issue lists,
 * a bounded run, the cache, politeness, and refusing private addresses by default. The status
 * cases run under both strategies: 'auto' (one bounded GET a page, HEAD for files) and 'head-first'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_SERVER_CASES, startLinkServer, UNRESOLVABLE_URL, type LinkServer } from '../../tests/link-server';
import type { LinkReport } from '../types';
import { checkLinks, looksLikeFileUrl, MemoryLinkCache, type LinkCheckOptions, type LinkCheckStrategy } from './index';

/** Failure cases get hosts of their own, so their failures do not make the checker give up on the others. */
const MAIN = '127.0.0.1';
const OWN_HOST: Record<string, string> = { '/never': '127.0.0.2', '/reset': '127.0.0.3', '/always-500': '127.0.0.4' };

const STRATEGIES: LinkCheckStrategy[] = ['auto', 'head-first'];
/** Every GET asks for no more than the checker reads. */
const RANGE = 'bytes=0-16383';

const FAST: LinkCheckOptions = {
  allowPrivate: true,
  timeoutMs: 500,
  retries: 2,
  backoffMs: 10,
  hostGapMs: 0,
  userAgent: 'ClaimLens/test (+link checker)',
};

function report(url: string, id = url): LinkReport {
  return { id, tag: 'a', href: url, url, text: 'a source', inArticle: true, status: 'unchecked', reason: 'not checked yet' };
}

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer({ addresses: [MAIN, ...new Set(Object.values(OWN_HOST))] });
});
afterAll(() => server.close());

const requestsTo = (path: string, from = server) => from.requests.filter((request) => request.path === path);
const methodsTo = (path: string, from = server) =>
  requestsTo(path, from).map((request) => (request.range ? `${request.method} ${request.range}` : request.method));

describe.each(STRATEGIES)('checkLinks against the link server, strategy %s', (strategy) => {
  const auto = strategy === 'auto';
  const cache = new MemoryLinkCache();
  // A server of its own: its first-429 and flaky-503 counters start afresh for each strategy.
  let server: LinkServer;
  let links: LinkReport[];
  let first: LinkReport[];
  let requestsAfterFirst: number;

  beforeAll(async () => {
    server = await startLinkServer({ addresses: [MAIN, ...new Set(Object.values(OWN_HOST))] });
    links = [
      ...LINK_SERVER_CASES.map((testCase) => report(server.url(testCase.path, OWN_HOST[testCase.path] ?? MAIN), testCase.path)),
      report(await server.closedPortUrl(), 'closed-port'),
      report(UNRESOLVABLE_URL, 'unresolvable'),
      { ...report('mailto:desk@example.org', 'mail'), status: 'non-web', reason: 'an e-mail address' },
    ];
    first = await checkLinks(links, { ...FAST, cache, strategy });
    requestsAfterFirst = server.requests.length;
  });
  afterAll(() => server.close());

  it.each(LINK_SERVER_CASES.map((testCase) => [testCase.path, testCase.what, testCase.status]))(
    '%s (%s) is %s',
    (path, _what, status) => {
      expect(first.find((link) => link.id === path)?.status).toBe(status);
    },
  );

  it('calls a closed port unreachable and an unresolvable name broken', () => {
    expect(first.find((link) => link.id === 'closed-port')).toMatchObject({ status: 'unreachable', reason: 'connection refused' });
    expect(first.find((link) => link.id === 'unresolvable')).toMatchObject({ status: 'broken' });
    expect(first.find((link) => link.id === 'unresolvable')?.reason).toContain('DNS lookup failed');
  });

  it('says in plain words what happened', () => {
    const byId = (id: string) => first.find((link) => link.id === id) as LinkReport;
    // 'auto' never asks a page with HEAD, so nothing is refused.
    expect(byId('/head-405').reason).toBe(auto ? 'GET 200 OK' : 'HEAD refused (405), GET 200 OK');
    expect(byId('/ok')).toMatchObject({ reason: auto ? 'GET 200 OK' : '200 OK', httpStatus: 200 }); // a 206 to the range counts as 200
    expect(byId('/file.pdf')).toMatchObject({ reason: '200 OK', httpStatus: 200 });
    expect(byId('/moved-to-404')).toMatchObject({ reason: '404 Not Found after 1 redirect', httpStatus: 404, redirects: 1 });
    expect(byId('/chain/3')).toMatchObject({ httpStatus: 200, redirects: 3, finalUrl: server.url('/ok') });
    expect(byId('/loop/a').reason).toMatch(/redirect loop/);
    expect(byId('/endless/0').reason).toBe('more than 10 redirects');
    expect(byId('/never').reason).toMatch(/^no answer in 500 ms/);
    expect(byId('/reset').reason).toMatch(/connection reset/);
    expect(byId('/always-500')).toMatchObject({ reason: '500 Internal Server Error after 2 retries', httpStatus: 500 });
    expect(byId('/bot-wall').reason).toContain('cf-mitigated: challenge');
    expect(byId('/soft-404').reason).toContain('Page not found');
    for (const link of first.filter((link) => link.status !== 'non-web')) {
      expect(Date.parse(link.checkedAt as string)).not.toBeNaN();
    }
  });

  it('leaves links static analysis already judged untouched, in the same order', () => {
    expect(first.map((link) => link.id)).toEqual(links.map((link) => link.id));
    expect(first.at(-1)).toBe(links.at(-1));
    expect(links[0].status).toBe('unchecked'); // the input is not modified
  });

  it('stays bounded: retries are capped and a huge body is not downloaded', () => {
    expect(requestsTo('/never', server)).toHaveLength(3); // one try and two retries
    expect(requestsTo('/always-500', server).length).toBeLessThanOrEqual(3);
    // No retries for a 410; head-first confirms a refused HEAD with a GET, auto's GET was the question.
    expect(methodsTo('/gone', server)).toEqual(auto ? [`GET ${RANGE}`] : ['HEAD', `GET ${RANGE}`]);
    expect(requestsTo('/endless/10', server)).toHaveLength(1); // ten redirects followed
    expect(requestsTo('/endless/11', server)).toHaveLength(0); // the eleventh is not
    // /huge ignores the range, so only hanging up keeps it bounded.
    expect(server.hugeBytesSent()).toBeLessThan(16 * 1024 * 1024); // of 50 MB; the rest sat in socket buffers
  });

  it('asks every GET for no more than it reads, and one request a page where it can', () => {
    const gets = server.requests.filter((request) => request.method === 'GET');
    expect(gets.length).toBeGreaterThan(0);
    // The only GET without a range is auto's second ask after a 416 (an empty body cannot serve 16 KB);
    // head-first already has the HEAD's 200 and lets the soft-404 look go.
    expect(gets.filter((request) => request.range !== RANGE).map((request) => request.path)).toEqual(auto ? ['/empty'] : []);
    expect(methodsTo('/empty', server)).toEqual(auto ? [`GET ${RANGE}`, 'GET'] : ['HEAD', `GET ${RANGE}`]);
    expect(methodsTo('/head-405', server)).toEqual(auto ? [`GET ${RANGE}`] : ['HEAD', `GET ${RANGE}`]);
    expect(methodsTo('/file.pdf', server)).toEqual(['HEAD']);
    expect(methodsTo('/soft-404', server)).toEqual(auto ? [`GET ${RANGE}`] : ['HEAD', `GET ${RANGE}`]);
  });

  it('sends no cookies or referrer, and the user agent it was given', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) {
      expect(request.cookie).toBeUndefined();
      expect(request.referer).toBeUndefined();
      expect(request.userAgent).toBe('ClaimLens/test (+link checker)');
    }
  });

  it('answers a re-run from the cache, asking again only what was inconclusive', async () => {
    const again = await checkLinks(links, { ...FAST, cache, strategy });
    expect(again.map((link) => link.status)).toEqual(first.map((link) => link.status));
    const newPaths = new Set(server.requests.slice(requestsAfterFirst).map((request) => request.path));
    expect([...newPaths].sort()).toEqual(['/bot-wall', '/login', '/refuses-bots']);
  });
});

describe('checkLinks politeness and safety', () => {
  it('fetches nothing private unless allowed, and says why', async () => {
    server.requests.length = 0;
    const links = [report(server.url('/ok')), report('http://localhost:9/'), report('http://192.168.1.1/router')];
    const checked = await checkLinks(links, { ...FAST, allowPrivate: false });
    expect(server.requests).toHaveLength(0);
    for (const link of checked) {
      expect(link.status).toBe('skipped');
      expect(link.reason).toMatch(/private|local/);
    }
  });

  it('checks a URL once per run, whatever its fragment, and reports progress for every link', async () => {
    server.requests.length = 0;
    const links = [report(server.url('/ok#top'), 'a'), report(server.url('/ok#comments'), 'b'), report(server.url('/file.pdf'), 'c')];
    const progress: Array<[number, number]> = [];
    const checked = await checkLinks(links, { ...FAST, onProgress: (done, total) => progress.push([done, total]) });
    expect(checked.map((link) => link.status)).toEqual(['ok', 'ok', 'ok']);
    expect(requestsTo('/ok')).toHaveLength(1);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('costs one bounded GET for an HTML page and one HEAD for a PDF (auto, the default)', async () => {
    server.requests.length = 0;
    const checked = await checkLinks([report(server.url('/ok')), report(server.url('/file.pdf')), report(server.url('/soft-404'))], FAST);
    expect(checked.map((link) => link.status)).toEqual(['ok', 'ok', 'soft-404']); // the one GET also served the soft-404 check
    expect(methodsTo('/ok')).toEqual([`GET ${RANGE}`]);
    expect(methodsTo('/file.pdf')).toEqual(['HEAD']);
    expect(methodsTo('/soft-404')).toEqual([`GET ${RANGE}`]);
    expect(server.requests).toHaveLength(3);
  });

  it('costs HEAD then a bounded GET for an HTML page with head-first, and still one HEAD for a PDF', async () => {
    server.requests.length = 0;
    const checked = await checkLinks([report(server.url('/ok')), report(server.url('/file.pdf'))], { ...FAST, strategy: 'head-first' });
    expect(checked.map((link) => link.status)).toEqual(['ok', 'ok']);
    expect(methodsTo('/ok')).toEqual(['HEAD', `GET ${RANGE}`]); // the GET looks for a soft 404
    expect(methodsTo('/file.pdf')).toEqual(['HEAD']);
  });

  it('asks an image with HEAD even when its URL has no extension, and a file that turns out to be a page also with GET', async () => {
    const asked: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      asked.push(`${init?.method} ${String(input)}`);
      // The "PDF" was deleted and the site answers its URL with a not-found page (a soft 404).
      if (String(input).endsWith('.pdf')) {
        return new Response(init?.method === 'HEAD' ? null : '<title>Document not found</title>', { headers: { 'content-type': 'text/html' } });
      }
      return new Response(null, { status: 200, headers: { 'content-type': 'image/webp' } });
    };
    const image: LinkReport = { ...report('https://cdn.example/i/8f3a2c', 'img'), tag: 'img' };
    const checked = await checkLinks([image, report('https://gov.example/budget.pdf')], { fetch: fakeFetch, hostGapMs: 0 });
    expect(checked.map((link) => link.status)).toEqual(['ok', 'soft-404']);
    expect(asked.sort()).toEqual(['GET https://gov.example/budget.pdf', 'HEAD https://cdn.example/i/8f3a2c', 'HEAD https://gov.example/budget.pdf']);
  });

  it('tells pages from files by the URL’s extension', () => {
    const isFile = (url: string) => looksLikeFileUrl(new URL(url));
    for (const file of ['https://a.example/report.PDF', 'https://a.example/img/photo.jpeg?w=300', 'https://a.example/data.tar.gz', 'https://a.example/deck.pptx', 'https://a.example/clip.mp4#t=3']) {
      expect(isFile(file), file).toBe(true);
    }
    for (const page of ['https://a.example/', 'https://a.example/news/story', 'https://a.example/story.html', 'https://a.example/index.php?id=3', 'https://a.example/Default.aspx', 'https://a.example/view.jsp', 'https://a.example/world/article-1.ece', 'https://a.example/v2.', 'https://a.example/.well-known/x']) {
      expect(isFile(page), page).toBe(false);
    }
  });

  it.each(STRATEGIES)('keeps to the per-host limit (%s)', async (strategy) => {
    const slow = await startLinkServer({ latencyMs: 30 });
    try {
      const links = Array.from({ length: 12 }, (_, index) => report(slow.url(`/page/${index}?type=pdf`)));
      let inFlight = 0;
      let most = 0;
      const countingFetch: typeof fetch = async (input, init) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      };
      const checked = await checkLinks(links, { ...FAST, strategy, perHost: 2, concurrency: 6, fetch: countingFetch });
      expect(checked.every((link) => link.status === 'ok')).toBe(true);
      expect(most).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it.each(STRATEGIES)('holds the whole host back for Retry-After (%s)', async (strategy) => {
    const limited = await startLinkServer({ retryAfterSeconds: 1 });
    try {
      const links = [report(limited.url('/rate-limited')), ...Array.from({ length: 4 }, (_, i) => report(limited.url(`/page/${i}`)))];
      const checked = await checkLinks(links, { ...FAST, strategy, perHost: 1 });
      expect(checked.map((link) => link.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
      const refusal = limited.requests.find((request) => request.path === '/rate-limited') as { at: number };
      const after = limited.requests.filter((request) => request.at > refusal.at);
      // Nothing reaches the host during the second it asked for (a lower bound: slowness cannot break it).
      expect(Math.min(...after.map((request) => request.at)) - refusal.at).toBeGreaterThanOrEqual(950);
    } finally {
      await limited.close();
    }
  });

  it('does not wait for a Retry-After over a minute, and leaves that host alone', async () => {
    const limited = await startLinkServer({ retryAfterSeconds: 3600 });
    try {
      const links = [report(limited.url('/rate-limited')), report(limited.url('/page/1'))];
      const checked = await checkLinks(links, { ...FAST, perHost: 1 });
      expect(checked[0]).toMatchObject({ status: 'inconclusive', httpStatus: 429 });
      expect(checked[0].reason).toMatch(/rate limited/);
      expect(checked[1].status).toBe('inconclusive');
      expect(checked[1].reason).toMatch(/asked us to wait 3600 s/);
      expect(limited.requests).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });

  it('gives up on a host that keeps failing instead of hammering it', async () => {
    server.requests.length = 0;
    const host = '127.0.0.2';
    const links = Array.from({ length: 10 }, (_, index) => report(server.url(`/never?n=${index}`, host)));
    const checked = await checkLinks(links, { ...FAST, timeoutMs: 200, retries: 1, giveUpAfter: 4, perHost: 2 });
    const statuses = checked.map((link) => link.status);
    expect(statuses.filter((status) => status === 'unreachable').length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 'inconclusive').length).toBeGreaterThanOrEqual(6);
    expect(checked.find((link) => link.status === 'inconclusive')?.reason).toMatch(/gave up on 127\.0\.0\.2/);
    expect(server.requests.length).toBeLessThanOrEqual(6);
  });

  it('refuses names that resolve to private addresses, and names DNS does not know, without fetching', async () => {
    const asked: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(null, { status: 200, headers: { 'content-type': 'application/pdf' } });
    };
    const resolveHost = async (name: string) => {
      if (name === 'intranet.example') return ['10.0.0.5'];
      if (name === 'gone.example') throw Object.assign(new Error('getaddrinfo ENOTFOUND gone.example'), { code: 'ENOTFOUND' });
      return ['93.184.216.34'];
    };
    const checked = await checkLinks(
      [report('https://intranet.example/wiki'), report('https://gone.example/a'), report('https://public.example/report.pdf')],
      { fetch: fakeFetch, resolveHost, hostGapMs: 0 },
    );
    expect(checked.map((link) => link.status)).toEqual(['skipped', 'broken', 'ok']);
    expect(checked[0].reason).toContain('10.0.0.5');
    expect(asked).toEqual(['https://public.example/report.pdf']);
  });

  it('trusts cached verdicts for their lifetime only: a day for working links, an hour for broken ones', async () => {
    let calls = 0;
    const fakeFetch: typeof fetch = async (input) => {
      calls++;
      const status = String(input).includes('dead') ? 404 : 200;
      return new Response(null, { status, headers: { 'content-type': 'application/pdf' } });
    };
    const cache = new MemoryLinkCache();
    const links = [report('https://a.example/live.pdf'), report('https://a.example/dead.pdf')];
    const at = (iso: string) => () => new Date(iso);
    await checkLinks(links, { fetch: fakeFetch, cache, hostGapMs: 0, now: at('2025-05-01T10:00:00Z') });
    const firstCalls = calls; // HEAD live; HEAD dead, GET dead
    await checkLinks(links, { fetch: fakeFetch, cache, hostGapMs: 0, now: at('2025-05-01T10:30:00Z') });
    expect(calls).toBe(firstCalls);
    const later = await checkLinks(links, { fetch: fakeFetch, cache, hostGapMs: 0, now: at('2025-05-01T12:00:00Z') });
    expect(calls).toBe(firstCalls + 2); // only the dead link is asked again
    expect(later[0].checkedAt).toBe('2025-05-01T10:00:00.000Z'); // when it was really checked
  });

  it.each(STRATEGIES)('follows redirects itself in Node, and falls back to the browser’s own following where redirects are opaque (%s)', async (strategy) => {
    // A browser or service worker answers redirect: 'manual' with an opaque response that hides the target.
    // A fetch function of its own per run: the "hides redirects" discovery is remembered per function.
    const browserLikeFetch: typeof fetch = async (input, init) => {
      if (init?.redirect === 'manual') {
        const probe = await fetch(input, init);
        await probe.body?.cancel();
        if (probe.status >= 300 && probe.status < 400) {
          return { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null, url: '', redirected: false } as unknown as Response;
        }
        return probe;
      }
      return fetch(input, init);
    };
    server.requests.length = 0;
    const [chain, loop, soft] = await checkLinks([report(server.url('/chain/3')), report(server.url('/loop/a')), report(server.url('/soft-404'))], {
      ...FAST,
      strategy,
      fetch: browserLikeFetch,
    });
    expect(chain).toMatchObject({ status: 'redirected', finalUrl: server.url('/ok'), httpStatus: 200 });
    expect(soft.status).toBe('soft-404'); // the followed GET's first bytes are read as in Node
    // The range survives the switch to following: the landing page is asked for 16 KB at most.
    expect(methodsTo('/ok').filter((method) => method.startsWith('GET'))).toEqual([`GET ${RANGE}`]);
    expect(chain.redirects).toBeUndefined(); // the browser does not say how many hops
    expect(loop.status).toBe('unreachable'); // the browser's "too many redirects" is a bare TypeError
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const running = checkLinks([report(server.url('/never?abort', '127.0.0.2'))], { ...FAST, timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('popup closed')), 50);
    await expect(running).rejects.toThrow('popup closed');
  });
});
