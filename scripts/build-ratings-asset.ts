/**
 * Rebuilds `public/data/lin2023.json` from the Lin et al. (2023) `domain_pc1.csv`.
 * Usage: npx tsx scripts/build-ratings-asset.ts [path/to/domain_pc1.csv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { ratingsAssetFromLinCsv } from '../utils/credibility/ratings';

const csvPath = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/domains/lin2023/domain_pc1.csv', import.meta.url));
const outPath = fileURLToPath(new URL('../public/data/lin2023.json', import.meta.url));
const asset = ratingsAssetFromLinCsv(readFileSync(csvPath, 'utf8'));
// No indentation: the file ships in the extension, and a byte saved is a byte saved on every install.
writeFileSync(outPath, `${JSON.stringify(asset)}\n`);
console.log(`${asset.count} domains → ${outPath}`);
