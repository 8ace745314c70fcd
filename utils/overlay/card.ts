/**
 * On-page note cards (issue 5): hovering or focusing a claim highlight or a flagged link shows a small
 * card with the claim's notes (rule notes and the user's own) or the link's status and reason.
 *
 * The card lives in a closed shadow root on a `<claimlens-card>` host added to `<html>` (not the
 * article), so page CSS cannot reach inside it, its CSS cannot leak out, page scripts cannot read
 * the user's notes from it, and the article's text offsets are untouched. Every text goes in through
 * `textContent`: claims, notes and link reasons are page-derived.
 *
 * `attachCards` also makes the marks keyboard-focusable (`tabindex="0"`); `remove()` takes away the
 * host, every attribute and every listener, so with overlays off the page is exactly as served.
 */
import { formatDomainRating, ratingBand } from '../credibility/format';
import { isWarningNote, noteLabel, noteSentence } from '../note-labels';
import { isLinkFlagged, type Claim, type ClaimNote, type LinkReport, type PageNotes } from '../types';
import { LINK_MARKER_LABELS } from './link-markers';
import type { PageOverlay } from './overlay';
import type { Decoration } from './page-session';

/** The host element's tag. */
export const CARD_TAG = 'claimlens-card';

/** On a marked link whose site is rated: the band (`low`, `mixed`, `high`); the card says it in words. */
export const RATING_ATTRIBUTE = 'data-claimlens-rating';

/** A user note as the card shows it. */
export interface CardUserNote {
  id: string;
  body: string;
}

/** What a card is about. */
export type CardSubject = { kind: 'claim'; claim: Claim } | { kind: 'link'; link: LinkReport };

/**
 * Notes being written in cards and not saved yet, by `draftKey`: owned by the content script, so a
 * draft outlives the card it was typed in (a card rebuilt when link checks or a re-analysis arrive, a
 * card closed with Escape). Saving or Cancel ends a draft; nothing else does.
 */
export type CardDrafts = Map<string, string>;

/** Which card was open when cards were removed, so the cards built next can open it again. */
export interface CardResume {
  subject: string;
  /** Whether the note's text box had the focus, and its selection. */
  focused: boolean;
  selectionStart?: number;
  selectionEnd?: number;
}

/** "claim:ID" or "link:ID": a subject across rebuilt cards (the objects are new each analysis). */
export function subjectKey(subject: CardSubject): string {
  return subject.kind === 'claim' ? `claim:${subject.claim.id}` : `link:${subject.link.id}`;
}

/** Where the draft of a new note (`noteId` null) or of an edit of a note is kept. */
export function draftKey(subject: CardSubject, noteId: string | null): string {
  return `${subjectKey(subject)}#${noteId ?? 'new'}`;
}

/** Where the card gets and keeps the user's notes; absent: the card shows rule notes only. */
export interface CardNoteActions {
  /** The user's notes on a subject, newest last. */
  notesFor(subject: CardSubject): CardUserNote[];
  add(subject: CardSubject, body: string): Promise<void>;
  edit(noteId: string, body: string): Promise<void>;
  remove(noteId: string): Promise<void>;
}

export interface AttachCardsOptions {
  claims: readonly Claim[];
  links: readonly LinkReport[];
  notes?: CardNoteActions;
  /** Ms before a card closes once the pointer leaves it, so the pointer can travel from mark to card. */
  hideDelayMs?: number;
  /** Closed in production; tests pass `open` to look inside. */
  shadowMode?: ShadowRootMode;
  /** Unsaved notes, shared with the cards built before and after these (a new map when absent). */
  drafts?: CardDrafts;
  /** The card open when the previous cards were removed: opened again here, if its subject is still marked. */
  resume?: CardResume | null;
}

