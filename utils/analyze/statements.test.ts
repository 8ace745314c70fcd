import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage } from '../../tests/unit/analyze-html';

/** Which sentences of an article the analyzer takes as statements to check, and which as the page's furniture. */
describe('the analyzer on what is not a statement', () => {
  it('makes no claim of a sentence the page repeats three times or more, but keeps one said twice', () => {
    // The shape of an embed placeholder under every tweet of a story, and of a pull quote.
    const embed = '<blockquote><a href="https://twitter.com/x/status/1">Tweet may have been deleted <span>(opens in a new tab)</span></a></blockquote>';
    const notes = analyzeHtml(
      articlePage([
        'The mayor said 40 percent of the city’s buses would be electric by 2030.',
        embed,
        'Transit officials said 300 new buses had been ordered this year.',
        embed,
        'The union said drivers would need 12 weeks of training.',
        embed,
        'The union said drivers would need 12 weeks of training.',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts.filter((t) => t.startsWith('Tweet'))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('The union said'))).toHaveLength(2);
  });

  it('makes no claim of a deal post’s product listings, but keeps its prose', () => {
    const notes = analyzeHtml(
      articlePage([
        'Fire Kids Edition Tablet, 7" Display, 16 GB, Blue Kid-Proof Case for $89.99 (list price $99.99)',
        'Cast Iron Skillet, Pre-Seasoned, 12-inch for $36.29 (list price $49.99)',
        'The retailer said 40 percent of its December sales came from such deals in 2023.',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts.filter((t) => t.includes('list price'))).toEqual([]);
    expect(texts).toContain('The retailer said 40 percent of its December sales came from such deals in 2023.');
  });

  it('makes no claim of the site’s notice of affiliate links', () => {
    const notes = analyzeHtml(
      articlePage([
        'If you buy something through one of these links, we may earn an affiliate commission.',
        'The retailer said 40 percent of its December sales came from such deals in 2023.',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts.filter((t) => t.includes('affiliate'))).toEqual([]);
    expect(texts).toContain('The retailer said 40 percent of its December sales came from such deals in 2023.');
  });

  it('reads the prose of a <pre> as sentences, and makes no claim of its code, tables or contents', () => {
    const notes = analyzeHtml(
      articlePage([
        '</p><pre>   Drafts are valid for a maximum of six months and may be\n   updated or replaced by other documents at any time.\n\n' +
          '   Contents .............................................. 12\n\n' +
          '   if (status == 401) { alert("Your 3 tries are used up."); }\n\n' +
          '   400 | 2020-08-01 18:00 | 24 | 6.8</pre><p>',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts).toContain('Drafts are valid for a maximum of six months and may be updated or replaced by other documents at any time.');
    expect(texts.filter((t) => /Contents|alert|2020-08-01/.test(t))).toEqual([]);
  });
});
