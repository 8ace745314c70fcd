import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'corroborated' rule", () => {
  it('notes a claim another named source backs ("agree", "similar")', () => {
    const page = analyzeParagraphs([
      'The Bangladesh Water Development Board said that floods covered 31 percent of Sylhet district on Tuesday.',
      'Satellite images analysed by the European Space Agency agree, showing similar flooding across Sylhet district.',
    ]);
    const n = noteOf(claimWith(page, '31 percent'), 'corroborated');
    expect(n?.text).toMatch(/European Space Agency/);
    expect(n?.evidence).toContain('Satellite images analysed by the European Space Agency agree');
  });

  it('notes two named sources that say nearly the same thing', () => {
    const page = analyzeParagraphs([
      'The Portuguese health ministry said measles cases rose to 140 in Lisbon this spring.',
      'Lisbon hospitals have seen a rise in measles cases this spring, the World Health Organization said.',
    ]);
    expect(codes(claimWith(page, 'rose to 140'))).toContain('corroborated');
  });

  it('does not count the same source twice, or an unrelated claim', () => {
    const page = analyzeParagraphs([
      'The Norwegian Polar Institute said the glacier retreated 300 metres last year.',
      'The Norwegian Polar Institute also said the glacier retreated 300 metres, as it had predicted.',
      'The Oslo city council said bus fares will rise by 5 percent in January.',
    ]);
    expect(codes(claimWith(page, 'retreated 300 metres last year'))).not.toContain('corroborated');
    expect(codes(claimWith(page, 'bus fares'))).not.toContain('corroborated');
  });

  it('does not count the speakers’ own names, or a shared phrase, as saying the same thing', () => {
    // Test-authored, in the shape of pages-dev's false matches: one source names the other, and each
    // says something different about it.
    const page = analyzeParagraphs([
      'Physiologist Boris Kingma said the standard overestimates a woman’s metabolic rate by up to 35 percent.',
      'Yet Joost van Hoof says Kingma’s sample of 16 workers is small and a larger study is needed to find solutions.',
      '“That is one solution,” Kingma says with a laugh.',
      '“It has always been that way on the deep web,” PlutoPete told me.',
      '“The lab tests drugs from the deep web,” Ruiz says.',
    ]);
    expect(codes(claimWith(page, 'sample of 16 workers'))).not.toContain('corroborated');
    expect(codes(claimWith(page, 'always been that way'))).not.toContain('corroborated');
  });

  it('reads a speaker named by one word as the one the article named in full before', () => {
    const page = analyzeParagraphs([
      'Chinese foreign ministry spokesperson Geng Shuang said on Tuesday that the Kashmir issue should be resolved by talks, a position held for 40 years.',
      'On Wednesday, China indicated that the Kashmir issue should be resolved by talks, as it had held for 40 years.',
      '“Our position on the Kashmir issue is clear, and has been for 40 years,” Geng said.',
    ]);
    expect(codes(claimWith(page, 'is clear, and has been'))).not.toContain('corroborated');
  });
});
