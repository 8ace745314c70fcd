import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { findPublishedDate } from './published';

/** The plain form findPublishedDate must agree with: one querySelector per source, every candidate read, then the first usable. */
function referenceDate(doc: Document): string | undefined {
  const sources: [string, string][] = [
    ['meta[property="article:published_time"]', 'content'],
    ['meta[name="article:published_time"]', 'content'],
    ['meta[itemprop="datePublished"]', 'content'],
    ['meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"]', 'content'],
    ['[itemprop="datePublished"]', 'datetime'],
    ['article time[datetime], time[pubdate]', 'datetime'],
  ];
  const candidates = sources.map(([selector, attribute]) => doc.querySelector(selector)?.getAttribute(attribute));
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1]);
  }
  for (const c of candidates) {
    if (!c) continue;
    const d = new Date(c.trim());
    if (!Number.isNaN(d.getTime()) && d.getFullYear() > 1990) return d.toISOString();
  }
  return undefined;
}

const page = (head: string, body = '') => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://example.org/a');
const jsonLd = (date: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;

describe('findPublishedDate', () => {
  it('prefers the article:published_time meta over a JSON-LD date', () => {
    const doc = page(`${jsonLd('2020-05-01T00:00:00Z')}<meta property="article:published_time" content="2021-03-04T10:00:00Z">`);
    expect(findPublishedDate(doc)).toBe('2021-03-04T10:00:00.000Z');
  });

  it('passes over a source whose date cannot be read to the next one', () => {
    const doc = page('<meta property="article:published_time" content="soon"><meta name="date" content="1985-01-01"><meta name="pubdate" content="2019-07-08">', '<time itemprop="datePublished" datetime="2018-02-03T00:00:00Z">3 Feb</time>');
    // The meta[name=date] group gives its first element only (1985, too early), so the body's itemprop date wins.
    expect(findPublishedDate(doc)).toBe('2018-02-03T00:00:00.000Z');
  });

  it('reads a time element only inside the article or marked pubdate', () => {
    expect(findPublishedDate(page('', '<p><time datetime="2017-01-01">then</time></p>'))).toBeUndefined();
    expect(findPublishedDate(page('', '<article><p><time datetime="2017-01-01T00:00:00Z">then</time></p></article>'))).toBe('2017-01-01T00:00:00.000Z');
  });

  it('reads JSON-LD, but not past the first 20 scripts', () => {
    expect(findPublishedDate(page(jsonLd('2016-06-06T00:00:00Z')))).toBe('2016-06-06T00:00:00.000Z');
    const many = Array.from({ length: 20 }, () => '<script type="application/ld+json">{}</script>').join('');
    expect(findPublishedDate(page(many + jsonLd('2016-06-06T00:00:00Z')))).toBeUndefined();
  });

  it('gives what one query per source gives, on generated pages', () => {
    const parts = [
      '<meta name="description" content="x">',
      '<meta property="article:published_time" content="2021-03-04">',
      '<meta property="article:published_time" content="nope">',
      '<meta name="article:published_time" content="2011-11-11">',
      '<meta itemprop="datePublished" content="2012-12-12">',
      '<meta name="DC.date.issued" content="2013-01-13">',
      '<meta name="dc.date" content="1970-01-01">',
      '<span itemprop="datePublished" datetime="2014-04-14">x</span>',
      '<div itemprop="datePublished">no attribute</div>',
      '<time pubdate datetime="2015-05-15">x</time>',
      '<time datetime="2009-09-09">x</time>',
      '<article><time datetime="2008-08-08">x</time></article>',
      jsonLd('2007-07-07'),
      jsonLd('garbage-date'),
      '<script>var datePublished = "2006-06-06";</script>',
    ];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 300; n++) {
      const chosen = parts.filter(() => random() < 0.3).sort(() => random() - 0.5);
      const split = Math.floor(random() * (chosen.length + 1));
      const doc = page(chosen.slice(0, split).join(''), chosen.slice(split).join(''));
      expect(findPublishedDate(doc)).toBe(referenceDate(doc));
    }
  });

  const dir = join(process.cwd(), '../shared/data/pages-dev');
  // Every sixth page: parsing all of them takes a minute (bench/analyze-node.ts --compare checks all 189 through the analyzer).
  it.skipIf(!existsSync(dir))('gives what one query per source gives, on pages of pages-dev', () => {
    let dated = 0;
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    for (const file of files.filter((_, i) => i % 6 === 0)) {
      const doc = parseHtml(readFileSync(join(dir, file), 'utf8'), `https://pages-dev.example/${file}`);
      const found = findPublishedDate(doc);
      expect(found, file).toBe(referenceDate(doc));
      if (found) dated++;
    }
    expect(dated).toBeGreaterThan(10);
  }, 120_000);
});
