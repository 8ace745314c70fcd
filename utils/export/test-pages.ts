/** Sample `PageNotes` for the export tests: a claim with rule and user notes, flagged links, hostile text. */
import { PAGE_NOTES_SCHEMA, type PageNotes } from '../types';

/** A page as the analyzer and the user's notes would leave it. */
export function samplePage(): PageNotes {
  return {
    schema: PAGE_NOTES_SCHEMA,
    url: 'https://news.example/world/harbour-deal',
    title: 'Port authority says harbour deal will create 4,000 jobs',
    analyzedAt: '2024-05-02T10:00:00.000Z',
    claims: [
      {
        id: 'c-harbour-jobs',
        text: 'The port authority said the deal will create 4,000 jobs by 2026.',
        score: 0.91,
        kinds: ['attributed', 'numeric', 'prediction'],
        attribution: { source: 'The port authority', verb: 'said' },
        notes: [
          {
            code: 'single-source',
            text: 'Only one named source backs this claim.',
            evidence: 'The port authority said',
            origin: 'rule',
          },
          {
            code: 'broken-source-link',
            text: 'Every link this claim cites is broken.',
            evidence: 'the deal',
            origin: 'rule',
          },
          {
            code: 'user',
            text: 'Ask the union; their figure was "2,500", not 4,000.',
            evidence: '',
            origin: 'user',
            id: 'n-1',
            createdAt: '2024-05-03T08:30:00.000Z',
          } as PageNotes['claims'][number]['notes'][number],
        ],
        linkIds: ['l-2'],
        selector: {
          exact: 'The port authority said the deal will create 4,000 jobs by 2026.',
          prefix: 'Harbour deal signed. ',
          suffix: ' Critics disagree.',
          start: 21,
          end: 86,
        },
      },
      {
        id: 'c-formula',
        text: '=HYPERLINK("http://evil.example","click") + more | pipes *stars* <b>bold</b>',
        score: 0.4,
        kinds: [],
        attribution: null,
        notes: [
          {
            code: 'hedged',
            text: '-2 is a hedge\nwith a second line',
            evidence: '@possibly',
            origin: 'rule',
          },
        ],
        linkIds: [],
        selector: { exact: '=HYPERLINK', prefix: '', suffix: '', start: 120, end: 130 },
      },
      {
        id: 'c-quiet',
        text: 'Officials met on Tuesday.',
        score: 0.3,
        kinds: ['temporal'],
        attribution: null,
        notes: [],
        linkIds: [],
        selector: { exact: 'Officials met on Tuesday.', prefix: '', suffix: '', start: 140, end: 165 },
      },
    ],
    links: [
      { id: 'l-1', tag: 'a', href: '/', url: 'https://news.example/', text: 'Home', inArticle: false, status: 'ok', reason: 'same-site link' },
      {
        id: 'l-2',
        tag: 'a',
        href: ' target="_blank">the deal</a> <a href=',
        url: null,
        text: 'the deal',
        inArticle: true,
        status: 'malformed',
        reason: 'the address is leftover markup',
        swallowedText: 'signed in secret',
      },
      { id: 'l-3', tag: 'img', href: '', url: null, text: 'Harbour at dawn', inArticle: true, status: 'empty', reason: 'no image address' },
    ],
    stats: { claims: 3, links: 3, flaggedLinks: 2, ms: 4 },
  };
}
