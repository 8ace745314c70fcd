// @vitest-environment node
/** A claim whose only cited link turns out dead after checking gets `broken-source-link`, like a statically broken one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { startLinkServer, type LinkServer } from '../../tests/link-server';
import { analyzeDocument } from '../analyze/index';
import { checkLinks } from './index';
import { mergeCheckedLink, mergeCheckedLinks } from './merge';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

function pageCiting(deadUrl: string, liveUrl: string) {
  const window = new Window({ url: 'https://news.example/story' });
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html><head><title>Port deal</title></head><body><article>
    <h1>Port deal under scrutiny</h1>
    <p>The harbour authority said on Tuesday that cargo volumes fell 18 percent in 2023, according to <a href="${deadUrl}">its annual report</a>.</p>
    <p>Shipping analysts at Brightwater Research estimated that 4,000 jobs depend on the terminal, in <a href="${liveUrl}">a study published in May</a>.</p>
    <p>The city council will vote on the lease next month, the mayor told reporters on Friday.</p>
  </article></body></html>`);
  return analyzeDocument(doc, 'https://news.example/story');
}

describe('merging checked links into page notes', () => {
  it('notes claims whose cited links are broken after checking, and only those', async () => {
    const page = pageCiting(server.url('/gone'), server.url('/ok'));
    const citing = (needle: string) => page.claims.find((claim) => claim.text.includes(needle));
    const deadClaim = citing('cargo volumes');
    const liveClaim = citing('4,000 jobs');
    expect(deadClaim?.linkIds.length).toBeGreaterThan(0);
    expect(liveClaim?.linkIds.length).toBeGreaterThan(0);
    const codes = (claimText: string, notes = page) =>
      notes.claims.find((claim) => claim.text.includes(claimText))?.notes.map((note) => note.code) ?? [];
    expect(codes('cargo volumes')).not.toContain('broken-source-link');

    const checked = await checkLinks(page.links, { allowPrivate: true, hostGapMs: 0, timeoutMs: 2000 });
    const merged = mergeCheckedLinks(page, checked);
    expect(codes('cargo volumes', merged)).toContain('broken-source-link');
    expect(codes('4,000 jobs', merged)).not.toContain('broken-source-link');
    expect(merged.links.find((link) => link.url === server.url('/gone'))?.status).toBe('broken');
    expect(merged.stats.flaggedLinks).toBe(page.stats.flaggedLinks + 1);
  });

  it('merges one link at a time as progress arrives', async () => {
    const page = pageCiting(server.url('/missing'), server.url('/ok'));
    let live = page;
    await checkLinks(page.links, {
      allowPrivate: true,
      hostGapMs: 0,
      onProgress: (_done, _total, report) => {
        live = mergeCheckedLink(live, report);
      },
    });
    expect(live.links.filter((link) => link.status === 'unchecked')).toHaveLength(0);
    expect(live.claims.find((claim) => claim.text.includes('cargo volumes'))?.notes.map((note) => note.code)).toContain(
      'broken-source-link',
    );
  });
});
