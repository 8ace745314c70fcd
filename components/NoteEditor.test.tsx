import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserNote } from '@/utils/notes/model';
import { importSummaryText } from './ExportImport';
import { NoteEditor } from './NoteEditor';

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

describe('import summary', () => {
  it('says what was added, updated, already there and skipped', () => {
    expect(importSummaryText({ added: 3, duplicates: 1, updated: 0, pages: 2, skipped: 0 })).toBe('Imported: 3 notes added on 2 pages, 1 note already there.');
    expect(importSummaryText({ added: 1, duplicates: 0, updated: 1, pages: 1, skipped: 2 })).toBe(
      'Imported: 1 note added on 1 page, 1 note updated, 2 notes skipped (no text to attach to).',
    );
  });
});
