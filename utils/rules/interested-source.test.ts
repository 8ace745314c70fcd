import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'interested-source' rule", () => {
  it('matches the source by capital city ("stands to benefit")', () => {
    const page = analyzeParagraphs([
      'Israel’s Ministry of Defense reported that Hezbollah has stockpiled 150,000 rockets near the border.',
      'Jerusalem stands to benefit from a larger estimate as it seeks more air-defence funding from Washington.',
    ]);
    const n = noteOf(claimWith(page, '150,000 rockets'), 'interested-source');
    expect(n?.text).toMatch(/Jerusalem/);
    expect(n?.evidence).toContain('stands to benefit');
  });

  it('matches by organisation name ("has an interest in")', () => {
    const page = analyzeParagraphs([
      'Veridian Pharma said its new drug cut hospital admissions by 40 percent in a trial of 900 patients.',
      'Veridian has an interest in the result, since the drug is its main product, and the trial has not been published.',
    ]);
    expect(codes(claimWith(page, 'hospital admissions'))).toContain('interested-source');
  });

  it('matches by demonym ("much to gain")', () => {
    const page = analyzeParagraphs([
      'The Azerbaijani foreign ministry claimed that 60 Armenian positions were abandoned overnight.',
      'Analysts said Baku had much to gain from portraying the retreat as a rout.',
    ]);
    expect(codes(claimWith(page, '60 Armenian positions'))).toContain('interested-source');
  });

  it('does not note a source the article says nothing about', () => {
    const page = analyzeParagraphs([
      'The Danish Meteorological Institute said that sea ice shrank by 12 percent this summer.',
      'Shipping companies stand to benefit from longer ice-free seasons in the Arctic.',
    ]);
    expect(codes(claimWith(page, 'sea ice shrank'))).not.toContain('interested-source');
  });
});
