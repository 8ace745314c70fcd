import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseHtml } from '../../cli/dom';
import { factChecksFromDocument, factChecksFromJson, isClaimReview, parseJsonLd } from './claimreview';

const DEV = join(process.cwd(), '../shared/data/claimreview-dev');
const pages = existsSync(DEV) ? readdirSync(join(DEV, 'pages')).filter((file) => file.endsWith('.html')) : [];

/** An inert document (no stylesheet or script is fetched or run), as the CLI parses pages. */
function documentOf(html: string): Document {
  return parseHtml(html, 'https://factcheck.example/page');
}

function page(...scripts: string[]): Document {
  return documentOf(`<!doctype html><html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body><p>x</p></body></html>`);
}

describe('ClaimReview on the real fact-check pages of claimreview-dev', () => {
  it('covers all 22 pages', () => {
    expect(pages.length).toBe(22);
  });

  for (const file of pages) {
    it(`finds as many reviews as jsonld/ has, with the same claims: ${file}`, () => {
      const truth = JSON.parse(readFileSync(join(DEV, 'jsonld', file.replace(/\.html$/, '.claimreview.json')), 'utf8')) as Array<Record<string, unknown>>;
      const html = readFileSync(join(DEV, 'pages', file), 'utf8');
      const found = factChecksFromDocument(documentOf(html), 'https://factcheck.example/page');
      expect(found.length).toBe(truth.length);
      const claims = truth.map((review) => {
        const claim = Array.isArray(review.claimReviewed) ? review.claimReviewed[0] : review.claimReviewed;
        // The truth files keep the sites' raw strings; ClaimLens decodes the HTML entities some leave in ("Singh&#039;s").
        return String(claim).replace(/&#0*39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
      });
      expect(found.map((factCheck) => factCheck.claimReviewed)).toEqual(claims);
      for (const factCheck of found) {
        expect(factCheck.author, 'who fact-checked').not.toBe('');
        expect(factCheck.url).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
      }
    });
  }

  it.skipIf(pages.length === 0)('reads verdicts, numbers, dates, fact-checkers and claimants as a reader needs them', () => {
    const read = (file: string) => factChecksFromDocument(documentOf(readFileSync(join(DEV, 'pages', file), 'utf8')))[0];
    expect(read('afp_raw.html')).toEqual({
      claimReviewed:
        'The US Centers for Disease Control and Prevention lied about the number of deaths caused by COVID-19 by combining the count with pneumonia and influenza fatalities',
      rating: 'False',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      author: 'AFP Fact Check',
      datePublished: '2020-06-24 00:03',
      url: 'https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll',
      claimant: 'multiple sources',
    });
    // A reporter credited as author: the organisation that published the page is the fact-checker.
    expect(read('africa_check_raw.html').author).toBe('Africa Check');
    expect(read('africa_check_raw.html').claimant).toBe('Mzwandile Masina, mayor of Ekurhuleni');
    // `@type: ["Review", "ClaimReview"]`, a scheme-less URL and a rating code.
    const aosFatos = read('aos_fatos_raw.html');
    expect(aosFatos.url).toBe('https://aosfatos.org/noticias/video-manipulado-faz-crer-que-drauzio-incentiva-criancas-a-usarem-drogas/');
    expect(aosFatos.rating).toBe('não_é_bem_assim');
    expect([aosFatos.ratingValue, aosFatos.bestRating]).toEqual([5, 6]);
    // Non-Latin scripts pass through untouched.
    expect(read('tfc_taiwan_missing_page.html')).toMatchObject({ claimReviewed: '安倍晉三患的是癌症，已轉移肝臟。', rating: '證據不足', author: '台灣事實查核中心' });
    expect(read('fatabyyano_raw.html').rating).toBe('زائف');
    // An empty ratingValue is no number at all.
    expect(read('fact_check_cite_raw.html').ratingValue).toBeUndefined();
  });
});

describe('ClaimReview markup shapes', () => {
  const review = {
    '@type': 'ClaimReview',
    claimReviewed: 'The moon is made of cheese',
    url: 'https://checker.example/moon',
    author: { '@type': 'Organization', name: 'Checker' },
    reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: '1', bestRating: '5' },
  };

  it('reads a lone object, an array, a @graph and a review nested in an article', () => {
    expect(factChecksFromJson(review)).toHaveLength(1);
    expect(factChecksFromJson([{ '@type': 'WebPage' }, review])).toHaveLength(1);
    expect(factChecksFromJson({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization' }, review] })).toHaveLength(1);
    expect(factChecksFromJson({ '@type': 'NewsArticle', review: [review, { ...review, claimReviewed: 'Mars is blue', url: 'https://checker.example/mars' }] })).toHaveLength(2);
  });

  it('accepts prefixed and listed types, and ignores other reviews', () => {
    expect(factChecksFromJson({ ...review, '@type': 'http://schema.org/ClaimReview' })).toHaveLength(1);
    expect(factChecksFromJson({ ...review, '@type': ['Review', 'schema:ClaimReview'] })).toHaveLength(1);
    expect(factChecksFromJson({ ...review, '@type': 'Review' })).toHaveLength(0);
    expect(isClaimReview({ '@type': 'ClaimReviewer' })).toBe(false);
  });

  it('follows @id references for the fact-checker and the reviewed item', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': 'https://checker.example/#org', name: 'Checker Org' },
        { '@type': 'Claim', '@id': 'https://checker.example/#claim', text: 'Vaccines contain microchips', author: { '@type': 'Person', name: 'A blogger' } },
        { '@type': 'ClaimReview', url: 'https://checker.example/chips', author: { '@id': 'https://checker.example/#org' }, itemReviewed: { '@id': 'https://checker.example/#claim' }, reviewRating: { name: 'Pants on fire' } },
      ],
    };
    expect(factChecksFromJson(graph)).toEqual([
      { claimReviewed: 'Vaccines contain microchips', rating: 'Pants on fire', author: 'Checker Org', url: 'https://checker.example/chips', claimant: 'A blogger' },
    ]);
  });

  it('takes the claim from itemReviewed when claimReviewed is missing, never from the headline', () => {
    const nested = { '@type': 'ClaimReview', name: 'No, the moon is rock', url: 'https://c.example/x', itemReviewed: { '@type': 'Claim', name: 'The moon is cheese' }, author: 'Checker' };
    expect(factChecksFromJson(nested)[0]).toMatchObject({ claimReviewed: 'The moon is cheese', author: 'Checker' });
    expect(factChecksFromJson({ '@type': 'ClaimReview', name: 'Headline only', url: 'https://c.example/y' })).toEqual([]);
  });

  it('counts a review repeated in two scripts once, and resolves relative URLs against the page', () => {
    const json = JSON.stringify({ ...review, url: '/moon' });
    const doc = page(json, json);
    expect(factChecksFromDocument(doc, 'https://checker.example/articles/moon')).toEqual([
      expect.objectContaining({ url: 'https://checker.example/moon', author: 'Checker', rating: 'False', ratingValue: 1, bestRating: 5 }),
    ]);
  });

  it('decodes entities and drops tags left in the strings', () => {
    const found = factChecksFromJson({ ...review, claimReviewed: 'Tom &amp; Jerry said &#8220;hi&#8221;<br />\r\n  twice' });
    expect(found[0].claimReviewed).toBe('Tom & Jerry said “hi” twice');
  });

  it('reads JSON-LD with raw line breaks in strings, comment wrappers and trailing commas; skips broken scripts', () => {
    expect(parseJsonLd('{"a": "line one\nline two\ttab"}')).toEqual({ a: 'line one\nline two\ttab' });
    expect(parseJsonLd('<!-- {"a": [1, 2,],} -->')).toEqual({ a: [1, 2] });
    // Both repairs at once; an escaped quote does not end the string, so its ", ]" is text and stays.
    expect(parseJsonLd('{"a": "say \\"hi\\", ]", "b": "two\nlines",}')).toEqual({ a: 'say "hi", ]', b: 'two\nlines' });
    expect(parseJsonLd('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual({ a: 1 });
    expect(parseJsonLd('not json {')).toBeUndefined();
    const doc = page('{ broken', JSON.stringify(review), '');
    expect(factChecksFromDocument(doc)).toHaveLength(1);
  });

  it('ignores script types other than JSON-LD and does not run anything', () => {
    const doc = documentOf(`<script type="text/plain">${JSON.stringify(review)}</script><script type="Application/LD+JSON; charset=utf-8">${JSON.stringify(review)}</script>`);
    expect(factChecksFromDocument(doc)).toHaveLength(1);
  });

  it('survives hostile nesting', () => {
    let deep: unknown = review;
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    expect(factChecksFromJson(deep)).toEqual([]);
    expect(factChecksFromJson(null)).toEqual([]);
    expect(factChecksFromJson('text')).toEqual([]);
  });
});
