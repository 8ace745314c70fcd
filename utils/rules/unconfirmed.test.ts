import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'unconfirmed' rule", () => {
  it('names the party that declined to confirm, matching the source by demonym', () => {
    const page = analyzeParagraphs([
      'Ethiopian Prime Minister Abiy Ahmed said on Sunday that “rebel fighters have been pushed out of every town in the region.”',
      'Diplomats in Nairobi have so far declined to confirm the Ethiopian account, citing a communications blackout.',
    ]);
    const n = noteOf(claimWith(page, 'Abiy Ahmed'), 'unconfirmed');
    expect(n?.text).toMatch(/^Unconfirmed by diplomats in Nairobi/);
    expect(n?.evidence).toBe('Diplomats in Nairobi have so far declined to confirm the Ethiopian account, citing a communications blackout.');
  });

  it('matches the source by capital city and by wider wording ("have not independently verified")', () => {
    const page = analyzeParagraphs([
      'The Iranian foreign ministry reported that 2,000 drones were intercepted over the Gulf during the exercise.',
      'Independent monitors have not independently verified the claims made by Tehran about the interceptions.',
    ]);
    const n = noteOf(claimWith(page, '2,000 drones'), 'unconfirmed');
    expect(n?.text).toMatch(/Independent monitors/);
    expect(n?.evidence).toContain('have not independently verified');
  });

  it('matches "could not confirm" aimed at the source’s title', () => {
    const page = analyzeParagraphs([
      'The Peruvian interior minister told reporters that 300 illegal mines were closed in Madre de Dios this year.',
      'Journalists could not confirm the minister’s figures with the regional government.',
    ]);
    expect(codes(claimWith(page, '300 illegal mines'))).toContain('unconfirmed');
  });

  it('does not note a claim whose source nobody disputes', () => {
    const page = analyzeParagraphs([
      'The Chilean central bank said that inflation slowed to 3.1 percent in April.',
      'Officials in Buenos Aires declined to confirm reports of a new currency swap with Brazil.',
    ]);
    expect(codes(claimWith(page, 'inflation slowed'))).not.toContain('unconfirmed');
  });
});
