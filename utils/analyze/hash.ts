/** FNV-1a 32-bit hash, base 36: short stable ids from text (not for security). */
export function shortHash(text: string): string {
  return base36(fnv1a(FNV_OFFSET, text));
}

const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over `text`: hashing "a" then "b" equals hashing "ab". */
function fnv1a(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `(h >>> 0).toString(36)`, written out: Number#toString with a radix is a slow path in V8 (a third of an id's cost). */
function base36(h: number): string {
  let n = h >>> 0;
  let out = '';
  do {
    out = DIGITS[n % 36] + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

/** Gives each key a stable id, adding `-2`, `-3`… when the same key occurs again. */
export function makeIdFactory(prefix: string): (key: string) => string {
  const seen = new Map<string, number>();
  return (key: string) => {
    const base = `${prefix}-${shortHash(key)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/**
 * `makeIdFactory` for a link's key, `tag|href|text`, with the seen-count keyed by the hash. The key is
 * joined and hashed in one loop: hashing the three parts in turn gives the same hash, but measured in
 * Chromium on the links of 28 pages (runs 2-4 in a fresh page, where this code is not yet optimised),
 * three loops per link cost 0.25-0.41 ms a page and one loop over the joined key 0.13-0.16 ms.
 */
export function makePartsIdFactory(prefix: string): (a: string, b: string, c: string) => string {
  const seen = new Map<number, number>();
  return (a: string, b: string, c: string) => {
    const key = fnv1a(FNV_OFFSET, `${a}|${b}|${c}`) >>> 0;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const base = `${prefix}-${base36(key)}`;
    return n === 1 ? base : `${base}-${n}`;
  };
}
