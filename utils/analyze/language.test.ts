import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { twoLetterLanguageNames } from '../../scripts/build-language-names';
import { countWords, detectLanguage, languageName } from './language';
import LANGUAGE_NAMES from './language-names.json';

function docWithLang(lang: string | null): Document {
  const window = new Window();
  if (lang) window.document.documentElement.setAttribute('lang', lang);
  return window.document as unknown as Document;
}

const ENGLISH = 'The ministry said that the figures were not final and that more data would be published after the review. '.repeat(5);
const FRENCH = 'Le ministère a déclaré que les chiffres ne sont pas définitifs et que des données seront publiées après examen. '.repeat(5);
const JAPANESE = '政府は、数字はまだ確定していないと述べ、見直しの後にさらにデータを公表するとした。'.repeat(10);

describe('detectLanguage', () => {
  it('tells English from other languages by their words, whatever the page declares', () => {
    expect(detectLanguage(docWithLang(null), ENGLISH)).toBe('en');
    expect(detectLanguage(docWithLang('fr'), ENGLISH)).toBe('en');
    expect(detectLanguage(docWithLang(null), FRENCH)).toBe('und');
    expect(detectLanguage(docWithLang('fr'), FRENCH)).toBe('fr');
    expect(detectLanguage(docWithLang('en'), FRENCH)).toBe('und');
    expect(detectLanguage(docWithLang('ja'), JAPANESE)).toBe('ja');
  });

  it('reads a Content-Language meta when the page has no lang, whatever the case of its http-equiv', () => {
    const withMeta = (equiv: string, content: string) => {
      const doc = docWithLang(null);
      for (const [e, c] of [['refresh', '30'], [equiv, content]]) {
        const meta = doc.createElement('meta');
        meta.setAttribute('http-equiv', e);
        meta.setAttribute('content', c);
        doc.head.appendChild(meta);
      }
      return doc;
    };
    expect(detectLanguage(withMeta('Content-Language', 'fr-CA'), FRENCH)).toBe('fr');
    expect(detectLanguage(withMeta('CONTENT-LANGUAGE', 'ja'), JAPANESE)).toBe('ja');
    // Another http-equiv says nothing about the language.
    expect(detectLanguage(withMeta('content-type', 'fr'), FRENCH)).toBe('und');
  });

  it('counts the same words by the ASCII pattern as by Unicode letter runs, whenever it takes the ASCII one', () => {
    const english = new Set('the of and to in is that for it was on with as are be by this have from at not has but were they which their been an will would said its who more also after about'.split(' '));
    const reference = (sample: string) => {
      const runs = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
      return { words: runs.length, english: runs.filter((r) => english.has(r)).length };
    };
    const samples = [
      'The minister’s “plan” — as it was said — is THE_plan2 of 2024, and the4 tHe were_not at-the end.',
      'It said the café was closed; the Señor was not.', // letters outside ASCII: the Unicode runs
      'The KELVIN sign \u212A and the dotted \u0130stanbul are letters that lower-case into ASCII.',
      'The e\u0301 of a decomposed accent: a mark, not a letter, ends the run.',
      'Ⅻ and Ⓐ change case but are no letters; the rest is English and it was said so.',
      '',
      '12,000 troops — 40%!',
    ];
    for (const sample of samples) expect(countWords(sample), sample).toEqual(reference(sample));
  });

  it('counts words the way Unicode letters run, also in capitals, accents, astral letters and a dotted capital I', () => {
    // 20+ words, a fifth of them common English ones, written in capitals and mixed scripts.
    const mixed = 'THE Café 𝐀𝐁 said İstanbul WAS calm, AND the port was open. '.repeat(4);
    expect(detectLanguage(docWithLang(null), mixed)).toBe('en');
    const foreign = 'İstanbul Ankara İzmir Bursa Konya Adana Gaziantep Mersin Kayseri Eskişehir '.repeat(3);
    expect(detectLanguage(docWithLang(null), foreign)).toBe('und');
  });
});

describe('countWords', () => {
  it('counts exactly what the \\p{L}+ pattern over the lower-cased text counts, on random mixed text', () => {
    const english = new Set('the of and to in is that for it was on with as are be by this have from at not has but were they which their been an will would said its who more also after about'.split(' '));
    const reference = (t: string) => {
      const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
      return { words: words.length, english: words.filter((w) => english.has(w)).length };
    };
    const pieces = ['the', 'THE', 'Said', 'which', 'about', 'x', ' ', ',', '1', '-', 'é', 'É', 'ß', '日本', '𝐀', '\u0301', '\u212a', '\ud800', 'ſ', 'Ω', 'wAs'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      let t = '';
      for (let i = 0; i < 30; i++) t += pieces[Math.floor(random() * pieces.length)];
      expect(countWords(t)).toEqual(reference(t));
    }
    expect(countWords('İt was')).toEqual(reference('İt was'));
  });
});

describe('languageName', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names two-letter languages from the shipped table, without loading ICU names in the page', () => {
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    expect(languageName('fr')).toBe('French');
    expect(languageName('ja')).toBe('Japanese');
    expect(languageName('cs')).toBe('Czech');
    expect(displayNames).not.toHaveBeenCalled();
  });

  it('gives no name where there is none, never "root" or "Unknown language"', () => {
    expect(languageName('und')).toBeNull();
    expect(languageName('qq')).toBeNull();
    expect(languageName('constructor')).toBeNull();
  });

  it('asks Intl.DisplayNames for the rarer three-letter codes', () => {
    expect(languageName('fil')).toBe('Filipino');
  });

  it('ships the table scripts/build-language-names.ts makes (run it when this fails)', () => {
    expect(LANGUAGE_NAMES).toEqual(twoLetterLanguageNames());
  });
});
