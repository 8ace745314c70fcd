import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, rangeOfElement, textMapHolds } from './text-map';

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

describe('linkRanges', () => {
  // Test-authored markup: links in text, an empty link, an image, links inside chrome and inside a button.
  const LINKS =
    '<article><p>Read <a id="a1" href="/r">the <i>full</i> report</a> and <a id="a2" href="/x"></a><img id="i1" src="/p.png"> now.</p>' +
    '<div class="share"><a id="a3" href="/s">Share</a></div><button><a id="a4" href="/b">Buy</a></button>' +
    '<p><a id="a5" href="/l">A long linked passage</a> ends here.</p></article>';
  beforeEach(() => {
    document.body.innerHTML = LINKS;
  });
  const el = (id: string) => document.getElementById(id)!;
  const exclude = (e: Element) => e.classList.contains('share');

  it('gives each link the walk reached the same range rangeOfElement finds, and null when it has no text', () => {
    const map = buildTextMap(document.querySelector('article')!, { exclude });
    for (const id of ['a1', 'a2', 'i1', 'a5']) expect(map.linkRanges.get(el(id)), id).toEqual(rangeOfElement(map, el(id)));
    const r = map.linkRanges.get(el('a1'))!;
    expect(map.text.slice(r.start, r.end)).toBe('the full report');
    expect(map.linkRanges.get(el('a2'))).toBeNull();
    expect(map.linkRanges.get(el('i1'))).toBeNull();
  });

  it('leaves out links in excluded chrome and in skipped elements, which the walk never reaches', () => {
    const map = buildTextMap(document.querySelector('article')!, { exclude });
    expect(map.linkRanges.has(el('a3'))).toBe(false);
    expect(map.linkRanges.has(el('a4'))).toBe(false);
    expect([...map.linkRanges.keys()].map((e) => e.id)).toEqual(['a1', 'a2', 'i1', 'a5']);
  });

  it('cut off by maxChars, keeps the text mapped so far for the link it was inside', () => {
    const full = buildTextMap(document.querySelector('article')!, { exclude });
    const start = full.linkRanges.get(el('a5'))!.start;
    const map = buildTextMap(document.querySelector('article')!, { exclude, maxChars: start + 1 });
    expect(map.linkRanges.get(el('a5'))).toEqual(rangeOfElement(map, el('a5')));
    expect(map.linkRanges.get(el('a5'))!.end).toBe(map.text.length);
  });
});
