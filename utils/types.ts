/**
 * The ClaimLens data contract. Field names here are read by the CLI's users, by exported
 * files and by tests from outside the code: extend, never rename.
 */

export const PAGE_NOTES_SCHEMA = 'claimlens/page-notes@1' as const;

/** The kinds of statement a claim can be; a claim may be several at once. */
export type ClaimKind =
  | 'attributed'
  | 'quote'
  | 'numeric'
  | 'temporal'
  | 'hedged'
  | 'prediction'
  | 'contested';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'attributed',
  'quote',
  'numeric',
  'temporal',
  'hedged',
  'prediction',
  'contested',
];

/** Codes of the notes that rules (and users) attach to claims. */
export type NoteCode =
  | 'single-source'
  | 'unconfirmed'
  | 'interested-source'
  | 'hedged'
  | 'prediction'
  | 'numeric'
  | 'no-source-link'
  | 'broken-source-link'
  | 'anonymous-source'
  | 'corroborated'
  | 'contested'
  | 'outdated'
  | 'absolute'
  | 'low-quality-source'
  | 'fact-checked'
  | 'user';

export interface ClaimNote {
  code: NoteCode | (string & {});
  /** A short sentence a reader understands without knowing the code. */
  text: string;
  /** The words of the page that triggered the note. */
  evidence: string;
  origin: 'rule' | 'user';
  /** Optional link for the reader (a fact-check article, a cited source). */
  href?: string;
}

/** Where a piece of article text is: a quote with context plus text offsets (Hypothesis-style). */
export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the article's text, as built by `utils/analyze/text-map.ts`. */
  start: number;
  end: number;
}

export interface Attribution {
  /** The named source, kept whole: "South Korea’s National Intelligence Service (NIS)". */
  source: string;
  /** The reporting verb or phrase: "reported", "according to", "claim". */
  verb: string;
  /** Every named source, when the sentence names several (then the claim is not single-source). */
  sources?: string[];
}

export interface Claim {
  /** Stable across reloads of the same text: derived from the sentence's words and occurrence. */
  id: string;
  /** The sentence with whitespace collapsed. */
  text: string;
  /** How check-worthy, 0..1. */
  score: number;
  kinds: ClaimKind[];
  attribution: Attribution | null;
  notes: ClaimNote[];
  /** Ids of the `LinkReport`s the sentence cites. */
  linkIds: string[];
  selector: TextSelector;
}

/** What is known of a link. Static statuses come from the markup, the rest from checking it. */
export type LinkStatus =
  | 'ok'
  | 'unchecked'
  | 'empty'
  | 'placeholder'
  | 'malformed'
  | 'fragment-missing'
  | 'non-web'
  | 'redirected'
  | 'broken'
  | 'server-error'
  | 'unreachable'
  | 'inconclusive'
  | 'soft-404'
  | 'skipped';

export const LINK_STATUSES: readonly LinkStatus[] = [
  'ok',
  'unchecked',
  'empty',
  'placeholder',
  'malformed',
  'fragment-missing',
  'non-web',
  'redirected',
  'broken',
  'server-error',
  'unreachable',
  'inconclusive',
  'soft-404',
  'skipped',
];

/** Statuses that mean the link does not lead the reader to its source. */
export const BROKEN_STATUSES: ReadonlySet<LinkStatus> = new Set<LinkStatus>([
  'empty',
  'placeholder',
  'malformed',
  'fragment-missing',
  'broken',
  'server-error',
  'unreachable',
  'soft-404',
]);

/** Statuses shown to the reader as worth a look: the broken ones plus those that could not be verified or moved. */
export const FLAGGED_STATUSES: ReadonlySet<LinkStatus> = new Set<LinkStatus>([
  ...BROKEN_STATUSES,
  'redirected',
  'inconclusive',
]);

export function isBrokenStatus(status: LinkStatus): boolean {
  return BROKEN_STATUSES.has(status);
}

export function isFlaggedStatus(status: LinkStatus): boolean {
  return FLAGGED_STATUSES.has(status);
}

export interface DomainRating {
  score: number;
  source: 'lin2023' | 'user';
  label?: string;
}

export interface LinkReport {
  id: string;
  tag: 'a' | 'img';
  /** The raw attribute (href or src), or null when absent. */
  href: string | null;
  /** The resolved absolute URL, or null when it cannot be resolved. */
  url: string | null;
  /** Visible text (for images: alt or title). */
  text: string;
  inArticle: boolean;
  status: LinkStatus;
  /** Plain words saying what happened. */
  reason: string;
  /** Visible words that broken markup swallowed into the href. */
  swallowedText?: string;
  /** Filled in by the link checker. */
  httpStatus?: number;
  finalUrl?: string;
  redirects?: number;
  checkedAt?: string;
  /** Registrable domain of `url`, when it is a web URL. */
  domain?: string;
  rating?: DomainRating;
  /** Offsets of the link's text in the article's text (article links only). */
  textRange?: { start: number; end: number };
  /**
   * Position of the link's element in `document.querySelectorAll(LINK_SELECTOR)` at analysis time: the
   * overlay finds the element again by it (a report whose tag differs there means the page changed).
   */
  index?: number;
  /**
   * Whether ClaimLens shows this link as a problem. Usually `isFlaggedStatus(status)`, except that
   * script-driven controls outside the article (menu and share buttons with `#` or no href) are normal
   * page furniture, and an `<a name>` anchor target is not a link at all.
   */
  flagged?: boolean;
}

/** Whether ClaimLens shows a link as a problem (see `LinkReport.flagged`). */
export function isLinkFlagged(link: LinkReport): boolean {
  return link.flagged ?? isFlaggedStatus(link.status);
}

export interface PageStats {
  claims: number;
  links: number;
  flaggedLinks: number;
  /** Analysis time in milliseconds. */
  ms: number;
  /** BCP 47 primary language the analyzer decided the article is in. */
  language?: string;
  /** Why there are no claims, when there are none for a reason ("No article found on this page"). */
  reason?: string;
}

export interface PageNotes {
  schema: typeof PAGE_NOTES_SCHEMA;
  url: string;
  title: string;
  /** ISO 8601 time of the analysis. */
  analyzedAt: string;
  /** ISO date the article says it was published, when it says. */
  publishedAt?: string;
  /** Whether an article body was found, and how much text it has. */
  article?: { found: boolean; chars: number };
  claims: Claim[];
  links: LinkReport[];
  stats: PageStats;
  /** Registrable domain of `url` and its rating, filled in by the extension's background (issue 6). */
  domain?: string;
  rating?: DomainRating;
}
