#!/usr/bin/env node
// The `claimlens` executable: loads the TypeScript CLI through tsx (a runtime dependency), in its own
// namespace so only ClaimLens's files are compiled, and exits with the CLI's code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const wxtTsconfig = fileURLToPath(new URL('../.wxt/tsconfig.json', import.meta.url));
// The project tsconfig extends the one `wxt prepare` writes; without it, compile with tsx's defaults.
const api = register({ namespace: 'claimlens-cli', tsconfig: existsSync(wxtTsconfig) ? tsconfig : false });

function onBrokenPipe(error) {
  // `claimlens … | head` closes the pipe early: stop quietly, as Unix tools do.
  if (error && error.code === 'EPIPE') process.exit(0);
  throw error;
}
process.stdout.on('error', onBrokenPipe);

const { main } = await api.import('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
