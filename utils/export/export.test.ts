import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { PAGE_NOTES_SCHEMA } from '../types';
import {
  ANNOTATION_CONTEXT,
  buildExport,
  buildMarkdownReport,
  buildNotesCsv,
  buildPageNotesJson,
  buildWebAnnotationCollection,
  CSV_COLUMNS,
  neutraliseCell,
  parseImport,
} from './index';
import type { TextPositionSelector, TextQuoteSelector } from './annotation';
import { samplePage } from './test-pages';

const now = () => new Date('2024-06-01T12:00:00.000Z');

describe('JSON export', () => {
  it('writes one page as PageNotes, user notes included, and imports it back unchanged', () => {
    const page = samplePage();
    const text = buildPageNotesJson(page, { now });
    const parsed = JSON.parse(text);
    expect(parsed.schema).toBe(PAGE_NOTES_SCHEMA);
    expect(parsed).toEqual(page);

    const imported = parseImport(text);
    expect(imported.format).toBe('page-notes');
    expect(imported.pages).toEqual([page]);
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes[0]).toMatchObject({
      pageUrl: page.url,
      claimId: 'c-harbour-jobs',
      note: { origin: 'user', text: 'Ask the union; their figure was "2,500", not 4,000.' },
      created: '2024-05-03T08:30:00.000Z',
      selector: page.claims[0].selector,
    });
  });

  it('writes many pages as a collection stamped with the injected time, which imports back', () => {
    const second = { ...samplePage(), url: 'https://other.example/story' };
    const text = buildPageNotesJson([samplePage(), second], { now });
    const parsed = JSON.parse(text);
    expect(parsed.schema).toBe('claimlens/export@1');
    expect(parsed.exportedAt).toBe('2024-06-01T12:00:00.000Z');
    expect(parseImport(text).pages.map((page) => page.url)).toEqual([samplePage().url, 'https://other.example/story']);
  });
});

describe('Web Annotation export', () => {
  const collection = buildWebAnnotationCollection(samplePage(), { now });
  const items = collection.first.items;

  it('is an AnnotationCollection with one annotation per note', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    expect(items).toHaveLength(4);
    expect(collection.generated).toBe('2024-06-01T12:00:00.000Z');
  });

  it('gives every annotation the fields the Web Annotation model requires', () => {
    for (const annotation of items) {
      expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(annotation.type).toBe('Annotation');
      // An annotation's id must be an IRI.
      expect(() => new URL(annotation.id)).not.toThrow();
      expect(['commenting', 'assessing']).toContain(annotation.motivation);
      expect(Number.isNaN(Date.parse(annotation.created))).toBe(false);
      expect(annotation.body.length).toBeGreaterThan(0);
      for (const body of annotation.body) {
        if (body.type === 'TextualBody') expect(typeof body.value).toBe('string');
      }
      expect(annotation.target.source).toBe('https://news.example/world/harbour-deal');
      const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector];
      expect(quote.type).toBe('TextQuoteSelector');
      expect(typeof quote.exact).toBe('string');
      expect(typeof quote.prefix).toBe('string');
      expect(typeof quote.suffix).toBe('string');
      expect(position.type).toBe('TextPositionSelector');
      expect(Number.isInteger(position.start) && Number.isInteger(position.end) && position.end >= position.start).toBe(true);
    }
    expect(new Set(items.map((annotation) => annotation.id)).size).toBe(items.length);
  });

  it('comments with user notes and assesses with rule notes, carrying text and evidence', () => {
    const user = items.filter((annotation) => annotation.motivation === 'commenting');
    expect(user).toHaveLength(1);
    expect(user[0].created).toBe('2024-05-03T08:30:00.000Z');
    expect(user[0].body[0]).toMatchObject({ type: 'TextualBody', purpose: 'commenting', value: 'Ask the union; their figure was "2,500", not 4,000.' });

    const singleSource = items.find((annotation) => annotation.body.some((body) => 'value' in body && body.value === 'single-source'));
    expect(singleSource?.motivation).toBe('assessing');
    expect(singleSource?.body).toContainEqual(expect.objectContaining({ purpose: 'describing', value: 'The port authority said' }));
    expect(singleSource?.target.selector[0].exact).toBe('The port authority said the deal will create 4,000 jobs by 2026.');
    expect(singleSource?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 21, end: 86 });
  });

  it('gives the same ids on a second export, so re-imports can skip duplicates', () => {
    const again = buildWebAnnotationCollection(samplePage(), { now: () => new Date() }).first.items.map((annotation) => annotation.id);
    expect(again).toEqual(items.map((annotation) => annotation.id));
  });

  it('imports back the user notes with their quote and position', () => {
    const imported = parseImport(JSON.stringify(collection));
    expect(imported.format).toBe('web-annotation');
    expect(imported.notes).toEqual([
      {
        pageUrl: 'https://news.example/world/harbour-deal',
        claimId: null,
        selector: samplePage().claims[0].selector,
        note: { code: 'user', text: 'Ask the union; their figure was "2,500", not 4,000.', evidence: '', origin: 'user', id: 'n-1' },
        created: '2024-05-03T08:30:00.000Z',
      },
    ]);
  });

  it('leaves out the position of a note whose position is unknown, keeping the quote', () => {
    const page = samplePage();
    page.claims[2].notes.push({ code: 'user', text: 'On the link text only.', evidence: 'Tuesday', origin: 'user' });
    page.claims[2].selector = { exact: 'Tuesday', prefix: 'met on ', suffix: '.', start: -1, end: -1 };
    const annotation = buildWebAnnotationCollection(page, { now }).first.items.at(-1)!;
    expect(annotation.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Tuesday', prefix: 'met on ', suffix: '.' }]);
    const imported = parseImport(JSON.stringify(buildWebAnnotationCollection(page, { now }))).notes.at(-1)!;
    expect(imported.selector).toEqual({ exact: 'Tuesday', prefix: 'met on ', suffix: '.', start: -1, end: -1 });
  });
});

