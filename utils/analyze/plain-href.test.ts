import { describe, expect, it } from 'vitest';
import { generatedHrefs, HREF_BASES, pageHrefs } from '../../tests/unit/href-corpus';
import { classifyHref, plainWebHref } from './links';

/** What `new URL` makes of an href, the way classifyHref calls it. */
function parsed(raw: string, base: string): string | null {
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return null;
  }
}

describe('plainWebHref', () => {
  const inputs = [...pageHrefs(), ...generatedHrefs(40_000)];

  it('builds exactly the href new URL gives, for every page href and generated address it takes', () => {
    let taken = 0;
    for (const base of HREF_BASES) {
      for (const raw of inputs) {
        const plain = plainWebHref(raw, base);
        if (plain === null) continue;
        taken++;
        expect(plain, `${raw} on ${base}`).toBe(parsed(raw, base));
        // What the earlier checks of classifyHref look for: a fast answer must not skip one of them.
        expect(raw, raw).not.toMatch(/[\s"'<>#\\|]/);
      }
    }
    // Most real hrefs take the fast path on an http(s) page, so the comparison is not vacuous.
    expect(taken).toBeGreaterThan(40_000);
  });

  it('keeps escapes as new URL does, valid or not', () => {
    const base = HREF_BASES[0];
    for (const raw of ['https://en.wikipedia.org/wiki/%D0%9E%D0%B4', 'https://example.org/%7e?q=a%20b', 'https://example.org/100%', 'https://example.org/?next=%2e%2e/']) {
      expect(plainWebHref(raw, base), raw).toBe(parsed(raw, base));
    }
  });

  it('classifies a plain address as unchecked with that href, as the general path does', () => {
    const base = HREF_BASES[0];
    expect(classifyHref('https://example.org/report?id=4', base, null)).toEqual({ status: 'unchecked', reason: 'Not checked yet', url: 'https://example.org/report?id=4' });
    expect(classifyHref('https://example.org', base, null).url).toBe('https://example.org/');
    expect(classifyHref('/about', base, null).url).toBe('https://pages-dev.example/about');
    expect(classifyHref('//cdn.example.net/a.jpg', base, null, 'img').url).toBe('https://cdn.example.net/a.jpg');
  });

  it('leaves to new URL what it would rewrite: case, ports, IP numbers, dot segments, escapes, IDN', () => {
    const base = HREF_BASES[0];
    for (const raw of ['HTTPS://example.org/', 'https://Example.org/', 'https://example.org:443/', 'https://1.2.3.4/', 'https://example.0x1f/', 'https://example.org/a/../b', 'https://example.org/a/%2e%2E/b', 'https://example.org/a/.%2e', 'https://example.org/%2e/', 'https://xn--bcher-kva.example/', 'https://example.org/a b', 'https://example.org/#x', 'https://u@example.org/', '../x', 'x.html']) {
      expect(plainWebHref(raw, base), raw).toBeNull();
    }
    expect(plainWebHref('/about', 'http://news.example.org:8080/')).toBeNull();
    expect(plainWebHref('/about', 'file:///home/page.html')).toBeNull();
  });
});
