import { describe, expect, it } from 'vitest';
import { ANONYMOUS_SOURCE } from '../analyze/attribution';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'anonymous-source' rule", () => {
  it('notes officials who asked not to be named', () => {
    const page = analyzeParagraphs(['Two officials who asked not to be named said the Thai cabinet will approve a 5 percent wage rise.']);
    const n = noteOf(claimWith(page, 'wage rise'), 'anonymous-source');
    expect(n?.evidence).toMatch(/asked not to be named/);
    expect(n?.text).toMatch(/Unnamed source/);
  });

  it('notes "sources say" and "people familiar with the matter"', () => {
    const page = analyzeParagraphs([
      'Sources say the Moroccan utility will sell 30 percent of its solar unit this year.',
      'The deal is worth about $600 million, according to people familiar with the talks.',
    ]);
    expect(codes(claimWith(page, 'solar unit'))).toContain('anonymous-source');
    expect(noteOf(claimWith(page, '$600 million'), 'anonymous-source')?.evidence).toMatch(/people familiar with the talks/);
  });

  it('quotes the whole name of the one the unnamed sources are close to, title included', () => {
    const page = analyzeParagraphs(['People close to Ms. Haley insisted there was nothing behind her decision to leave after 2 years.']);
    expect(noteOf(claimWith(page, 'nothing behind'), 'anonymous-source')?.evidence).toBe('People close to Ms. Haley');
    // People close to her are unnamed, and more than one: no single named source.
    expect(codes(claimWith(page, 'nothing behind'))).not.toContain('single-source');
  });

  it('notes a vague group of speakers but not a named one', () => {
    const page = analyzeParagraphs([
      'Three regional diplomats said that 12 embassies would close before the election.',
      'Foreign Minister Mariam Touré said that 12 embassies would close before the election.',
    ]);
    expect(codes(claimWith(page, 'Three regional diplomats'))).toContain('anonymous-source');
    expect(codes(claimWith(page, 'Mariam Touré'))).not.toContain('anonymous-source');
  });

  it('notes "studies show" and "polls show" as unnamed documents, and names the party of "research by Bloomberg"', () => {
    const page = analyzeParagraphs([
      'Studies show that 40 percent of adults sleep less than 6 hours.',
      'Polls show 55 percent of voters back the plan.',
      'The turmoil has wiped 182 billion dollars off the wealth of 400 billionaires, according to research by Bloomberg.',
    ]);
    const studies = claimWith(page, 'Studies show');
    expect(noteOf(studies, 'anonymous-source')?.text).toBe('Unnamed source: attributed to “Studies” without saying which ones.');
    expect(codes(studies)).not.toContain('single-source');
    expect(codes(claimWith(page, 'Polls show'))).toContain('anonymous-source');
    const report = claimWith(analyzeParagraphs(['A report said 40 people died in the flood.']), 'A report said');
    expect(noteOf(report, 'anonymous-source')?.text).toBe('Unnamed source: attributed to “A report” without saying which one.');
    const bloomberg = claimWith(page, 'research by Bloomberg');
    expect(bloomberg.attribution?.source).toBe('Bloomberg');
    expect(codes(bloomberg)).not.toContain('anonymous-source');
  });

  it('notes "research shows" and "recent studies suggest" as unnamed, and keeps "Harvard research" named', () => {
    const page = analyzeParagraphs([
      'Research shows that 40 percent of adults sleep less than 6 hours.',
      'New research suggests that the drug cut deaths by a third in 2023.',
      'Recent studies suggest that 55 percent of voters back the plan.',
      'Harvard research shows that 30 percent of patients relapse within a year.',
    ]);
    const research = claimWith(page, 'Research shows');
    expect(noteOf(research, 'anonymous-source')?.text).toBe('Unnamed source: attributed to “Research” without saying whose.');
    expect(codes(research)).not.toContain('single-source');
    const recent = claimWith(page, 'New research suggests');
    expect(noteOf(recent, 'anonymous-source')?.text).toBe('Unnamed source: attributed to “New research” without saying whose.');
    expect(codes(recent)).not.toContain('single-source');
    const studies = claimWith(page, 'Recent studies suggest');
    expect(studies.attribution?.source).toBe('Recent studies');
    expect(noteOf(studies, 'anonymous-source')?.text).toBe('Unnamed source: attributed to “Recent studies” without saying which ones.');
    const harvard = claimWith(page, 'Harvard research');
    expect(codes(harvard)).not.toContain('anonymous-source');
    expect(codes(harvard)).toContain('single-source');
  });

  it('notes "some say", "many argue" and "others said": speakers nobody can look up', () => {
    const page = analyzeParagraphs([
      'Some say that the Danish port lost 40 percent of its trade after the 2019 strike.',
      'Many would argue that the 2019 strike cost the Danish port 40 percent of its trade.',
      'But others said the Danish port lost only 10 percent of its trade in 2019.',
    ]);
    expect(noteOf(claimWith(page, 'Some say'), 'anonymous-source')?.evidence).toBe('Some say');
    expect(noteOf(claimWith(page, 'Many would argue'), 'anonymous-source')?.evidence).toBe('Many would argue');
    expect(noteOf(claimWith(page, 'others said'), 'anonymous-source')?.evidence).toBe('others said');
    // A group named by what it is, or a name, is not that vague.
    expect(ANONYMOUS_SOURCE.test('Some Democrats')).toBe(false);
  });

  it('takes an official statement or the official figures for a document, and official sources for unnamed', () => {
    const page = analyzeParagraphs([
      'Last week, the Food and Drug Administration allowed the emergency use of 30 million doses, according to an official statement.',
      'The official figures show that 4,200 people left the island in 2023.',
      'The port handled 12 million tonnes in 2023, according to official sources.',
    ]);
    expect(codes(claimWith(page, 'emergency use'))).not.toContain('anonymous-source');
    expect(codes(claimWith(page, '4,200 people'))).not.toContain('anonymous-source');
    expect(codes(claimWith(page, '12 million tonnes'))).toContain('anonymous-source');
  });

  it('notes no sentence that only talks about the use of anonymous sources', () => {
    const page = analyzeParagraphs([
      'Even so, The Times uses anonymous sources in only 3 of 100 stories, the editor said.',
      'Anonymous sources said the Danish port lost 40 percent of its trade in 2019.',
      'Reuters reported, quoting unnamed officials, that the Danish port lost 12 ships in 2019.',
    ]);
    expect(noteOf(claimWith(page, '12 ships'), 'anonymous-source')?.evidence).toBe('unnamed officials');
    expect(codes(claimWith(page, 'The Times uses'))).not.toContain('anonymous-source');
    expect(noteOf(claimWith(page, 'Danish port'), 'anonymous-source')?.evidence).toBe('Anonymous sources');
  });
});

