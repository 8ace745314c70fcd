import { describe, expect, it } from 'vitest';
import { makeIdFactory, makePartsIdFactory, shortHash } from './hash';

/** The original definition, kept here as the reference the faster one must equal. */
function referenceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

describe('ids', () => {
  it('hashes like FNV-1a in base 36, so saved notes keep pointing at the same claims and links', () => {
    for (const text of ['', 'a', 'Ukraine said 12,000 troops', '€ “quoted” 日本語', 'x'.repeat(5000)]) {
      expect(shortHash(text)).toBe(referenceHash(text));
    }
    // Any UTF-16 code units, in strings of any length (a fixed pseudo-random sequence).
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 48271) + 11) >>> 0);
    for (let n = 0; n < 500; n++) {
      const text = String.fromCharCode(...Array.from({ length: next() % 64 }, () => next() % 65536));
      expect(shortHash(text)).toBe(referenceHash(text));
    }
  });

  it('gives a link the same id from its parts as from the joined key', () => {
    const joined = makeIdFactory('l');
    const parts = makePartsIdFactory('l');
    const links: [string, string, string][] = [
      ['a', 'https://example.org/x', 'Read the report'],
      ['a', '#', ''],
      ['img', '', 'A photo | caption'],
      ['a', 'https://example.org/x', 'Read the report'], // the same link again: "-2"
    ];
    for (const [tag, href, text] of links) expect(parts(tag, href, text)).toBe(joined(`${tag}|${href}|${text}`));
    expect(parts('a', 'https://example.org/x', 'Read the report')).toMatch(/^l-[0-9a-z]+-3$/);
  });
});
