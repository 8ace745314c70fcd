/**
 * The article's language: the page's own `lang` when it has one, else a count of very common English
 * words. Claim rules are written for English; other languages get links only, said plainly.
 */
import LANGUAGE_NAMES from './language-names.json';

const ENGLISH_WORDS = new Set('the of and to in is that for it was on with as are be by this have from at not has but were they which their been an will would said its who more also after about'.split(' '));

const LETTER_RUN = /\p{L}+/gu;
const ASCII_LETTER_RUN = /[a-z]+/g;
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;
/**
 * A common English word between two spaces, in the runs of letters joined by spaces: then a word is
 * exactly a run, and an ASCII pattern finds it without Unicode look-arounds at every position of the
 * text (those made the count the slowest part of telling the language).
 */
const ENGLISH_BETWEEN_SPACES = new RegExp(` (?=(?:${[...ENGLISH_WORDS].join('|')}) )`, 'g');

/**
 * The runs of letters in `sample` (`\p{L}+` of its lower-cased text), and how many are common English
 * words. Both counted by patterns, which run as native code even the first time the analyzer runs on a
 * page, where a loop in JavaScript would still be interpreted.
 */
export function countWords(sample: string): { words: number; english: number } {
  const lower = sample.toLowerCase();
  // Without a letter outside ASCII, the `\p{L}+` runs of lower-cased text are its [a-z]+ runs, which a
  // pattern without Unicode classes finds faster: the count took 105-110 µs a page instead of 175-200
  // (Chromium, runs 2-4, all of pages-dev, where 135 of 189 samples qualify: curly quotes and dashes
  // are no letters).
  const runs = lower.match(NON_ASCII_LETTER.test(lower) ? LETTER_RUN : ASCII_LETTER_RUN);
  if (!runs) return { words: 0, english: 0 };
  return { words: runs.length, english: ` ${runs.join(' ')} `.match(ENGLISH_BETWEEN_SPACES)?.length ?? 0 };
}

/**
 * The content of the first `meta[http-equiv="content-language" i]`: found among the page's metas, not
 * by a selector walk of the whole page (most pages have none, and the walk would try every element).
 */
function contentLanguageMeta(doc: Document): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    // The selector's "i": ASCII case-insensitive, which lower-casing matches for this all-ASCII value.
    if (metas[i].getAttribute('http-equiv')?.toLowerCase() === 'content-language') return metas[i].getAttribute('content');
  }
  return null;
}

/** Primary language subtag (lower-case), or 'und' when it cannot tell. */
export function detectLanguage(doc: Document, text: string): string {
  // A thousand words or so are plenty to tell; more only costs time on long articles.
  const { words, english: englishWords } = countWords(text.slice(0, 6000));
  const english = englishWords / Math.max(1, words);
  const declared = (doc.documentElement.getAttribute('lang') || contentLanguageMeta(doc) || '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  // Trust a declared language unless the text plainly says otherwise (templates often say lang="en" for every edition).
  if (declared && declared !== 'en') return words >= 50 && english > 0.2 ? 'en' : declared;
  if (words < 20) return declared || 'en';
  if (english >= 0.12) return 'en';
  return declared === 'en' ? 'und' : declared || 'und';
}

/**
 * The language's English name ("French"), or null when it has none (`und`, an unknown code). Two-letter
 * codes come from a table built from ICU (scripts/build-language-names.ts): the first Intl.DisplayNames
 * in a page loads ICU's name data, 13–63 ms in one task in Chromium. Other codes still ask it.
 */
export function languageName(code: string): string | null {
  if (Object.hasOwn(LANGUAGE_NAMES, code)) return (LANGUAGE_NAMES as Record<string, string>)[code];
  // ICU would call 'und' "root" or "Unknown language"; a two-letter code not in the table has no name.
  if (code.length === 2 || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // not a language tag
  }
  return null;
}
