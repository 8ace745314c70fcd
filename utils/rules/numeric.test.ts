import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'numeric' rule", () => {
  it('notes a figure with the figure as evidence', () => {
    const page = analyzeParagraphs(['The Mongolian statistics office said 71,000 herders lost livestock in the winter storms.']);
    const n = noteOf(claimWith(page, 'herders'), 'numeric');
    expect(n?.evidence).toBe('71,000 herders');
    expect(n?.text).toMatch(/figure/);
  });

  it('does not note a sentence whose only number is a year', () => {
    const page = analyzeParagraphs(['The Mongolian parliament said the herding law passed in 2019 remains in force across the country.']);
    expect(codes(claimWith(page, 'herding law'))).not.toContain('numeric');
  });
});
