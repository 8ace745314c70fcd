import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CLAIM_KINDS, isLinkFlagged, type Claim, type LinkReport, type PageNotes } from '@/utils/types';
import { ClaimCard } from './ClaimCard';
import { PageRating, SourceRatings } from './DomainRating';
import { EmptyState } from './EmptyState';
import { LinkItem, statusLabel } from './LinkItem';
import { NotesCounts } from './NotesCounts';
import { NotesFilters, type FilterOption } from './NotesFilters';
import { noteLabel } from '@/utils/note-labels';

/** What the popup knows about its tab. */
export type PopupState =
  | { kind: 'waiting' }
  | { kind: 'restricted'; detail: string }
  | { kind: 'failed'; error: string }
  | { kind: 'ready'; notes: PageNotes }
  /** The user set ClaimLens never to run on the tab's site. */
  | { kind: 'off'; site: string };

export interface PopupViewProps {
  state: PopupState;
  /** Switches shown under the header (overlay toggles, export). */
  controls?: ComponentChildren;
  /** Scrolls the page to a claim and flashes it; resolves false when it is not marked there. */
  onReveal: (claimId: string) => Promise<boolean>;
  /** The link-check section (button, progress), shown above the flagged links of an analysed page. */
  linkChecks?: ComponentChildren;
  /** The user's own notes on a claim (editor with Add note). */
  claimNotes?: (claim: Claim) => ComponentChildren;
  /** Shown after the claims: the user's detached and other notes, export buttons. */
  userNotes?: ComponentChildren;
}

const ALL = 'all';

/** The popup's whole content for one tab. */
export function PopupView({ state, controls, onReveal, linkChecks, claimNotes, userNotes }: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">ClaimLens</h1>
        {state.kind === 'ready' && state.notes.title ? <p class="popup__page" title={state.notes.url}>{state.notes.title}</p> : null}
        {state.kind === 'ready' ? <PageRating notes={state.notes} /> : null}
      </header>
      {controls}
      {state.kind === 'waiting' ? (
        <EmptyState title="Analysing…" live>
          <p>ClaimLens is reading this page. Results appear here when it is done.</p>
        </EmptyState>
      ) : state.kind === 'off' ? (
        <EmptyState title="ClaimLens is off on this site">
          <p>You set ClaimLens never to run on {state.site}. Change it under “Show overlays” settings or in the options page.</p>
        </EmptyState>
      ) : state.kind === 'restricted' ? (
        <EmptyState title="Page not analysed: restricted page">
          <p>{state.detail}</p>
        </EmptyState>
      ) : state.kind === 'failed' ? (
        <EmptyState title="Analysis failed">
          <p>ClaimLens could not analyse this page: {state.error}</p>
        </EmptyState>
      ) : (
        <PageNotesView notes={state.notes} onReveal={onReveal} linkChecks={linkChecks} claimNotes={claimNotes} userNotes={userNotes} />
      )}
    </main>
  );
}

interface PageNotesViewProps {
  notes: PageNotes;
  onReveal: (claimId: string) => Promise<boolean>;
  linkChecks?: ComponentChildren;
  claimNotes?: (claim: Claim) => ComponentChildren;
  userNotes?: ComponentChildren;
}

