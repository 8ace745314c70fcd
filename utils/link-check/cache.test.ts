// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createStorageLinkCache, MemoryLinkCache, verdictLifetimeMs, type KeyValueArea } from './cache';

/** An in-memory stand-in for browser.storage.local with its promise-based API. */
function fakeArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const names = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(names.filter((name) => data.has(name)).map((name) => [name, structuredClone(data.get(name))]));
    },
    async set(items) {
      for (const [name, value] of Object.entries(items)) data.set(name, structuredClone(value));
    },
    async remove(keys) {
      for (const name of Array.isArray(keys) ? keys : [keys]) data.delete(name);
    },
  };
}

const verdict = { status: 'ok' as const, reason: '200 OK', httpStatus: 200, checkedAt: '2025-01-01T00:00:00.000Z' };

describe('verdictLifetimeMs', () => {
  it('trusts working links for a day, failures for an hour, doubt never', () => {
    expect(verdictLifetimeMs('ok')).toBe(24 * 3600_000);
    expect(verdictLifetimeMs('redirected')).toBe(24 * 3600_000);
    expect(verdictLifetimeMs('broken')).toBe(3600_000);
    expect(verdictLifetimeMs('unreachable')).toBe(3600_000);
    expect(verdictLifetimeMs('inconclusive')).toBe(0);
    expect(verdictLifetimeMs('skipped')).toBe(0);
  });
});

describe('createStorageLinkCache', () => {
  it('round-trips entries through a storage area and prunes expired ones', async () => {
    const area = fakeArea();
    area.data.set('unrelated', 1);
    const cache = createStorageLinkCache(area);
    await cache.set('https://a.example/', { verdict, expiresAt: 1000 });
    await cache.set('https://b.example/', { verdict, expiresAt: 5000 });
    expect(await cache.get('https://a.example/')).toEqual({ verdict, expiresAt: 1000 });
    expect(await cache.get('https://missing.example/')).toBeUndefined();

    expect(await cache.prune(2000)).toBe(1);
    expect(await cache.get('https://a.example/')).toBeUndefined();
    expect(await cache.get('https://b.example/')).toBeDefined();
    expect(area.data.get('unrelated')).toBe(1);
  });

  it('ignores entries that are not verdicts', async () => {
    const area = fakeArea();
    area.data.set('linkcheck:https://x.example/', { status: 'ok' });
    expect(await createStorageLinkCache(area).get('https://x.example/')).toBeUndefined();
  });
});

describe('MemoryLinkCache', () => {
  it('prunes what expired', () => {
    const cache = new MemoryLinkCache();
    cache.set('a', { verdict, expiresAt: 10 });
    cache.set('b', { verdict, expiresAt: 30 });
    cache.prune(20);
    expect(cache.size).toBe(1);
    expect(cache.get('b')).toBeDefined();
  });
});
