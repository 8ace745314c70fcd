/**
 * The editor for a note on words the user selected ("Add ClaimLens note" in the context menu): a small
 * panel under the selection with the words, a text box, Save and Cancel. It replaces `window.prompt`,
 * which blocked the page, showed the page's address as the one asking ("example.com says"), could be
 * switched off by the page's own dialogs, and lost the typed words when the store refused them.
 *
 * Like the note cards, the panel is a closed shadow root on its own host under `<html>`: page CSS and
 * scripts cannot reach it, and the quote (page text) goes in through `textContent` only.
 */
import { CARD_CSS, elementMaker, noteForm, overlayHost } from './card';

/** The panel host's tag. */
export const SELECTION_NOTE_TAG = 'claimlens-note-editor';

/** How much of the selected words the panel quotes. */
const QUOTE_CHARS = 200;

/** Where the panel goes, in page coordinates (its top left corner). */
export interface PanelPlace {
  top: number;
  left: number;
}

/** An open panel. */
export interface SelectionPanel {
  readonly host: HTMLElement;
  /** The shadow root (tests; closed in production). */
  readonly root: ShadowRoot;
  /** Whether the text box holds words not yet saved. */
  hasUnsavedText(): boolean;
  close(): void;
}

export interface SelectionNoteOptions {
  /** The selected words, as the article has them. */
  quote: string;
  /** Stores the note; throws with a message for the user when it cannot (the text box keeps the words). */
  save(body: string): Promise<void>;
  /** Where to show the panel; default: under the current selection. */
  place?: PanelPlace;
  /** Told when the panel closes, and whether the note was saved. */
  onClose?(saved: boolean): void;
  shadowMode?: ShadowRootMode;
}

const PANEL_WIDTH = 320;

/** Open panels per document: a new one replaces those with nothing typed, never one holding unsaved words. */
const openPanels = new WeakMap<Document, Set<SelectionPanel>>();

/**
 * Where a panel for the current selection goes: under the selected words, kept inside the window's width.
 * Without a selection (or one with no box, as in a DOM without layout), near the top of what is in view.
 */
export function placeUnderSelection(doc: Document): PanelPlace {
  const win = doc.defaultView!;
  const selection = doc.getSelection();
  const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  const visible = rect && (rect.width > 0 || rect.height > 0);
  const top = visible ? rect.bottom + 6 : 16;
  const left = visible ? rect.left : 16;
  const maxLeft = Math.max(4, (win.innerWidth || PANEL_WIDTH + 8) - PANEL_WIDTH - 4);
  return { top: top + win.scrollY, left: Math.max(4, Math.min(left, maxLeft)) + win.scrollX };
}

/** Opens the editor for a note on the selected words; the text box has the focus. */
export function openSelectionNote(doc: Document, options: SelectionNoteOptions): SelectionPanel {
  const el = elementMaker(doc);
  const quote = options.quote.replace(/\s+/g, ' ').trim();
  let saved = false;
  const panel = openPanel(doc, options.place ?? placeUnderSelection(doc), options.shadowMode, () => options.onClose?.(saved));
  const card = panel.card;
  card.setAttribute('aria-label', 'ClaimLens: a note on the selected words');
  const words = el('blockquote', 'quote', quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote);
  const form = noteForm(el, '', async (body) => {
    await options.save(body);
    saved = true;
  }, {
    startEdit: () => undefined,
    done: () => panel.close(),
  });
  card.append(el('p', 'title', 'Your note on the selected words'), words, form);
  panel.textBox = form.querySelector('textarea');
  panel.textBox?.focus();
  return panel;
}

/** Says something to the user in the same kind of panel (e.g. why no note could be added), with a Close button. */
export function showSelectionMessage(doc: Document, message: string, options: { place?: PanelPlace; shadowMode?: ShadowRootMode } = {}): SelectionPanel {
  const el = elementMaker(doc);
  const panel = openPanel(doc, options.place ?? placeUnderSelection(doc), options.shadowMode, () => undefined);
  panel.card.setAttribute('aria-label', 'ClaimLens');
  const text = el('p', 'message', message);
  text.setAttribute('role', 'alert');
  const close = el('button', 'add', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => panel.close());
  panel.card.append(text, close);
  close.focus();
  return panel;
}

interface OpenPanel extends SelectionPanel {
  card: HTMLElement;
  textBox: HTMLTextAreaElement | null;
}

function openPanel(doc: Document, place: PanelPlace, shadowMode: ShadowRootMode = 'closed', closed: () => void): OpenPanel {
  const panels = openPanels.get(doc) ?? new Set<SelectionPanel>();
  openPanels.set(doc, panels);
  for (const other of [...panels]) if (!other.hasUnsavedText()) other.close();

  const host = overlayHost(doc, SELECTION_NOTE_TAG);
  host.style.setProperty('top', `${place.top}px`, 'important');
  host.style.setProperty('left', `${place.left}px`, 'important');
  const root = host.attachShadow({ mode: shadowMode });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS + PANEL_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  root.append(style, card);

  // Escape closes the panel (what it holds is not saved: Escape is the user's "cancel"); focus goes back.
  const returnFocus = doc.activeElement instanceof doc.defaultView!.HTMLElement ? doc.activeElement : null;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    panel.close();
  };
  // Capture: the text box keeps its keys from bubbling (the page's shortcuts must not see them).
  host.addEventListener('keydown', onKey, true);

  let isOpen = true;
  const panel: OpenPanel = {
    host,
    root,
    card,
    textBox: null,
    hasUnsavedText: () => isOpen && (panel.textBox?.value.trim() ?? '') !== '',
    close() {
      if (!isOpen) return;
      isOpen = false;
      host.removeEventListener('keydown', onKey, true);
      host.remove();
      panels.delete(panel);
      if (returnFocus?.isConnected) returnFocus.focus();
      closed();
    },
  };
  panels.add(panel);
  doc.documentElement.appendChild(host);
  return panel;
}

const PANEL_CSS = `
.quote { margin: 0 0 8px; padding: 2px 0 2px 8px; border-left: 3px solid #b9bec7; color: #3b3f46; font-style: italic;
  overflow-wrap: anywhere; }
.message { margin: 0 0 4px; }
`;
