/**
 * Trains the check-worthiness scorer shipped in `utils/analyze/score-model.json`.
 *
 *   npx tsx scripts/train-scorer.ts [CLEF_TSV] [OUT_JSON]
 *
 * Learns only from the CLEF-2019 CheckThat! task 1 training debates. Training is full-batch and
 * deterministic, so the same data gives the same file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CUES, sentenceFeatures, type ScorerModel, type SentenceFeatures } from '../utils/analyze/score';

/** One labelled sentence; `group` is the debate (or other unit MAP is averaged over). */
export interface LabelledSentence {
  text: string;
  label: 0 | 1;
  group: string;
  /** The row's own source field (ClaimBuster: a sentence id), for deterministic splits; empty when absent. */
  id: string;
}

/** Knobs of a training run; the defaults are what the shipped model uses. */
export interface TrainOptions {
  /** A word or bigram enters the vocabulary when this many training sentences contain it. */
  minCount: number;
  /** How many terms the shipped model keeps (largest weights), which bounds the file size. */
  maxTerms: number;
  /** L2 penalty on cue weights and on term weights; terms get more because there are many and they are noisy. */
  cuePenalty: number;
  termPenalty: number;
  epochs: number;
  learningRate: number;
  /**
   * `claim` is true at or above this score. 0.5 is the equal-prior decision boundary of a class-balanced
   * model (the sentence looks more like the claims fact-checkers picked than like the rest), so it is
   * set by the method, not fitted to any labelled file.
   */
  claimThreshold: number;
  /** Sentences with fewer words are left out of training (fragments and interjections teach only "short"). */
  minWords: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  minCount: 4,
  maxTerms: 700,
  cuePenalty: 1e-3,
  termPenalty: 1e-2,
  epochs: 300,
  learningRate: 0.05,
  claimThreshold: 0.5,
  minWords: 0,
};

/** Unquotes one TSV field written with CSV-style quoting ("a ""quoted"" word"). */
function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

/**
 * Reads a labelled TSV with a header row. Columns are found by name (text/sentence, label/class,
 * source/debate/group); the group is the `source` up to `#` (CLEF names the debate file there).
 */
export function readLabelledTsv(path: string): LabelledSentence[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split('\t').map((h) => h.trim().toLowerCase());
  const find = (names: string[]) => header.findIndex((h) => names.includes(h));
  const textCol = find(['text', 'sentence', 'sentence_text', 'claim']);
  const labelCol = find(['label', 'class', 'verdict', 'checkworthy', 'check_worthy']);
  const groupCol = find(['source', 'debate', 'group', 'file', 'document']);
  if (textCol < 0 || labelCol < 0) throw new Error(`${path}: need a text and a label column, found ${header.join(', ')}`);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const raw = unquote(cells[labelCol]?.trim() ?? '0');
    const label = raw === '1' || /^(?:true|yes|cfs)$/i.test(raw) ? 1 : 0;
    const source = groupCol >= 0 ? (cells[groupCol] ?? '') : '';
    // CLEF names the debate file before '#'; ClaimBuster ends each source with a per-sentence id.
    const group = source.split('#')[0].replace(/\/[^/]*=[^/]*$/, '');
    return { text: unquote(cells[textCol] ?? ''), label, group: group || 'all', id: source };
  });
}

/** The features of many sentences, computed once so folds can share them. */
export type FeatureCache = SentenceFeatures[];

/** Computes features for every sentence (the slow part; reuse it across folds). */
export function featuresOf(sentences: LabelledSentence[]): FeatureCache {
  return sentences.map((s) => sentenceFeatures(s.text));
}

interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

