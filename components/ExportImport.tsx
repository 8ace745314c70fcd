import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export';
import type { ImportSummary } from '@/utils/notes/merge';

/** The export formats, in the order the buttons show them. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'annotation', label: 'Web Annotation' },
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
];

export type ExportScope = 'page' | 'all';

export interface ExportButtonsProps {
  /** Which scopes to offer: the popup has this page and all pages, the options page all pages. */
  scopes: readonly ExportScope[];
  /** Builds and downloads the export; resolves to an error message, or null. */
  onExport: (format: ExportFormat, scope: ExportScope) => Promise<string | null>;
}

/** "Export this page / all pages as JSON, Web Annotation, Markdown, CSV". */
export function ExportButtons({ scopes, onExport }: ExportButtonsProps) {
  const [message, setMessage] = useState('');
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section__title">
        Export notes
      </h2>
      {scopes.map((scope) => (
        <div class="export__row" role="group" aria-label={scope === 'page' ? 'Export this page' : 'Export all pages'} key={scope}>
          <span class="export__label">{scope === 'page' ? 'This page:' : 'All pages:'}</span>
          {EXPORT_FORMATS.map(({ format, label }) => (
            <button
              type="button"
              class="small-button"
              key={format}
              aria-label={`Export ${scope === 'page' ? 'this page' : 'all pages'} as ${label}`}
              onClick={async () => setMessage((await onExport(format, scope).catch((e: unknown) => String(e))) ?? '')}
            >
              {label}
            </button>
          ))}
        </div>
      ))}
      {message ? (
        <p class="note__error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}

export interface ImportNotesProps {
  /** Imports the file's text; resolves to what was added, or to the refusal message. */
  onImport: (text: string) => Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: string }>;
}

/** The words for what an import did. */
export function importSummaryText(summary: ImportSummary): string {
  const notes = (n: number) => `${n} note${n === 1 ? '' : 's'}`;
  const parts = [`Imported: ${notes(summary.added)} added on ${summary.pages} page${summary.pages === 1 ? '' : 's'}`];
  if (summary.updated) parts.push(`${notes(summary.updated)} updated`);
  if (summary.duplicates) parts.push(`${notes(summary.duplicates)} already there`);
  if (summary.skipped) parts.push(`${notes(summary.skipped)} skipped (no text to attach to)`);
  return `${parts.join(', ')}.`;
}

/** Import notes from a JSON or Web Annotation file; says what was added, or why the file was refused. */
export function ImportNotes({ onImport }: ImportNotesProps) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => null);
    input.value = '';
    if (text === null) return setResult({ ok: false, text: 'The file could not be read. Nothing was changed.' });
    const answer = await onImport(text).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setResult(answer.ok ? { ok: true, text: importSummaryText(answer.summary) } : { ok: false, text: `${answer.error} Nothing was changed.` });
  };
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import notes</h2>
      <p>A ClaimLens JSON export or a W3C Web Annotation file. Notes you already have are not added twice.</p>
      <label for="import-file">Notes file</label>{' '}
      <input id="import-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void pick(e.target as HTMLInputElement)} />
      {result ? (
        <p class={result.ok ? 'import__summary' : 'note__error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
    </section>
  );
}
