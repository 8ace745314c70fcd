/**
 * Inputs for proving a hand-built URL equal to `new URL`: every href/src value of pages-dev (read from
 * the raw HTML, so entity forms like "&amp;" are inputs too) and generated ones that mix near-canonical
 * web addresses with every kind of character and shape both URL parsers rewrite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/pages-dev');

/** The pages a base URL may be: the benchmark's, one with a port, an IP, an IDN host, a file and an opaque one. */
export const HREF_BASES = [
  'https://pages-dev.example/some%20page.html',
  'http://news.example.org:8080/2025/05/story.html?x=1#top',
  'https://news.example.org:443/a/b/',
  'http://127.0.0.1/x',
  'https://xn--bcher-kva.example/story',
  'https://B%C3%BCcher.example/story',
  'file:///home/user/page.html',
  'about:blank',
  // Relative links keep the page's user name and password.
  'https://reader:secret@news.example.org/story',
];

/** Every distinct href, src and data-src value of the pages-dev pages, each with its page's name. */
export function pageHrefs(): string[] {
  const out = new Set<string>();
  const attr = /\s(?:href|src|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
  for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(pagesDir, file), 'utf8');
    for (const m of html.matchAll(attr)) out.add(m[1] ?? m[2]);
  }
  return [...out];
}

/** `count` addresses from a fixed seed: mostly one step from canonical, so both branches get exercised. */
export function generatedHrefs(count: number, seed = 42): string[] {
  let s = seed >>> 0;
  const rand = (n: number) => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand(xs.length))];
  const plain = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  const odd = [...'ABZ_.~!$&()*+,;=:@/?#%\'"`{}|^[]\\<> \t\n', '\u00e9', '\u65e5', '\u0130', '\u00df', '\ufb01', '\u2028', '\u3002', '\uff0e', '%2e', '%2E', '%41', '%7e', '%zz', '%', '..', '.', 'xn--', 'xn--bcher-kva', '0x1f', '012', '1', '255', '4294967296'];
  const ch = () => (rand(1) < 0.85 ? pick([...plain]) : pick(odd));
  const word = (max: number) => Array.from({ length: 1 + Math.floor(rand(max)) }, ch).join('');
  const label = () => (rand(1) < 0.8 ? Array.from({ length: 1 + Math.floor(rand(10)) }, () => pick([...plain])).join('') : word(8));
  const host = () => {
    const labels = Array.from({ length: 1 + Math.floor(rand(4)) }, label);
    if (rand(1) < 0.1) labels.push(pick(['1', '0x10', '255', '00', '']));
    if (rand(1) < 0.03) labels[0] = 'a'.repeat(60 + Math.floor(rand(10)));
    let h = labels.join('.');
    if (rand(1) < 0.05) h += pick([':80', ':443', ':8080', ':', ':0x1']);
    if (rand(1) < 0.03) h = `user${pick(['', ':pw'])}@${h}`;
    return h;
  };
  const path = () => {
    const segs = Array.from({ length: Math.floor(rand(5)) }, () => (rand(1) < 0.1 ? pick(['.', '..', '%2e', '.%2e', '...', '.a']) : word(12)));
    let p = segs.map((x) => `/${x}`).join('');
    if (rand(1) < 0.2) p += '/';
    if (rand(1) < 0.3) p += `?${word(20)}`;
    if (rand(1) < 0.1) p += `#${word(8)}`;
    return p;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const shape = rand(1);
    let href: string;
    if (shape < 0.45) href = `${pick(['http', 'https', 'https', 'HTTP', 'Https', 'ftp', 'htps'])}${pick(['://', '://', '://', ':/', ':\\\\', '//'])}${host()}${path()}`;
    else if (shape < 0.65) href = `//${host()}${path()}`;
    else if (shape < 0.9) href = path() || '/';
    else href = word(20);
    if (rand(1) < 0.03) href = pick([' ', '\t', '\n']) + href;
    if (rand(1) < 0.03) href += pick([' ', '\t', '\n']);
    out.push(href);
  }
  return out;
}
