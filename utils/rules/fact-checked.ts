import { factCheckedNote } from '../credibility/notes';
import type { NoteRule } from './types';

export const factChecked: NoteRule = {
  code: 'fact-checked',
  description: 'The claim closely matches a claim a fact-checker reviewed (ClaimReview the user has seen or imported)',
  apply(claim, ctx) {
    const found = factCheckedNote(claim.text, ctx.options.factChecks);
    return found ? [found] : [];
  },
};
