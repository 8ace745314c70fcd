#!/usr/bin/env node
// Builds the extension for Chrome and Firefox, then runs every real-browser test (tests/e2e/*.e2e.ts) one after
// another with tsx. Each test prints "N passed, N failed"; this exits non-zero if any file failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });

if (!process.argv.includes('--no-build')) {
  // Both targets: most files test the Chrome build, firefox.e2e.ts the Firefox one.
  for (const [target, args] of [['Chrome', ['wxt', 'build']], ['Firefox', ['wxt', 'build', '-b', 'firefox']]]) {
    const build = run('npx', args);
    if (build.status !== 0) {
      console.error(`e2e: the ${target} extension build failed`);
      process.exit(build.status ?? 1);
    }
  }
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = join(root, 'tests/e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  // Firefox last: its browser is the heaviest to start and wind down on a 2-core machine, and the
  // Chromium tests after it were seen starved of CPU on a fresh checkout.
  .sort((a, b) => Number(a.startsWith('firefox')) - Number(b.startsWith('firefox')) || a.localeCompare(b));

let failedFiles = 0;
for (const file of files) {
  const result = run('npx', ['tsx', join(dir, file)]);
  if (result.status !== 0) failedFiles++;
}
console.log(`e2e: ${files.length - failedFiles} of ${files.length} test files passed`);
process.exit(failedFiles > 0 ? 1 : 0);
