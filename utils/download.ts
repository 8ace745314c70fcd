/**
 * Saving a file the user asked for, from an extension page: a Blob behind an object URL clicked
 * through `<a download>`. No `downloads` permission is needed, and the export builders stay pure.
 */
import type { ExportFile } from './export';

/** A file name for an export: `claimlens-<what>-<date><extension>`, safe on every file system. */
export function exportFileName(what: string, file: Pick<ExportFile, 'extension'>, now = new Date()): string {
  const safe = what.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase() || 'notes';
  return `claimlens-${safe}-${now.toISOString().slice(0, 10)}${file.extension}`;
}

/** Starts the browser's download of `file` under `name` (a side effect; call from a user action). */
export function downloadFile(file: Pick<ExportFile, 'text' | 'mimeType'>, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chrome reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
