/**
 * The article's language: the page's own `lang` when it has one, else a count of very common English
 * words. Claim rules are written for English; other languages get links only, said plainly.
 */
const ENGLISH_WORDS = new Set('the of and to in is that for it was on with as are be by this have from at not has but were they which their been an will would said its who more also after about'.split(' '));

const LONGEST_ENGLISH_WORD = Math.max(...[...ENGLISH_WORDS].map((w) => w.length));
const LETTER = /^\p{L}$/u;
const nonAsciiLetters = new Map<number, boolean>();

function isLetter(cp: number): boolean {
  if (cp < 128) return ((cp | 32) - 97) >>> 0 < 26;
  let out = nonAsciiLetters.get(cp);
  if (out === undefined) nonAsciiLetters.set(cp, (out = LETTER.test(String.fromCodePoint(cp))));
  return out;
}

/**
 * The runs of letters in `sample` (`\p{L}+` of its lower-cased text), and how many are common English
 * words. A loop over the characters: the Unicode-property pattern costs half a millisecond on 6,000
 * characters in Chromium. Lower-casing splits a run only at U+0130 ("İ" becomes "i" and a combining dot),
 * so a sample with one takes the pattern; no other letter lower-cases to an ASCII letter an English word
 * here has (only K, the Kelvin sign, becomes ASCII), so only short ASCII runs need looking up.
 */
export function countWords(sample: string): { words: number; english: number } {
  if (sample.includes('\u0130')) {
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    return { words: words.length, english: words.filter((w) => ENGLISH_WORDS.has(w)).length };
  }
  let words = 0;
  let english = 0;
  let i = 0;
  while (i < sample.length) {
    let cp = sample.codePointAt(i)!;
    if (!isLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < sample.length) {
      cp = sample.codePointAt(i)!;
      if (!isLetter(cp)) break;
      if (cp >= 128) ascii = false;
      i += cp > 0xffff ? 2 : 1;
    }
    words++;
    if (ascii && i - start <= LONGEST_ENGLISH_WORD && ENGLISH_WORDS.has(sample.slice(start, i).toLowerCase())) english++;
  }
  return { words, english };
}

/** Primary language subtag (lower-case), or 'und' when it cannot tell. */
export function detectLanguage(doc: Document, text: string): string {
  // A thousand words or so are plenty to tell; more only costs time on long articles.
  const { words, english: englishWords } = countWords(text.slice(0, 6000));
  const english = englishWords / Math.max(1, words);
  const declared = (doc.documentElement.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  // Trust a declared language unless the text plainly says otherwise (templates often say lang="en" for every edition).
  if (declared && declared !== 'en') return words >= 50 && english > 0.2 ? 'en' : declared;
  if (words < 20) return declared || 'en';
  if (english >= 0.12) return 'en';
  return declared === 'en' ? 'und' : declared || 'und';
}

/** An English phrase for the language: "in French", or "not to be English". */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return `to be in ${name}`;
  } catch {
    // unknown or 'und'
  }
  return 'not to be in English';
}
