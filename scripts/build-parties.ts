/**
 * Builds utils/parties/countries.json from the `world-countries` package: only the names, demonyms and
 * capitals the analyzer matches parties with, so the content script does not carry the package's 1.4 MB.
 * Run: npx tsx scripts/build-parties.ts  (a unit test fails when the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactCountries } from '../utils/parties/compact';

const out = fileURLToPath(new URL('../utils/parties/countries.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(compactCountries())}\n`);
console.log(`wrote ${out}`);
