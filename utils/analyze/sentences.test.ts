import { describe, expect, it } from 'vitest';
import { collapseSpace } from './sentences';

describe('collapseSpace', () => {
  it('collapses every kind of white space run to one space and trims, and leaves tidy text as it is', () => {
    const reference = (t: string) => t.replace(/\s+/g, ' ').trim();
    const cases = ['Officials said so.', ' lead', 'trail ', 'two  spaces', 'tab\there', 'new\nline', 'nbsp\u00a0here', 'ideographic\u3000space', '\ufeffbom', '', ' ', 'a b c', ' \n ', 'a \n\t b', 'a\n b  c\u00a0 d ', '\t\ta b\r\n'];
    for (const text of cases) expect(collapseSpace(text)).toBe(reference(text));
    expect(collapseSpace('  Gen. Smith\n\t said ')).toBe('Gen. Smith said');
    // Every string of up to six characters over letters and four kinds of white space.
    const alphabet = ['a', ' ', '\n', '\t', '\u00a0'];
    let strings = [''];
    for (let length = 1; length <= 6; length++) {
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
      for (const text of strings) expect(collapseSpace(text)).toBe(reference(text));
    }
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

/** The text map and sentences of an article with this inner markup. */
async function split(html: string) {
  const { Window } = await import('happy-dom');
  const { buildTextMap } = await import('./text-map');
  const { splitSentences } = await import('./sentences');
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = `<article>${html}</article>`;
  const map = buildTextMap(doc.querySelector('article')!);
  return { map, sentences: splitSentences(map) };
}

describe('splitSentences on line breaks', () => {

  it('reads a paragraph the page source wrapped over several lines as the sentences a reader sees', async () => {
    // Test-authored markup: the source breaks lines mid-sentence, as many news sites' templates do.
    const { map, sentences } = await split('<p>The minister said on Tuesday that\n        the plan would go ahead,\r\nwith 12,000\npersonnel. Critics disagreed.</p>');
    expect(sentences.map((s) => s.text)).toEqual(['The minister said on Tuesday that the plan would go ahead, with 12,000 personnel.', 'Critics disagreed.']);
    // Offsets still point into the article text as the page has it, line breaks included.
    expect(map.text.slice(sentences[0].start, sentences[0].end)).toContain('that\n        the plan');
  });

  it('reads a blank line inside <pre> as a paragraph’s end, and a single line break as where the author wrapped it', async () => {
    // The shape of an RFC: paragraphs wrapped at 72 columns, indented, with blank lines between.
    const { map, sentences } = await split(
      '<p>Before the text</p><pre>   Drafts are valid for a maximum of six months\r\n   and may be replaced at any time\n\n   \n   A new paragraph starts here</pre><p>After\nit</p>',
    );
    expect(sentences.map((s) => s.text)).toEqual(['Before the text', 'Drafts are valid for a maximum of six months and may be replaced at any time', 'A new paragraph starts here', 'After it']);
    expect(map.text.slice(sentences[1].start, sentences[1].end)).toBe('Drafts are valid for a maximum of six months\r\n   and may be replaced at any time');
  });
});

describe('splitSentences on quoted questions and exclamations', () => {
  const texts = async (html: string) => (await split(html)).sentences.map((s) => s.text);

  it('reads a quoted "?" or "!" that the sentence goes on after in lower case as inside one sentence', async () => {
    // Test-authored sentences in the shapes news pages use.
    expect(await texts('<p>“Is the plan legal?” asked the senator. Nobody answered.</p>')).toEqual(['“Is the plan legal?” asked the senator.', 'Nobody answered.']);
    expect(await texts('<p>The loft (only three of its kind!) sold in a day.</p>')).toEqual(['The loft (only three of its kind!) sold in a day.']);
    expect(await texts('<p>He said "Why now?" and left.</p>')).toEqual(['He said "Why now?" and left.']);
  });

  it('still ends a sentence at a bare "!" or "?", and at a quoted one before a capital', async () => {
    expect(await texts('<p>Packets are compressed, lucky us! zlib shrinks them.</p>')).toEqual(['Packets are compressed, lucky us!', 'zlib shrinks them.']);
    expect(await texts('<p>“Is the plan legal?” The senator did not say.</p>')).toEqual(['“Is the plan legal?”', 'The senator did not say.']);
  });

  it('keeps an abbreviation with the words after it when the source wrapped the line there', async () => {
    expect(await texts('<p>The U.S.\n      Treasury Department has paid $600 million.</p>')).toEqual(['The U.S. Treasury Department has paid $600 million.']);
  });
});

describe('splitSentences on reference markers', () => {
  const texts = async (html: string) => (await split(html)).sentences.map((s) => s.text);

  it('keeps the markers after a sentence with it, not at the start of the next one', async () => {
    // Test-authored text in the shape of an encyclopedia article with numbered notes.
    expect(await texts('<p>The land was renamed in 1645.<sup>[12]</sup><sup>[13]</sup> A navigator later mapped the coast.<sup>[a]</sup> Few maps survive.<sup>[citation needed]</sup></p>')).toEqual([
      'The land was renamed in 1645.[12][13]',
      'A navigator later mapped the coast.[a]',
      'Few maps survive.[citation needed]',
    ]);
    expect(await texts('<p>The list covers films with time loops.[1]: 207 The list gives each film a synopsis.</p>')).toEqual([
      'The list covers films with time loops.[1]: 207',
      'The list gives each film a synopsis.',
    ]);
  });

  it('keeps offsets that cover the markers, and leaves other brackets alone', async () => {
    const { map, sentences } = await split('<p>Rainfall rose 8 percent.[4] It fell again. [Editor’s note: figures were revised.]</p>');
    expect(sentences.map((s) => map.text.slice(s.start, s.end))).toEqual(['Rainfall rose 8 percent.[4]', 'It fell again.', '[Editor’s note: figures were revised.]']);
  });
});

describe('splitSentences where elements run sentences together', () => {
  const texts = async (html: string) => (await split(html)).sentences.map((s) => s.text);

  it('ends a sentence where one element ends it and the next starts another, with no space between', async () => {
    // The shape of a news site's photo caption: the caption and its credit in spans its style sets apart.
    const { map, sentences } = await split(
      '<p><span>Crews repaired a water main in Queens, an official said.</span><span><span>Credit</span><span>Jane Doe for The Daily Paper</span></span></p>',
    );
    expect(sentences.map((s) => s.text)).toEqual(['Crews repaired a water main in Queens, an official said.', 'CreditJane Doe for The Daily Paper']);
    expect(sentences.map((s) => map.text.slice(s.start, s.end))).toEqual(sentences.map((s) => s.text));
    expect(await texts('<p><a href="/a">The river rose again.</a><a href="/b">Farmers moved their herds.</a></p>')).toEqual([
      'The river rose again.',
      'Farmers moved their herds.',
    ]);
  });

  it('leaves such a place inside one text node, and after a capital, to the writer', async () => {
    expect(await texts('<p>The app runs on Node.Js and was written e.g.Fast by one person.</p>')).toEqual(['The app runs on Node.Js and was written e.g.Fast by one person.']);
    expect(await texts('<p>It was made in the <b>U.S.</b>Army labs by one person.</p>')).toEqual(['It was made in the U.S.Army labs by one person.']);
  });
});

describe('splitSentences on long articles', () => {

  it('splits an article in pieces into the same sentences as in one go, whether a piece ends between blocks or inside one', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parseHtml } = await import('../../cli/dom');
    const { findArticle } = await import('./article');
    const { buildTextMap } = await import('./text-map');
    const { splitSentences } = await import('./sentences');
    // Real articles of 12,000-20,000 characters whose longest block (2,282-5,420 characters) is longer
    // than a piece of 1,000: pieces end between blocks and inside them.
    for (const file of ['postlight-parser--www.oreilly.co.jp.html', 'postlight-parser--www.nytimes.com--recent.html', 'postlight-parser--www.newyorker.com--magazine.html']) {
      const doc = parseHtml(readFileSync(join(__dirname, '../../../shared/data/pages-dev', file), 'utf8'), 'https://pages-dev.example/');
      const scope = findArticle(doc)!;
      const map = buildTextMap(scope.root, { exclude: scope.exclude });
      const whole = splitSentences(map, 'en', Infinity);
      expect(whole.length).toBeGreaterThan(50);
      expect(splitSentences(map, 'en', 1000), file).toEqual(whole);
    }
  });

  it('cuts a sentence longer than a piece where the piece ends, and goes on after it', async () => {
    const long = `Words ${'word '.repeat(400)}end here.`;
    const { sentences } = await split(`<p>First one. ${long} Last one.</p>`);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', collapseSpace(long), 'Last one.']);
    const { map } = await split(`<p>First one. ${long} Last one.</p>`);
    const { splitSentences } = await import('./sentences');
    const cut = splitSentences(map, 'en', 500).map((s) => s.text);
    expect(cut[0]).toBe('First one.');
    expect(cut.at(-1)).toBe('Last one.');
    // Cut into pieces, none of the text lost or repeated.
    expect(cut.length).toBeGreaterThan(3);
    expect(cut.join('').replace(/ /g, '')).toBe(sentences.map((s) => s.text).join('').replace(/ /g, ''));
  });
});
