import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserNote } from '@/utils/notes/model';
import { importSummaryText } from './ExportImport';
import { DRAFT_NOTICE, NoteEditor } from './NoteEditor';

const note = (id: string, body: string): UserNote => ({
  id,
  pageKey: 'https://news.example/story',
  target: { kind: 'selection', selector: { exact: 'forty', prefix: '', suffix: '', start: 0, end: 5 } },
  body,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  anchor: { status: 'pending' },
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

describe('NoteEditor', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });

  it('adds a note through "Add note", a box labelled "Note" and "Save", and shows a refusal without closing', async () => {
    const saved: string[] = [];
    let refuse = true;
    const onAdd = async (body: string) => (refuse ? 'The note is empty.' : (saved.push(body), null));
    await act(() => render(<NoteEditor notes={[]} subject="this claim" onAdd={onAdd} onEdit={async () => null} onDelete={async () => null} />, root));
    await act(() => button('Add note').click());
    const box = document.getElementById(document.querySelector('label')!.htmlFor) as HTMLTextAreaElement;
    expect(document.querySelector('label')!.textContent).toBe('Note');
    box.value = 'Ask for the source';
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => button('Save').click());
    await flush();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('The note is empty.');
    expect(document.querySelector('textarea')).not.toBeNull();
    refuse = false;
    await act(() => button('Save').click());
    await flush();
    expect(saved).toEqual(['Ask for the source']);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('marks each note as the user\'s and edits or deletes the right one', async () => {
    const calls: string[] = [];
    await act(() =>
      render(
        <NoteEditor
          notes={[note('n1', 'first'), note('n2', 'second')]}
          subject="this claim"
          onEdit={async (n, body) => (calls.push(`edit ${n.id} ${body}`), null)}
          onDelete={async (n) => (calls.push(`delete ${n.id}`), null)}
        />,
        root,
      ),
    );
    expect([...document.querySelectorAll('[data-origin="user"]')].map((li) => li.textContent)).toEqual([
      expect.stringContaining('Your note first'),
      expect.stringContaining('Your note second'),
    ]);
    // Delete asks first (as the options page does); Keep it leaves the note, a second explicit Delete removes it.
    await act(() => button('Delete note: second').click());
    expect(calls).toEqual([]);
    expect(document.activeElement?.textContent).toBe('Keep it');
    await act(() => button('Keep it').click());
    expect(calls).toEqual([]);
    expect(document.querySelector('[aria-label="Confirm delete"]')).toBeNull();
    await act(() => button('Delete note: second').click());
    await act(() => button('Yes, delete note: second').click());
    await flush();
    await act(() => button('Edit note: first').click());
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('first');
    await act(() => button('Save').click());
    await flush();
    expect(calls).toEqual(['delete n2', 'edit n1 first']);
  });
});

describe('NoteEditor drafts (the popup closes on any click outside it)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });
  /** A drafts store as the popup keeps one (in session storage there). */
  const store = () => {
    const kept = new Map<string, string>();
    return { kept, drafts: { get: (id: string) => kept.get(id), set: (id: string, text: string | null) => void (text === null ? kept.delete(id) : kept.set(id, text)) } };
  };
  const type = async (text: string) => {
    const box = document.querySelector('textarea')!;
    box.value = text;
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };

  it('keeps what is typed; a new editor (the popup opened again) opens on it; Save ends the draft', async () => {
    const { kept, drafts } = store();
    const saved: string[] = [];
    const editor = () => <NoteEditor notes={[]} subject="this claim" onAdd={async (b) => (saved.push(b), null)} onEdit={async () => null} onDelete={async () => null} drafts={drafts} />;
    await act(() => render(editor(), root));
    await act(() => button('Add note').click());
    await type('Half-written note');
    expect(kept.get('new')).toBe('Half-written note');
    // The popup closes: everything rendered goes.
    await act(() => render(null, root));
    await act(() => render(editor(), root));
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Half-written note');
    expect(document.querySelector('.note__notice')?.textContent).toBe(DRAFT_NOTICE);
    await act(() => button('Save').click());
    await flush();
    expect(saved).toEqual(['Half-written note']);
    expect(kept.size).toBe(0);
  });

  it('keeps an edit as a draft of that note, drops it on Cancel, and keeps nothing for unchanged text', async () => {
    const { kept, drafts } = store();
    const editor = () => <NoteEditor notes={[note('n1', 'first')]} subject="this claim" onEdit={async () => null} onDelete={async () => null} drafts={drafts} />;
    await act(() => render(editor(), root));
    await act(() => button('Edit note: first').click());
    await type('first, then more');
    expect(kept.get('n1')).toBe('first, then more');
    await act(() => render(null, root));
    await act(() => render(editor(), root));
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('first, then more');
    await type('first');
    expect(kept.has('n1')).toBe(false);
    await type('changed again');
    await act(() => button('Cancel').click());
    expect(kept.size).toBe(0);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('opens on a draft that arrives after it is shown (storage answers after the popup renders)', async () => {
    const { kept, drafts } = store();
    const editor = () => <NoteEditor notes={[]} subject="this claim" onAdd={async () => null} onEdit={async () => null} onDelete={async () => null} drafts={drafts} />;
    await act(() => render(editor(), root));
    expect(document.querySelector('textarea')).toBeNull();
    kept.set('new', 'From before');
    await act(() => render(editor(), root));
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('From before');
  });
});

describe('import summary', () => {
  it('says what was added, updated, already there and skipped', () => {
    expect(importSummaryText({ added: 3, duplicates: 1, updated: 0, pages: 2, skipped: 0 })).toBe('Imported: 3 notes added on 2 pages, 1 note already there.');
    expect(importSummaryText({ added: 1, duplicates: 0, updated: 1, pages: 1, skipped: 2 })).toBe(
      'Imported: 1 note added on 1 page, 1 note updated, 2 notes skipped (no text to attach to).',
    );
  });
});
