import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

describe("'single-source' rule", () => {
  it('notes a claim attributed to one named source', () => {
    const page = analyzeParagraphs(['Kenya’s National Drought Management Authority said that 2.1 million people need food aid in the north.']);
    const n = noteOf(claimWith(page, '2.1 million people'), 'single-source');
    expect(n?.text).toBe('Attributed to a single source: Kenya’s National Drought Management Authority.');
    expect(n?.evidence).toBe('Kenya’s National Drought Management Authority said');
  });

  it("names a speaker at the sentence's end without its full stop, and keeps an abbreviation's", () => {
    const page = analyzeParagraphs([
      'About 4,000 tickets were sold in the first hour of the sale on Monday, says Burke.',
      'The quantum chip has 50 qubits and will ship in 2025, said Acme Corp.',
    ]);
    const burke = claimWith(page, '4,000 tickets');
    expect(burke.attribution?.source).toBe('Burke');
    expect(noteOf(burke, 'single-source')?.text).toBe('Attributed to a single source: Burke.');
    const acme = claimWith(page, '50 qubits');
    expect(acme.attribution?.source).toBe('Acme Corp.');
    expect(noteOf(acme, 'single-source')?.text).toBe('Attributed to a single source: Acme Corp.');
  });

  it('does not note a claim with several named sources, joined or separate', () => {
    const page = analyzeParagraphs([
      'Reuters and Agence France-Presse reported that 18 ships were stuck in the canal on Monday.',
      'The Suez Canal Authority said 40 vessels were waiting, and the Egyptian navy confirmed that tugs had been sent.',
    ]);
    expect(codes(claimWith(page, '18 ships'))).not.toContain('single-source');
    expect(codes(claimWith(page, '40 vessels'))).not.toContain('single-source');
  });

  it('does not note an unnamed source as a single named one', () => {
    const page = analyzeParagraphs(['Officials said that 70 flights were cancelled at the airport because of fog.']);
    expect(codes(claimWith(page, '70 flights'))).not.toContain('single-source');
  });

  it('gives "he said" the last person named, "they said" the last body named, and a body is never a "he"', () => {
    const page = analyzeParagraphs([
      'Treasury Secretary Ana Ruiz said that 14 banks had failed the stress test in March.',
      'This year the Treasury Department announced that 3 more banks would be reviewed.',
      '“We expect 20 more reviews by the autumn,” he said on Tuesday.',
      '“All 17 reviews will be published in full,” they said in a statement.',
    ]);
    expect(claimWith(page, '3 more banks').attribution?.source).toBe('the Treasury Department');
    expect(claimWith(page, '20 more reviews').attribution?.source).toBe('Treasury Secretary Ana Ruiz');
    expect(claimWith(page, '17 reviews').attribution?.source).toBe('the Treasury Department');
  });

  it('gives "he said" the person named last in a sentence with several sources, and a "he" inside a clause too', () => {
    const page = analyzeParagraphs([
      'Clearly, Energy Control believed that 3 labs would help, Caudevilla said.',
      '“We could not make 12 mistakes,” he added.',
      'Pakistan-based developer Ammar Askar said that 40 servers were open to the flaw.',
      'Askar has released attack code he said crashes 9 of 10 servers.',
    ]);
    expect(claimWith(page, '12 mistakes').attribution?.source).toBe('Caudevilla');
    expect(claimWith(page, 'attack code').attribution?.source).toBe('Pakistan-based developer Ammar Askar');
  });

  it('gives "he" and "she" to the latest person a title does not show to be otherwise', () => {
    const page = analyzeParagraphs([
      'Mr. Trump said that 4 ambassadors would be replaced this year.',
      'Ms. Haley said that she had served for 2 years at the United Nations.',
      'He said that he hoped Ms. Haley would return in one of 3 other roles.',
      '“We made 5 new friends on the council,” she said.',
    ]);
    expect(claimWith(page, '3 other roles').attribution?.source).toBe('Mr. Trump');
    expect(claimWith(page, '5 new friends').attribution?.source).toBe('Ms. Haley');
  });

  it('gives "she" to a person named earlier in the same sentence, before anyone named since', () => {
    const page = analyzeParagraphs([
      'Mireia Lladanosa said that 12 samples had been tested this month.',
      'Officer John Brand said 40 arrests were made in the raid.',
      'But Lladanosa has found Levamisole in 8 of the cocaine samples; dealers use it to add weight, she says.',
    ]);
    expect(claimWith(page, 'Levamisole').attribution?.source).toBe('Mireia Lladanosa');
  });

  it('knows a person by a title given at another mention of the surname, and leaves "he" unresolved when no man was named', () => {
    const page = analyzeParagraphs([
      'Nikki R. Haley said that 4 ambassadors had left this year.',
      'Ms. Haley said that she had served for 2 years at the United Nations.',
      'He said that he hoped Ms. Haley would return in one of 3 other roles.',
    ]);
    expect(claimWith(page, '3 other roles').attribution?.source).toBe('He');
  });

  it('leaves "they" unresolved after a person: somebody else is meant', () => {
    const page = analyzeParagraphs([
      'Energy analyst Mira Holt said that 14 plants would close by 2030.',
      'They said that 3 more plants were at risk of closing within a year.',
    ]);
    const they = claimWith(page, '3 more plants');
    expect(they.attribution?.source).toBe('They');
    expect(codes(they)).not.toContain('single-source');
  });

  it('leaves "they" unresolved when the last body was named more than a few sentences back', () => {
    const page = analyzeParagraphs([
      'The Treasury Department announced that 3 more banks would be reviewed this year.',
      'The reviews began in the capital. Inspectors visited the first bank in May. The second followed in June.',
      'They said that 40 branches had been closed by the autumn.',
    ]);
    const they = claimWith(page, '40 branches');
    expect(they.attribution?.source).toBe('They');
    expect(codes(they)).not.toContain('single-source');
  });
});
