/** `claimlens classify`: check-worthiness of sentences read from standard input, one JSON line out per line in. */
import { once } from 'node:events';
import { createInterface } from 'node:readline';

import { detectKinds } from '../utils/analyze/kinds';
import { scoreSentence } from '../utils/analyze/score';
import type { ClaimKind } from '../utils/types';
import type { CliIo } from './io';

export interface Classification {
  score: number;
  claim: boolean;
  kinds: ClaimKind[];
}

/** Scores one sentence the way the analyzer scores an article's sentences. */
export function classifySentence(sentence: string): Classification {
  const text = sentence.trim();
  const { score, claim } = scoreSentence(text);
  return { score, claim, kinds: detectKinds(text) };
}

/**
 * Streams `io.stdin` to `io.stdout`: one result per input line, blank lines included, so line N of the
 * output always answers line N of the input. Memory stays flat on inputs of any size.
 */
export async function runClassify(io: CliIo): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  // Results are written once per burst of input (one chunk's lines), not once per line: a write per
  // line costs more than scoring the sentence. Typed input still gets its answer at once.
  let pending: string[] = [];
  let drained: Promise<unknown> | null = null;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const ok = io.stdout.write(pending.join(''));
    pending = [];
    // Respect back-pressure: a slow reader (a pipe into another program) must not make us buffer everything.
    if (!ok) drained = once(io.stdout, 'drain');
  };
  for await (const line of lines) {
    pending.push(`${JSON.stringify(classifySentence(line))}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    if (drained) {
      await drained;
      drained = null;
    }
  }
  flush();
  if (drained) await drained;
}
