/**
 * The user's notes on the page the content script runs in: fetched from the background store, placed
 * against the current article text (re-anchoring after a reload or an edit of the page), shown in the
 * note cards, and answered to the popup, which shows them (detached ones too) beside the rule notes.
 */
import { offsetOfNode, selectorFor, type TextMap } from '../analyze/text-map';
import { conflictMessage, notesFromContent, type Refused } from '../notes/messages';
import { sendMessage } from '../messaging';
import { placeNotes, type PlacedNotes } from '../notes/anchor';
import type { NoteTarget, UserNote } from '../notes/model';
import { canonicalHref, pageKey, type PageKey } from '../notes/page-key';
import type { CardNoteActions, CardSubject } from '../overlay/card';
import type { PageNotes } from '../types';

/** The page's user notes as the popup gets them (maps as records: messages carry JSON). */
export interface PageUserNotes {
  key: PageKey;
  url: string;
  canonical: string | null;
  title: string;
  byClaim: Record<string, UserNote[]>;
  byLink: Record<string, UserNote[]>;
  onText: UserNote[];
  detached: UserNote[];
}

const EMPTY: PlacedNotes = { anchors: new Map(), byClaim: new Map(), byLink: new Map(), onText: [], detached: [] };

/** The page's user notes, kept placed against the latest analysis. */
export class PageUserNotesState {
  private placed: PlacedNotes = EMPTY;
  private notes: UserNote[] = [];
  private page: { text: string; notes: PageNotes | null } = { text: '', notes: null };

  constructor(
    private readonly doc: Document,
    /** The article's text map as the page is now, and the text the last analysis read. */
    private readonly article: { map(): TextMap | null; text(): string },
    /** Called after the notes changed, so open cards re-render. */
    private readonly changed: () => void = () => undefined,
  ) {}

  /** The page's key in the notes store (canonical link honoured, tracking parameters dropped). */
  get key(): PageKey {
    return pageKey(this.doc.location.href, canonicalHref(this.doc));
  }

  /** Fetches the page's notes and places them against the current analysis and article text. */
  async refresh(notes: PageNotes | null = this.page.notes): Promise<void> {
    const key = this.key;
    const stored = await sendMessage(notesFromContent, 'notes-page', { key }).catch(() => null);
    if (!Array.isArray(stored)) return;
    this.notes = stored;
    // The analysed text: the claims placed beside the notes have their offsets in it.
    const text = this.article.text();
    this.page = { text, notes };
    this.placed = placeNotes(stored, { text, claims: notes?.claims ?? [], links: notes?.links ?? [] });
    if (this.placed.anchors.size > 0) {
      void sendMessage(notesFromContent, 'notes-anchors', { key, anchors: [...this.placed.anchors] }).catch(() => undefined);
    }
    this.changed();
  }

  /** What the popup shows. */
  snapshot(): PageUserNotes {
    const record = (map: Map<string, UserNote[]>) => Object.fromEntries(map);
    return {
      key: this.key,
      url: this.doc.location.href,
      canonical: canonicalHref(this.doc),
      title: this.doc.title,
      byClaim: record(this.placed.byClaim),
      byLink: record(this.placed.byLink),
      onText: this.placed.onText,
      detached: this.placed.detached,
    };
  }

  /** Stores a new note on the page; throws with the store's message when refused. */
  async add(target: NoteTarget, body: string): Promise<void> {
    const answer = await sendMessage(notesFromContent, 'notes-add', {
      url: this.doc.location.href,
      canonical: canonicalHref(this.doc),
      title: this.doc.title,
      target,
      body,
    });
    if (!answer.ok) throw new Error((answer as Refused).error);
    await this.refresh();
  }

  /** The card's view of the notes. */
  cardActions(): CardNoteActions {
    return {
      notesFor: (subject: CardSubject) =>
        (subject.kind === 'claim' ? this.placed.byClaim.get(subject.claim.id) : this.placed.byLink.get(subject.link.id)) ?? [],
      add: (subject, body) =>
        this.add(
          subject.kind === 'claim'
            ? { kind: 'claim', claimId: subject.claim.id, selector: subject.claim.selector }
            : { kind: 'link', linkId: subject.link.id, href: subject.link.href, text: subject.link.text },
          body,
        ),
      edit: async (noteId, body) => {
        const note = this.notes.find((n) => n.id === noteId);
        if (!note) throw new Error('This note was deleted elsewhere.');
        const answer = await sendMessage(notesFromContent, 'notes-edit', { key: note.pageKey, id: noteId, body, baseUpdatedAt: note.updatedAt });
        if (!answer.ok) throw new Error((answer as Refused).error);
        await this.refresh();
        if (answer.result.status === 'conflict') throw new Error(conflictMessage(answer.result.current.body));
      },
      remove: async (noteId) => {
        const note = this.notes.find((n) => n.id === noteId);
        if (!note) return;
        const answer = await sendMessage(notesFromContent, 'notes-delete', { key: note.pageKey, id: noteId });
        if (!answer.ok) throw new Error((answer as Refused).error);
        await this.refresh();
      },
    };
  }

  /**
   * What a note on the user's selection (context menu) would be attached to: the selected words and
   * their place in the article, or, when there is none, why, in words for the user.
   */
  selectionTarget(selectionText: string): { quote: string; target: NoteTarget } | { problem: string } {
    const map = this.article.map();
    if (!map) return { problem: 'ClaimLens found no article text on this page to attach a note to.' };
    const range = findSelection(this.doc, map, selectionText);
    if (!range) return { problem: 'Select words in the article to add a ClaimLens note.' };
    return { quote: map.text.slice(range.start, range.end), target: { kind: 'selection', selector: selectorFor(map.text, range.start, range.end) } };
  }
}

/** The selection's offsets in the article text: from the DOM selection, else the words' first occurrence. */
export function findSelection(doc: Document, map: TextMap, selectionText: string): { start: number; end: number } | null {
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (range.startContainer.nodeType === 3 && range.endContainer.nodeType === 3) {
      const start = offsetOfNode(map, range.startContainer as Text, range.startOffset);
      const end = offsetOfNode(map, range.endContainer as Text, range.endOffset);
      if (start >= 0 && end > start) return { start, end };
    }
  }
  const words = selectionText.trim().replace(/\s+/g, ' ');
  if (!words) return null;
  const at = map.text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}