/** Fits class-balanced, L2-regularised logistic regression by full-batch Adam. */
function fit(rows: SparseRow[], labels: number[], dim: number, penalty: Float64Array, o: TrainOptions): { w: Float64Array; bias: number } {
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  // Equal total weight per class: the score then reads as "looks like a checked claim" on a 0..1 scale,
  // not as the tiny base rate of checked claims in a debate.
  const weightOf = (y: number) => (y === 1 ? 0.5 / positives : 0.5 / negatives);
  const w = new Float64Array(dim);
  let bias = 0;
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const grad = new Float64Array(dim + 1);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    grad.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const { index, value } = rows[r];
      let z = bias;
      for (let k = 0; k < index.length; k++) z += w[index[k]] * value[k];
      const g = (1 / (1 + Math.exp(-z)) - labels[r]) * weightOf(labels[r]);
      for (let k = 0; k < index.length; k++) grad[index[k]] += g * value[k];
      grad[dim] += g;
    }
    for (let j = 0; j < dim; j++) grad[j] += penalty[j] * w[j];
    const c1 = 1 - b1 ** epoch;
    const c2 = 1 - b2 ** epoch;
    for (let j = 0; j <= dim; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] * grad[j];
      const step = (o.learningRate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
      if (j === dim) bias -= step;
      else w[j] -= step;
    }
  }
  return { w, bias };
}

function toRows(features: FeatureCache, cueIndex: Map<string, number>, termIndex: Map<string, number>): SparseRow[] {
  return features.map((f) => {
    const index: number[] = [];
    const value: number[] = [];
    for (const [name, x] of Object.entries(f.cues)) {
      if (x) {
        index.push(cueIndex.get(name)!);
        value.push(x);
      }
    }
    for (const t of f.terms) {
      const j = termIndex.get(t);
      if (j !== undefined) {
        index.push(j);
        value.push(1);
      }
    }
    return { index: Int32Array.from(index), value: Float64Array.from(value) };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Trains a scorer on labelled sentences (features precomputed in the same order). */
export function trainScorer(sentences: LabelledSentence[], features: FeatureCache, options: Partial<TrainOptions> = {}): ScorerModel {
  const o = { ...DEFAULT_OPTIONS, ...options };
  if (o.minWords > 0) {
    const keep = sentences.map((s, i) => i).filter((i) => sentences[i].text.split(/\s+/).filter(Boolean).length >= o.minWords);
    return trainScorer(keep.map((i) => sentences[i]), keep.map((i) => features[i]), { ...o, minWords: 0 });
  }
  const labels = sentences.map((s) => s.label);
  const cueIndex = new Map(CUES.map((c, i) => [c.name, i]));

  const counts = new Map<string, number>();
  for (const f of features) for (const t of f.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Sorted so the vocabulary, and with it the whole run, does not depend on Map insertion order.
  const vocabulary = [...counts].filter(([, n]) => n >= o.minCount).map(([t]) => t).sort();

  const run = (terms: string[]) => {
    const termIndex = new Map(terms.map((t, i) => [t, CUES.length + i]));
    const dim = CUES.length + terms.length;
    const penalty = new Float64Array(dim).fill(o.termPenalty);
    penalty.fill(o.cuePenalty, 0, CUES.length);
    return fit(toRows(features, cueIndex, termIndex), labels, dim, penalty, o);
  };

  // Fit on the whole vocabulary, keep the terms that matter most, refit on those: a small file, same signal.
  const wide = run(vocabulary);
  const kept = vocabulary
    .map((t, i) => [t, Math.abs(wide.w[CUES.length + i])] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxTerms)
    .map(([t]) => t)
    .sort();
  const narrow = run(kept);

  const cues: Record<string, number> = {};
  CUES.forEach((c, i) => (cues[c.name] = round(narrow.w[i])));
  const terms: Record<string, number> = {};
  kept.forEach((t, i) => {
    const w = round(narrow.w[CUES.length + i]);
    if (w !== 0) terms[t] = w;
  });
  return { version: 1, source: '', bias: round(narrow.bias), cues, terms, threshold: o.claimThreshold };
}

function main(): void {
  const input = resolve(process.argv[2] ?? '../shared/data/claims-dev/clef2019-task1-train.tsv');
  const output = resolve(process.argv[3] ?? 'utils/analyze/score-model.json');
  const sentences = readLabelledTsv(input);
  const scorer = trainScorer(sentences, featuresOf(sentences));
  scorer.source =
    'CLEF-2019 CheckThat! Lab, Task 1 (check-worthiness), 19 training debates (Atanasova et al. 2019); the organisers state the data is free for general research use';
  const json = JSON.stringify(scorer);
  writeFileSync(output, json + '\n');
  console.log(`${output}: ${Object.keys(scorer.terms).length} terms, ${CUES.length} cues, threshold ${scorer.threshold}, ${json.length} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
