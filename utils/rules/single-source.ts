import { isNamedSource, splitSources } from '../analyze/attribution';
import { note, sentenceOf, type NoteRule } from './types';

export const singleSource: NoteRule = {
  code: 'single-source',
  description: 'The claim is attributed to exactly one named source',
  apply(claim, ctx) {
    const a = claim.attribution;
    if (!a || !isNamedSource(a.source)) return [];
    // "X said…, and Y confirmed…": two named sources are not a single one.
    if ((a.sources?.length ?? 0) > 1) return [];
    if (splitSources(a.source).filter(isNamedSource).length !== 1) return [];
    const evidence = ctx.kindMatches(claim).get('attributed')?.evidence ?? a.source;
    return [note('single-source', sentenceOf(`Attributed to a single source: ${a.source}`), evidence)];
  },
};
