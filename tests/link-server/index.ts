/**
 * A misbehaving HTTP server on loopback addresses for link-checker tests, the browser test and the
 * benchmark. Every failure mode the checker must handle has a path; `LINK_SERVER_CASES` lists them
 * with the status a correct checker gives.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { LinkStatus } from '../../utils/types';

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** "127.0.0.1:41234": which of the server's addresses was asked. */
  host: string;
  userAgent: string | undefined;
  cookie: string | undefined;
  referer: string | undefined;
  /** The Range header, when the client asked for part of the body. */
  range: string | undefined;
  at: number;
}

export interface LinkServerOptions {
  /** Loopback addresses to listen on (Linux routes all of 127/8 to lo). Default ["127.0.0.1"]. */
  addresses?: string[];
  /** Delay before every answer, to stand in for a distant server. */
  latencyMs?: number;
  /** Size of the /huge body. Default 50 MB. */
  hugeBytes?: number;
  /** Seconds the first /rate-limited answer asks to wait. Default 1. */
  retryAfterSeconds?: number;
}

export interface LinkServer {
  /** Absolute URL of `path` on `address` (default: the first address). */
  url(path: string, address?: string): string;
  /** Every request received so far, in arrival order. */
  requests: RecordedRequest[];
  /** Bytes of the /huge body actually written before the client hung up. */
  hugeBytesSent(): number;
  /** A URL on a port where nothing listens. */
  closedPortUrl(): Promise<string>;
  close(): Promise<void>;
}

/** A host name that can never resolve (RFC 6761 reserves `.invalid`). */
export const UNRESOLVABLE_URL = 'http://nonexistent.invalid/article';

/** The server's paths and the status a correct checker gives each (with private addresses allowed). */
export const LINK_SERVER_CASES: ReadonlyArray<{ path: string; status: LinkStatus; what: string }> = [
  { path: '/ok', status: 'ok', what: '200 HTML page' },
  { path: '/file.pdf', status: 'ok', what: '200 document, HEAD is enough' },
  { path: '/chain/3', status: 'redirected', what: 'three 301s, then 200' },
  { path: '/loop/a', status: 'broken', what: 'redirect loop' },
  { path: '/endless/0', status: 'broken', what: 'more than 10 redirects' },
  { path: '/moved-to-404', status: 'broken', what: '301 to a 404' },
  { path: '/missing', status: 'broken', what: '404' },
  { path: '/gone', status: 'broken', what: '410' },
  { path: '/head-405', status: 'ok', what: 'HEAD 405, GET 200' },
  { path: '/rate-limited', status: 'ok', what: '429 with Retry-After, then 200' },
  { path: '/flaky-503', status: 'ok', what: '503 twice, then 200' },
  { path: '/always-500', status: 'server-error', what: '500 every time' },
  { path: '/never', status: 'unreachable', what: 'never answers' },
  { path: '/reset', status: 'unreachable', what: 'connection reset' },
  { path: '/huge', status: 'ok', what: '50 MB HTML body' },
  { path: '/empty', status: 'ok', what: '200 with an empty body (416 to a range)' },
  { path: '/bot-wall', status: 'inconclusive', what: '403 with cf-mitigated: challenge' },
  { path: '/refuses-bots', status: 'inconclusive', what: '999' },
  { path: '/login', status: 'inconclusive', what: '401' },
  { path: '/soft-404', status: 'soft-404', what: '200 page titled "Page not found"' },
  { path: '/old-story', status: 'soft-404', what: 'deep link redirected to the front page' },
];

const HTML = 'text/html; charset=utf-8';

