/**
 * Re-anchoring on a large article (2 MB of text, the text map's cap): `npx vitest bench --run utils/notes/anchor.bench.ts`.
 * The slow paths are the fuzzy search and a note that cannot be placed (the whole text is searched).
 */
import { bench, describe } from 'vitest';

import { selectorFor } from '../analyze/text-map';
import { anchorSelector } from './anchor';

const paragraphs = Array.from(
  { length: 24_000 },
  (_, i) => `Paragraph ${i}: the council discussed item ${i * 7} and agreed to revisit it after the budget review in ${2000 + (i % 30)}.`,
);
const quote = 'The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes.';
const middle = Math.floor(paragraphs.length / 2);
const original = [...paragraphs.slice(0, middle), quote, ...paragraphs.slice(middle)].join(' ');
const start = original.indexOf(quote);
const selector = selectorFor(original, start, start + quote.length);
const long = selectorFor(original, start - 1500, start + quote.length + 500);

const shifted = `An editor's note added at the top of the page. ${original}`;
const edited = shifted.replace('4,000 jobs by 2026', '3,800 jobs by 2027');
const gone = shifted.replace(quote, '');

describe(`anchorSelector on ${(original.length / 1e6).toFixed(1)} M characters`, () => {
  bench('unchanged (position)', () => void anchorSelector(selector, original));
  bench('moved (exact quote)', () => void anchorSelector(selector, shifted));
  bench('edited inside (fuzzy, 93-char quote)', () => void anchorSelector(selector, edited));
  bench('gone (detached)', () => void anchorSelector(selector, gone));
  bench('edited inside (fuzzy, 2,093-char quote)', () => void anchorSelector(long, edited));
  bench('gone (detached, 2,093-char quote)', () => void anchorSelector(long, gone));
});
