/**
 * The analyzer's long loops are generators that `yield` now and then, so the same code runs straight
 * through (`drain`) or in chunks that let the page breathe (`analyzeDocumentAsync`).
 */

/** A piece of work that may pause at each `yield` and finally returns T. */
export type Steps<T> = Generator<void, T>;

/** Runs steps to the end without pausing and returns their result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