function page(title: string, body = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

/** Starts the server; resolves once every address listens. */
export async function startLinkServer(options: LinkServerOptions = {}): Promise<LinkServer> {
  const addresses = options.addresses ?? ['127.0.0.1'];
  const latencyMs = options.latencyMs ?? 0;
  const hugeBytes = options.hugeBytes ?? 50 * 1024 * 1024;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const requests: RecordedRequest[] = [];
  const counters = new Map<string, number>();
  const sockets = new Set<Socket>();
  const ports = new Map<string, number>();
  let hugeSent = 0;

  const count = (host: string, path: string): number => {
    const key = `${host} ${path}`;
    const seen = (counters.get(key) ?? 0) + 1;
    counters.set(key, seen);
    return seen;
  };

  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const path = url.pathname;
    const host = `${request.socket.localAddress}:${request.socket.localPort}`;
    const head = request.method === 'HEAD';
    const send = (status: number, headers: Record<string, string | number>, body = ''): void => {
      // Ranges as common servers answer them: 206 with the part asked for, 416 past the end of the body.
      const range = status === 200 && !head ? /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '') : null;
      if (range) {
        const bytes = Buffer.from(body);
        const first = Number(range[1]);
        const last = Math.min(range[2] === '' ? Infinity : Number(range[2]), bytes.length - 1);
        if (first >= bytes.length) {
          response.writeHead(416, { 'content-range': `bytes */${bytes.length}`, 'content-length': 0 });
          return void response.end();
        }
        const part = bytes.subarray(first, last + 1);
        response.writeHead(206, { ...headers, 'content-range': `bytes ${first}-${last}/${bytes.length}`, 'content-length': part.length });
        return void response.end(part);
      }
      response.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
      response.end(head ? undefined : body);
    };
    const redirect = (status: number, location: string): void => send(status, { location });

    let match: RegExpExecArray | null;
    if (path === '/' || path === '/ok') return send(200, { 'content-type': HTML }, page(path === '/' ? 'Example News' : 'A working page'));
    if (path === '/file.pdf') return send(200, { 'content-type': 'application/pdf' }, '%PDF-1.4 not really');
    if ((match = /^\/chain\/(\d+)$/.exec(path))) {
      const left = Number(match[1]);
      return redirect(301, left > 1 ? `/chain/${left - 1}` : '/ok');
    }
    if (path === '/loop/a') return redirect(302, '/loop/b');
    if (path === '/loop/b') return redirect(302, '/loop/a');
    if ((match = /^\/endless\/(\d+)$/.exec(path))) return redirect(302, `/endless/${Number(match[1]) + 1}`);
    if (path === '/moved-to-404') return redirect(301, '/missing');
    if (path === '/missing') return send(404, { 'content-type': HTML }, page('Not Found'));
    if (path === '/gone') return send(410, { 'content-type': HTML }, page('Gone'));
    if (path === '/head-405') {
      if (head) return send(405, { allow: 'GET' });
      return send(200, { 'content-type': HTML }, page('Only GET works here'));
    }
    if (path === '/rate-limited') {
      if (count(host, path) === 1) return send(429, { 'retry-after': retryAfterSeconds });
      return send(200, { 'content-type': HTML }, page('Patience rewarded'));
    }
    if (path === '/flaky-503') {
      if (count(host, path) <= 2) return send(503, { 'content-type': 'text/plain' }, 'busy');
      return send(200, { 'content-type': HTML }, page('Back on its feet'));
    }
    if (path === '/always-500') return send(500, { 'content-type': 'text/plain' }, 'broken server');
    if (path === '/never') return; // hold the request open until the client gives up
    if (path === '/reset') {
      const socket = request.socket as Socket & { resetAndDestroy?: () => void };
      if (socket.resetAndDestroy) socket.resetAndDestroy();
      else socket.destroy();
      return;
    }
    if (path === '/huge') return sendHuge(head, response);
    if (path === '/bot-wall') {
      return send(403, { 'content-type': HTML, 'cf-mitigated': 'challenge' }, page('Just a moment...'));
    }
    if (path === '/refuses-bots') return send(999, { 'content-type': HTML }, page('Request denied'));
    if (path === '/login') return send(401, { 'www-authenticate': 'Basic realm="members"' });
    if (path === '/soft-404') {
      return send(200, { 'content-type': HTML }, page('Page not found | Example News', '<p>Try the search.</p>'));
    }
    if (path === '/old-story') return redirect(302, '/');
    if (path === '/empty') return send(200, { 'content-type': HTML });
    if ((match = /^\/page\/(\d+)$/.exec(path))) return send(200, { 'content-type': HTML }, page(`Story ${match[1]}`));
    if ((match = /^\/doc\/(\d+)\.pdf$/.exec(path))) return send(200, { 'content-type': 'application/pdf' }, `%PDF-1.4 report ${match[1]}`);
    return send(404, { 'content-type': HTML }, page('Not Found'));
  };

  const sendHuge = (head: boolean, response: ServerResponse): void => {
    response.writeHead(200, { 'content-type': HTML, 'content-length': hugeBytes });
    if (head) return void response.end();
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const start = Buffer.from(page('A very large page').replace('</body></html>', ''));
    let written = 0;
    let closed = false;
    response.on('close', () => {
      closed = true;
    });
    const pump = (): void => {
      while (!closed && written < hugeBytes) {
        const piece = written === 0 ? start : chunk.subarray(0, Math.min(chunk.length, hugeBytes - written));
        written += piece.length;
        hugeSent += piece.length;
        if (!response.write(piece)) return void response.once('drain', pump);
      }
      if (!closed) response.end();
    };
    pump();
  };

  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    const host = `${request.socket.localAddress}:${request.socket.localPort}`;
    requests.push({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      host,
      userAgent: request.headers['user-agent'],
      cookie: request.headers.cookie,
      referer: request.headers.referer,
      range: request.headers.range,
      at: Date.now(),
    });
    if (latencyMs > 0) setTimeout(() => answer(request, response), latencyMs);
    else answer(request, response);
  };

  const servers: Server[] = [];
  for (const address of addresses) {
    const server = createServer(handler);
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    ports.set(address, (server.address() as AddressInfo).port);
    servers.push(server);
  }

  return {
    url(path, address = addresses[0]) {
      const port = ports.get(address);
      if (port === undefined) throw new Error(`the link server does not listen on ${address}`);
      return `http://${address}:${port}${path}`;
    },
    requests,
    hugeBytesSent: () => hugeSent,
    async closedPortUrl() {
      // Take a free port from the system, then let it go: nothing listens there afterwards.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
      const { port } = probe.address() as AddressInfo;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      return `http://127.0.0.1:${port}/article`;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}
