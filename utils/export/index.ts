/** The export formats and their pure builders; the extension's download and the CLI's output both use `buildExport`. */
import { buildWebAnnotationJson } from './annotation';
import { buildNotesCsv, type CsvOptions } from './csv';
import { buildPageNotesJson } from './json';
import { buildMarkdownReport } from './markdown';
import type { ExportInput } from './pages';

export type { ExportInput, ExportOptions, ExportedNote } from './pages';
export { buildPageNotesJson, EXPORT_COLLECTION_SCHEMA, type PageNotesCollection } from './json';
export { buildWebAnnotationCollection, buildWebAnnotationJson, pageAnnotations, ANNOTATION_CONTEXT, type WebAnnotation, type WebAnnotationCollection } from './annotation';
export { buildMarkdownReport } from './markdown';
export { buildNotesCsv, neutraliseCell, CSV_COLUMNS } from './csv';
export { parseImport, importedNoteKey, ImportError, MAX_IMPORT_CHARS, type ImportedNote, type ImportResult } from './import';

export type ExportFormat = 'json' | 'annotation' | 'md' | 'csv';

export interface ExportFile {
  text: string;
  mimeType: string;
  /** File name extension, with the dot. */
  extension: string;
}

const FILE_TYPES: Record<ExportFormat, Omit<ExportFile, 'text'>> = {
  json: { mimeType: 'application/json', extension: '.claimlens.json' },
  annotation: { mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', extension: '.annotations.jsonld' },
  md: { mimeType: 'text/markdown;charset=utf-8', extension: '.md' },
  csv: { mimeType: 'text/csv;charset=utf-8', extension: '.csv' },
};

/** The file for one export format: its text, MIME type and file name extension. Pure: nothing is written. */
export function buildExport(format: ExportFormat, input: ExportInput, options: CsvOptions = {}): ExportFile {
  const text =
    format === 'json'
      ? buildPageNotesJson(input, options)
      : format === 'annotation'
        ? buildWebAnnotationJson(input, options)
        : format === 'md'
          ? buildMarkdownReport(input, options)
          : buildNotesCsv(input, options);
  return { text, ...FILE_TYPES[format] };
}
