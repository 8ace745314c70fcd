import { lowQualitySourceNote } from '../credibility/notes';
import { citedLinks, type NoteRule } from './types';

export const lowQualitySource: NoteRule = {
  code: 'low-quality-source',
  description: 'Every web link the claim cites goes to a domain rated below 0.4 of 1 (Lin et al. 2023, or the user)',
  readsLinksOnly: true,
  apply(claim, ctx) {
    const found = lowQualitySourceNote(citedLinks(claim, ctx));
    return found ? [found] : [];
  },
};
