import { describe, expect, it } from 'vitest';

import { buildPageNotesJson } from './json';
import { ImportError, importedNoteKey, MAX_IMPORT_CHARS, parseImport } from './import';
import { samplePage } from './test-pages';

function refusal(text: string): string {
  try {
    parseImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('the import was accepted');
}

describe('parseImport refuses what it cannot trust', () => {
  it('refuses a corrupt file', () => {
    const text = buildPageNotesJson(samplePage());
    expect(refusal(text.slice(0, text.length / 2))).toMatch(/not valid JSON/);
  });

  it('refuses a foreign JSON file', () => {
    expect(refusal('{"name": "my-package", "version": "1.0.0"}')).toMatch(/neither a ClaimLens export nor a W3C Web Annotation/);
    expect(refusal('[1, 2, 3]')).toMatch(/neither/);
    expect(refusal('"just a string"')).toMatch(/neither/);
  });

  it('refuses a file larger than the limit before parsing it', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_CHARS + 1))).toMatch(/too large to import/);
  });

  it('refuses a later ClaimLens format it cannot read', () => {
    expect(refusal('{"schema": "claimlens/page-notes@9", "url": "https://a.example/"}')).toMatch(/cannot read \(format "claimlens\/page-notes@9"\)/);
  });

  it('names the first damaged field of a ClaimLens export', () => {
    const page = samplePage() as unknown as { claims: { notes: { origin: string }[]; score: unknown }[] };
    page.claims[0].notes[2].origin = 'robot';
    expect(refusal(JSON.stringify(page))).toBe('This file is damaged: claims[0].notes[2].origin must be "rule" or "user".');

    const scored = samplePage() as unknown as { claims: { score: unknown }[] };
    scored.claims[1].score = 'high';
    expect(refusal(JSON.stringify(scored))).toMatch(/claims\[1\]\.score must be a number from 0 to 1/);
  });

  it('refuses a page address or note link that is not a web address', () => {
    expect(refusal(JSON.stringify({ ...samplePage(), url: 'javascript:alert(1)' }))).toMatch(/url is not a web address/);
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'hi' },
      target: { source: 'data:text/html,<script>', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    };
    expect(refusal(JSON.stringify(annotation))).toMatch(/target\.source is not a web address/);
  });

  it('refuses overlong note text', () => {
    const page = samplePage();
    page.claims[0].notes[2].text = 'x'.repeat(20_001);
    expect(refusal(JSON.stringify(page))).toMatch(/claims\[0\]\.notes\[2\]\.text is longer than/);
  });
});

describe('parseImport reads Web Annotations from other tools', () => {
  it('reads a bare annotation with bodyValue and a single quote selector', () => {
    const result = parseImport(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://annotations.example/1',
        type: 'Annotation',
        bodyValue: 'Check the 2019 budget figure.',
        created: '2023-01-05T00:00:00Z',
        target: { source: 'https://paper.example/budget', selector: { type: 'TextQuoteSelector', exact: 'budget rose 40%' } },
      }),
    );
    expect(result.notes).toEqual([
      {
        pageUrl: 'https://paper.example/budget',
        claimId: null,
        selector: { exact: 'budget rose 40%', prefix: '', suffix: '', start: -1, end: -1 },
        note: { code: 'user', text: 'Check the 2019 budget figure.', evidence: '', origin: 'user' },
        created: '2023-01-05T00:00:00Z',
      },
    ]);
  });

  it('skips annotations with nothing to anchor to and counts them', () => {
    const result = parseImport(
      JSON.stringify([
        { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', bodyValue: 'whole page', target: 'https://paper.example/' },
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          body: [{ type: 'TextualBody', value: 'a note', purpose: 'commenting' }],
          target: { source: 'https://paper.example/', selector: [{ type: 'TextQuoteSelector', exact: 'quoted words' }] },
        },
      ]),
    );
    expect(result.skipped).toBe(1);
    expect(result.notes.map((imported) => imported.note.text)).toEqual(['a note']);
  });

  it('keeps only user notes: rule notes are recomputed from the page', () => {
    const result = parseImport(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        motivation: 'assessing',
        body: { type: 'TextualBody', value: 'Only one named source backs this claim.' },
        target: { source: 'https://paper.example/', selector: { type: 'TextQuoteSelector', exact: 'words' } },
      }),
    );
    expect(result.notes).toEqual([]);
  });
});

describe('importedNoteKey', () => {
  it('is equal for the same note imported twice and differs for another note', () => {
    const first = parseImport(buildPageNotesJson(samplePage())).notes[0];
    const again = parseImport(buildPageNotesJson(samplePage())).notes[0];
    expect(importedNoteKey(first)).toBe(importedNoteKey(again));
    expect(importedNoteKey({ ...first, note: { ...first.note, text: 'another thought' } })).not.toBe(importedNoteKey(first));
  });
});
