/**
 * Shared pieces for real-browser tests: Debian Chromium with the built extension loaded, a tiny
 * static server on 127.0.0.1, and a minimal runner that prints "N passed, N failed".
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches headless Chromium with the built extension; resolves once its service worker runs. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // The extension id is the host of the service worker's URL.
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, close: () => context.close() };
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves fixed paths → files (or literal HTML) on 127.0.0.1 at a free port. */
export async function serve(routes: Record<string, { file?: string; html?: string }>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = route.file ? await readFile(route.file) : Buffer.from(route.html ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Polls `probe` until it returns a value other than undefined/null/false, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A tiny sequential test runner: prints each result and a closing "N passed, N failed" line. */
export function createRunner(suite: string) {
  const tests: { name: string; fn: () => Promise<void> }[] = [];
  return {
    test(name: string, fn: () => Promise<void>) {
      tests.push({ name, fn });
    },
    /** Runs every test in order; resolves to the number that failed. */
    async run(): Promise<number> {
      let passed = 0;
      let failed = 0;
      console.log(`# ${suite}`);
      for (const { name, fn } of tests) {
        try {
          await fn();
          passed++;
          console.log(`ok - ${name}`);
        } catch (error) {
          failed++;
          console.log(`not ok - ${name}\n  ${String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/\n/g, '\n  ')}`);
        }
      }
      console.log(`${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

/** Throws with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
