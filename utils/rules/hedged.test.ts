import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'hedged' rule", () => {
  it('notes a hedge with the hedging words as evidence', () => {
    const page = analyzeParagraphs([
      'A leak from the Bolivian lithium plant into the Uyuni salt flat cannot be excluded, engineers said.',
      'The spill was probably caused by a cracked pipe near the evaporation ponds.',
    ]);
    expect(noteOf(claimWith(page, 'cannot be excluded'), 'hedged')?.evidence).toBe('cannot be excluded');
    const n = noteOf(claimWith(page, 'cracked pipe'), 'hedged');
    expect(n?.evidence).toBe('probably');
    expect(n?.text).toBe('Hedged: the article itself is not sure (“probably”).');
  });

  it('does not note a flat statement', () => {
    const page = analyzeParagraphs(['The Bolivian plant produced 4,000 tonnes of lithium carbonate in May, the state company said.']);
    expect(codes(claimWith(page, '4,000 tonnes'))).not.toContain('hedged');
  });
});
