import { isNamedSource, splitSources } from '../analyze/attribution';
import { note, type NoteRule } from './types';

export const singleSource: NoteRule = {
  code: 'single-source',
  description: 'The claim is attributed to exactly one named source',
  apply(claim, ctx) {
    const a = claim.attribution;
    if (!a || !isNamedSource(a.source)) return [];
    if (splitSources(a.source).filter(isNamedSource).length !== 1) return [];
    const evidence = ctx.kindMatches(claim).get('attributed')?.evidence ?? a.source;
    return [note('single-source', `Attributed to a single source: ${a.source}.`, evidence)];
  },
};
