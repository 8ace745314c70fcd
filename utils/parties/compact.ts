/**
 * Build time only (scripts/build-parties.ts and the test that the committed table is current): the
 * country table the analyzer ships, from the `world-countries` package, which the extension does not carry.
 */
import countries from 'world-countries';
import { tokenize } from './index';

/**
 * One country as the analyzer matches it: ISO code, then every name, demonym and capital that refers to
 * it. In countries.json each is given as its lower-cased tokens joined by single spaces ("korea south"),
 * the form the party index matches, so pages do not tokenize the 1,100 names (about 1 ms of the first
 * lookup in every page).
 */
export type CompactCountry = [code: string, names: string[], demonyms: string[], capitals: string[]];

/** The table with the package's own spellings (before `tokenizedCountries`). */
export function compactCountries(): CompactCountry[] {
  return countries
    .map((c): CompactCountry => {
      const names = new Set<string>([c.name.common, c.name.official]);
      // altSpellings mixes codes ("UA"), native names and English variants ("Republic of Korea"): keep
      // the Latin-script multi-letter ones, which is what an English article would write.
      for (const alt of c.altSpellings) if (/^[A-Z][A-Za-z .'-]{3,}$/.test(alt) && !alt.includes(',')) names.add(alt);
      const demonyms = new Set<string>([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d));
      return [c.cca3, [...names], [...demonyms], c.capital.filter((x) => /^[A-Z]/.test(x))];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** The table as countries.json ships it: each name, demonym and capital as its lower-cased tokens joined by spaces. */
export function tokenizedCountries(table: readonly CompactCountry[]): CompactCountry[] {
  const tokens = (names: string[]) => names.map((n) => tokenize(n).map((w) => w.toLowerCase()).join(' ')).filter(Boolean);
  return table.map(([code, names, demonyms, capitals]) => [code, tokens(names), tokens(demonyms), tokens(capitals)]);
}
