#!/usr/bin/env node
// Built sizes of the extension's parts, as a browser loads them: the content script, the background,
// the popup (its HTML plus every script and stylesheet it pulls in, shared chunks included) and the
// data files loaded on demand. Bytes on disk and gzipped (each file compressed on its own, level 9).
//
//   node scripts/sizes.mjs [--browser chrome|firefox] [--build] [--markdown|--json]
//
// Without a build in .output (or with --build) it runs `wxt build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const browser = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chrome';
const outputDir = join(root, '.output');

function buildDir() {
  if (!existsSync(outputDir)) return null;
  const name = readdirSync(outputDir).find((entry) => entry.startsWith(`${browser}-mv`));
  // A folder without a manifest is a build in progress or a failed one: build again.
  return name && existsSync(join(outputDir, name, 'manifest.json')) ? join(outputDir, name) : null;
}

let dir = buildDir();
if (!dir || args.includes('--build')) {
  const build = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build', ...(browser === 'chrome' ? [] : ['-b', browser])], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(`sizes: wxt build failed for ${browser}`);
    process.exit(1);
  }
  dir = buildDir();
}
if (!dir) {
  console.error(`sizes: no ${browser} build in .output`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Every local file `entry` loads, itself included: scripts and styles of HTML, static imports of JS. */
function closure(entry, seen = new Set()) {
  const file = normalize(entry);
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const references = file.endsWith('.html')
    ? [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    : file.endsWith('.js')
      ? [...text.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.(?:js|css))["']/g)].map((match) => match[1])
      : [];
  for (const reference of references) {
    if (/^[a-z]+:/i.test(reference)) continue;
    const target = reference.startsWith('/') ? join(dir, reference) : resolve(dirname(file), reference);
    closure(target, seen);
  }
  return seen;
}

function measure(name, files) {
  const list = [...files];
  const bytes = list.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzipped = list.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { name, bytes, gzipped, files: list.map((file) => relative(dir, file)).sort() };
}

const parts = [];
const content = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
if (content.length > 0) parts.push(measure('content script', new Set(content.flatMap((file) => [...closure(join(dir, file))]))));
const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
if (background.length > 0) parts.push(measure('background', new Set(background.flatMap((file) => [...closure(join(dir, file))]))));
const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
if (popup) parts.push(measure('popup', closure(join(dir, popup))));
const options = manifest.options_ui?.page ?? manifest.options_page;
if (options) parts.push(measure('options page', closure(join(dir, options))));
const dataDir = join(dir, 'data');
if (existsSync(dataDir)) {
  for (const name of readdirSync(dataDir).sort()) parts.push(measure(`data/${name} (loaded on demand)`, [join(dataDir, name)]));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
if (args.includes('--json')) {
  console.log(JSON.stringify({ browser, dir: relative(root, dir), parts }, null, 2));
} else if (args.includes('--markdown')) {
  console.log(`| Part (${relative(root, dir)}) | Bytes | Gzipped |`);
  console.log('| --- | ---: | ---: |');
  for (const part of parts) console.log(`| ${part.name} | ${part.bytes.toLocaleString('en')} (${kb(part.bytes)}) | ${part.gzipped.toLocaleString('en')} (${kb(part.gzipped)}) |`);
} else {
  console.log(`Built sizes (${relative(root, dir)}):`);
  for (const part of parts) {
    console.log(`  ${part.name.padEnd(36)} ${String(part.bytes).padStart(9)} B  ${String(part.gzipped).padStart(8)} B gzipped   ${part.files.join(', ')}`);
  }
}
