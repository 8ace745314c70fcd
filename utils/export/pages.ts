/** What every export builder shares: the pages to export, the clock, and the notes of a claim in export order. */
import type { Claim, ClaimNote, LinkReport, PageNotes } from '../types';

export interface ExportOptions {
  /** Injectable clock: the export time written into collection headers. */
  now?: () => Date;
}

/**
 * A note as it may come from storage: the user's notes carry an id and times besides the
 * `ClaimNote` fields. Builders read these when present and never require them.
 */
export type ExportedNote = ClaimNote & { id?: string; createdAt?: string; updatedAt?: string };

/** One page or many, as the "this page" and "all pages" exports pass them. */
export type ExportInput = PageNotes | readonly PageNotes[];

/** The pages of an export input, in order. */
export function exportPages(input: ExportInput): readonly PageNotes[] {
  return Array.isArray(input) ? input : [input as PageNotes];
}

/** The ISO time of the export, from the injected clock. */
export function exportTime(options: ExportOptions): string {
  return (options.now ?? (() => new Date()))().toISOString();
}

/** The links a claim cites, in the claim's order, skipping ids the page does not have. */
export function citedLinks(page: PageNotes, claim: Claim): LinkReport[] {
  const byId = new Map(page.links.map((link) => [link.id, link]));
  return claim.linkIds.flatMap((id) => byId.get(id) ?? []);
}
