import { describe, expect, it } from 'vitest';
import countryTable from './countries.json';
import { compactCountries, tokenizedCountries, type CompactCountry } from './compact';
import { aliasWords, resolveParty, tokenize } from './index';

const shipped = countryTable as CompactCountry[];

describe('the country table', () => {
  it('is what scripts/build-parties.ts makes from world-countries (rebuild it if this fails)', () => {
    expect(shipped).toEqual(tokenizedCountries(compactCountries()));
    expect(shipped.length).toBeGreaterThan(200);
  });

  it('gives each name as the words the party index used to tokenize it into in every page', () => {
    const raw = compactCountries();
    raw.forEach(([, ...lists], i) => {
      const [, ...shippedLists] = shipped[i];
      lists.forEach((names, k) => {
        const words = names.map(aliasWords).filter((w) => w.length > 0);
        expect(shippedLists[k].map((tokens) => tokens.split(' '))).toEqual(words);
      });
    });
  });

  it('keeps the one-word names and demonyms that fact-check matching keys countries by', () => {
    // utils/credibility/match.ts: one-word names and demonyms, lower-cased, accents dropped.
    const keys = (table: CompactCountry[]) =>
      table.flatMap(([code, names, demonyms]) =>
        [...names, ...demonyms].filter((n) => /^\p{L}+$/u.test(n)).map((n) => `${n.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}:${code}`),
      );
    expect(keys(shipped)).toEqual(keys(compactCountries()));
  });
});

describe('aliasWords', () => {
  it('tokenizes every country name, demonym and capital exactly as the general tokenizer does', () => {
    const names = compactCountries().flatMap(([, n, d, c]) => [...n, ...d, ...c]);
    expect(names.length).toBeGreaterThan(500);
    for (const name of [...names, 'Korea, South', 'U.S.', 'Downing Street', "Cote d'Ivoire", 'Guinea-Bissau', 'St. Lucia']) {
      expect(aliasWords(name)).toEqual(tokenize(name).map((w) => w.toLowerCase()));
    }
  });
});

describe('resolveParty', () => {
  const countries = (phrase: string) => [...resolveParty(phrase).countries];

  it('finds countries by name, demonym, capital, older spelling and seat of government', () => {
    expect(countries('Ukrainian President Volodymyr Zelensky')).toEqual(['UKR']);
    expect(countries('officials in Kiev')).toEqual(['UKR']);
    expect(countries('Downing Street')).toEqual(['GBR']);
    expect(countries('the Kremlin')).toEqual(['RUS']);
    expect(countries('Seoul')).toEqual(['KOR']);
    expect(countries('the Republic of Korea')).toEqual(['KOR']);
  });

  it("keeps a body's own name words and its initials, so a later “the NIS” refers to it", () => {
    const ref = resolveParty('South Korea’s National Intelligence Service (NIS)');
    expect([...ref.countries]).toEqual(['KOR']);
    expect(ref.names.has('nis')).toBe(true);
  });
});
