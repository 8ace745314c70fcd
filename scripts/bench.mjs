#!/usr/bin/env node
// `npm run bench`: every benchmark ClaimLens has, one after another, then the CLI's own figures:
//   1. each `bench:*` npm script whose source file exists (bench:links, bench:analyze, …)
//   2. CLI start-up and analysis time: median of several runs of the real executable
//   3. classify throughput (sentences per second through the streaming command)
//   4. built sizes (scripts/sizes.mjs)
// Figures vary with the machine; run on an idle one and compare ratios, not absolute times.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const failures = [];

function section(title) {
  console.log(`\n━━ ${title}`);
}

// 1. The benchmarks other parts of ClaimLens define, when their files exist in this checkout.
for (const [name, command] of Object.entries(pkg.scripts)) {
  if (!name.startsWith('bench:')) continue;
  const source = command.split(/\s+/).find((word) => /\.(ts|mjs|js)$/.test(word));
  section(`npm run ${name}`);
  if (source && !existsSync(join(root, source))) {
    console.log(`skipped: ${source} does not exist yet`);
    continue;
  }
  const result = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failures.push(name);
}

// 2. The CLI as a user meets it: a new process each time.
const bin = join(root, 'cli/bin.mjs');
const seed = join(root, 'tests/fixtures/seed-article.html');

function medianMs(args, input) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) {
      failures.push(`claimlens ${args.join(' ')}`);
      break;
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

section(`CLI wall time (median of ${runs} runs, new process each)`);
console.log(`  claimlens --help                          ${medianMs(['--help']).toFixed(0)} ms  (start-up floor: node + tsx)`);
console.log(`  claimlens analyze seed-article.html       ${medianMs(['analyze', seed]).toFixed(0)} ms`);
console.log(`  claimlens analyze … --format md           ${medianMs(['analyze', seed, '--format', 'md']).toFixed(0)} ms`);

// 3. classify throughput on many sentences: real debate sentences when ../shared is there, else the reference page's.
section('claimlens classify throughput');
const clef = join(root, '../shared/data/claims-dev/clef2019-task1-train.tsv');
let sentences;
if (existsSync(clef)) {
  const rows = readFileSync(clef, 'utf8').split('\n').slice(1).filter(Boolean);
  const header = readFileSync(clef, 'utf8').split('\n')[0].split('\t');
  const column = Math.max(0, header.findIndex((name) => /sentence|text/i.test(name)));
  sentences = rows.map((row) => row.split('\t')[column] ?? '');
} else {
  const text = readFileSync(seed, 'utf8').replace(/<[^>]+>/g, ' ');
  sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().length > 20);
}
const copies = Math.max(1, Math.ceil(50_000 / sentences.length));
const input = Array.from({ length: copies }, () => sentences.join('\n')).join('\n');
const lines = sentences.length * copies;
const started = process.hrtime.bigint();
const classified = spawnSync(process.execPath, [bin, 'classify'], { cwd: root, input, maxBuffer: 512 * 1024 * 1024 });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (classified.status !== 0) failures.push('claimlens classify');
const outputLines = classified.stdout.toString().split('\n').filter(Boolean).length;
console.log(`  ${lines} sentences in ${seconds.toFixed(2)} s: ${Math.round(lines / seconds)} sentences/s, ${((seconds * 1e6) / lines).toFixed(1)} µs each (start-up included)`);
if (outputLines !== lines) {
  console.log(`  ✗ ${outputLines} output lines for ${lines} input lines`);
  failures.push('classify line count');
}

// 4. Sizes.
section('Built sizes');
const sizes = spawnSync(process.execPath, [join(root, 'scripts/sizes.mjs')], { cwd: root, stdio: 'inherit' });
if (sizes.status !== 0) failures.push('sizes');

if (failures.length > 0) {
  console.log(`\nFailed: ${failures.join(', ')}`);
  process.exit(1);
}
