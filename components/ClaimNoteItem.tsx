import { useId, useState } from 'preact/hooks';
import { isWarningNote, noteLabel, noteSentence } from '@/utils/note-labels';
import type { ClaimNote } from '@/utils/types';

export interface ClaimNoteItemProps {
  note: ClaimNote;
}

/** One note on a claim: its label as a small heading, its sentence (label not repeated), the page's evidence behind a disclosure button. */
export function ClaimNoteItem({ note }: ClaimNoteItemProps) {
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const warning = isWarningNote(note.code);
  return (
    <li class={`note${warning ? ' note--warning' : ''}`} data-note-code={note.code}>
      <p class="note__line">
        <span class="note__tag">
          {warning ? <span aria-hidden="true">⚠ </span> : null}
          {noteLabel(note.code)}
          {note.origin === 'user' ? ' (yours)' : ''}
        </span>
        {/* Screen readers read tag and sentence as one line; the separator is only for them. */}
        <span class="visually-hidden">: </span>
        <span class="note__text">{noteSentence(note)}</span>
        {note.evidence ? (
          <>
            {' '}
            <button type="button" class="link-button" aria-expanded={open} aria-controls={evidenceId} onClick={() => setOpen(!open)}>
              {open ? 'Hide evidence' : 'Show evidence'}
            </button>
          </>
        ) : null}
      </p>
      {note.evidence ? (
        <blockquote id={evidenceId} class="note__evidence" hidden={!open}>
          {note.evidence}
        </blockquote>
      ) : null}
      {note.href ? (
        <a class="note__href" href={note.href} target="_blank" rel="noreferrer noopener">
          Open source
        </a>
      ) : null}
    </li>
  );
}
