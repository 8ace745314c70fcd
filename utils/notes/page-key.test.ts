import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

import { canonicalHref, isTrackingParameter, pageKey } from './page-key';

describe('pageKey', () => {
  it('drops the fragment and tracking parameters but keeps the page’s own parameters', () => {
    expect(pageKey('https://news.example/story?id=42&utm_source=newsletter&utm_medium=email&fbclid=abc#comments')).toBe(
      'https://news.example/story?id=42',
    );
    expect(pageKey('https://news.example/story?gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=twsrc&_ga=5')).toBe('https://news.example/story');
  });

  it('gives the same key to the same article reached from a newsletter, a share and the address bar', () => {
    const keys = new Set([
      pageKey('https://news.example/world/harbour-deal'),
      pageKey('https://news.example/world/harbour-deal?utm_campaign=daily'),
      pageKey('https://news.example/world/harbour-deal#para-4'),
      pageKey('https://NEWS.example:443/world/harbour-deal?fbclid=IwAR0'),
    ]);
    expect(keys.size).toBe(1);
  });

  it('keeps parameters that choose the page (a different article is a different key)', () => {
    expect(pageKey('https://forum.example/view?t=1')).not.toBe(pageKey('https://forum.example/view?t=2'));
    expect(pageKey('https://shop.example/p?ref=home')).toBe('https://shop.example/p?ref=home');
  });

  it('prefers a same-site canonical link, resolved against the page', () => {
    expect(pageKey('https://amp.news.example/s/123?utm_source=x', 'https://www.news.example/world/story-123')).toBe(
      'https://www.news.example/world/story-123',
    );
    expect(pageKey('https://news.example/print/123', '/world/story-123#top')).toBe('https://news.example/world/story-123');
    expect(pageKey('https://m.news.example/s/1', 'https://news.example/world/s-1')).toBe('https://news.example/world/s-1');
  });

  it('ignores a canonical link to another site, so a page cannot claim another page’s notes', () => {
    expect(pageKey('https://copycat.example/story', 'https://news.example/world/story')).toBe('https://copycat.example/story');
    // Different users' pages on a shared host are different sites.
    expect(pageKey('https://alice.github.io/post', 'https://bob.github.io/post')).toBe('https://alice.github.io/post');
    expect(pageKey('https://alice.github.io/post', 'https://github.io/post')).toBe('https://alice.github.io/post');
  });

  it('strips tracking parameters from the canonical link too, and ignores an unparsable one', () => {
    expect(pageKey('https://news.example/a', 'https://news.example/b?utm_source=rss')).toBe('https://news.example/b');
    expect(pageKey('https://news.example/a', 'http://[bad')).toBe('https://news.example/a');
  });

  it('keys an address that does not parse by its text without fragment', () => {
    expect(pageKey('not a url#frag')).toBe('not a url');
  });

  it('recognises tracking parameter families in any case', () => {
    expect(isTrackingParameter('UTM_Content')).toBe(true);
    expect(isTrackingParameter('page')).toBe(false);
  });
});

describe('canonicalHref', () => {
  it('reads the canonical link of a document', () => {
    const { document } = new Window();
    document.head.innerHTML = '<link rel="stylesheet" href="/s.css"><link rel="Canonical" href="https://news.example/x">';
    expect(canonicalHref(document as unknown as Document)).toBe('https://news.example/x');
    document.head.innerHTML = '';
    expect(canonicalHref(document as unknown as Document)).toBeNull();
  });
});
