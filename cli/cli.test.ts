/**
 * The real `claimlens` executable, spawned as a user runs it: formats parse, exit codes hold, and user
 * mistakes get a message, never a stack trace.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const SEED = join(ROOT, 'tests/fixtures/seed-article.html');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function claimlens(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(/^claimlens: /);
}

describe('claimlens analyze on the reference page', () => {
  it('prints PageNotes JSON with the file URL by default', async () => {
    const run = await claimlens(['analyze', SEED]);
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(page.schema).toBe('claimlens/page-notes@1');
    expect(page.url).toBe(pathToFileURL(SEED).href);
    expect(page.title).toMatch(/^South Korean NIS Claims 12,000/);
    expect(Array.isArray(page.claims)).toBe(true);
    expect(Array.isArray(page.links)).toBe(true);
  });

  it('prints the same notes as CSV rows, Web Annotations and a Markdown report', async () => {
    const [json, csv, annotation, md] = await Promise.all(
      ['json', 'csv', 'annotation', 'md'].map((format) => claimlens(['analyze', SEED, '--format', format, '--url', 'https://news.example/nk'])),
    );
    for (const run of [json, csv, annotation, md]) expect(run.code).toBe(0);
    const page = JSON.parse(json.stdout);
    const noteCount = page.claims.reduce((sum: number, claim: { notes: unknown[] }) => sum + claim.notes.length, 0);

    const rows = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(noteCount);
    for (const row of rows.data) expect(row.page_url).toBe('https://news.example/nk');

    const collection = JSON.parse(annotation.stdout);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items).toHaveLength(noteCount);

    expect(md.stdout).toMatch(/^# South Korean NIS Claims/m);
    expect(md.stdout).toMatch(/^## Claims$/m);
    expect(md.stdout).toMatch(/^## Flagged links$/m);
  });

  it('reads the page from standard input with "-"', async () => {
    const { readFileSync } = await import('node:fs');
    const run = await claimlens(['analyze', '-', '--url', 'https://news.example/stdin'], readFileSync(SEED));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).url).toBe('https://news.example/stdin');
  });

  it("resolves relative links against the page's canonical address when --url is not given", async () => {
    const page = scratchFile(
      'canonical.html',
      '<!doctype html><html><head><title>Budget</title><link rel="canonical" href="https://paper.example/2024/budget"></head>' +
        '<body><article><p>The minister said spending rose by 12 percent in 2023, <a href="/data/table-4">the figures show</a>.</p></article></body></html>',
    );
    const run = await claimlens(['analyze', page]);
    expect(run.code).toBe(0);
    const notes = JSON.parse(run.stdout);
    expect(notes.url).toBe('https://paper.example/2024/budget');
    const link = notes.links.find((candidate: { href: string }) => candidate.href === '/data/table-4');
    if (link) expect(link.url).toBe('https://paper.example/data/table-4');
  });
});

describe('claimlens analyze domain ratings', () => {
  it('rates each link by its domain with the shipped Lin et al. (2023) table, as the extension does', async () => {
    const page = scratchFile(
      'rated.html',
      '<!doctype html><html><head><title>Rated</title></head><body><article><h1>Rated</h1>' +
        '<p>The agency said unemployment rose to 7 percent in May, <a href="https://www.infowars.com/x">a report says</a>.</p>' +
        '<p>The ministry said exports fell by 3 percent, <a href="https://www.reuters.com/y">Reuters reported</a>.</p>' +
        '<p>A local blog, <a href="https://unrated-blog.example/z">here</a>, disagrees.</p>' +
        '</article></body></html>',
    );
    const run = await claimlens(['analyze', page]);
    expect(run.code).toBe(0);
    const links: { url: string; domain?: string; rating?: { score: number; source: string } }[] = JSON.parse(run.stdout).links;
    const byDomain = new Map(links.map((link) => [link.domain, link.rating]));
    expect(byDomain.get('infowars.com')?.source).toBe('lin2023');
    expect(byDomain.get('infowars.com')!.score).toBeLessThan(0.4);
    expect(byDomain.get('reuters.com')!.score).toBeGreaterThan(0.8);
    expect(links.find((link) => link.url.includes('unrated-blog'))?.rating).toBeUndefined();
  });
});

describe('claimlens analyze --factchecks', () => {
  it('notes a claim that a loaded ClaimReview fact-check reviewed, and refuses a missing path plainly', async () => {
    const reviews = scratchFile(
      'review.jsonld',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://factcheck.example/sewage',
        claimReviewed: 'The city council dumped 40 million litres of raw sewage into the river last summer.',
        author: { '@type': 'Organization', name: 'River Check' },
        datePublished: '2024-03-01',
        reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      }),
    );
    const page = scratchFile(
      'river.html',
      '<!doctype html><html><head><title>River</title></head><body><article><h1>River row</h1>' +
        '<p>Campaigners said the city council dumped 40 million litres of raw sewage into the river last summer, a figure the council denies.</p>' +
        '<p>The mayor told reporters that water quality had improved by 20 percent since 2019, according to the environment agency.</p>' +
        '<p>Residents said the smell was unbearable in August and that several swimmers fell ill after a heatwave.</p>' +
        '</article></body></html>',
    );
    const run = await claimlens(['analyze', page, '--factchecks', reviews]);
    expect(run.code, run.stderr).toBe(0);
    const claims: { text: string; notes: { code: string; text: string; href?: string }[] }[] = JSON.parse(run.stdout).claims;
    const sewage = claims.find((claim) => claim.text.includes('raw sewage'));
    const factChecked = sewage?.notes.find((note) => note.code === 'fact-checked');
    expect(factChecked?.text).toMatch(/River Check/);
    expect(factChecked?.href).toBe('https://factcheck.example/sewage');
    const mayor = claims.find((claim) => claim.text.includes('water quality'));
    expect(mayor?.notes.map((note) => note.code) ?? []).not.toContain('fact-checked');

    const missing = await claimlens(['analyze', page, '--factchecks', join(scratch, 'no-reviews')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*no-reviews/);
    expectNoStackTrace(missing);
  });
});

describe('claimlens analyze --check-links', () => {
  it('checks links over the network only when private addresses are allowed, and notes the broken source', async () => {
    const server = createServer((request, response) => {
      response.statusCode = request.url?.startsWith('/gone') ? 404 : 200;
      response.setHeader('content-type', 'text/html');
      response.end('<html><title>Figures</title><h1>Figures</h1></html>');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = scratchFile(
      'links.html',
      '<!doctype html><html><head><title>Jobs</title></head><body><article><h1>Jobs</h1>' +
        `<p>The ministry said exports rose by 12 percent in 2023, <a href="${origin}/data">its data show</a>.</p>` +
        `<p>Officials told reporters that 4,000 jobs were lost in March, <a href="${origin}/gone">according to the agency</a>.</p>` +
        '</article></body></html>',
    );
    try {
      const checked = await claimlens(['analyze', page, '--check-links', '--allow-private', '--timeout-ms', '5000']);
      expect(checked.code).toBe(0);
      const notes = JSON.parse(checked.stdout);
      const status = (path: string) => notes.links.find((link: { url: string }) => link.url === `${origin}${path}`)?.status;
      expect(status('/data')).toBe('ok');
      expect(status('/gone')).toBe('broken');
      const lostJobs = notes.claims.find((claim: { text: string }) => claim.text.includes('4,000 jobs'));
      expect(lostJobs.notes.map((note: { code: string }) => note.code)).toContain('broken-source-link');
      // Not a terminal: no progress line on standard error.
      expect(checked.stderr).toBe('');

      const guarded = await claimlens(['analyze', page, '--check-links']);
      expect(guarded.code).toBe(0);
      expect(JSON.parse(guarded.stdout).links.map((link: { status: string }) => link.status)).toEqual(['skipped', 'skipped']);
    } finally {
      server.close();
    }
  });
});

describe('claimlens analyze refuses what it cannot analyse', () => {
  it('exits 1 with a message for a missing file', async () => {
    const run = await claimlens(['analyze', join(scratch, 'missing.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read .*missing\.html: no such file/);
    expectNoStackTrace(run);
  });

  it('exits 1 for binary data, JSON and plain text', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /not an HTML page: it looks like a PNG image/],
      ['nul.html', Buffer.from('<p>text\u0000more</p>'), /binary data/],
      ['data.html', '{"claims": []}', /not an HTML page: it is JSON/],
      ['notes.txt', 'Just some words, no markup at all.', /plain text with no HTML markup/],
      ['empty.html', '', /is empty/],
    ];
    for (const [name, content, message] of cases) {
      const run = await claimlens(['analyze', scratchFile(name, content)]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(message);
      expectNoStackTrace(run);
    }
  });
});

describe('claimlens arguments', () => {
  it('exits 2 with the usage for bad arguments', async () => {
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', SEED, '--format', 'pdf'], ['analyze', SEED, '--nope'], ['analyze', SEED, '--per-host', '2']]) {
      const run = await claimlens(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/Usage: claimlens/);
      expectNoStackTrace(run);
    }
  });

  it('prints help and exits 0', async () => {
    const run = await claimlens(['analyze', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--format FORMAT');
    expect(run.stdout).toContain('--check-links');
  });
});

describe('claimlens classify', () => {
  it('answers every input line with one JSON object, in order', async () => {
    const sentences = [
      'The unemployment rate fell to 3.5 percent in 2019, according to the Labor Department.',
      '',
      'Thank you all for coming tonight.',
    ];
    const run = await claimlens(['classify'], `${sentences.join('\n')}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    for (const result of lines) {
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(typeof result.claim).toBe('boolean');
      expect(Array.isArray(result.kinds)).toBe(true);
    }
    // A sourced statistic is more check-worthy than a greeting.
    expect(lines[0].score).toBeGreaterThan(lines[2].score);
    expect(lines[0].kinds).toContain('numeric');
  });

  it('streams a large input without losing or reordering lines', async () => {
    const count = 20_000;
    const input = Array.from({ length: count }, (_, i) => (i % 2 ? 'Hello there.' : `Exports grew by ${i} percent last year.`)).join('\n');
    const run = await claimlens(['classify'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count);
    expect(JSON.parse(lines[0]).kinds).toContain('numeric');
    expect(JSON.parse(lines[count - 1]).kinds).not.toContain('numeric');
  });
});
