import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage } from '../../tests/unit/analyze-html';
import { isAffiliateNotice, isCreditLine, isDateline, isFormula, isHeadline, isLabelLine, isPriceListing, isReferenceEntry, unpunctuated } from './dateline';

describe('isDateline', () => {
  it('knows the stamps and reading times pages print at the top of a story', () => {
    // The shapes found among pages-dev's claims (dates and names changed).
    for (const text of [
      'Oct 19, 2016 · 10 min read',
      'R.J. Anderson 2 min read',
      'Updated on December 12, 2016 09:22 AM',
      'Published February 24, 2020Last updated July 21, 2022This article is more than 2 years old.',
      'Published December 21, 2016 at 8:31am',
      'Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC',
      'Updated on September 19 at 3:15 p.m.',
      'posted on April 21, 2015, at 11:29 a.m.',
      'Posted on Tuesday 15 October 2019 at 09:11 by A. Writer.',
      'Posted by kovarex, TOGos, Ernestas on 2019-02-15, all posts',
      'Last updated: 15 March 2024',
      'By Ana Reyes Dec 12, 2016 2:00 PMTags',
      'Written by Ana Reyes in Science on 1 June 2019 at 08:34 PM EDT.',
      'by Ana June Reyes July 10, 2015',
      'Dec. 22, 2016, 3:36 PM UTC / Source: Zillow',
      'By Ana Reyes@anareyes Dec 6, 2016, 4:08pm EST',
      'By Zach Koons2 hours ago',
      'By Ana Reyes 3 days ago',
      'Ana Reyes · The Daily Paper · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago',
    ]) {
      expect(isDateline(text), text).toBe(true);
    }
  });

  it('leaves statements alone, dated or not, even ones that start with the same words', () => {
    for (const text of [
      'Updated figures published in 2023 show unemployment rose to 5.1 percent.',
      'Published reports said 12,000 personnel were deployed in January 2024.',
      'The ministry posted a statement on December 12, 2016 denying the report.',
      'The study took 10 minutes to read aloud, the authors said.',
      'Posted on Tuesday, the video has been watched 2 million times.',
      `Posted on 12 March, the video ${'has been watched by many people around the country and beyond '.repeat(2)}since then.`,
      'By March 2020 the city had 40 cases.',
      'By Tuesday 3 hours ago the storm had cut power to 40,000 homes.',
      'By New Year’s Day 2021, 3 million people had been vaccinated.',
      'By the end of 2030 the plant will close.',
      'Prices rose 4 percent | Updated figures were not available, the ministry said on Monday in a statement to reporters who asked.',
    ]) {
      expect(isDateline(text), text).toBe(false);
    }
  });
});

describe('isHeadline', () => {
  it('knows a title printed as a paragraph: a related story, a section heading, a credit or a list of names', () => {
    // The shapes found among pages-dev's claims.
    for (const text of [
      'As His First Novel ‘Heat 2’ Hits Shelves, Michael Mann Shares Great Crime Stories',
      'Trump Administration Mulls a Unilateral Tax Cut for the Rich',
      'How the Trump Tax Cut Is Helping to Push the Federal Deficit to $1 Trillion',
      'Related: The New Race to Build a Space-Based Internet',
      '6 Black-Owned Shoe Brands You Need To Know This Summer',
      'Apparently, Some Of You Never Learned About “Inside Clothes”',
      'Jessica Kourkounis for The New York Times',
      'Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink',
    ]) {
      expect(isHeadline(text), text).toBe(true);
    }
  });

  it('leaves sentences alone: punctuated, or with a word in small letters a title would capitalise', () => {
    for (const text of [
      'Dunedin is a UNESCO City of Literature.[325]',
      'The Ministry Of Defence Said It Would Cut 12,000 Jobs.',
      '“We Will Not Back Down,” Smith Said!',
      'The plan will cost 12,000 jobs',
      'Wrap blouse, Net-A-Porter, $167',
      'iPhone Sales Rise Again In China',
      'Honorable mentions: Marjorie Prime, Phantom Thread',
      'Déjà Vu Hits Paris été Festival Again',
      'Ana Reyes',
    ]) {
      expect(isHeadline(text), text).toBe(false);
    }
  });
});

