import type { ClaimKind, NoteCode } from '../types';
import { note, type NoteRule } from './types';

/** A rule that turns a detected kind into a note, with the detector's words as evidence. */
function kindNote(kind: ClaimKind & NoteCode, description: string, text: (evidence: string) => string): NoteRule {
  return {
    code: kind,
    description,
    apply(claim, ctx) {
      const m = ctx.kindMatches(claim).get(kind);
      return m ? [note(kind, text(m.evidence), m.evidence)] : [];
    },
  };
}

export const hedgedRule = kindNote('hedged', 'The sentence hedges ("possibly", "cannot be ruled out")', (e) => `Hedged: the article itself is not sure (“${e}”).`);
export const predictionRule = kindNote('prediction', 'The sentence predicts what will happen ("expected to", "will")', (e) => `A prediction (“${e}”): it cannot be checked yet.`);
export const numericRule = kindNote('numeric', 'The sentence states a figure that can be checked ("12,000 personnel")', (e) => `States a figure (“${e}”): worth checking against its source.`);
