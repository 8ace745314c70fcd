#!/usr/bin/env node
// `npm start`: builds the extension, serves the bundled reference page on 127.0.0.1 and opens it in
// Chromium with ClaimLens loaded, in a fresh temporary profile. Without a display (no DISPLAY or
// WAYLAND_DISPLAY) it says so and prints the CLI's Markdown analysis of the same page instead.
//
//   npm start [-- --no-build] [-- --browser PATH]
//
// Chromium is taken from --browser, $CHROMIUM_PATH, /usr/lib/chromium/chromium or the PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const extensionDir = join(root, '.output/chrome-mv3');
const referencePage = join(root, 'tests/fixtures/seed-article.html');

if (!args.includes('--no-build')) {
  console.log('Building ClaimLens (wxt build)…');
  const build = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No built extension in ${extensionDir}; run without --no-build.`);
  process.exit(1);
}
console.log(`\nThe built extension is in ${extensionDir} (load it in any Chromium-based browser, see README).`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('\nNo display here (DISPLAY and WAYLAND_DISPLAY are not set), so no browser can be opened.');
  console.log('Instead, this is what ClaimLens finds on the reference page (claimlens analyze --format md):\n');
  const cli = spawnSync(process.execPath, [join(root, 'cli/bin.mjs'), 'analyze', referencePage, '--format', 'md'], { cwd: root, stdio: 'inherit' });
  process.exit(cli.status ?? 1);
}

const browser = findChromium();
if (!browser) {
  console.error('\nChromium was not found. Install it (Debian: apt-get install chromium) or pass --browser PATH.');
  process.exit(1);
}

// Serve only the reference page: the extension runs on http(s) pages, not on file:// ones.
const page = readFileSync(referencePage);
const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '/seed-article.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const url = `http://127.0.0.1:${server.address().port}/seed-article.html`;

const profile = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
const flags = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-component-update',
  '--disable-sync',
  // Chromium refuses to run as root with its sandbox on (containers, CI machines).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  url,
];
console.log(`\nOpening ${url} in ${browser} with ClaimLens loaded.`);
console.log('Click the ClaimLens icon in the toolbar (pin it from the puzzle-piece menu) to see the popup.');
console.log('Close the browser window or press Ctrl+C here to stop.');

const chromium = spawn(browser, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
let errors = '';
chromium.stderr.on('data', (chunk) => {
  errors = (errors + chunk).slice(-4000);
});
const stop = () => {
  if (chromium.exitCode === null) chromium.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const code = await new Promise((done) => chromium.on('close', (status) => done(status ?? 0)));
server.close();
rmSync(profile, { recursive: true, force: true });
if (code !== 0) {
  console.error(`Chromium stopped with code ${code}${errors ? `:\n${errors}` : ''}`);
  process.exit(1);
}
process.exit(0);

function findChromium() {
  const explicit = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  if (existsSync('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}
