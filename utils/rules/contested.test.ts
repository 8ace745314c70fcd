import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'contested' rule", () => {
  it('notes a claim that another party denies, naming them', () => {
    const page = analyzeParagraphs([
      'Lithuanian border guards said that 40 migrants were pushed back from the Belarusian side overnight.',
      'Minsk denied the Lithuanian claims, calling them a provocation.',
    ]);
    const n = noteOf(claimWith(page, '40 migrants'), 'contested');
    expect(n?.text).toMatch(/^Contested: Minsk denied it/);
    expect(n?.evidence).toBe('Minsk denied the Lithuanian claims, calling them a provocation.');
    expect(claimWith(page, '40 migrants').kinds).toContain('contested');
  });

  it('notes a claim when the article gives a contrary figure', () => {
    const page = analyzeParagraphs([
      'The organisers said that 120,000 marchers filled the streets of Madrid on Saturday.',
      'The police, however, put the figure at 35,000 marchers, citing aerial counts.',
    ]);
    const n = noteOf(claimWith(page, '120,000 marchers'), 'contested');
    expect(n?.text).toMatch(/different figure/);
    expect(n?.evidence).toContain('35,000 marchers');
  });

  it('does not take different times, measures or far-apart counts for a contrary figure', () => {
    const page = analyzeParagraphs([
      'The river rose by 3 metres in 12 hours on Monday, the water authority said.',
      'It took only 2 hours, however, for the water to fall again.',
      'The organisers said that 120,000 marchers filled the streets of Madrid on Saturday.',
      'Police said, however, that only 3 marchers were arrested during the day.',
      'Retail sales rose 5 per cent in March, the statistics office said.',
      'But sales fell 2 per cent in April as the weather turned.',
    ]);
    expect(codes(claimWith(page, '12 hours'))).not.toContain('contested');
    expect(codes(claimWith(page, '120,000 marchers'))).not.toContain('contested');
    expect(codes(claimWith(page, '5 per cent in March'))).not.toContain('contested');
  });

  it('notes a sentence that reports its own denial', () => {
    const page = analyzeParagraphs(['Rebel commanders told reporters that the airport had fallen, a claim the army denied within hours.']);
    expect(noteOf(claimWith(page, 'airport had fallen'), 'contested')?.evidence).toBe('a claim the army denied');
  });

  it('does not note figures that merely differ in what they count', () => {
    const page = analyzeParagraphs([
      'The ministry said that 3,000 homes were connected to the grid in May.',
      'Another 450 schools were connected by the end of the month, the ministry added.',
    ]);
    expect(codes(claimWith(page, '3,000 homes'))).not.toContain('contested');
  });

  it('does not compare shares of different things, or a figure the other sentence adds to', () => {
    // Test-authored, in the shape of pages-dev's false matches.
    const page = analyzeParagraphs([
      'Cocaine and MDMA make up about 70 percent of the samples tested by the lab in Barcelona.',
      'Street cocaine in Spain, however, is just over 40 percent pure, the United Nations report says.',
      'The candidate easily won with 304 electoral votes in the final count.',
      'One elector defected, but overall the state gave the candidate 36 electoral votes, pushing him to 304 votes.',
    ]);
    expect(codes(claimWith(page, '70 percent of the samples'))).not.toContain('contested');
    expect(codes(claimWith(page, 'easily won with 304'))).not.toContain('contested');
  });

  it('reads a "but", "however" or "only" as setting a figure against another only when another party is named', () => {
    // Test-authored, in the shape of pages-dev's false matches (an encyclopedia's figures, an election tally).
    const page = analyzeParagraphs([
      'Before the arrival of humans, an estimated 80% of the land was covered in forest, with only alpine areas without trees.',
      'Much of the forest was later cleared for farming, leaving forest occupying only 23% of the land.',
      'In Washington, the candidate won 8 electoral votes, the state’s election office said.',
      'One elector voted for another man, but overall, Texas gave the rival 36 electoral votes.',
      'The ministry said that 4,000 families were moved out of the flood zone by Friday.',
      'The Red Cross, however, said 9,000 families were still waiting to be moved on Sunday.',
    ]);
    expect(codes(claimWith(page, '80% of the land'))).not.toContain('contested');
    expect(codes(claimWith(page, '8 electoral votes'))).not.toContain('contested');
    expect(noteOf(claimWith(page, '4,000 families'), 'contested')?.evidence).toContain('Red Cross');
  });

  it('still compares shares of the same thing', () => {
    const page = analyzeParagraphs([
      'The ministry said that 60 percent of the schools reopened after the storm.',
      'The teachers’ union, however, put it at 35 percent of the schools, citing its own survey.',
    ]);
    expect(codes(claimWith(page, '60 percent of the schools'))).toContain('contested');
  });
});
