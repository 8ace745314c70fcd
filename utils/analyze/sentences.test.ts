import { describe, expect, it } from 'vitest';
import { collapseSpace } from './sentences';

describe('collapseSpace', () => {
  it('collapses every kind of white space run to one space and trims, and leaves tidy text as it is', () => {
    const reference = (t: string) => t.replace(/\s+/g, ' ').trim();
    const cases = ['Officials said so.', ' lead', 'trail ', 'two  spaces', 'tab\there', 'new\nline', 'nbsp\u00a0here', 'ideographic\u3000space', '\ufeffbom', '', ' ', 'a b c'];
    for (const text of cases) expect(collapseSpace(text)).toBe(reference(text));
    expect(collapseSpace('  Gen. Smith\n\t said ')).toBe('Gen. Smith said');
  });
});

describe('splitSentences', () => {
  it('splits each block into sentences, never across blocks, keeping offsets into the article text', async () => {
    const { Window } = await import('happy-dom');
    const { buildTextMap } = await import('./text-map');
    const { splitSentences } = await import('./sentences');
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML =
      '<article><p>He met Gen.</p><p>Smith said no. Then he left.</p><h2>Talks in the U.S.</h2>' +
      '<p>The U.S. said so.\nA new line here.</p><p>   </p><p>Gen. Smith agreed.</p><p>Last one</p></article>';
    const map = buildTextMap(doc.querySelector('article')!);
    const sentences = splitSentences(map);
    expect(sentences.map((s) => s.text)).toEqual([
      'He met Gen.',
      'Smith said no.',
      'Then he left.',
      'Talks in the U.S.',
      'The U.S. said so.',
      'A new line here.',
      'Gen. Smith agreed.',
      'Last one',
    ]);
    expect(sentences.map((s) => s.heading)).toEqual([false, false, false, true, false, false, false, false]);
    for (const s of sentences) expect(collapseSpace(map.text.slice(s.start, s.end))).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
