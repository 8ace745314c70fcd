import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../analyze';
import type { TextMap } from '../analyze/text-map';
import { AnalysedArticle, readArticleMap } from './analysed-article';

// Test-authored markup, not page-derived text.
const HTML = `<nav><a href="/">Home</a></nav><article>
  <p>The Ministry of Education said on Monday that 40 schools had closed because of the floods in the north.</p>
  <p>Officials, who asked not to be named, told reporters that 12,000 pupils were affected by the closures this week.</p>
</article>`;

function analysed() {
  document.body.innerHTML = HTML;
  const read = vi.fn(readArticleMap);
  const article = new AnalysedArticle(document, read);
  let map: TextMap | null = null;
  const notes = analyzeDocument(document, 'https://news.example/floods', { onTextMap: (m) => (map = m) });
  return { read, article, notes, map: map as TextMap | null };
}

describe('AnalysedArticle', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is told the text map every offset of the analysis points into', () => {
    const { notes, map } = analysed();
    expect(map).not.toBeNull();
    expect(notes.claims.length).toBeGreaterThan(0);
    for (const c of notes.claims) expect(map!.text.slice(c.selector.start, c.selector.end)).toBe(c.selector.exact);
  });

  it("hands on the analysis's map without reading the page again while the page is untouched", () => {
    const { read, article, map } = analysed();
    article.keep(map);
    expect(article.map()).toBe(map);
    expect(article.text()).toBe(map!.text);
    expect(article.root()).toBe(document.querySelector('article'));
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the page again once marking split its text nodes, and still gives the analysed text', () => {
    const { read, article, map } = analysed();
    article.keep(map);
    (document.querySelector('p')!.firstChild as Text).splitText(10);
    const again = article.map();
    expect(read).toHaveBeenCalledTimes(1);
    expect(again).not.toBe(map);
    expect(again!.text).toBe(map!.text);
    expect(again!.nodes).toContain(document.querySelector('p')!.childNodes[1]);
    expect(article.text()).toBe(map!.text);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads the page itself before any analysis finished, and says so when an analysis found no article', () => {
    document.body.innerHTML = HTML;
    const read = vi.fn(readArticleMap);
    const article = new AnalysedArticle(document, read);
    expect(article.text()).toContain('40 schools had closed');
    expect(article.root()).toBe(document.querySelector('article'));
    expect(read).toHaveBeenCalledTimes(1);

    article.keep(null);
    expect(article.text()).toBe('');
    expect(article.root()).toBeNull();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
