import { useEffect, useState } from 'preact/hooks';
import type { NoteListEntry } from '@/utils/notes/query';
import type { UserNote } from '@/utils/notes/model';

export interface NotesListProps {
  /** The notes matching a search, newest edit first. */
  load: (search: string) => Promise<NoteListEntry[]>;
  /** Deletes a note (after the user confirmed); resolves to an error message, or null. */
  onDelete: (note: UserNote) => Promise<string | null>;
  /** Bumped by the caller when notes changed elsewhere (an import), to list again. */
  version?: number;
}

/** The user's notes across all pages: search, open the page, delete with confirmation. */
export function NotesList({ load, onDelete, version = 0 }: NotesListProps) {
  const [search, setSearch] = useState('');
  const [entries, setEntries] = useState<NoteListEntry[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let live = true;
    void load(search).then((found) => live && setEntries(found));
    return () => {
      live = false;
    };
  }, [search, version, reloads]);

  const remove = async (note: UserNote) => {
    const problem = await onDelete(note);
    setConfirming(null);
    setMessage(problem ?? 'Note deleted.');
    setReloads((n) => n + 1);
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your notes</h2>
      <label for="notes-search">Search notes</label>{' '}
      <input id="notes-search" type="search" value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
      <p role="status" class="notes-list__status">
        {entries === null ? 'Loading…' : `${entries.length} note${entries.length === 1 ? '' : 's'}${search ? (entries.length === 1 ? ' matches' : ' match') : ''}.`} {message}
      </p>
      {entries && entries.length > 0 ? (
        <ul class="notes-list">
          {entries.map(({ note, pageUrl, pageTitle, quote }) => (
            <li key={note.id} class="notes-list__item" data-note-id={note.id}>
              <p class="notes-list__body">{note.body}</p>
              {quote ? <blockquote class="notes-list__quote">{quote}</blockquote> : null}
              <p class="notes-list__page">
                <a href={pageUrl} target="_blank" rel="noopener noreferrer">
                  {pageTitle || pageUrl}
                </a>{' '}
                <span class="notes-list__time">edited {note.updatedAt.slice(0, 10)}</span>
                {note.anchor.status === 'detached' ? <span class="notes-list__detached"> · detached</span> : null}
              </p>
              {confirming === note.id ? (
                <p role="group" aria-label="Confirm delete">
                  Delete this note for good?{' '}
                  <button type="button" onClick={() => void remove(note)}>
                    Yes, delete
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </p>
              ) : (
                <button type="button" aria-label={`Delete note: ${note.body.slice(0, 40)}`} onClick={() => setConfirming(note.id)}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
