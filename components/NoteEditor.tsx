import { useEffect, useState } from 'preact/hooks';
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
  /**
   * Unsaved text kept outside the editor (the popup keeps it in session storage), by `'new'` or a
   * note's id: the editor opens on a draft, and tells every change, null once saved or cancelled.
   */
  drafts?: { get(id: string): string | undefined; set(id: string, text: string | null): void };
}

/** The line above a form opened on a draft. */
export const DRAFT_NOTICE = 'Not saved yet: your text from before.';

let editorCount = 0;

/** The user's own notes on a claim (or detached ones): listed as theirs, with Add note, Edit and Delete. */
export function NoteEditor({ notes, subject, onAdd, onEdit, onDelete, drafts }: NoteEditorProps) {
  // A draft left from before opens its form: adding when it is for a new note, else the note's edit.
  const pending = (): string | null => {
    if (!drafts) return null;
    if (onAdd && drafts.get('new') !== undefined) return 'new';
    return notes.find((n) => drafts.get(n.id) !== undefined)?.id ?? null;
  };
  // null: no form open; 'new': adding; otherwise the id of the note being edited.
  const [editing, setEditing] = useState<string | null>(pending);
  // Drafts are read from storage after the popup opens: a form opens once they arrive.
  const found = pending();
  useEffect(() => {
    if (found !== null) setEditing((current) => current ?? found);
  }, [found]);
  // The note whose Delete was pressed once: a second, explicit press deletes it (one stray click in a
  // small popup must not lose a note; there is no undo).
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState('');
  const close = () => {
    if (editing !== null) drafts?.set(editing, null);
    setEditing(null);
    setConfirming(null);
    setError('');
  };
  const run = async (action: Promise<string | null>) => {
    const problem = await action.catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    if (problem) setError(problem);
    else close();
  };
  const formFor = (id: string, initial: string) => {
    const draft = drafts?.get(id);
    return {
      initial: draft ?? initial,
      notice: draft !== undefined ? DRAFT_NOTICE : undefined,
      onChange: (text: string) => drafts?.set(id, text === initial ? null : text),
    };
  };
  return (
    <div class="user-notes">
      {notes.length > 0 ? (
        <ul class="notes" aria-label={`Your notes on ${subject}`}>
          {notes.map((note) =>
            editing === note.id ? (
              <li key={note.id}>
                <NoteForm {...formFor(note.id, note.body)} error={error} onSave={(body) => run(onEdit(note, body))} onCancel={close} />
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
          <NoteForm {...formFor('new', '')} error={error} onSave={(body) => run(onAdd(body))} onCancel={close} />
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

interface NoteFormProps {
  initial: string;
  /** Why the form opened with text already in it. */
  notice?: string;
  error: string;
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
  onChange?: (body: string) => void;
}

function NoteForm({ initial, notice, error, onSave, onCancel, onChange }: NoteFormProps) {
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
      {notice ? <p class="note__notice">{notice}</p> : null}
      <textarea
        id={id}
        rows={3}
        value={body}
        onInput={(e) => {
          const next = (e.target as HTMLTextAreaElement).value;
          setBody(next);
          onChange?.(next);
        }}
        ref={(el) => el?.focus()}
      />
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
