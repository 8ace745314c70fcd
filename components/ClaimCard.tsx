import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Claim } from '@/utils/types';
import { ClaimNoteItem } from './ClaimNoteItem';

export interface ClaimCardProps {
  claim: Claim;
  /** Scrolls the page to the claim and flashes it; resolves false when it is not marked there. */
  onReveal: (claimId: string) => Promise<boolean>;
  /** The user's own notes on the claim (with Add note), shown after the rule notes. */
  children?: ComponentChildren;
}

/** One claim: its sentence (a button that shows it on the page), kinds, source and notes. */
export function ClaimCard({ claim, onReveal, children }: ClaimCardProps) {
  const [missing, setMissing] = useState(false);
  const reveal = async () => {
    setMissing(!(await onReveal(claim.id).catch(() => false)));
  };
  return (
    <li class="claim" data-claim-id={claim.id}>
      <button type="button" class="claim__text" onClick={reveal}>
        <span class="visually-hidden">Show on page: </span>
        {claim.text}
      </button>
      {missing ? (
        <p class="claim__missing" role="status">
          Not marked on the page (overlays off, or the page changed since analysis).
        </p>
      ) : null}
      <div class="claim__meta">
        <ul class="chips" aria-label="Kinds">
          {claim.kinds.map((kind) => (
            <li class="chip" key={kind}>
              {kind}
            </li>
          ))}
        </ul>
        {claim.attribution ? (
          <span class="claim__source">
            Source: <strong>{claim.attribution.source}</strong> ({claim.attribution.verb})
          </span>
        ) : null}
      </div>
      {claim.notes.length > 0 ? (
        <ul class="notes" aria-label="Notes">
          {claim.notes.map((note, i) => (
            <ClaimNoteItem key={`${note.code}-${i}`} note={note} />
          ))}
        </ul>
      ) : (
        <p class="claim__none">No notes.</p>
      )}
      {children}
    </li>
  );
}
