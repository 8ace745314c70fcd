import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'prediction' rule", () => {
  it('notes a prediction with its words as evidence', () => {
    const page = analyzeParagraphs(['Vietnamese exporters are forecast to ship 8 million tonnes of rice next year, the trade ministry said.']);
    const n = noteOf(claimWith(page, 'rice'), 'prediction');
    expect(n?.evidence).toBe('are forecast to');
    expect(n?.text).toMatch(/prediction/i);
  });

  it('does not note a report of what happened', () => {
    const page = analyzeParagraphs(['Vietnamese exporters shipped 7.5 million tonnes of rice last year, the trade ministry said.']);
    expect(codes(claimWith(page, 'rice'))).not.toContain('prediction');
  });
});
