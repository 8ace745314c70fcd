/** Helpers for the notes tests: an in-memory backend, a stepping clock, and sample targets. */
import { selectorFor } from '../analyze/text-map';
import type { NotesBackend } from './store';
import type { NoteTarget } from './model';

export const ARTICLE =
  'Harbour deal signed on Tuesday. The port authority said the deal will create 4,000 jobs by 2026, a figure the union disputes. ' +
  'Union leaders said the real number was closer to 2,500.';

/** A backend over a plain variable, with a count of writes. */
export function memoryBackend(initial: unknown = null): NotesBackend & { value: unknown; writes: number } {
  const backend = {
    value: structuredClone(initial),
    writes: 0,
    async getItem() {
      return structuredClone(backend.value);
    },
    async setItem(value: unknown) {
      backend.writes++;
      backend.value = structuredClone(value);
    },
  };
  return backend;
}

/** A clock that moves one minute on every reading, from 2024-05-01. */
export function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2024, 4, 1, 9, minutes++));
}

/** Ids n-1, n-2… */
export function countingIds(): () => string {
  let n = 0;
  return () => `n-${++n}`;
}

/** A selection target on `quote` in `ARTICLE`. */
export function selectionOn(quote: string, text = ARTICLE): NoteTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { kind: 'selection', selector: selectorFor(text, start, start + quote.length) };
}

/** A claim target on the sentence containing `quote`. */
export function claimOn(claimId: string, quote: string, text = ARTICLE): NoteTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { kind: 'claim', claimId, selector: selectorFor(text, start, start + quote.length) };
}