/** Cards bound to one overlay. */
export interface NoteCards {
  /** The card's shadow root (for tests; page scripts never get it). */
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
  /** Opens the card for a mark or link element (what hover and focus do). */
  open(target: Element): void;
  close(): void;
  /** Re-renders the open card (after the user's notes changed elsewhere); a card with a note form open waits until the form closes. */
  refresh(): void;
  /**
   * Takes in checked links (the page's whole, updated list, after `updateLinkMarkers`): link cards
   * follow the markers and the new statuses without rebuilding the cards, so a note being typed stays.
   */
  updateLinks(links: readonly LinkReport[]): void;
  /** The open card while it has a note form open, for `resume` (else null). */
  openState(): CardResume | null;
  /**
   * For when this content script is cut off from the extension (updated, reloaded, turned off): a card
   * with a note form open stays on the page through `remove()`, Save off and a message saying to copy
   * the text, until its Cancel. False when no form is open (nothing to keep).
   */
  strand(): boolean;
  /** Removes host, tabindex attributes and listeners (a stranded card's host stays until its Cancel). */
  remove(): void;
}

/** What a card's note form says once the extension can no longer save from this tab. */
export const STRANDED_MESSAGE = 'ClaimLens was updated or turned off, so this note cannot be saved from this tab. Copy your text, then reload the page.';

