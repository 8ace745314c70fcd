import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, textMapHolds } from './text-map';

// Test-authored markup, not page-derived text.
const HTML = '<nav>Home</nav><article><p>The Ministry said <b>40 schools</b> closed.</p><p>Parents were not told.</p></article>';

describe('textMapHolds', () => {
  beforeEach(() => {
    document.body.innerHTML = HTML;
  });
  const article = () => document.querySelector('article')!;

  it('holds for the page it was built on, and through changes outside the article', () => {
    const map = buildTextMap(article());
    expect(textMapHolds(map)).toBe(true);
    document.querySelector('nav')!.textContent = 'Menu';
    document.body.append(document.createElement('footer'));
    expect(textMapHolds(map)).toBe(true);
  });

  it('no longer holds once a text node of the article changed, left the page or was split by marking', () => {
    const changed = buildTextMap(article());
    document.querySelector('b')!.firstChild!.nodeValue = '41 schools';
    expect(textMapHolds(changed)).toBe(false);

    const removed = buildTextMap(article());
    document.querySelectorAll('p')[1].remove();
    expect(textMapHolds(removed)).toBe(false);

    const marked = buildTextMap(article());
    (document.querySelector('p')!.firstChild as Text).splitText(4);
    expect(textMapHolds(marked)).toBe(false);
    // Splitting leaves the article's text as it was: a map read again has the same string.
    expect(buildTextMap(article()).text).toBe(marked.text);
  });

  it('no longer holds once the article itself left the page', () => {
    const map = buildTextMap(article());
    article().remove();
    expect(textMapHolds(map)).toBe(false);
  });
});

describe('buildTextMap', () => {
  it('marks the runs inside <pre>, nested blocks included, and only those', () => {
    document.body.innerHTML = '<article><p>Prose</p><pre>code\n<div>nested</div>tail</pre><p>More prose</p></article>';
    const map = buildTextMap(document.querySelector('article')!);
    expect(map.runs.map((r) => [map.text.slice(r.start, r.end), r.preformatted])).toEqual([
      ['Prose', false],
      ['code\n', true],
      ['nested', true],
      ['tail', true],
      ['More prose', false],
    ]);
  });

  it("leaves out a formula's MathML annotation (its TeX source, never shown) but keeps the formula", () => {
    document.body.innerHTML =
      '<article><p>So <math><semantics><mi>x</mi><annotation encoding="application/x-tex">{\\displaystyle x}</annotation></semantics></math> holds.</p></article>';
    expect(buildTextMap(document.querySelector('article')!).text).toBe('So x holds.');
  });
});
