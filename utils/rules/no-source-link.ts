import { note, type NoteRule } from './types';

export const noSourceLink: NoteRule = {
  code: 'no-source-link',
  description: 'The claim cites no link a reader could follow',
  readsLinksOnly: true,
  apply(claim) {
    if (claim.linkIds.length > 0) return [];
    return [note('no-source-link', 'No source linked: the sentence links to nothing that backs it.', claim.text.length > 80 ? `${claim.text.slice(0, 79)}…` : claim.text)];
  },
};
