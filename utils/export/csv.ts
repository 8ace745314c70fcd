/**
 * CSV export: one row per note (RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled),
 * safe to open in a spreadsheet: a cell that would start a formula is neutralised.
 */
import Papa from 'papaparse';

import type { Claim, PageNotes } from '../types';
import { citedLinks, exportPages, type ExportedNote, type ExportInput, type ExportOptions } from './pages';

/** The columns, in order. Names are part of the export format: extend, never rename. */
export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'analyzed_at',
  'claim_id',
  'claim_text',
  'claim_score',
  'claim_kinds',
  'attribution_source',
  'attribution_verb',
  'note_code',
  'note_origin',
  'note_text',
  'evidence',
  'note_href',
  'cited_links',
  'cited_link_statuses',
  'quote_start',
  'quote_end',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions extends ExportOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheet programs need to read accents right. */
  bom?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'`. Papaparse's own `escapeFormulae` misses cells with a line break, so ClaimLens does it here.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The CSV text of one page or many: a header row, then one row per note of every claim, in order. */
export function buildNotesCsv(input: ExportInput, options: CsvOptions = {}): string {
  const rows = exportPages(input).flatMap((page) => page.claims.flatMap((claim) => claim.notes.map((note) => noteRow(page, claim, note))));
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => neutraliseCell(row[column]))) },
    { newline: '\r\n', escapeFormulae: false },
  );
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}

function noteRow(page: PageNotes, claim: Claim, note: ExportedNote): Record<CsvColumn, string> {
  const links = citedLinks(page, claim);
  return {
    page_url: page.url,
    page_title: page.title,
    analyzed_at: page.analyzedAt,
    claim_id: claim.id,
    claim_text: claim.text,
    claim_score: claim.score.toFixed(3),
    claim_kinds: claim.kinds.join(' '),
    attribution_source: claim.attribution?.source ?? '',
    attribution_verb: claim.attribution?.verb ?? '',
    note_code: note.code,
    note_origin: note.origin,
    note_text: note.text,
    evidence: note.evidence,
    note_href: note.href ?? '',
    // Raw hrefs can hold spaces and markup; the URL if resolved, else the raw attribute, one per line.
    cited_links: links.map((link) => link.url ?? link.href ?? '').join('\n'),
    cited_link_statuses: links.map((link) => link.status).join(' '),
    quote_start: String(claim.selector.start),
    quote_end: String(claim.selector.end),
  };
}
