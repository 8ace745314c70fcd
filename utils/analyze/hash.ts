/** FNV-1a 32-bit hash, base 36: short stable ids from text (not for security). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
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
