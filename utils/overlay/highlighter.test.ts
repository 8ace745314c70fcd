import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../analyze/text-map';
import { highlightRanges, MARK_TAG } from './highlighter';

function article(html: string): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('article');
  // Test-authored markup, not page-derived text.
  root.innerHTML = html;
  document.body.appendChild(root);
  return root;
}

/** The [start, end) offsets of `phrase` in the root's mapped text. */
function rangeOf(root: HTMLElement, phrase: string, id = 'c1') {
  const text = buildTextMap(root).text;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  return { id, start, end: start + phrase.length };
}

const markText = (root: Element, id: string) =>
  Array.from(root.querySelectorAll(`${MARK_TAG}[data-claim-id="${id}"]`))
    .map((m) => m.textContent)
    .join('');

describe('highlightRanges', () => {
  it('wraps a range inside one text node and unwraps to the identical DOM', () => {
    const root = article('<p>Officials said 12,000 troops moved. Others disagreed.</p>');
    const before = root.innerHTML;
    const textNode = root.querySelector('p')!.firstChild;
    const highlights = highlightRanges(buildTextMap(root), [rangeOf(root, '12,000 troops moved.')]);

    expect(markText(root, 'c1')).toBe('12,000 troops moved.');
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(1);
    // The page's text is unchanged, so every other offset stays valid.
    expect(buildTextMap(root).text).toBe('Officials said 12,000 troops moved. Others disagreed.');

    highlights.remove();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
    // The page's own text node object survives (frameworks keep references to it).
    expect(root.querySelector('p')!.firstChild).toBe(textNode);
  });

  it('marks across element boundaries with one mark per group of adjacent text nodes', () => {
    const root = article('<p>The ministry <a href="/x">reported <em>new</em> figures</a> on Monday, and more.</p>');
    const before = root.innerHTML;
    const highlights = highlightRanges(buildTextMap(root), [rangeOf(root, 'ministry reported new figures on Monday')]);

    expect(markText(root, 'c1')).toBe('ministry reported new figures on Monday');
    const marks = highlights.marks.get('c1')!;
    // "ministry " | "reported " | "new" | " figures" | " on Monday": each sits in a different parent.
    expect(marks.map((m) => m.textContent)).toEqual(['ministry ', 'reported ', 'new', ' figures', ' on Monday']);
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['P', 'A', 'EM', 'A', 'P']);
    // The link keeps its place: marks sit inside it, never around it.
    expect(root.querySelector('p > a')).not.toBeNull();

    highlights.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('skips whitespace-only groups between blocks', () => {
    const root = article('<div><p>First claim ends here.</p>\n   \n<p>Second part starts.</p></div>');
    const before = root.innerHTML;
    const text = buildTextMap(root).text;
    const start = text.indexOf('ends here.');
    const end = text.indexOf('Second part') + 'Second part'.length;
    const highlights = highlightRanges(buildTextMap(root), [{ id: 'c1', start, end }]);

    const marks = highlights.marks.get('c1')!;
    expect(marks.map((m) => m.textContent)).toEqual(['ends here.', 'Second part']);
    // No mark wraps the blank text node between the paragraphs.
    for (const mark of root.querySelectorAll(MARK_TAG)) expect(mark.textContent!.trim()).not.toBe('');

    highlights.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('groups adjacent text nodes under one mark', () => {
    const root = article('<p></p>');
    const p = root.querySelector('p')!;
    // Scripts can leave several text nodes side by side.
    p.append(document.createTextNode('Alpha said '), document.createTextNode('prices rose '), document.createTextNode('sharply.'));
    const highlights = highlightRanges(buildTextMap(root), [rangeOf(root, 'said prices rose sharply')]);
    expect(highlights.marks.get('c1')!.map((m) => m.textContent)).toEqual(['said prices rose sharply']);
    highlights.remove();
    expect(Array.from(p.childNodes).map((n) => n.textContent)).toEqual(['Alpha said ', 'prices rose ', 'sharply.']);
  });

  it('marks several claims, including ones that share a text node, and removes them all', () => {
    const root = article('<p>One claim here. Two claim there. Three claim everywhere.</p><p>Four.</p>');
    const before = root.innerHTML;
    const map = buildTextMap(root);
    const highlights = highlightRanges(map, [
      rangeOf(root, 'One claim here.', 'a'),
      rangeOf(root, 'Three claim everywhere.', 'c'),
      rangeOf(root, 'Two claim there.', 'b'),
      rangeOf(root, 'Four.', 'd'),
    ]);
    expect(markText(root, 'a')).toBe('One claim here.');
    expect(markText(root, 'b')).toBe('Two claim there.');
    expect(markText(root, 'c')).toBe('Three claim everywhere.');
    expect(markText(root, 'd')).toBe('Four.');
    expect(buildTextMap(root).text).toBe(map.text);
    highlights.remove();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('reports ranges outside the text instead of wrapping anything', () => {
    const root = article('<p>Short text.</p>');
    const before = root.innerHTML;
    const highlights = highlightRanges(buildTextMap(root), [
      { id: 'late', start: 5, end: 500 },
      { id: 'empty', start: 3, end: 3 },
    ]);
    expect(highlights.skipped).toEqual(['late', 'empty']);
    expect(root.innerHTML).toBe(before);
  });

  it('leaves the text map the analyzer measured in unchanged', () => {
    const root = article('<p>Kept <b>intact</b> text.</p>');
    const map = buildTextMap(root);
    const nodes = map.nodes.slice();
    highlightRanges(map, [rangeOf(root, 'pt intact te')]);
    expect(map.nodes).toEqual(nodes);
  });
});
