import { useState } from 'preact/hooks';
import type { UserNote } from '@/utils/notes/model';

export interface NoteEditorProps {
  /** The user's notes on this subject, oldest first. */
  notes: readonly UserNote[];
  /** What the notes are on, for accessible names ("Add note" stays the button's visible text). */
  subject: string;
  /** Saves a new note; resolves to an error message for the user, or null when saved. */
  onAdd?: (body: string) => Promise<string | null>;
  onEdit: (note: UserNote, body: string) => Promise<string | null>;
  onDelete: (note: UserNote) => Promise<string | null>;
}

let editorCount = 0;

/** The user's own notes on a claim (or detached ones): listed as theirs, with Add note, Edit and Delete. */
export function NoteEditor({ notes, subject, onAdd, onEdit, onDelete }: NoteEditorProps) {
  // null: no form open; 'new': adding; otherwise the id of the note being edited.
  const [editing, setEditing] = useState<string | null>(null);
  // The note whose Delete was pressed once: a second, explicit press deletes it (one stray click in a
  // small popup must not lose a note; there is no undo).
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState('');
  const close = () => {
    setEditing(null);
    setConfirming(null);
    setError('');
  };
  const run = async (action: Promise<string | null>) => {
    const problem = await action.catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    if (problem) setError(problem);
    else close();
  };
  return (
    <div class="user-notes">
      {notes.length > 0 ? (
        <ul class="notes" aria-label={`Your notes on ${subject}`}>
          {notes.map((note) =>
            editing === note.id ? (
              <li key={note.id}>
                <NoteForm initial={note.body} error={error} onSave={(body) => run(onEdit(note, body))} onCancel={close} />
              </li>
            ) : (
              <li key={note.id} class="note note--user" data-origin="user" data-note-id={note.id}>
                <span class="note__tag">Your note</span> <span class="note__text">{note.body}</span>
                {confirming === note.id ? (
                  <span class="note__actions" role="group" aria-label="Confirm delete">
                    <span class="note__confirm">Delete this note?</span>{' '}
                    <button type="button" class="small-button" aria-label={`Yes, delete note: ${note.body.slice(0, 40)}`} onClick={() => void run(onDelete(note))}>
                      Yes, delete
                    </button>
                    <button type="button" class="small-button" ref={(el) => el?.focus()} onClick={() => setConfirming(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <span class="note__actions">
                    <button type="button" class="small-button" aria-label={`Edit note: ${note.body.slice(0, 40)}`} onClick={() => setEditing(note.id)}>
                      Edit
                    </button>
                    <button type="button" class="small-button" aria-label={`Delete note: ${note.body.slice(0, 40)}`} onClick={() => setConfirming(note.id)}>
                      Delete
                    </button>
                  </span>
                )}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {onAdd ? (
        editing === 'new' ? (
          <NoteForm initial="" error={error} onSave={(body) => run(onAdd(body))} onCancel={close} />
        ) : (
          <button type="button" class="small-button" onClick={() => setEditing('new')}>
            Add note
          </button>
        )
      ) : null}
      {error && editing === null ? (
        <p class="note__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function NoteForm({ initial, error, onSave, onCancel }: { initial: string; error: string; onSave: (body: string) => Promise<void>; onCancel: () => void }) {
  const [body, setBody] = useState(initial);
  const [id] = useState(() => `note-input-${++editorCount}`);
  return (
    <form
      class="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(body);
      }}
    >
      <label for={id}>Note</label>
      <textarea id={id} rows={3} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} ref={(el) => el?.focus()} />
      {error ? (
        <p class="note__error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="note-form__buttons">
        <button type="submit" class="small-button button--primary">
          Save
        </button>
        <button type="button" class="small-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
