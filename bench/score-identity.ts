/**
 * Proves a rewrite of the scorer changes no number, and times it: scores every sentence of claims-dev,
 * every sentence of every pages-dev article, and a fuzz of list words glued with apostrophes, hyphens,
 * digits and curly quotes, with a reference copy of the old `score.ts` and with the current one, and
 * asserts the same cue values, terms, score, claim and reasons for all. Then µs per sentence for both.
 *
 *   cp utils/analyze/score.ts /tmp/score-old.ts && cp utils/analyze/score-model.json /tmp/   (before the change)
 *   npx tsx bench/score-identity.ts [/tmp/score-old.ts]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHtml } from '../cli/dom';
import { findArticle } from '../utils/analyze/article';
import { buildTextMap } from '../utils/analyze/text-map';
import { splitSentences } from '../utils/analyze/sentences';
import * as current from '../utils/analyze/score';

type Scorer = typeof current;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '../shared/data');
const old = (await import(pathToFileURL(resolve(process.argv[2] ?? '/tmp/score-old.ts')).href)) as Scorer;

const sentences: string[] = [];
for (const f of readdirSync(join(shared, 'claims-dev')).filter((f) => f.endsWith('.tsv'))) {
  for (const line of readFileSync(join(shared, 'claims-dev', f), 'utf8').split('\n').slice(1)) {
    const text = line.split('\t')[0];
    if (text) sentences.push(text);
  }
}
const fromClaims = sentences.length;
for (const f of readdirSync(join(shared, 'pages-dev')).filter((f) => f.endsWith('.html')).sort()) {
  const doc = parseHtml(readFileSync(join(shared, 'pages-dev', f), 'utf8'), `https://pages-dev.example/${f}`);
  const scope = findArticle(doc);
  if (!scope) continue;
  for (const s of splitSentences(buildTextMap(scope.root, { exclude: scope.exclude }))) sentences.push(s.text);
}
const fromPages = sentences.length - fromClaims;

// Word boundaries are where a rewrite goes wrong: every word of the cue patterns, joined to its
// neighbours by the characters that do or do not end a \w run.
const words = [...new Set(readFileSync(join(root, 'utils/analyze/score.ts'), 'utf8').match(/[a-z][a-z' ]*[a-z]|'[a-z]+/g) ?? [])];
// Suffixes end in a space so "tax" + "s " tries the word "taxs" itself.
// Disfluencies ("uh", "um,") are dropped before anything is read; \u212a (Kelvin) and \u0130 lower-case to ASCII
// letters, \u0130 to two characters.
const glue = [' ', ' ', ' ', "'", '\u2019', '-', '_', '1', '9', ', ', '. ', '$', '%', ' $5 ', ' 1990 ', " '99 ", '?', 'é', 's ', 'ed ', 'e ', "'s ", 'er than ', 's', 'ed', ' uh ', 'um, ', '\u212a', '\u0130'];
let seed = 42;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const fuzz: string[] = [];
for (let i = 0; i < 60000; i++) {
  // Leading blanks: the text is trimmed before the ^-anchored patterns read it.
  let t = rand(4) === 0 ? 'And ' : rand(8) === 0 ? ' \u00a0' : '';
  for (let k = 1 + rand(8); k > 0; k--) {
    const w = words[rand(words.length)];
    t += (rand(5) === 0 ? w.toUpperCase() : rand(3) === 0 ? w[0].toUpperCase() + w.slice(1) : w) + glue[rand(glue.length)];
  }
  fuzz.push(t);
}

let bad = 0;
for (const text of [...sentences, ...fuzz]) {
  const a = old.scoreSentence(text);
  const b = current.scoreSentence(text);
  const fa = JSON.stringify(old.sentenceFeatures(text));
  const fb = JSON.stringify(current.sentenceFeatures(text));
  // The terms training builds its vocabulary from, and the lazily worked-out `reasons`, too.
  const ta = JSON.stringify(old.sentenceTerms(text));
  const tb = JSON.stringify(current.sentenceTerms(text));
  const ra = JSON.stringify(a.reasons);
  const rb = JSON.stringify(b.reasons);
  if (!Object.is(a.score, b.score) || a.claim !== b.claim || fa !== fb || ta !== tb || ra !== rb) {
    if (bad++ < 5) console.log('DIFFERENT:', JSON.stringify(text), a.score, b.score, a.claim, b.claim, ra, rb, '\n ', fa, '\n ', fb, '\n ', ta, '\n ', tb);
  }
}
console.log(`${fromClaims} claims-dev + ${fromPages} pages-dev sentences + ${fuzz.length} fuzz: ${bad ? `${bad} DIFFERENT` : 'identical score, claim, reasons, cues and terms'}`);
if (bad) process.exitCode = 1;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function perSentence(fn: (t: string) => unknown): number {
  const out: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (const t of sentences) fn(t);
    out.push(performance.now() - t0);
  }
  return (median(out) / sentences.length) * 1000;
}
// Alternate so neither side gets all the warm-up.
perSentence(old.scoreSentence);
perSentence(current.scoreSentence);
const before = perSentence(old.scoreSentence);
const after = perSentence(current.scoreSentence);
console.log(`scoreSentence over ${sentences.length} real sentences: old ${before.toFixed(2)} µs, new ${after.toFixed(2)} µs (${(before / after).toFixed(2)}x)`);
