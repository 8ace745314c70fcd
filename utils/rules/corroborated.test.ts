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
});
