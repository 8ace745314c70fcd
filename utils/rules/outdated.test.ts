import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, claimWith, codes, noteOf } from '../../tests/unit/analyze-html';

const published = '<meta property="article:published_time" content="2025-04-10T08:00:00Z">';

describe("'outdated' rule", () => {
  it('notes a claim dated years before the article’s date', () => {
    const page = analyzeParagraphs(['The Zambian mines ministry said copper output was 760,000 tonnes in March 2019.'], {}, published);
    const n = noteOf(claimWith(page, 'copper output'), 'outdated');
    expect(n?.evidence).toBe('March 2019');
    expect(n?.text).toBe('Dated March 2019, about 6 years before the article’s date: it may no longer hold.');
  });

  it('uses the analysis date when the page has no date', () => {
    const page = analyzeParagraphs(['The Zambian mines ministry said copper output was 760,000 tonnes in 2016.']);
    expect(noteOf(claimWith(page, 'copper output'), 'outdated')?.text).toMatch(/before today/);
  });

  it('notes an old figure or a state told in the present, not an event told in the past', () => {
    const page = analyzeParagraphs(
      [
        'The Zambian mines ministry said the first smelter was opened by the colonial government in 1931 after a decade of surveys.',
        'Zambia is the second-largest copper producer in Africa, according to a 2016 survey by the Zambian mines ministry.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, 'colonial government'))).not.toContain('outdated');
    expect(noteOf(claimWith(page, 'second-largest'), 'outdated')?.evidence).toBe('2016');
  });

  it('does not note recent dates, ongoing periods or plans', () => {
    const page = analyzeParagraphs(
      [
        'The Zambian mines ministry said copper output reached 800,000 tonnes in January 2025.',
        'Output has grown every year since 2015, the Zambian mines ministry said.',
        'The ministry said a new smelter will open in 2020s planning documents by 2030, as agreed in 2018.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, '800,000 tonnes'))).not.toContain('outdated');
    expect(codes(claimWith(page, 'since 2015'))).not.toContain('outdated');
    expect(codes(claimWith(page, 'new smelter'))).not.toContain('outdated');
  });
});

describe("'outdated' rule: events and quantities", () => {
  it('does not say an event “may no longer hold”: the date is when it happened', () => {
    const page = analyzeParagraphs(
      [
        'Mozilla is a free-software community, created in 1998 by members of Netscape, the foundation said.',
        'In 1998, Bin Laden’s agents blew up the United States Embassies in Kenya and Tanzania, killing more than 200 people, officials said.',
        'He was imprisoned in 2012 on two counts of fraud that resulted in losses of £1.4bn, prosecutors said.',
        'She founded her own company in Cambridge in 1976, and it now employs 40 people, the company said.',
      ],
      {},
      published,
    );
    for (const words of ['free-software community', 'Bin Laden', 'imprisoned', 'founded her own company']) {
      expect(codes(claimWith(page, words))).not.toContain('outdated');
    }
  });

  it('still notes a figure or a state as it stood at an old date', () => {
    const page = analyzeParagraphs(
      [
        'In 2013 between 50 and 70 percent of poor renting families spent half of their income on housing, Desmond said.',
        'The number of active cases is 18,953 as on April 25, 2020, the health ministry said.',
      ],
      {},
      published,
    );
    expect(noteOf(claimWith(page, 'poor renting families'), 'outdated')?.evidence).toBe('2013');
    expect(noteOf(claimWith(page, 'active cases'), 'outdated')?.evidence).toBe('April 25, 2020');
  });

  it('dates a figure by its own year, not by the event that made it known', () => {
    const page = analyzeParagraphs(
      ['In a report released in November 2012, Mozilla reported that their total revenue for 2011 was $163 million, up 33% from $123 million in 2010.'],
      {},
      published,
    );
    expect(noteOf(claimWith(page, 'total revenue'), 'outdated')?.evidence).toBe('2011');
  });

  it('reads the "own" of "its own" as no present-tense verb: a past decision does not age', () => {
    const page = analyzeParagraphs(
      [
        'The 1923 and 1926 Imperial Conferences decided that New Zealand should be allowed to negotiate its own political treaties, the ministry said.',
        'In 2016 the family still owns the mill and the land around it, the records say.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, 'Imperial Conferences'))).not.toContain('outdated');
    expect(noteOf(claimWith(page, 'owns the mill'), 'outdated')?.evidence).toBe('2016');
  });

  it('reads an uprising, a first meeting or a "when" clause as an event, and "since the 1996 election" as ongoing', () => {
    const page = analyzeParagraphs(
      [
        'After rebels in Darfur staged an uprising in 2003, security services killed tens of thousands of civilians, the report said.',
        'The foundation started with 3 volunteers in 2012 when they released the original 256MB board, the founder said.',
        'The awards were first held in 1965 with 12 categories, the organisers said.',
        'Since the 1996 election, 120 seats have been filled by proportional representation, the commission said.',
        'In 1961, the census reported that 92% of the population was European.',
      ],
      {},
      published,
    );
    for (const words of ['Darfur', 'original 256MB', 'first held', 'Since the 1996']) {
      expect(codes(claimWith(page, words)), words).not.toContain('outdated');
    }
    expect(noteOf(claimWith(page, 'the census reported'), 'outdated')?.evidence).toBe('1961');
  });

  it('reads any one-off in the past tense beside the date as an event, and a "since" phrase as ongoing', () => {
    const page = analyzeParagraphs(
      [
        'In 2012, she took two weeks off when her first child was born, the company said.',
        'Kaplan sold parts of his own personal collection of rare tarot artifacts at Christie’s in 2006, with some cards selling for thousands of dollars.',
        'In early 2014, while hiking out of their backyard, a California couple found a buried treasure worth $10 million.',
        'Then, in 2012, hundreds of Islamists assaulted the U.S. Embassy in Tunis, the ministry said.',
        'Mugabe has led Zimbabwe since independence in 1980 and has 2 deputies, officials said.',
        'The loft has been a favourite of 3 districts since the building’s revamp in 2008.',
      ],
      {},
      published,
    );
    for (const words of ['took two weeks', 'Kaplan sold', 'buried treasure', 'Islamists assaulted', 'has led Zimbabwe', 'building’s revamp']) {
      expect(codes(claimWith(page, words)), words).not.toContain('outdated');
    }
  });

  it('still notes a level, a report or a plan beside an old date', () => {
    const page = analyzeParagraphs(
      [
        'In 2013, a study found that 40 percent of renters spent half of their income on housing.',
        'AT&T and Verizon have already lined up trials of their 5G networks for 2017, the carriers said.',
        'Women held 27 percent of computing jobs in 1960, an analysis of official labor statistics shows.',
      ],
      {},
      published,
    );
    expect(noteOf(claimWith(page, 'a study found'), 'outdated')?.evidence).toBe('2013');
    expect(noteOf(claimWith(page, 'already lined up'), 'outdated')?.evidence).toBe('2017');
    expect(noteOf(claimWith(page, 'Women held'), 'outdated')?.evidence).toBe('1960');
  });

  it('reads no age into a law named by its year, or a forecast with "going to"', () => {
    const page = analyzeParagraphs(
      [
        'Investment companies are subject to special regulation under the Investment Company Act of 1940, and 12 of them are listed.',
        'The Reds in 2012: 2 young pitchers are going to be here for years.',
        'The fund held 12 of the listed companies in 2012, the filing shows.',
      ],
      {},
      published,
    );
    expect(codes(claimWith(page, 'Investment Company Act'))).not.toContain('outdated');
    expect(codes(claimWith(page, 'going to be here'))).not.toContain('outdated');
    expect(noteOf(claimWith(page, 'the filing shows'), 'outdated')?.evidence).toBe('2012');
  });

  it('does not read a quantity, a size or a sum as a year', () => {
    const page = analyzeParagraphs(
      [
        'At just over 2000 grams per ski for the 186 cm version, the Outline is one of the lightest skis we have reviewed.',
        'The $1,000 headset, by contrast, has a resolution of 1800 x 1920 per eye, the company said.',
        'The phone has a 2000 mAh battery and sells for $1999 in most stores, the company said.',
      ],
      {},
      published,
    );
    for (const words of ['2000 grams', '1800 x 1920', '2000 mAh']) expect(codes(claimWith(page, words))).not.toContain('outdated');
  });
});
