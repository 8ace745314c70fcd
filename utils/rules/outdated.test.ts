import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

const published = '<meta property="article:published_time" content="2025-04-10T08:00:00Z">';

describe("'outdated' rule", () => {
  it('notes a claim dated years before the article’s date', () => {
    const page = analyzeParagraphs(['The Zambian mines ministry said copper output was 760,000 tonnes in March 2019.'], {}, published);
    const n = noteOf(claimWith(page, 'copper output'), 'outdated');
    expect(n?.evidence).toBe('March 2019');
    expect(n?.text).toBe('Dated March 2019, about 6 years before the article’s date: it may no longer hold.');
  });

  it('uses the analysis date when the page has no date', () => {
    const page = analyzeParagraphs(['The Zambian mines ministry said copper output was 760,000 tonnes in 2016.']);
    expect(noteOf(claimWith(page, 'copper output'), 'outdated')?.text).toMatch(/before today/);
  });

  it('notes an old figure or a state told in the present, not an event told in the past', () => {
    const page = analyzeParagraphs(
      [
        'The Zambian mines ministry said the first smelter was opened by the colonial government in 1931 after a decade of surveys.',
        'Zambia is the second-largest copper producer in Africa, according to a 2016 survey by the Zambian mines ministry.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, 'colonial government'))).not.toContain('outdated');
    expect(noteOf(claimWith(page, 'second-largest'), 'outdated')?.evidence).toBe('2016');
  });

  it('does not note recent dates, ongoing periods or plans', () => {
    const page = analyzeParagraphs(
      [
        'The Zambian mines ministry said copper output reached 800,000 tonnes in January 2025.',
        'Output has grown every year since 2015, the Zambian mines ministry said.',
        'The ministry said a new smelter will open in 2020s planning documents by 2030, as agreed in 2018.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, '800,000 tonnes'))).not.toContain('outdated');
    expect(codes(claimWith(page, 'since 2015'))).not.toContain('outdated');
    expect(codes(claimWith(page, 'new smelter'))).not.toContain('outdated');
  });
});
