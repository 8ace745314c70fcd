import countries from 'world-countries';

/** One country as the analyzer matches it: ISO code, then every name, demonym and capital that refers to it. */
export type CompactCountry = [code: string, names: string[], demonyms: string[], capitals: string[]];

/** Derives the compact table from `world-countries` (build time and the staleness test only). */
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
