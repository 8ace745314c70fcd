import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../analyze/text-map';
import { PageUserNotesState } from './user-notes';

// Test-authored markup, not page-derived text.
const HTML = `<nav><a href="/">Home</a></nav><article>
  <p>The Ministry of Education said on Monday that 40 schools had closed.</p>
  <p>Officials told reporters that 12,000 pupils were affected.</p>
</article>`;

function state(withArticle = true) {
  document.body.innerHTML = HTML;
  const map: TextMap | null = withArticle ? buildTextMap(document.querySelector('article')!) : null;
  return { map, notes: new PageUserNotesState(document, { map: () => map, text: () => map?.text ?? '' }) };
}

function select(node: Node, start: number, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('a note on the selected words', () => {
  beforeEach(() => {
    document.getSelection()?.removeAllRanges();
  });

  it('is attached to the selected words where they are in the article (the same words earlier do not count)', () => {
    const { map, notes } = state();
    const second = document.querySelectorAll('article p')[1].firstChild as Text;
    // "that" is in both paragraphs: the second one's is selected.
    const at = second.data.indexOf('that');
    select(second, at, at + 'that'.length);
    const found = notes.selectionTarget('that');
    expect('quote' in found && found.quote).toBe('that');
    if (!('target' in found) || found.target.kind !== 'selection') throw new Error('no target');
    expect(found.target.selector.start).toBe(map!.text.lastIndexOf('that'));
    expect(found.target.selector.prefix.endsWith('reporters ')).toBe(true);
  });

  it('falls back to the words themselves when the selection is not in text nodes', () => {
    const { map, notes } = state();
    const found = notes.selectionTarget('  40 schools\n had closed ');
    if (!('target' in found) || found.target.kind !== 'selection') throw new Error('no target');
    expect(map!.text.slice(found.target.selector.start, found.target.selector.end)).toBe('40 schools had closed');
  });

  it('says in words why there is nothing to attach to', () => {
    expect(state().notes.selectionTarget('Home')).toEqual({ problem: 'Select words in the article to add a ClaimLens note.' });
    expect(state().notes.selectionTarget('')).toEqual({ problem: 'Select words in the article to add a ClaimLens note.' });
    expect(state(false).notes.selectionTarget('40 schools')).toEqual({ problem: 'ClaimLens found no article text on this page to attach a note to.' });
  });
});