describe('unpunctuated', () => {
  it('sees a sentence’s end behind quotes, brackets and reference markers', () => {
    expect(unpunctuated('Dunedin is a UNESCO City of Literature.[325]')).toBeNull();
    expect(unpunctuated('“We will not back down,” she said.”')).toBeNull();
    expect(unpunctuated('Is it over?)')).toBeNull();
    expect(unpunctuated('Five things we learned from the interview')).toBe('Five things we learned from the interview');
    expect(unpunctuated('‘Prey’ Gives the ‘Predator’ Franchise Its Masterpiece’[4]')).toBe('‘Prey’ Gives the ‘Predator’ Franchise Its Masterpiece');
  });
});

describe('isFormula', () => {
  it('knows mathematics as a page’s text leaves it, symbols between spaces, and not a sum in prose', () => {
    for (const text of [
      '( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 ) ( ∑ k = 1 n b k 2 )',
      'a ≠ 0 , there are two solutions to a x 2 + b x + c = 0 and they are x = − b ± b 2 − 4 a c 2 a .',
      '1 2 ( E j k + E k j ) for 1 ≤ j < k ≤ n ( n 2 − n 2 matrices )',
    ]) {
      expect(isFormula(text), text).toBe(true);
    }
    for (const text of [
      '$4K x 3 per episode = $12K x 52 weeks / 3 hosts splitting it.',
      'Turnout rose from 52 % to 61 % + 3 points in the second round, the commission said.',
      'The ministry said 12,000 personnel were deployed in January 2024.',
    ]) {
      expect(isFormula(text), text).toBe(false);
    }
  });
});

describe('isLabelLine', () => {
  it('knows a spec list’s label and value and a figure’s caption, not a statement after a label', () => {
    for (const text of [
      'Stated Dimensions: 150-117-142 mm',
      'Blister’s Measured Tip-to-Tail Length: 184.1 cm',
      'Factory Recommended Mount Point: -4.2 cm from center; 87.9 cm from tail',
      'Figure 3: AndroidManifest SMS filter',
    ]) {
      expect(isLabelLine(text), text).toBe(true);
    }
    for (const text of [
      'The ministry said 12,000 personnel were deployed: 4,000 of them in the north',
      'Update: the ministry now says 12,000 personnel were deployed in January and 4,000 more in February',
      'Officials say 12 people died',
    ]) {
      expect(isLabelLine(text), text).toBe(false);
    }
  });
});

describe('isReferenceEntry', () => {
  it('knows an RFC’s reference entries and a menu of bracketed labels, not a statement that opens with a bracket', () => {
    for (const text of [
      '[WORDS] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.',
      '[OAUTH] "Section 4.2: Implicit Grant", in: Hardt, D. (ed), "The OAuth 2.0 Authorization Framework", RFC6749, October 2012.',
      '[JSON-LD] M. Sporny, G. Kellogg, M. Lanthaler, "JSON-LD 1.0", W3C Proposed Recommendation, January 2014.',
      '[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits]',
    ]) {
      expect(isReferenceEntry(text), text).toBe(true);
    }
    for (const text of [
      '[UPDATE] The minister said the plan is “on track”, and 12,000 personnel were deployed in January 2024.',
      '[Update] Officials told reporters “we are confident”, in a statement issued in 2024.',
      '[WORDS] The key words in this document are to be read as described in RFC 2119.',
      'Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.',
    ]) {
      expect(isReferenceEntry(text), text).toBe(false);
    }
  });
});

describe('isPriceListing', () => {
  it('knows a deal post’s product listing, not a sentence about prices', () => {
    expect(isPriceListing('Fire Kids Edition Tablet, 7" Display, 16 GB, Blue Kid-Proof Case for $89.99 (list price $99.99)')).toBe(true);
    expect(isPriceListing('Cast Iron Skillet, 12-inch, for $36.29 (reg. $49.99)')).toBe(true);
    expect(isPriceListing('The tablet sells for $89.99, down from $99.99 (a 10 percent cut), the company said.')).toBe(false);
  });
});

describe('isAffiliateNotice', () => {
  it('knows a site’s notice of affiliate links, not news about commissions or affiliates', () => {
    for (const text of [
      'Note to readers: if you purchase something through one of our affiliate links we may earn a commission.',
      'If you buy something through one of these links, we may earn an affiliate commission.',
      'The Daily Paper has affiliate relationships with certain retailers, including Amazon, and may receive a small percentage of any sale.',
    ]) {
      expect(isAffiliateNotice(text), text).toBe(true);
    }
    for (const text of [
      'Amazon cut commission rates for its affiliate programme by 50 percent in April, sellers said.',
      'The European Commission fined the company 2.4 billion euros.',
      'Our reporters found that 3 affiliates of the bank had moved money offshore.',
      'Brokers may earn a commission of 2 percent on each sale, the regulator said.',
    ]) {
      expect(isAffiliateNotice(text), text).toBe(false);
    }
  });
});

