/**
 * The analyzer on real pages nobody here wrote (../shared/data/pages-dev: Readability's and Postlight
 * Parser's test pages): it never throws, finds the article on most of them, takes no claim from
 * navigation or footers, says plainly when a page is not in English, and its chunked (async) form
 * gives exactly the same notes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeDocument, analyzeDocumentAsync } from '../../utils/analyze';
import { findArticle } from '../../utils/analyze/article';
import { buildTextMap, locateOffset } from '../../utils/analyze/text-map';
import type { PageNotes } from '../../utils/types';

const dir = join(process.cwd(), '../shared/data/pages-dev');
const available = existsSync(dir);
const files = available ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
const NOW = () => new Date('2025-01-01T00:00:00Z');

/** Each page's original URL from index.tsv, when it has a usable one. */
function urls(): Map<string, string> {
  const out = new Map<string, string>();
  if (!available) return out;
  for (const line of readFileSync(join(dir, 'index.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, , url] = line.split('\t');
    try {
      if (file && url) out.set(file, new URL(url).href);
    } catch {
      // some pages have no usable original URL; they get a made-up one below
    }
  }
  return out;
}
const URLS = urls();
const urlOf = (file: string) => URLS.get(file) ?? `https://pages-dev.example/${encodeURIComponent(file)}`;

function load(file: string): Document {
  return parseHtml(readFileSync(join(dir, file), 'utf8'), urlOf(file));
}

const results = new Map<string, PageNotes>();

describe.skipIf(!available)('every page of pages-dev', () => {
  it.each(files.map((f) => [f]))('%s: analyses without throwing and takes no claim from navigation or footers', (file) => {
    const doc = load(file);
    const page = analyzeDocument(doc, urlOf(file), { now: NOW });
    results.set(file, page);
    expect(page.schema).toBe('claimlens/page-notes@1');
    expect(page.stats.links).toBe(page.links.length);
    // No claims is fine only with a stated reason, or on an article that simply has none.
    if (page.claims.length === 0) expect(Boolean(page.stats.reason) || page.article?.found === true).toBe(true);
    const scope = findArticle(doc);
    const map = scope ? buildTextMap(scope.root, { exclude: scope.exclude }) : null;
    for (const c of page.claims) {
      expect(c.selector.exact.replace(/\s+/g, ' ').trim()).toBe(c.text);
      // Where the claim sits in the page: never inside navigation or a footer.
      const at = map && locateOffset(map, c.selector.start);
      expect(at, 'claim outside the article text').not.toBeNull();
      expect(at?.node.nodeType).toBe(3);
      const chrome = at!.node.parentElement?.closest('nav, footer, [role="navigation"], [role="contentinfo"]');
      expect(chrome ?? null, `claim from page chrome: ${c.text}`).toBeNull();
    }
  });

  it('finds an article on most pages', () => {
    const found = [...results.values()].filter((p) => p.article?.found).length;
    expect(found / files.length).toBeGreaterThanOrEqual(0.9);
  });

  it('says plainly that claim notes are for English on the Japanese pages, and still reports their links', () => {
    const japanese = files.filter((f) => /\.jp(?:--|\.html)/.test(f)).map((f) => results.get(f)!).filter((p) => p?.article?.found);
    expect(japanese.length).toBeGreaterThanOrEqual(10);
    for (const p of japanese) {
      expect(p.claims).toEqual([]);
      expect(p.stats.language).toBe('ja');
      expect(p.stats.reason).toMatch(/English.*Japanese/);
      expect(p.links.length).toBeGreaterThan(0);
    }
  });

  it('says in words that a page of no named language is not English (never "looks to be in root")', () => {
    const unnamed = [...results.values()].filter((p) => p.stats.language === 'und');
    expect(unnamed.length).toBeGreaterThan(0);
    for (const p of unnamed) {
      expect(p.claims).toEqual([]);
      expect(p.stats.reason).toBe('Claim notes are for English articles for now; this article does not look English. Links were still analysed.');
    }
  });

  it('finds claims on English news pages', () => {
    for (const f of ['readability--bbc-1.html', 'readability--nytimes-3.html', 'postlight-parser--www.cnn.com.html']) {
      const p = results.get(f)!;
      expect(p.stats.language).toBe('en');
      expect(p.claims.length).toBeGreaterThan(5);
    }
  });

  it.each(files.filter((_, i) => i % 12 === 0).map((f) => [f]))('%s: the chunked analysis gives the same notes', async (file) => {
    const doc = load(file);
    const strip = (p: PageNotes) => ({ ...p, stats: { ...p.stats, ms: 0 } });
    const sync = analyzeDocument(doc, urlOf(file), { now: NOW });
    const chunked = await analyzeDocumentAsync(doc, urlOf(file), { now: NOW, budgetMs: 1 });
    expect(strip(chunked)).toEqual(strip(sync));
  });
});
