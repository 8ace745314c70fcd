import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'no-source-link' rule", () => {
  it('notes a claim that links nothing, and not one that cites a link', () => {
    const page = analyzeParagraphs([
      'The Icelandic Met Office said the eruption sent lava 2 kilometres towards Grindavík overnight.',
      'The Icelandic Met Office said 1,200 earthquakes were recorded, in a <a href="https://en.vedur.is/about-imo/news">bulletin</a>.',
    ]);
    const n = noteOf(claimWith(page, '2 kilometres'), 'no-source-link');
    expect(n?.text).toMatch(/No source linked/);
    expect(codes(claimWith(page, '1,200 earthquakes'))).not.toContain('no-source-link');
  });

  it('does not count a javascript: link as a source', () => {
    const page = analyzeParagraphs(['Polish police said 60 cars were towed from the stadium, see <a href="javascript:void(0)">details</a>.']);
    expect(codes(claimWith(page, '60 cars'))).toContain('no-source-link');
  });
});
