/**
 * Builds utils/parties/countries.json from the `world-countries` package: only the names, demonyms and
 * capitals the analyzer matches parties with, already in tokens, so the content script carries neither
 * the package's 1.4 MB nor the work of tokenizing them in every page.
 * Run: npx tsx scripts/build-parties.ts  (utils/parties/index.test.ts fails when the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactCountries, tokenizedCountries } from '../utils/parties/compact';

const out = fileURLToPath(new URL('../utils/parties/countries.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(tokenizedCountries(compactCountries()))}\n`);
console.log(`wrote ${out}`);
