import { describe, expect, it } from 'vitest';
import { numeric } from './numeric';

describe("'numeric' detector", () => {
  it.each([
    ['Argentina shipped 2,300 tonnes of beef to Chile last month.', '2,300 tonnes'],
    ['Turnout reached 67.5% in the capital.', '67.5%'],
    ['The port upgrade will cost $4.2 billion, officials said.', '$4.2 billion'],
    ['Nearly three hundred families were moved out of the valley.', 'three hundred'],
    ['Sales doubled after the launch.', 'doubled'],
  ])('finds the figure in “%s”', (sentence, evidence) => {
    expect(numeric.detect(sentence)?.evidence).toContain(evidence);
  });

  it('finds a figure written only in words, and nothing in a sentence with neither digits nor number words', () => {
    expect(numeric.detect('Twenty people were hurt, the mayor said.')?.evidence).toBe('Twenty people');
    expect(numeric.detect('TWENTY PEOPLE WERE HURT.')?.evidence).toBe('TWENTY PEOPLE');
    expect(numeric.detect('Many people were hurt, the mayor said.')).toBeNull();
  });

  it('does not count years, days of the month or times of day as figures', () => {
    expect(numeric.detect('The treaty was signed in 1994 in Oslo.')).toBeNull();
    expect(numeric.detect('The vote was held on March 14 in Lima.')).toBeNull();
    expect(numeric.detect('Polls closed at 20:00 local time.')).toBeNull();
  });

  it('does not count a number that labels or names something as a figure', () => {
    // Test-authored sentences.
    for (const sentence of [
      'The variable is defined in section 10 of the standard.',
      'Starting from Firefox 85, signed add-ons install without a prompt.',
      'Sony’s PlayStation 4 Pro shows promise.',
      'The bug was fixed in version 3 after a week.',
      'I still remember using the iPhone 4 for the first time.',
    ]) {
      expect(numeric.detect(sentence), sentence).toBeNull();
    }
    expect(numeric.detect('Apple sold 4 million iPhones in the first week.')?.evidence).toBe('4 million');
    expect(numeric.detect('The toll: About 40 people died in the flood.')?.evidence).toBe('40 people');
    expect(numeric.detect('Nearly 40 people died in the flood.')?.evidence).toBe('40 people');
    expect(numeric.detect('Overall, Texas gave Okafor 36 electoral votes.')?.evidence).toContain('36 electoral');
    expect(numeric.detect('Section 230 shields 3,000 sites from lawsuits.')?.evidence).toBe('3,000 sites');
  });

  it('reads a name and its number after a determiner as a name, "the Formula 1 team", "a Boeing 737 pilot"', () => {
    for (const sentence of ['The Formula 1 team signed a new driver on Friday.', 'The Apollo 11 crew landed on the Moon.', 'The months after the Falcon 9 explosion brought questions.', 'He flew as a Boeing 737 pilot for years.']) {
      expect(numeric.detect(sentence), sentence).toBeNull();
    }
    expect(numeric.detect('A Boeing 777 uses 14 tires on landing.')?.evidence).toBe('14 tires');
    // A compound before the number is no name: the figure stays.
    expect(numeric.detect('He was caught stealing an MLB-worst 17 times.')?.evidence).toBe('17 times');
    expect(numeric.detect('The vote gave the Tories 36 more seats.')?.evidence).toContain('36');
  });

  it('reads "third," in a list as an item\'s place, and "a third," as a share', () => {
    expect(numeric.detect('First, Turkey; second, Nippers; third, Ginger Nut.')).toBeNull();
    expect(numeric.detect('Third, the court ruled against the state.')).toBeNull();
    expect(numeric.detect('The budget was cut by a third, officials said.')?.evidence).toBe('third');
  });

  it('does not count reference markers as figures, but still finds the figure beside them', () => {
    expect(numeric.detect('Snow is common in the south of the island.[163]')).toBeNull();
    expect(numeric.detect('Pipe bands spread early in the century.[330][331]')).toBeNull();
    expect(numeric.detect('The list covers films with time loops.[1]: 207')).toBeNull();
    expect(numeric.detect('The census counted 4,242 residents.[12]')?.evidence).toBe('4,242 residents');
  });

  it('quotes a whole number of words and a share told as a ratio, not the first word of it', () => {
    expect(numeric.detect('She was eighty-seven when the book came out.')?.evidence).toBe('eighty-seven');
    expect(numeric.detect('Twenty-five percent of the show is animated.')?.evidence).toBe('Twenty-five percent');
    expect(numeric.detect('“Three in four families who qualified received nothing,” she wrote.')?.evidence).toBe('Three in four families');
    expect(numeric.detect('Only 1 in 5 voters agreed with the plan.')?.evidence).toBe('1 in 5 voters');
    expect(numeric.detect('Nine out of 10 dentists chose the paste.')?.evidence).toBe('Nine out of 10 dentists');
    // A year after "in" is when, not a share.
    expect(numeric.detect('The team won 3 in 2019 and none since.')?.evidence).toBe('3');
  });

  it('quotes a range whole, and a figure with its unit attached, never the digits before its decimal point', () => {
    expect(numeric.detect('In a 2014 Pew study, 78 to 79 percent of respondents were upset.')?.evidence).toBe('78 to 79 percent');
    expect(numeric.detect('Fresh halibut fillets sell for $24 to $28 a pound.')?.evidence).toBe('$24 to $28');
    expect(numeric.detect('The southern parts get around 1,400–1,600 hours of sunshine.')?.evidence).toBe('1,400–1,600 hours');
    expect(numeric.detect('The board has a 1.2GHz 64-bit quad-core CPU.')?.evidence).toBe('1.2GHz');
    expect(numeric.detect('Zigbee runs on the universal 2.4GHz ISM band.')?.evidence).toBe('2.4GHz');
    // A version is no quantity, and none of its parts is one.
    expect(numeric.detect('The change will ship after 0.17.0 is out.')).toBeNull();
  });

  it.each([
    ['Sky paid £4.2bn for Premier League rights.', '£4.2bn'],
    ['The foundation awarded over US$2.3m in 46 new grants.', '$2.3m'],
    ['The $1,000 headset, by contrast, has a sharper screen.', '$1,000'],
    ['The tickets cost $35 each, the organisers said.', '$35'],
    ['The shelter is in the basement at 80 New York Avenue.', '80'],
    ['Libyan militants beheaded 21 Christians last year.', '21 Christians'],
    ['The group represents more than 155,000 Realtors across the country.', '155,000 Realtors'],
    ['Z-Wave runs on the 915 MHz band in the United States.', '915 MHz'],
    ['The tests cost 50 Euro per sample.', '50 Euro'],
    ['The deficit will reach $1 Trillion next year.', '$1 Trillion'],
  ])('keeps a figure’s own words, not the next name or noun, in “%s”', (sentence, evidence) => {
    expect(numeric.detect(sentence)?.evidence).toBe(evidence);
  });

  it('reads a decimal after a name as a version, unless a unit follows it', () => {
    // Test-authored sentences in the shapes found on pages-dev ("QGIS 2.8", "iOS 8.2 or later", "a Red Hat 7.2 machine").
    for (const s of [
      'The watch needs a phone running iOS 9.3 or later.',
      'The significant changes in Krita 4.2 fall into several areas.',
      'I could not install it on a Fedora 3.1 machine.',
      'Sign-in uses the OAuth 2.0 flow, as the draft says.',
      'Most people upgraded to GIMP 2.10 within a month.',
      'It needs a recent system (macOS 10.14 or later).',
    ]) {
      expect(numeric.detect(s), s).toBeNull();
    }
    expect(numeric.detect('The fund gave Acme 1.5 million euros last year.')?.evidence).toBe('1.5 million euros');
    expect(numeric.detect('Shares of HP 2.5 percent higher drew buyers.')?.evidence).toBe('2.5 percent');
    expect(numeric.detect('Unemployment in Ohio rose to 4.2 percent.')?.evidence).toBe('4.2 percent');
    expect(numeric.detect('Version 2.0 took 3.5 years to build.')?.evidence).toBe('3.5 years');
  });

  it('does not count a short year or a number a pronoun follows', () => {
    expect(numeric.detect('In ’80 he married his neighbour from across the street.')).toBeNull();
    expect(numeric.detect('From Firefox 85 it’s now possible to disable the feature.')).toBeNull();
    expect(numeric.detect('The status code 400 got a very high score.')?.evidence).toBe('400');
  });

  it('reads the end of a span of years and a number word in a name as no figure', () => {
    expect(numeric.detect('Jim Counce was a starter on the 1977–78 Arkansas basketball team, which reached the Final Four.')).toBeNull();
    expect(numeric.detect('Map of the coastline as Cook charted it on his first visit in 1769–70.')).toBeNull();
    expect(numeric.detect('In 2009–10, an annual target of 45,000–50,000 approvals was set.')?.evidence).toBe('45,000–50,000 approvals');
    expect(numeric.detect('New Zealand is a member of ANZUS and ASEAN Plus Six.')).toBeNull();
    expect(numeric.detect('About Forty people came to the hearing.')?.evidence).toBe('Forty people');
    expect(numeric.detect('Twenty people died in the fire.')?.evidence).toBe('Twenty people');
  });

  it('reads no figure into a word made with a number word, and a currency’s letters as part of a sum', () => {
    for (const s of ['The building’s three-tiered shape evokes a crown.', 'He took a few laps around that eight-year-old structure.', 'Opting out requires third-party cookies.', 'Half-past twelve o’clock came and the office emptied.']) {
      expect(numeric.detect(s), s).toBeNull();
    }
    expect(numeric.detect('About two-thirds of voters agreed with the plan.')?.evidence).toBe('two-thirds');
    expect(numeric.detect('He must be around two-hundred years old.')?.evidence).toBe('two-hundred years');
    expect(numeric.detect('Eich previously donated US$1,000 in 2008 to the campaign.')?.evidence).toBe('US$1,000');
    expect(numeric.detect('It has a GDP per capita of US$36,254.')?.evidence).toBe('US$36,254');
  });

  it('reads a range written with a hyphen, but not a compound word or a code', () => {
    expect(numeric.detect('Between 10-12 people were hurt in the blast.')?.evidence).toBe('10-12 people');
    expect(numeric.detect('Prices rose 3-4% last year, the bank said.')?.evidence).toBe('3-4%');
    expect(numeric.detect('The 10-year-old girl was found safe.')).toBeNull();
    expect(numeric.detect('Call 555-1234 for details.')).toBeNull();
    expect(numeric.detect('COVID-19 cases rose in the city.')).toBeNull();
  });
});

