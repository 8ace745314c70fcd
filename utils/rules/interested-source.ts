import { findInterest } from '../analyze/stance';
import { describeMatch, resolveParty, sameParty } from '../parties';
import { note, type NoteRule } from './types';

export const interestedSource: NoteRule = {
  code: 'interested-source',
  description: 'The article says the claim’s source may gain from the claim being believed',
  apply(claim, ctx) {
    const source = claim.attribution?.source;
    if (!source) return [];
    const interests = ctx.memo('interests', () =>
      ctx.sentences.flatMap((s) => {
        const i = findInterest(s.text);
        return i ? [{ ...i, sentence: s.text, ref: resolveParty(i.parties) }] : [];
      }),
    );
    const sourceRef = resolveParty(source);
    const hit = interests.find((i) => sameParty(sourceRef, i.ref));
    if (!hit) return [];
    const matched = describeMatch(sourceRef, hit.ref).length > 0 ? hit.parties : source;
    return [note('interested-source', `Interested source: the article says ${matched} may gain from this claim (“${hit.phrase}”).`, hit.sentence)];
  },
};
