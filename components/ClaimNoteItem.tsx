import { useId, useState } from 'preact/hooks';
import type { ClaimNote } from '@/utils/types';

/** Short names for note codes, shown as a tag before the note's sentence. */
export const NOTE_LABELS: Readonly<Record<string, string>> = {
  'single-source': 'Single source',
  unconfirmed: 'Unconfirmed',
  'interested-source': 'Interested source',
  hedged: 'Hedged',
  prediction: 'Prediction',
  numeric: 'Numbers',
  'no-source-link': 'No source link',
  'broken-source-link': 'Broken source link',
  'anonymous-source': 'Anonymous source',
  corroborated: 'Corroborated',
  contested: 'Contested',
  outdated: 'Outdated',
  absolute: 'Absolute wording',
  'low-quality-source': 'Low-quality source',
  'fact-checked': 'Fact-checked',
  user: 'Your note',
};

/** Notes that warn the reader (shown with a warning sign, not only a colour). */
const WARNING_CODES = new Set(['unconfirmed', 'interested-source', 'broken-source-link', 'no-source-link', 'anonymous-source', 'contested', 'outdated', 'low-quality-source', 'fact-checked']);

/** A note code's reader-facing name. */
export function noteLabel(code: string): string {
  return NOTE_LABELS[code] ?? code.replace(/-/g, ' ');
}

export interface ClaimNoteItemProps {
  note: ClaimNote;
}

/** One note on a claim: its tag and sentence, with the page's evidence behind a disclosure button. */
export function ClaimNoteItem({ note }: ClaimNoteItemProps) {
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const warning = WARNING_CODES.has(note.code);
  return (
    <li class={`note${warning ? ' note--warning' : ''}`} data-note-code={note.code}>
      <p class="note__line">
        <span class="note__tag">
          {warning ? <span aria-hidden="true">⚠ </span> : null}
          {noteLabel(note.code)}
          {note.origin === 'user' ? ' (yours)' : ''}
        </span>{' '}
        <span class="note__text">{note.text}</span>
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