describe('isCreditLine', () => {
  it('knows photo credits, with a label the page hides run into the name or written out', () => {
    // The shapes of credits in pages-dev and on news sites (names changed).
    for (const text of [
      'CreditJane Doe for The Daily Paper',
      'CreditÁngel Ruiz/The Daily Paper',
      'Photo: John Smith/AP',
      'Photograph by Ann Lee for The Guardian',
      'Image credit: NASA',
      'Photo courtesy of NASA/JPL',
      'Credits: Reuters and Getty Images',
    ]) {
      expect(isCreditLine(text), text).toBe(true);
    }
  });

  it('leaves statements alone that start with the same words', () => {
    for (const text of [
      'Credit Suisse said on Monday it would cut 9,000 jobs.',
      'Credit card debt rose 5 percent last year.',
      'Photo ID laws were passed in 2012.',
      'Image Comics sold 2 million copies.',
      'Video footage shows the crash.',
      'Pictures of the event were shared widely.',
      'The photo credit went to Jane Doe.',
    ]) {
      expect(isCreditLine(text), text).toBe(false);
    }
  });
});

describe('the analyzer on stamps and credits', () => {
  it('makes a claim of a photo caption, not of its credit or the dateline', () => {
    const notes = analyzeHtml(
      articlePage([
        'Updated on December 12, 2024 09:22 AM',
        '<span>There are typically between 400 and 600 water main breaks each year in the city, an official said.</span><span><span>Credit</span><span>Jane Doe for The New York Times</span></span>',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts).toContain('There are typically between 400 and 600 water main breaks each year in the city, an official said.');
    expect(texts.filter((t) => /Credit|Updated/.test(t))).toEqual([]);
  });

  it('makes no claim of a related story’s headline inside the article, and keeps the story’s own', () => {
    const notes = analyzeHtml(
      articlePage([
        'The city recorded 412 water main breaks in 2023, up from 388 a year earlier, officials said.',
        'Related: City Council Approves $40 Million Plan to Replace Aging Water Mains',
        'Repairs cost the city about $12 million last year, according to the utility.',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts).toContain('The city recorded 412 water main breaks in 2023, up from 388 a year earlier, officials said.');
    expect(texts).toContain('Repairs cost the city about $12 million last year, according to the utility.');
    expect(texts.filter((t) => t.startsWith('Related'))).toEqual([]);
  });

  it('makes no claim of a line that is all link text and ends in no sentence’s punctuation, and keeps a linked sentence', () => {
    const notes = analyzeHtml(
      articlePage([
        'The city recorded 412 water main breaks in 2023, up from 388 a year earlier, officials said.',
        '<a href="https://example.org/story-1">Bank of Canada hikes interest rate to 3.25%, triggering higher payments for more borrowers</a>',
        '<a href="https://example.org/wiki/Category:Dated">Articles containing potentially dated statements from April 2015</a>',
        '<a href="https://example.org/report">The utility said repairs cost the city about $12 million last year.</a>',
        'Repairs took 41 days on average in 2023, <a href="https://example.org/audit">according to the city audit</a>',
      ]),
    );
    const texts = notes.claims.map((c) => c.text);
    expect(texts.filter((t) => /Bank of Canada|Articles containing/.test(t))).toEqual([]);
    // Punctuated, it is a statement with its source linked; mostly the writer's words, it is one without a full stop.
    expect(texts).toContain('The utility said repairs cost the city about $12 million last year.');
    expect(texts).toContain('Repairs took 41 days on average in 2023, according to the city audit');
  });

  it('makes no claim of a formula’s text, with its digits taken for figures', () => {
    const mi = (x: string) => `<mi>${x}</mi>`;
    const mo = (x: string) => `<mo>${x}</mo>`;
    const mn = (x: string) => `<mn>${x}</mn>`;
    const formula = `<math>${[mi('x'), mo('='), mn('2'), mo('+'), mi('y'), mo('−'), mn('4'), mi('z'), mo('≤'), mn('12')].join(' ')}</math>`;
    const notes = analyzeHtml(articlePage([`${formula} for every y and z.`, 'The ministry said 12,000 personnel were deployed in January 2024.']));
    const texts = notes.claims.map((c) => c.text);
    expect(texts.filter((t) => t.includes('≤'))).toEqual([]);
    expect(texts).toContain('The ministry said 12,000 personnel were deployed in January 2024.');
  });
});
