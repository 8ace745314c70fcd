/**
 * The user's own notes: what one is, and the checks every note passes before it is stored, so a note
 * read back from storage or from an imported file is always in this shape (or kept aside, unreadable).
 */
import type { ClaimNote, TextSelector } from '../types';
import type { PageKey } from './page-key';

/** Longest note body and quote; the import parser refuses longer fields, so longer ones would not round-trip. */
export const MAX_NOTE_CHARS = 20_000;

/** What a note is about: a claim, a link, or any text the user selected. */
export type NoteTarget = ClaimTarget | LinkTarget | SelectionTarget;

export interface ClaimTarget {
  kind: 'claim';
  claimId: string;
  /** The claim's selector when the note was written: what re-anchors it when the claim's id changes. */
  selector: TextSelector;
}

export interface LinkTarget {
  kind: 'link';
  linkId: string;
  /** The link's raw href (null for a link without one): with `text`, finds the link again if its id changes. */
  href: string | null;
  text: string;
  /** Where the link's text is in the article, when it is in the article. */
  selector?: TextSelector;
}

export interface SelectionTarget {
  kind: 'selection';
  selector: TextSelector;
}

/**
 * Where a note was last placed on its page. `pending`: not yet anchored since it was written or imported;
 * `detached`: its quote could not be found (the note is kept and shown with its quote).
 */
export interface NoteAnchorState {
  status: 'pending' | 'anchored' | 'detached';
  /** The offsets in the article text where it was last found (status `anchored`). */
  start?: number;
  end?: number;
  /** ISO time of that anchoring. */
  checkedAt?: string;
}

export interface UserNote {
  id: string;
  pageKey: PageKey;
  target: NoteTarget;
  /** What the user wrote. */
  body: string;
  /** ISO 8601 times; `updatedAt` changes only when the user edits the body. */
  createdAt: string;
  updatedAt: string;
  anchor: NoteAnchorState;
}

/** What the UI gives to add a note; the store adds the id, page key, times and anchor state. */
export interface NewUserNote {
  /** The page's address as the browser shows it. */
  url: string;
  /** The page's `<link rel=canonical>` href, when it has one. */
  canonical?: string | null;
  /** The page title, for the notes list. */
  title?: string;
  target: NoteTarget;
  body: string;
}

/** A refused note (empty body, text too long): `message` is for the user. */
export class NoteInputError extends Error {}

/** The quote a note is anchored by: the claim's, the selection's, or the link's text. */
export function noteQuote(note: Pick<UserNote, 'target'>): string {
  const target = note.target;
  return target.kind === 'link' ? (target.selector?.exact ?? target.text) : target.selector.exact;
}

/** The note as a `ClaimNote` (`origin: "user"`), to show beside rule notes and to export; keeps id and times. */
export function toClaimNote(note: UserNote): ClaimNote & { id: string; createdAt: string; updatedAt: string } {
  return {
    code: 'user',
    text: note.body,
    // A claim note's context is the claim itself; a note on a selection or link names the words it is on.
    evidence: note.target.kind === 'claim' ? '' : noteQuote(note),
    origin: 'user',
    id: note.id,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

/** The body as stored: trimmed, non-empty, within the limit; throws `NoteInputError` otherwise. */
export function checkedBody(body: string): string {
  const trimmed = typeof body === 'string' ? body.trim() : '';
  if (!trimmed) throw new NoteInputError('A note cannot be empty. To remove a note, delete it.');
  if (trimmed.length > MAX_NOTE_CHARS) throw new NoteInputError(`A note can be at most ${MAX_NOTE_CHARS} characters long.`);
  return trimmed;
}

/** The target as stored, or throws `NoteInputError` when it is not one ClaimLens can anchor. */
export function checkedTarget(value: unknown): NoteTarget {
  const problem = targetProblem(value);
  if (problem) throw new NoteInputError(`This note cannot be attached: ${problem}.`);
  return value as NoteTarget;
}

/** Reads a stored note, or returns why it is not one (the caller keeps it raw instead of dropping it). */
export function readUserNote(value: unknown): UserNote | string {
  if (!isRecord(value)) return 'not an object';
  if (!nonEmpty(value.id)) return 'no id';
  if (!nonEmpty(value.pageKey)) return 'no page';
  if (typeof value.body !== 'string' || !value.body.trim()) return 'no text';
  if (!isIsoTime(value.createdAt)) return 'createdAt is not a time';
  if (!isIsoTime(value.updatedAt)) return 'updatedAt is not a time';
  const problem = targetProblem(value.target);
  if (problem) return problem;
  const anchor = isRecord(value.anchor) && ['pending', 'anchored', 'detached'].includes(value.anchor.status as string)
    ? (value.anchor as unknown as NoteAnchorState)
    : { status: 'pending' as const };
  return { ...(value as unknown as UserNote), anchor };
}

function targetProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'no target';
  switch (value.kind) {
    case 'claim':
      if (!nonEmpty(value.claimId)) return 'no claim id';
      return selectorProblem(value.selector);
    case 'selection':
      return selectorProblem(value.selector);
    case 'link':
      if (!nonEmpty(value.linkId)) return 'no link id';
      if (value.href !== null && typeof value.href !== 'string') return 'the link address is not text';
      if (typeof value.text !== 'string') return 'the link text is not text';
      return value.selector === undefined ? null : selectorProblem(value.selector);
    default:
      return 'an unknown kind of target';
  }
}

function selectorProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'no quote';
  if (typeof value.exact !== 'string' || value.exact === '') return 'an empty quote';
  if (value.exact.length > MAX_NOTE_CHARS) return `a quote longer than ${MAX_NOTE_CHARS} characters`;
  if (typeof value.prefix !== 'string' || typeof value.suffix !== 'string') return 'a quote without context';
  if (!Number.isInteger(value.start) || !Number.isInteger(value.end)) return 'a quote without a position';
  return null;
}

/** Whether a value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Whether a value is an ISO 8601 time that `Date` reads. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}
