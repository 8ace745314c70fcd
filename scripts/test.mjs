#!/usr/bin/env node
// `npm test`: every check ClaimLens has, in order, with one summary line at the end:
//   wxt prepare → tsc --noEmit → vitest run → wxt build → wxt build -b firefox → web-ext lint → npm run test:e2e
// The summary counts tests where a step reports them (vitest, the browser tests) and the step itself
// otherwise, and ends with exactly "N passed, N failed". Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-test-'));

/** Runs a command with its output shown live (and kept, when `capture`), resolving to its exit code and output. */
function run(command, args, { capture = false } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'] });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('error', (error) => done({ code: 127, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** @type {{ name: string, passed: number, failed: number, skipped?: string, ms: number }[]} */
const results = [];

async function step(name, body) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  let outcome;
  try {
    outcome = await body();
  } catch (error) {
    console.error(error);
    outcome = { passed: 0, failed: 1 };
  }
  const result = { name, ms: Date.now() - started, ...outcome };
  results.push(result);
  const verdict = result.skipped ? `skipped: ${result.skipped}` : result.failed > 0 ? 'FAILED' : 'ok';
  console.log(`━━ ${name}: ${verdict} (${(result.ms / 1000).toFixed(1)} s)`);
  return result.failed === 0 && !result.skipped;
}

/** A step that passes or fails as a whole, on its exit code. */
const byExitCode = ({ code }) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function firefoxBuildDir() {
  const output = join(root, '.output');
  if (!existsSync(output)) return null;
  const dir = readdirSync(output).find((name) => /^firefox-mv[23]$/.test(name));
  return dir ? join(output, dir) : null;
}

const prepared = await step('wxt prepare', async () => byExitCode(await run(bin('wxt'), ['prepare'])));
if (prepared) {
  await step('tsc --noEmit', async () => byExitCode(await run(bin('tsc'), ['--noEmit', '-p', '.'])));

  await step('vitest run', async () => {
    const report = join(scratch, 'vitest.json');
    const { code } = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
    if (!existsSync(report)) return { passed: 0, failed: 1 };
    const json = JSON.parse(readFileSync(report, 'utf8'));
    // A file that fails to load has no tests to count; count it so it cannot pass unseen.
    const brokenFiles = (json.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
    const failed = json.numFailedTests + brokenFiles;
    return { passed: json.numPassedTests, failed: code !== 0 && failed === 0 ? 1 : failed };
  });

  const chromeBuilt = await step('wxt build (Chrome)', async () => byExitCode(await run(bin('wxt'), ['build'])));
  const firefoxBuilt = await step('wxt build -b firefox', async () => byExitCode(await run(bin('wxt'), ['build', '-b', 'firefox'])));

  await step('web-ext lint (Firefox build)', async () => {
    const dir = firefoxBuildDir();
    if (!firefoxBuilt || !dir) return { passed: 0, failed: 1, skipped: 'no Firefox build to lint' };
    const { code, output } = await run(bin('web-ext'), ['lint', '--source-dir', dir, '--no-input', '--output', 'json'], { capture: true });
    const json = JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1) || '{}');
    const summary = json.summary ?? {};
    console.log(`web-ext lint: ${summary.errors ?? '?'} errors, ${summary.warnings ?? '?'} warnings, ${summary.notices ?? '?'} notices`);
    for (const message of [...(json.errors ?? []), ...(json.warnings ?? [])]) {
      console.log(`  ${message._type}: ${message.code} ${message.file ?? ''} ${message.message}`);
    }
    // Errors fail the run; warnings are printed for the reader to judge.
    return summary.errors === 0 && code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  });

  await step('npm run test:e2e', async () => {
    if (!existsSync(join(root, 'scripts/e2e.mjs'))) return { passed: 0, failed: 0, skipped: 'scripts/e2e.mjs does not exist yet' };
    if (!chromeBuilt) return { passed: 0, failed: 1, skipped: 'the Chrome build failed' };
    // The build step above just built the extension: do not build it twice.
    const { code, output } = await run('npm', ['run', '--silent', 'test:e2e', '--', '--no-build'], { capture: true });
    let passed = 0;
    let failed = 0;
    for (const [, p, f] of output.matchAll(/^(\d+) passed, (\d+) failed$/gm)) {
      passed += Number(p);
      failed += Number(f);
    }
    // A test file that crashed prints no count: count each failed file at least once.
    const files = /^e2e: (\d+) of (\d+) test files passed$/m.exec(output);
    const failedFiles = files ? Number(files[2]) - Number(files[1]) : 0;
    failed = Math.max(failed, failedFiles);
    if (passed + failed === 0) return byExitCode({ code });
    return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
  });
}

rmSync(scratch, { recursive: true, force: true });

console.log('\n━━ Summary');
for (const result of results) {
  const counts = result.skipped ? `skipped (${result.skipped})` : `${result.passed} passed, ${result.failed} failed`;
  console.log(`  ${result.failed > 0 ? '✗' : '✓'} ${result.name.padEnd(30)} ${counts}  ${(result.ms / 1000).toFixed(1)} s`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