describe('Markdown export', () => {
  const report = buildMarkdownReport(samplePage(), { now });

  it('reads as a report: page heading, claims with notes and evidence, flagged links with status', () => {
    expect(report).toMatch(/^# Port authority says harbour deal will create 4,000 jobs$/m);
    expect(report).toContain('- Page: <https://news.example/world/harbour-deal>');
    expect(report).toMatch(/^## Claims$/m);
    expect(report).toMatch(/^### Claim 1$/m);
    expect(report).toContain('> The port authority said the deal will create 4,000 jobs by 2026.');
    expect(report).toContain('**single-source**');
    expect(report).toContain('Evidence: “The port authority said”');
    expect(report).toContain('**your note**: Ask the union');
    expect(report).toMatch(/^## Flagged links$/m);
    expect(report).toMatch(/^\| malformed \| the deal \|.*\| article \| the address is leftover markup Hidden text: “signed in secret” \|$/m);
    expect(report).toMatch(/^\| empty \| Harbour at dawn \|/m);
    // The working navigation link is not flagged.
    expect(report).not.toMatch(/^\| ok \|/m);
  });

  it('escapes page text so it cannot inject HTML, links or table cells', () => {
    expect(report).not.toContain('<b>');
    expect(report).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(report).toContain('\\| pipes \\*stars\\*');
    // Every row of the flagged-links table keeps its five cells despite the markup in the raw href.
    const rows = report.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('puts several pages under one title, stamped with the injected time', () => {
    const many = buildMarkdownReport([samplePage(), samplePage()], { now });
    expect(many).toMatch(/^# ClaimLens report: 2 pages$/m);
    expect(many).toContain('Exported 2024-06-01T12:00:00.000Z.');
    expect(many.match(/^## Port authority/gm)).toHaveLength(2);
  });
});

describe('CSV export', () => {
  const csv = buildNotesCsv(samplePage(), { now });
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has one row per note, with the documented columns', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data.map((row) => row.note_code)).toEqual(['single-source', 'broken-source-link', 'user', 'hedged']);
    expect(parsed.data[2]).toMatchObject({ note_origin: 'user', claim_id: 'c-harbour-jobs', cited_link_statuses: 'malformed' });
  });

  it('follows RFC 4180: CRLF rows, quotes doubled inside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv).toContain('"Ask the union; their figure was ""2,500"", not 4,000."');
    expect(parsed.data[2].note_text).toBe('Ask the union; their figure was "2,500", not 4,000.');
  });

  it('neutralises cells that a spreadsheet would run as formulas, even across line breaks', () => {
    const hostile = parsed.data[3];
    expect(hostile.claim_text.startsWith("'=HYPERLINK(")).toBe(true);
    expect(hostile.note_text).toBe("'-2 is a hedge\nwith a second line");
    expect(hostile.evidence).toBe("'@possibly");
    for (const row of parsed.data) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('neutralises each dangerous first character and leaves other text alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell('1+1')).toBe('1+1');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('')).toBe('');
  });

  it('starts with a byte order mark only when asked', () => {
    expect(csv.startsWith('page_url')).toBe(true);
    expect(buildNotesCsv(samplePage(), { bom: true }).startsWith('\uFEFFpage_url')).toBe(true);
  });
});

describe('buildExport', () => {
  it('gives each format its text, MIME type and extension', () => {
    expect(JSON.parse(buildExport('json', samplePage(), { now }).text).schema).toBe(PAGE_NOTES_SCHEMA);
    expect(buildExport('annotation', samplePage(), { now }).mimeType).toContain('ld+json');
    expect(buildExport('md', samplePage(), { now }).extension).toBe('.md');
    expect(buildExport('csv', samplePage(), { now }).text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});