/** Adds cards to `overlay`'s marks and flagged links. */
export function attachCards(doc: Document, overlay: PageOverlay, options: AttachCardsOptions): NoteCards {
  const win = doc.defaultView!;
  const controller = new AbortController();
  const { signal } = controller;
  const claimsById = new Map(options.claims.map((c) => [c.id, c]));
  const linksById = new Map(options.links.map((l) => [l.id, l]));
  const subjectOf = new Map<Element, CardSubject>();
  for (const [id, marks] of overlay.highlights?.marks ?? []) {
    const claim = claimsById.get(id);
    if (claim) for (const mark of marks) subjectOf.set(mark, { kind: 'claim', claim });
  }
  // Marked links carry their site's rating band while the cards live, for styles and tests; never a page's own attribute.
  const rated = new Set<Element>();
  const linkSubjects = () => {
    for (const [el, subject] of subjectOf) if (subject.kind === 'link') subjectOf.delete(el);
    for (const [id, el] of overlay.links.elements) {
      const link = linksById.get(id);
      if (!link || !isLinkFlagged(link)) continue;
      subjectOf.set(el, { kind: 'link', link });
      if (link.rating && !el.hasAttribute(RATING_ATTRIBUTE)) {
        el.setAttribute(RATING_ATTRIBUTE, ratingBand(link.rating.score));
        rated.add(el);
      }
    }
  };
  linkSubjects();
  const drafts = options.drafts ?? new Map<string, string>();

  // Only marks we made get a tabindex, and only where the page had none (links already take focus).
  const focusable = new Set<Element>();
  const makeFocusable = () => {
    for (const el of subjectOf.keys()) {
      if (focusable.has(el) || el.hasAttribute('tabindex') || el.tagName.toLowerCase() === 'a') continue;
      el.setAttribute('tabindex', '0');
      focusable.add(el);
    }
  };
  makeFocusable();

  const host = overlayHost(doc, CARD_TAG);
  host.style.setProperty('display', 'none', 'important');
  const root = host.attachShadow({ mode: options.shadowMode ?? 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'ClaimLens notes');
  root.append(style, card);

  let current: { target: Element; subject: CardSubject } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let editing = false;
  /** Cut off from the extension with a note form open (see `strand`): the host stays until the form is done. */
  let stranded = false;
  const hideDelay = options.hideDelayMs ?? 300;

  const cancelHide = () => clearTimeout(hideTimer);
  const scheduleHide = () => {
    cancelHide();
    hideTimer = setTimeout(() => {
      if (!editing) close();
    }, hideDelay);
  };

  /**
   * Opens the card for `target`. The pointer passing over another mark does not take the card away
   * from a note form (`byPointer`); the keyboard moving to another mark does, the typed text kept as a draft.
   */
  const open = (target: Element, byPointer = false) => {
    const subject = subjectOf.get(target);
    if (!subject) return;
    cancelHide();
    if (current?.target === target) return;
    if (byPointer && editing && current) return;
    current = { target, subject };
    editing = false;
    if (!host.isConnected) doc.documentElement.appendChild(host);
    render();
    place(target);
    host.style.setProperty('display', 'block', 'important');
  };

  const close = () => {
    cancelHide();
    current = null;
    editing = false;
    host.style.setProperty('display', 'none', 'important');
    card.replaceChildren();
  };

  const place = (target: Element) => {
    const rect = target.getBoundingClientRect();
    const top = rect.bottom + win.scrollY + 6;
    const left = Math.max(4, Math.min(rect.left + win.scrollX, win.scrollX + win.innerWidth - 340));
    host.style.setProperty('top', `${top}px`, 'important');
    host.style.setProperty('left', `${left}px`, 'important');
  };

  const render = () => {
    if (!current) return;
    const { subject } = current;
    card.replaceChildren(...renderSubject(doc, subject, options.notes, {
      startEdit: () => {
        editing = true;
      },
      done: () => {
        editing = false;
        // A stranded card (see `strand`) goes once its form is done with.
        if (stranded) host.remove();
        else render();
      },
    }, drafts));
  };

  const textBox = () => root.querySelector('textarea');

  const subjectElement = (node: EventTarget | null): Element | null => {
    let el = node instanceof win.Element ? (node as Element) : null;
    while (el && !subjectOf.has(el)) el = el.parentElement;
    return el;
  };

  // One set of delegated listeners on the document, all removed through the abort signal.
  doc.addEventListener('mouseover', (event) => {
    const target = subjectElement(event.target);
    if (target) open(target, true);
  }, { signal, capture: true });
  doc.addEventListener('mouseout', (event) => {
    if (current && subjectElement(event.target) === current.target) scheduleHide();
  }, { signal, capture: true });
  let returningFocus = false;
  doc.addEventListener('focusin', (event) => {
    if (returningFocus) return;
    const target = subjectElement(event.target);
    if (target) open(target);
    else if (event.target !== host && current && !editing) close();
  }, { signal, capture: true });
  doc.addEventListener('keydown', (event) => {
    if (!current) return;
    if (event.key === 'Escape') {
      // A note being written is kept as a draft (its form saved it on every keystroke): the card opens
      // on it again. Cancel is what throws it away.
      const back = current.target;
      close();
      // Focus goes back to the mark without opening its card again (focusing a mark opens it).
      if (back instanceof win.HTMLElement) {
        returningFocus = true;
        try {
          back.focus();
        } finally {
          returningFocus = false;
        }
      }
    } else if (event.key === 'Enter' && event.target === current.target && current.target.tagName.toLowerCase() !== 'a') {
      // From a focused mark, Enter moves into the card so its buttons are reachable by keyboard.
      event.preventDefault();
      root.querySelector<HTMLElement>('button, textarea')?.focus();
    }
  }, { signal, capture: true });
  host.addEventListener('mouseenter', cancelHide, { signal });
  host.addEventListener('mouseleave', scheduleHide, { signal });

  if (options.resume) {
    const { resume } = options;
    const target = [...subjectOf].find(([, subject]) => subjectKey(subject) === resume.subject)?.[0];
    if (target) {
      open(target);
      const box = textBox();
      // The text box gets the focus back only if nothing else took it meanwhile.
      const active = doc.activeElement;
      if (box && resume.focused && (!active || active === doc.body || active === doc.documentElement)) {
        box.focus();
        if (resume.selectionStart !== undefined) box.setSelectionRange(resume.selectionStart, resume.selectionEnd ?? resume.selectionStart);
      }
    }
  }

  let removed = false;
  return {
    root,
    host,
    strand() {
      const form = root.querySelector('form');
      if (!editing || !current || !form) return false;
      stranded = true;
      const save = form.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (save) save.disabled = true;
      const error = form.querySelector('.error');
      if (error) error.textContent = STRANDED_MESSAGE;
      return true;
    },
    open: (target) => open(target),
    close,
    refresh() {
      if (!editing) render();
    },
    updateLinks(links) {
      for (const link of links) linksById.set(link.id, link);
      linkSubjects();
      makeFocusable();
      if (current?.subject.kind !== 'link') return;
      const subject = subjectOf.get(current.target);
      if (!subject) {
        // The link was found working and lost its marker; a note being written on it stays open.
        if (!editing) close();
        return;
      }
      current = { target: current.target, subject };
      if (!editing) render();
    },
    openState() {
      if (!current || !editing) return null;
      const box = textBox();
      const focused = !!box && root.activeElement === box;
      return focused ? { subject: subjectKey(current.subject), focused, selectionStart: box.selectionStart, selectionEnd: box.selectionEnd } : { subject: subjectKey(current.subject), focused };
    },
    remove() {
      if (removed) return;
      removed = true;
      controller.abort();
      cancelHide();
      if (!stranded) host.remove();
      for (const el of focusable) el.removeAttribute('tabindex');
      for (const el of rated) el.removeAttribute(RATING_ATTRIBUTE);
    },
  };
}

/**
 * Makes the cards of each overlay a page session shows (its `decorate`): checked links update them in
 * place, and the unsaved notes and the card with a note form open carry over to the cards of the next
 * overlay (a re-analysis, a redraw). `current` is told the cards in use, or null.
 */
export function noteCardDecorator(
  doc: Document,
  options: { notes?: () => CardNoteActions; current?: (cards: NoteCards | null) => void; shadowMode?: ShadowRootMode },
): (overlay: PageOverlay, notes: PageNotes) => Decoration {
  const drafts: CardDrafts = new Map();
  let resume: CardResume | null = null;
  let live: NoteCards | null = null;
  return (overlay, notes) => {
    const cards = attachCards(doc, overlay, { claims: notes.claims, links: notes.links, notes: options.notes?.(), drafts, resume, shadowMode: options.shadowMode });
    resume = null;
    live = cards;
    options.current?.(cards);
    return {
      remove: () => {
        resume = cards.openState() ?? resume;
        cards.remove();
        if (live !== cards) return;
        live = null;
        options.current?.(null);
      },
      update: (next) => cards.updateLinks(next.links),
    };
  };
}

export interface EditHooks {
  startEdit(): void;
  done(): void;
}

/**
 * A host element for a panel of ClaimLens's own over the page (a card, the note editor), positioned by
 * `top`/`left` in page coordinates. Inline !important beats any page rule on it, so the page cannot
 * hide or restyle it.
 */
export function overlayHost(doc: Document, tag: string): HTMLElement {
  const host = doc.createElement(tag);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'absolute', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  return host;
}

/** Makes elements of `doc` with a class and, through `textContent` only, their text. */
export function elementMaker(doc: Document): Make {
  return (tag, className, text) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
}

/** The card's content for a subject, built with `textContent` only. */
function renderSubject(doc: Document, subject: CardSubject, actions: CardNoteActions | undefined, hooks: EditHooks, drafts: CardDrafts): Node[] {
  const el = elementMaker(doc);
  const out: Node[] = [];
  if (subject.kind === 'claim') {
    out.push(el('p', 'title', 'Claim'));
    const notes = subject.claim.notes.filter((n) => n.origin === 'rule');
    if (notes.length === 0) out.push(el('p', 'empty', 'No notes from ClaimLens.'));
    else {
      const list = el('ul', 'notes');
      for (const note of notes) list.append(ruleNote(el, note));
      out.push(list);
    }
  } else {
    const { link } = subject;
    out.push(el('p', 'title', 'Link'));
    const status = el('p', 'status');
    status.append(el('span', 'sign', '⚠ '), el('strong', '', LINK_MARKER_LABELS[link.status] ?? link.status));
    out.push(status, el('p', 'reason', link.reason));
    if (link.rating) {
      // The scale in words ("Domain quality 0.23 of 1: low (Lin et al. 2023)"), never a colour alone.
      const rating = el('p', 'rating', `${link.domain ? `${link.domain}: ` : ''}${formatDomainRating(link.rating)}`);
      rating.setAttribute(RATING_ATTRIBUTE, ratingBand(link.rating.score));
      out.push(rating);
    }
  }
  if (actions) out.push(userNotes(el, subject, actions, hooks, drafts));
  return out;
}

export type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => HTMLElementTagNameMap[K];

/** A rule note as the popup shows it: the shared sentence-case label (with ⚠ for warnings), then the sentence without the label repeated. */
function ruleNote(el: Make, note: ClaimNote): HTMLElement {
  const warning = isWarningNote(String(note.code));
  const item = el('li', warning ? 'note warning' : 'note');
  item.dataset.noteCode = String(note.code);
  const tag = el('span', 'tag');
  if (warning) {
    const sign = el('span', 'sign', '⚠ ');
    sign.setAttribute('aria-hidden', 'true');
    tag.append(sign);
  }
  tag.append(noteLabel(String(note.code)));
  // The separator is for screen readers, which otherwise run the label into the sentence.
  item.append(tag, el('span', 'sr', ': '), el('span', 'text', noteSentence(note)));
  return item;
}

/**
 * The user's notes on the subject, with Add / Edit / Delete; a form replaces the list while editing.
 * A draft left for this subject opens its form straight away, with the unsaved text.
 */
function userNotes(el: Make, subject: CardSubject, actions: CardNoteActions, hooks: EditHooks, drafts: CardDrafts): HTMLElement {
  const section = el('section', 'yours');
  section.append(el('p', 'subtitle', 'Your notes'));
  const notes = actions.notesFor(subject);
  const form = (noteId: string | null, initial: string, save: (body: string) => Promise<void>, notice?: string) => {
    const key = draftKey(subject, noteId);
    hooks.startEdit();
    const draft = drafts.get(key);
    section.replaceChildren(
      noteForm(el, initial, save, hooks, {
        draft,
        notice: notice ?? (draft !== undefined ? 'Not saved yet: your text from before.' : undefined),
        onDraft: (text) => (text === null ? drafts.delete(key) : drafts.set(key, text)),
      }),
    );
  };
  const prefix = `${subjectKey(subject)}#`;
  const pending = [...drafts.keys()].find((key) => key.startsWith(prefix));
  if (pending !== undefined) {
    const noteId = pending.slice(prefix.length);
    const note = notes.find((n) => n.id === noteId);
    if (noteId === 'new' || note) {
      form(note ? note.id : null, note ? note.body : '', async (body) => (note ? actions.edit(note.id, body) : actions.add(subject, body)));
    } else {
      // The note being edited was deleted elsewhere: its text is offered as a new note, not lost.
      const text = drafts.get(pending)!;
      drafts.delete(pending);
      drafts.set(draftKey(subject, null), text);
      form(null, '', async (body) => actions.add(subject, body), 'The note you were editing was deleted elsewhere; Save adds your text as a new note.');
    }
    return section;
  }
  const list = el('ul', 'notes');
  for (const note of notes) {
    const item = el('li', 'note user');
    item.dataset.noteId = note.id;
    item.append(el('span', 'text', note.body));
    const edit = el('button', 'small', 'Edit');
    edit.type = 'button';
    edit.setAttribute('aria-label', `Edit note: ${note.body.slice(0, 40)}`);
    edit.addEventListener('click', () => {
      form(note.id, note.body, async (body) => actions.edit(note.id, body));
      section.querySelector('textarea')?.focus();
    });
    const del = el('button', 'small', 'Delete');
    del.type = 'button';
    del.setAttribute('aria-label', `Delete note: ${note.body.slice(0, 40)}`);
    del.addEventListener('click', async () => {
      await actions.remove(note.id);
      hooks.done();
    });
    item.append(edit, del);
    list.append(item);
  }
  if (notes.length > 0) section.append(list);
  const add = el('button', 'add', 'Add note');
  add.type = 'button';
  add.addEventListener('click', () => {
    form(null, '', async (body) => actions.add(subject, body));
    section.querySelector('textarea')?.focus();
  });
  section.append(add);
  return section;
}

let formCount = 0;

export interface NoteFormOptions {
  /** Unsaved text to start from instead of `initial`. */
  draft?: string;
  /** A line above the text box (why a draft is shown). */
  notice?: string;
  /** Told the text on every change while it differs from `initial`, and null once it does not or the form is done. */
  onDraft?: (text: string | null) => void;
}

/**
 * A note's form: the text, Save and Cancel, and the store's refusal in words under the text (the typed
 * words stay). Ctrl+Enter (⌘+Enter) saves too.
 */
export function noteForm(el: Make, initial: string, save: (body: string) => Promise<void>, hooks: EditHooks, options: NoteFormOptions = {}): HTMLElement {
  const { onDraft } = options;
  const box = el('form', 'form');
  const id = `claimlens-note-${++formCount}`;
  const label = el('label', 'label', 'Note');
  label.htmlFor = id;
  const text = el('textarea', 'input');
  text.id = id;
  text.rows = 3;
  text.value = options.draft ?? initial;
  text.addEventListener('input', () => onDraft?.(text.value === initial ? null : text.value));
  const error = el('p', 'error');
  error.setAttribute('role', 'alert');
  const saveButton = el('button', 'add', 'Save');
  saveButton.type = 'submit';
  const cancel = el('button', 'small', 'Cancel');
  cancel.type = 'button';
  cancel.addEventListener('click', () => {
    onDraft?.(null);
    hooks.done();
  });
  // One save at a time: a second Save or Ctrl+Enter while the store answers would store the note twice.
  let saving = false;
  box.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (saving) return;
    saving = true;
    saveButton.disabled = true;
    try {
      await save(text.value);
      onDraft?.(null);
      hooks.done();
    } catch (problem) {
      const message = problem instanceof Error ? problem.message : String(problem);
      // The browser's words when the extension went away under this tab.
      error.textContent = /extension context invalidated|receiving end does not exist/i.test(message) ? STRANDED_MESSAGE : message;
    } finally {
      saving = false;
      saveButton.disabled = false;
    }
  });
  // Keys typed into the note must not reach the page's shortcuts (j/k readers, search on "/").
  text.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      box.requestSubmit();
    }
  });
  const buttons = el('div', 'buttons');
  buttons.append(saveButton, cancel);
  box.append(label);
  if (options.notice) box.append(el('p', 'notice', options.notice));
  box.append(text, error, buttons);
  return box;
}

