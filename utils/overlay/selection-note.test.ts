import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSelectionNote, placeUnderSelection, SELECTION_NOTE_TAG, showSelectionMessage, type SelectionPanel } from './selection-note';

const opened: SelectionPanel[] = [];
const flush = () => new Promise((r) => setTimeout(r, 0));

function open(options: Partial<Parameters<typeof openSelectionNote>[1]> = {}) {
  const saved: string[] = [];
  const panel = openSelectionNote(document, {
    quote: 'Officials said 12,000 personnel',
    save: async (body) => {
      if (!body.trim()) throw new Error('A note cannot be empty. To remove a note, delete it.');
      saved.push(body);
    },
    place: { top: 10, left: 10 },
    shadowMode: 'open',
    ...options,
  });
  opened.push(panel);
  const textBox = panel.root.querySelector('textarea')!;
  const form = panel.root.querySelector('form')!;
  const type = (text: string) => {
    textBox.value = text;
  };
  const submit = async () => {
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
  };
  return { panel, saved, textBox, type, submit };
}

const key = (target: EventTarget, key: string, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...extra }));

describe('the note editor for selected words', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="story">Officials said 12,000 personnel were sent.</p><button id="before">page button</button>';
  });
  afterEach(() => {
    for (const panel of opened.splice(0)) panel.close();
  });

  it('opens on its own host under <html>, quotes the words and puts the focus in the text box', () => {
    const { panel, textBox } = open();
    expect(panel.host.tagName.toLowerCase()).toBe(SELECTION_NOTE_TAG);
    expect(panel.host.parentElement).toBe(document.documentElement);
    expect(panel.root.querySelector('.quote')!.textContent).toBe('Officials said 12,000 personnel');
    expect(panel.root.activeElement).toBe(textBox);
    expect(panel.root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toContain('note on the selected words');
  });

  it('shows page text as text: a quote with markup creates no element', () => {
    const { panel } = open({ quote: '<img src=x onerror="window.hacked=1"> and <b>bold</b>' });
    expect(panel.root.querySelector('img, b')).toBeNull();
    expect(panel.root.querySelector('.quote')!.textContent).toBe('<img src=x onerror="window.hacked=1"> and <b>bold</b>');
  });

  it('quotes a long selection shortened, with its white space collapsed', () => {
    const { panel } = open({ quote: `Officials\n\n said ${'word '.repeat(100)}` });
    const shown = panel.root.querySelector('.quote')!.textContent!;
    expect(shown.length).toBe(200);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.startsWith('Officials said word')).toBe(true);
  });

  it('saves what was typed and closes, telling the caller it was saved', async () => {
    const onClose = vi.fn();
    const { panel, saved, type, submit } = open({ onClose });
    type('Ask the ministry for the list');
    await submit();
    expect(saved).toEqual(['Ask the ministry for the list']);
    expect(panel.host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('saves once when Save is pressed again while the store answers', async () => {
    let answer: () => void = () => undefined;
    const saved: string[] = [];
    const { type, textBox } = open({
      save: (body) =>
        new Promise<void>((resolve) => {
          saved.push(body);
          answer = resolve;
        }),
    });
    type('Only once');
    key(textBox, 'Enter', { ctrlKey: true });
    key(textBox, 'Enter', { ctrlKey: true });
    await flush();
    answer();
    await flush();
    expect(saved).toEqual(['Only once']);
  });

  it('Ctrl+Enter in the text box saves too', async () => {
    const { saved, type, textBox } = open();
    type('Check the figure');
    key(textBox, 'Enter', { ctrlKey: true });
    await flush();
    expect(saved).toEqual(['Check the figure']);
  });

  it('a refused note stays open with the reason and the typed words', async () => {
    const { panel, saved, type, submit, textBox } = open({
      save: async () => {
        throw new Error('Notes are read-only: the stored notes are from a newer ClaimLens.');
      },
    });
    type('My note');
    await submit();
    expect(saved).toEqual([]);
    expect(panel.host.isConnected).toBe(true);
    expect(panel.root.querySelector('[role="alert"]')!.textContent).toContain('read-only');
    expect(textBox.value).toBe('My note');
  });

  it('an empty note is refused in words, not saved', async () => {
    const { panel, saved, submit } = open();
    await submit();
    expect(saved).toEqual([]);
    expect(panel.root.querySelector('[role="alert"]')!.textContent).toContain('cannot be empty');
  });

  it('Cancel and Escape close without saving and give the focus back', async () => {
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const onClose = vi.fn();
    const first = open({ onClose });
    first.type('not wanted');
    (first.panel.root.querySelector('button[type="button"]') as HTMLButtonElement).click();
    expect(first.panel.host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledWith(false);
    expect(document.activeElement).toBe(before);

    const second = open();
    second.type('also not wanted');
    key(second.textBox, 'Escape');
    expect(second.panel.host.isConnected).toBe(false);
    expect(second.saved).toEqual([]);
  });

  it("keeps the keys typed in the note from the page's shortcuts", () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      const { textBox } = open();
      key(textBox, 'j');
      expect(pageKeys).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
  });

  it('a second note replaces an empty editor but never one holding unsaved words', () => {
    const empty = open();
    const next = open();
    expect(empty.panel.host.isConnected).toBe(false);
    next.type('half-written thought');
    const third = open();
    expect(next.panel.host.isConnected).toBe(true);
    expect(next.textBox.value).toBe('half-written thought');
    expect(third.panel.host.isConnected).toBe(true);
    expect(document.querySelectorAll(SELECTION_NOTE_TAG)).toHaveLength(2);
  });

  it('says why no note can be added in a panel with a Close button', () => {
    const panel = showSelectionMessage(document, 'Select words in the article to add a ClaimLens note.', { place: { top: 0, left: 0 }, shadowMode: 'open' });
    opened.push(panel);
    expect(panel.root.querySelector('[role="alert"]')!.textContent).toBe('Select words in the article to add a ClaimLens note.');
    (panel.root.querySelector('button') as HTMLButtonElement).click();
    expect(panel.host.isConnected).toBe(false);
  });

  it('goes under the selected words, kept inside the window', () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('story')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const box = { top: 100, bottom: 120, left: 5000, right: 5100, width: 100, height: 20, x: 5000, y: 100 };
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue({ ...box, toJSON: () => box } as DOMRect);
    try {
      const place = placeUnderSelection(document);
      expect(place.top).toBe(126 + window.scrollY);
      expect(place.left).toBeLessThanOrEqual(window.innerWidth - 320);
      expect(place.left).toBeGreaterThanOrEqual(4);
    } finally {
      vi.restoreAllMocks();
      document.getSelection()!.removeAllRanges();
    }
  });
});
