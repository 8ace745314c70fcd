/**
 * Remembered verdicts, so revisiting a page makes no new requests. The cache holds plain,
 * JSON-serialisable entries with their own expiry, so extension storage can back it as well
 * as memory.
 */
import type { LinkStatus } from '../types';

/** What a check found out about one URL: the fields the checker writes into a `LinkReport`. */
export interface LinkVerdict {
  status: LinkStatus;
  reason: string;
  httpStatus?: number;
  finalUrl?: string;
  redirects?: number;
  /** ISO time the URL was actually fetched (kept as is when served from the cache). */
  checkedAt: string;
}

/** One remembered verdict and when it stops being trusted (epoch milliseconds). */
export interface LinkCheckCacheEntry {
  verdict: LinkVerdict;
  expiresAt: number;
}

/** Where verdicts are kept between runs. Keys are URLs without their fragment. */
export interface LinkCheckCache {
  get(key: string): Promise<LinkCheckCacheEntry | undefined> | LinkCheckCacheEntry | undefined;
  set(key: string, entry: LinkCheckCacheEntry): Promise<void> | void;
}

const HOUR_MS = 60 * 60 * 1000;

/** How long a verdict may be reused: a day for working links, an hour for failures, never for doubt. */
export function verdictLifetimeMs(status: LinkStatus): number {
  switch (status) {
    case 'ok':
    case 'redirected':
      return 24 * HOUR_MS;
    case 'broken':
    case 'server-error':
    case 'unreachable':
    case 'soft-404':
      return HOUR_MS;
    default:
      // inconclusive may clear up on the next try; skipped depends on the options of the run.
      return 0;
  }
}

/** A cache in memory, for one CLI run or one service-worker lifetime. */
export class MemoryLinkCache implements LinkCheckCache {
  private readonly entries = new Map<string, LinkCheckCacheEntry>();

  get(key: string): LinkCheckCacheEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: LinkCheckCacheEntry): void {
    this.entries.set(key, entry);
  }

  /** Drops entries that expired before `now`. */
  prune(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The part of `browser.storage.local` (or `chrome.storage.local`) that a storage-backed cache needs. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

const STORAGE_PREFIX = 'linkcheck:';

/**
 * A cache kept in an extension storage area, so verdicts outlive the service worker.
 * Pass the area in (`browser.storage.local`): this module never touches `browser` itself.
 */
export function createStorageLinkCache(area: KeyValueArea, prefix = STORAGE_PREFIX): LinkCheckCache & {
  prune(now: number): Promise<number>;
} {
  return {
    async get(key) {
      const name = prefix + key;
      const found = (await area.get(name))[name];
      return isCacheEntry(found) ? found : undefined;
    },
    async set(key, entry) {
      await area.set({ [prefix + key]: entry });
    },
    /** Removes expired entries; returns how many went. */
    async prune(now) {
      const all = await area.get(null);
      const stale = Object.keys(all).filter((name) => {
        if (!name.startsWith(prefix)) return false;
        const entry = all[name];
        return !isCacheEntry(entry) || entry.expiresAt <= now;
      });
      if (stale.length > 0 && area.remove) await area.remove(stale);
      return stale.length;
    },
  };
}

function isCacheEntry(value: unknown): value is LinkCheckCacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<LinkCheckCacheEntry>;
  return (
    typeof entry.expiresAt === 'number' &&
    typeof entry.verdict === 'object' &&
    entry.verdict !== null &&
    typeof entry.verdict.status === 'string' &&
    typeof entry.verdict.reason === 'string'
  );
}