export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: 320px; max-height: 60vh; overflow: auto; padding: 10px 12px 12px;
  background: #fff; color: #1d1f23; border: 1px solid #b9bec7; border-radius: 8px;
  box-shadow: 0 6px 20px rgba(0,0,0,.22); font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: left; }
.title, .subtitle { margin: 0 0 6px; font-size: 12px; font-weight: 700; color: #5a606b; }
.subtitle { margin-top: 10px; padding-top: 8px; border-top: 1px solid #dfe2e7; }
.notes { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.note { margin: 0; }
.note.user { border-left: 3px solid #1f4fd1; padding-left: 6px; }
.tag { display: block; font-size: 11px; font-weight: 700; color: #1f4fd1; }
.note.warning .tag { color: #8c1d18; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.status { margin: 0; color: #8c1d18; }
.reason, .empty { margin: 2px 0 0; }
.empty { color: #5a606b; }
.rating { margin: 4px 0 0; font-size: 12px; }
.form { display: flex; flex-direction: column; gap: 4px; }
.label { display: block; font-weight: 600; }
.input { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: #fff; border: 1px solid #8a909b; border-radius: 4px; padding: 4px 6px; }
.error { margin: 0; color: #8c1d18; }
.notice { margin: 0; font-size: 12px; color: #5a606b; }
.error:empty { display: none; }
button { font: inherit; font-size: 12px; line-height: 1.4; cursor: pointer; border-radius: 4px; padding: 2px 10px; }
.add { align-self: flex-start; margin-top: 6px; border: 1px solid #1f4fd1; background: #1f4fd1; color: #fff; }
.buttons { display: flex; gap: 6px; }
.buttons button { margin: 0; }
.small { margin-left: 6px; border: 1px solid #8a909b; background: #f5f6f8; color: #1d1f23; }
button:hover { filter: brightness(.95); }
button:focus-visible, .input:focus-visible { outline: 2px solid #1f4fd1; outline-offset: 2px; }
`;
