/**
 * Measures the check-worthiness scorer on labelled sentences, with the same `scoreSentence` that
 * `claimlens classify` and the content script use.
 *
 *   npm run eval:claims [FILE ...] [--lodo] [--no-lodo]
 *
 * With no FILE it evaluates both reference sets in ../shared/data/claims-dev. For the CLEF file (or
 * with --lodo) it also retrains the scorer once per debate, leaving that debate out, because the
 * shipped model learned from CLEF and an in-sample MAP would say nothing.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreSentence, scoreSentenceWith } from '../utils/analyze/score';
import { featuresOf, readLabelledTsv, trainScorer, type LabelledSentence } from '../scripts/train-scorer';

const SHARED = '../shared/data/claims-dev';
const DEFAULT_FILES = [`${SHARED}/clef2019-task1-train.tsv`, `${SHARED}/claimbuster-dev.tsv`];

/** Average precision of one ranking: the mean of precision at the rank of each positive. */
export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, i], rank) => {
    if (labels[i] === 1) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}

/** MAP: average precision per group (debate), averaged over groups that have any positive. */
export function meanAveragePrecision(scores: number[], sentences: LabelledSentence[]): { map: number; groups: Map<string, number> } {
  const byGroup = new Map<string, number[]>();
  sentences.forEach((s, i) => byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), i]));
  const groups = new Map<string, number>();
  for (const [group, idx] of byGroup) {
    if (!idx.some((i) => sentences[i].label === 1)) continue;
    groups.set(group, averagePrecision(idx.map((i) => scores[i]), idx.map((i) => sentences[i].label)));
  }
  const values = [...groups.values()];
  return { map: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), groups };
}

/** Precision, recall and F1 of the positive class. */
export function decisionQuality(claims: boolean[], labels: number[]): { precision: number; recall: number; f1: number; flagged: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  claims.forEach((c, i) => {
    if (c && labels[i] === 1) tp++;
    else if (c) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, flagged: (tp + fp) / Math.max(1, claims.length) };
}

/** The plain baseline the issue compares against: longer sentences and sentences with digits rank higher. */
function baseline(text: string): { score: number; claim: boolean } {
  const words = text.split(/\s+/).filter(Boolean).length;
  const score = Math.min(1, words / 40) + (/\d/.test(text) ? 0.3 : 0);
  return { score, claim: words >= 8 && score >= 0.3 };
}

const f3 = (x: number) => x.toFixed(3);

/** FNV-1a hash of a string: a fixed, platform-independent way to split a file in two. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Which half of a file without debates a sentence falls in. The development half (even hash of the
 * sentence id) is the one looked at for error analysis while designing cues and the factual-form rule;
 * the held-out half (odd hash) is only ever evaluated, so its F1 is the honest figure.
 */
export function splitHalf(sentence: LabelledSentence): 'development' | 'held-out' {
  return fnv1a(sentence.id || sentence.text) % 2 === 0 ? 'development' : 'held-out';
}

function line(name: string, map: number, groupCount: number, q: ReturnType<typeof decisionQuality>): string {
  const mapLabel = groupCount > 1 ? `MAP over ${groupCount} debates` : 'AP';
  return `  ${name.padEnd(34)} ${mapLabel} ${f3(map)}   claim P ${f3(q.precision)} R ${f3(q.recall)} F1 ${f3(q.f1)}  (flags ${(100 * q.flagged).toFixed(1)}%)`;
}

/** Leave-one-debate-out: for each debate, train on the others and score it; returns held-out scores. */
export function leaveOneDebateOut(sentences: LabelledSentence[]): { scores: number[]; claims: boolean[] } {
  const features = featuresOf(sentences);
  const groups = [...new Set(sentences.map((s) => s.group))];
  const scores = new Array<number>(sentences.length);
  const claims = new Array<boolean>(sentences.length);
  for (const held of groups) {
    const train = sentences.map((s, i) => i).filter((i) => sentences[i].group !== held);
    const scorer = trainScorer(train.map((i) => sentences[i]), train.map((i) => features[i]));
    sentences.forEach((s, i) => {
      if (s.group !== held) return;
      const r = scoreSentenceWith(s.text, scorer);
      scores[i] = r.score;
      claims[i] = r.claim;
    });
  }
  return { scores, claims };
}

function evaluate(file: string, lodo: boolean | undefined): void {
  const sentences = readLabelledTsv(file);
  const labels = sentences.map((s) => s.label);
  const groupCount = new Set(sentences.map((s) => s.group)).size;
  const positives = labels.filter((y) => y === 1).length;
  console.log(`\n${basename(file)}: ${sentences.length} sentences, ${positives} check-worthy (${((100 * positives) / sentences.length).toFixed(1)}%), ${groupCount} debate(s)`);

  const base = sentences.map((s) => baseline(s.text));
  const baseMap = meanAveragePrecision(base.map((b) => b.score), sentences).map;
  console.log(line('baseline (length and numbers)', baseMap, groupCount, decisionQuality(base.map((b) => b.claim), labels)));

  const started = performance.now();
  const shipped = sentences.map((s) => scoreSentence(s.text));
  const perSentence = (performance.now() - started) / sentences.length;
  const isClef = /clef/i.test(basename(file));
  const shippedName = isClef ? 'shipped model (IN-SAMPLE, optimistic)' : 'shipped model';
  const shippedMap = meanAveragePrecision(shipped.map((r) => r.score), sentences).map;
  console.log(line(shippedName, shippedMap, groupCount, decisionQuality(shipped.map((r) => r.claim), labels)));
  if (groupCount === 1) {
    for (const half of ['development', 'held-out'] as const) {
      const idx = sentences.map((s, i) => i).filter((i) => splitHalf(sentences[i]) === half);
      const subset = idx.map((i) => sentences[i]);
      const name = half === 'development' ? 'dev half (used for error analysis)' : 'held-out half (never inspected)';
      console.log(line(`  ${name}`, meanAveragePrecision(idx.map((i) => shipped[i].score), subset).map, 1, decisionQuality(idx.map((i) => shipped[i].claim), subset.map((s) => s.label))));
    }
  }

  if (lodo ?? (isClef && groupCount > 1)) {
    const held = leaveOneDebateOut(sentences);
    const { map, groups } = meanAveragePrecision(held.scores, sentences);
    console.log(line('leave-one-debate-out (retrained)', map, groupCount, decisionQuality(held.claims, labels)));
    for (const [group, ap] of groups) console.log(`      ${f3(ap)}  ${basename(group)}`);
  }
  console.log(`  scoring time: ${(perSentence * 1000).toFixed(1)} µs per sentence (shipped model, this machine)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const lodo = args.includes('--lodo') ? true : args.includes('--no-lodo') ? false : undefined;
  const files = args.filter((a) => !a.startsWith('--'));
  for (const file of files.length ? files : DEFAULT_FILES) {
    const path = resolve(file);
    if (!existsSync(path)) {
      console.error(`eval:claims: no such file ${file}`);
      process.exitCode = 2;
      continue;
    }
    evaluate(path, lodo);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
