import { isBrokenStatus } from '../types';
import { citedLinks, note, type NoteRule } from './types';

export const brokenSourceLink: NoteRule = {
  code: 'broken-source-link',
  description: 'Every link the claim cites is broken, so its source cannot be followed',
  readsLinksOnly: true,
  apply(claim, ctx) {
    const links = citedLinks(claim, ctx);
    if (links.length === 0 || !links.every((l) => isBrokenStatus(l.status))) return [];
    const what = links.map((l) => `“${l.text || l.href || 'link'}” (${l.status})`).join(', ');
    const one = links.length === 1;
    return [
      note(
        'broken-source-link',
        one ? `Its cited link is broken (${links[0].status}): ${links[0].reason}.` : `All ${links.length} of its cited links are broken.`,
        what,
      ),
    ];
  },
};