function PageNotesView({ notes, onReveal, linkChecks, claimNotes, userNotes }: PageNotesViewProps) {
  const [claimFilter, setClaimFilter] = useState(ALL);
  const [linkFilter, setLinkFilter] = useState(ALL);
  const flagged = notes.links.filter(isLinkFlagged);
  const noteCount = notes.claims.reduce((sum, claim) => sum + claim.notes.length, 0);
  const claims = filterClaims(notes.claims, claimFilter);
  const links = filterLinks(flagged, linkFilter);
  const noArticle = hasNoArticle(notes);

  return (
    <>
      <NotesCounts claims={notes.claims.length} notes={noteCount} flaggedLinks={flagged.length} />
      {noArticle ? (
        <EmptyState title="No article found on this page">
          <p>{notes.stats.reason ?? 'ClaimLens looks for claims in a page’s article text; this page has none it could find.'}</p>
          {flagged.length > 0 ? <p>Links are still checked across the whole page.</p> : null}
        </EmptyState>
      ) : null}
      {notes.claims.length + flagged.length > 0 ? (
        <NotesFilters
          claimOptions={claimFilterOptions(notes.claims)}
          claimFilter={claimFilter}
          onClaimFilter={setClaimFilter}
          linkOptions={linkFilterOptions(flagged)}
          linkFilter={linkFilter}
          onLinkFilter={setLinkFilter}
        />
      ) : null}
      {noArticle ? null : (
        <section class="section" aria-labelledby="claims-heading">
          <h2 id="claims-heading" class="section__title">
            Claims <span class="section__count">{claimFilter === ALL ? notes.claims.length : `${claims.length} of ${notes.claims.length}`}</span>
          </h2>
          {notes.claims.length === 0 ? (
            <p class="section__empty">{notes.stats.reason ?? 'No check-worthy claims found in this article.'}</p>
          ) : claims.length === 0 ? (
            <p class="section__empty">No claims match this filter.</p>
          ) : (
            <ul class="claims">
              {claims.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} onReveal={onReveal}>
                  {claimNotes?.(claim)}
                </ClaimCard>
              ))}
            </ul>
          )}
        </section>
      )}
      {userNotes}
      {noArticle ? null : <SourceRatings notes={notes} />}
      {linkChecks}
      <section class="section" aria-labelledby="links-heading">
        <h2 id="links-heading" class="section__title">
          Flagged links <span class="section__count">{linkFilter === ALL ? flagged.length : `${links.length} of ${flagged.length}`}</span>
        </h2>
        {flagged.length === 0 ? (
          <p class="section__empty">No link problems found ({notes.links.length} links on the page).</p>
        ) : (
          <ul class="links">
            {links.map((link) => (
              <LinkItem key={link.id} link={link} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Whether the analyzer found no article on the page. */
export function hasNoArticle(notes: PageNotes): boolean {
  if (notes.article) return !notes.article.found;
  return notes.claims.length === 0 && /no article/i.test(notes.stats.reason ?? '');
}

/** The claim filter's choices: every kind and note code present, with how many claims have it. */
export function claimFilterOptions(claims: readonly Claim[]): FilterOption[] {
  const options: FilterOption[] = [{ value: ALL, label: 'All claims', count: claims.length }];
  for (const kind of CLAIM_KINDS) {
    const count = claims.filter((c) => c.kinds.includes(kind)).length;
    if (count > 0) options.push({ value: `kind:${kind}`, label: `Kind: ${kind}`, count });
  }
  const codes = [...new Set(claims.flatMap((c) => c.notes.map((n) => n.code)))].sort();
  for (const code of codes) {
    const count = claims.filter((c) => c.notes.some((n) => n.code === code)).length;
    options.push({ value: `note:${code}`, label: `Note: ${noteLabel(code)}`, count });
  }
  return options;
}

/** The claims a filter value (`all`, `kind:…`, `note:…`) keeps. */
export function filterClaims(claims: readonly Claim[], filter: string): Claim[] {
  if (filter.startsWith('kind:')) {
    const kind = filter.slice(5);
    return claims.filter((c) => (c.kinds as string[]).includes(kind));
  }
  if (filter.startsWith('note:')) {
    const code = filter.slice(5);
    return claims.filter((c) => c.notes.some((n) => n.code === code));
  }
  return [...claims];
}

/** The link filter's choices: every status among the flagged links, with its count. */
export function linkFilterOptions(links: readonly LinkReport[]): FilterOption[] {
  const options: FilterOption[] = [{ value: ALL, label: 'All flagged links', count: links.length }];
  const statuses = [...new Set(links.map((l) => l.status))].sort();
  for (const status of statuses) {
    options.push({ value: status, label: statusLabel(status), count: links.filter((l) => l.status === status).length });
  }
  return options;
}

/** The links a filter value (`all` or a status) keeps. */
export function filterLinks(links: readonly LinkReport[], filter: string): LinkReport[] {
  return filter === ALL ? [...links] : links.filter((l) => l.status === filter);
}
