/** JSON export: the pages' `PageNotes` exactly as ClaimLens holds them, user notes included, so import restores them. */
import type { PageNotes } from '../types';
import { exportPages, exportTime, type ExportInput, type ExportOptions } from './pages';

export const EXPORT_COLLECTION_SCHEMA = 'claimlens/export@1' as const;

/** Several pages in one file: what "export all pages" writes. One page is written as a bare `PageNotes`. */
export interface PageNotesCollection {
  schema: typeof EXPORT_COLLECTION_SCHEMA;
  exportedAt: string;
  pages: PageNotes[];
}

/**
 * The JSON text of an export: a single `PageNotes` for one page, a `PageNotesCollection` for an array.
 * Every field is kept (unknown ones too), so the file re-imports without loss.
 */
export function buildPageNotesJson(input: ExportInput, options: ExportOptions = {}): string {
  if (!Array.isArray(input)) return `${JSON.stringify(input, null, 2)}\n`;
  const collection: PageNotesCollection = {
    schema: EXPORT_COLLECTION_SCHEMA,
    exportedAt: exportTime(options),
    pages: [...exportPages(input)],
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
