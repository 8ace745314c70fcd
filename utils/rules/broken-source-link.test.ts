import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'broken-source-link' rule", () => {
  it('notes a claim whose only cited link is broken, with the link as evidence', () => {
    const page = analyzeParagraphs([
      'The Sri Lankan central bank reported that reserves rose to $5.4 billion, according to its <a href="htps://cbsl.gov.lk/reserves">monthly bulletin</a>.',
    ]);
    const n = noteOf(claimWith(page, '$5.4 billion'), 'broken-source-link');
    expect(n?.text).toMatch(/broken \(malformed\)/);
    expect(n?.evidence).toBe('monthly bulletin');
  });

  it('notes a claim when every cited link is broken, and not when one works', () => {
    const page = analyzeParagraphs([
      'Ghana’s cocoa board said output fell 20 percent, per <a href="">one report</a> and <a href="#missing-table">the table</a>.',
      'Côte d’Ivoire’s exporters said output fell 12 percent, per <a href="https://example.com/ci-report">their report</a> and <a href="">a memo</a>.',
    ]);
    const both = noteOf(claimWith(page, '20 percent'), 'broken-source-link');
    expect(both?.text).toBe('All 2 of its cited links are broken: “one report” (empty), “the table” (fragment-missing).');
    expect(both?.evidence).toBe('one report … the table');
    expect(codes(claimWith(page, '12 percent'))).not.toContain('broken-source-link');
  });

  it('does not treat a "#" share button inside the sentence as a citation', () => {
    const page = analyzeParagraphs(['The Nepalese army said 17 climbers were rescued near Annapurna on Friday. <a href="#">Share</a>']);
    expect(codes(claimWith(page, '17 climbers'))).not.toContain('broken-source-link');
  });
});
