/**
 * The user's notes in the shape the export builders (`utils/export/`) take: `PageNotes` whose claims
 * carry the user's notes beside the rule notes (`origin: "user"`). The export format has claims only, so a
 * note on a link or on selected text travels as a claim of its own, with an id that says what it is;
 * `mergeImportedNotes` turns it back into a link or selection note, so a JSON export re-imports without loss.
 */
import { PAGE_NOTES_SCHEMA, type Claim, type LinkReport, type PageNotes, type TextSelector } from '../types';
import { claimAt, type Anchor } from './anchor';
import { noteQuote, toClaimNote, type UserNote } from './model';
import type { NotesPage } from './schema';

/** Claim id prefix of an exported note on selected text (followed by the note's id). */
export const SELECTION_CLAIM_PREFIX = 'user-selection:';
/** Claim id prefix of an exported note on a link (followed by the link's id). */
export const LINK_CLAIM_PREFIX = 'user-link:';

/**
 * The page with the user's notes added to it: a claim note goes on its claim (or, when the claim's id
 * changed, on the claim its anchor now sits in), other notes on claims of their own. Notes the page
 * already carries (same id) are not added twice. `page` is left untouched.
 */
export function withUserNotes(page: PageNotes, notes: readonly UserNote[], anchors?: ReadonlyMap<string, Anchor>): PageNotes {
  const claims: Claim[] = page.claims.map((claim) => ({ ...claim, notes: [...claim.notes] }));
  const present = new Set(claims.flatMap((claim) => claim.notes.map((note) => (note as { id?: string }).id).filter(Boolean)));
  for (const note of notes) {
    if (present.has(note.id)) continue;
    const anchor = anchors?.get(note.id);
    const home =
      note.target.kind === 'claim'
        ? (claims.find((claim) => claim.id === (note.target as { claimId: string }).claimId) ?? (anchor ? claimAt(claims, anchor) : null))
        : null;
    (home ?? ownClaim(claims, note)).notes.push(toClaimNote(note));
  }
  return { ...page, claims, links: withNotedLinks(page.links, notes) };
}

/**
 * A page known only from storage (not open now) as `PageNotes` holding its user notes, for "export all
 * pages". It has no links and no rule notes: those come from analysing the page, which is not at hand.
 */
export function storedPageNotes(page: NotesPage): PageNotes {
  const latest = page.notes.reduce((time, note) => (note.updatedAt > time ? note.updatedAt : time), '1970-01-01T00:00:00.000Z');
  const claims: Claim[] = [];
  for (const note of page.notes) ownClaim(claims, note).notes.push(toClaimNote(note));
  return {
    schema: PAGE_NOTES_SCHEMA,
    url: page.url,
    title: page.title,
    analyzedAt: latest,
    claims,
    links: withNotedLinks([], page.notes),
    stats: { claims: claims.length, links: 0, flaggedLinks: 0, ms: 0 },
  };
}

/**
 * The page's links plus the ones the user's notes are on that the page no longer has (or that storage
 * alone does not know), as unchecked links, so a link note re-imports with its href and text.
 */
function withNotedLinks(links: readonly LinkReport[], notes: readonly UserNote[]): LinkReport[] {
  const all = [...links];
  for (const note of notes) {
    const target = note.target;
    if (target.kind !== 'link' || all.some((link) => link.id === target.linkId)) continue;
    all.push({
      id: target.linkId,
      tag: 'a',
      href: target.href,
      url: null,
      text: target.text,
      inArticle: false,
      status: 'unchecked',
      reason: 'A link your note is on; not checked in this export.',
    });
  }
  return all;
}

/** The claim that carries a note that has no analysed claim to go on, made once per claim id. */
function ownClaim(claims: Claim[], note: UserNote): Claim {
  const target = note.target;
  const id =
    target.kind === 'claim' ? target.claimId : target.kind === 'link' ? `${LINK_CLAIM_PREFIX}${target.linkId}` : `${SELECTION_CLAIM_PREFIX}${note.id}`;
  const existing = claims.find((claim) => claim.id === id);
  if (existing) return existing;
  const selector: TextSelector =
    target.kind === 'link' ? (target.selector ?? { exact: target.text, prefix: '', suffix: '', start: -1, end: -1 }) : target.selector;
  const claim: Claim = {
    id,
    text: noteQuote(note).replace(/\s+/g, ' ').trim(),
    score: 0,
    kinds: [],
    attribution: null,
    notes: [],
    linkIds: target.kind === 'link' ? [target.linkId] : [],
    selector,
  };
  claims.push(claim);
  return claim;
}
