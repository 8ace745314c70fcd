import { isBrokenStatus } from '../types';
import { citedLinks, note, sentenceOf, type NoteRule } from './types';

export const brokenSourceLink: NoteRule = {
  code: 'broken-source-link',
  description: 'Every link the claim cites is broken, so its source cannot be followed',
  readsLinksOnly: true,
  apply(claim, ctx) {
    const links = citedLinks(claim, ctx);
    if (links.length === 0 || !links.every((l) => isBrokenStatus(l.status))) return [];
    const named = links.map((l) => `“${l.text || l.href || 'link'}” (${l.status})`).join(', ');
    // Evidence is the page's own words: the text of the cited links (the statuses go in the sentence).
    const evidence = links.map((l) => l.text || l.href || '').filter(Boolean).join(' … ');
    const one = links.length === 1;
    return [
      note(
        'broken-source-link',
        one ? sentenceOf(`Its cited link is broken (${links[0].status}): ${links[0].reason}`) : `All ${links.length} of its cited links are broken: ${named}.`,
        evidence,
      ),
    ];
  },
};
