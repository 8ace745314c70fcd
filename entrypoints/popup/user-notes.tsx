/**
 * The popup's part of the user's notes: the tab's notes as its content script placed them, the
 * Add/Edit/Delete actions (through the background store), and exports of this page or all pages.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ExportButtons, type ExportScope } from '@/components/ExportImport';
import { NoteEditor } from '@/components/NoteEditor';
import { conflictMessage, notesFromPage, notesToContent, type Refused } from '@/utils/notes/messages';
import type { PageUserNotes } from '@/utils/content/user-notes';
import { downloadFile, exportFileName } from '@/utils/download';
import { buildExport, type ExportFormat } from '@/utils/export';
import { sendMessage, sendTabMessage } from '@/utils/messaging';
import { noteQuote, type UserNote } from '@/utils/notes/model';
import { withUserNotes } from '@/utils/notes/export';
import { pageKey } from '@/utils/notes/page-key';
import { noteDraftsItem } from '@/utils/storage';
import type { Claim, PageNotes } from '@/utils/types';

/** Every user note the snapshot holds, wherever it was placed. */
export function allUserNotes(placed: PageUserNotes): UserNote[] {
  return [...Object.values(placed.byClaim).flat(), ...Object.values(placed.byLink).flat(), ...placed.onText, ...placed.detached];
}

const refusedMessage = (answer: { ok: boolean }) => (answer.ok ? null : (answer as Refused).error);

/**
 * The page's unsaved popup notes (`noteDraftsItem`), read once the page is known and written on every
 * change, so closing the popup (a click outside it) loses nothing; `scope` gives one editor its part.
 */
export function usePageDrafts(key: string | null) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  // The record as last written, for the next write (a state updater must not write storage).
  const latest = useRef(drafts);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void noteDraftsItem(key)
      .getValue()
      .then((stored) => {
        if (!live) return;
        latest.current = { ...stored, ...latest.current };
        setDrafts(latest.current);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  const set = useCallback(
    (id: string, text: string | null) => {
      const next = { ...latest.current };
      if (text === null) delete next[id];
      else next[id] = text;
      latest.current = next;
      setDrafts(next);
      if (key) void noteDraftsItem(key).setValue(next).catch(() => undefined);
    },
    [key],
  );
  return {
    /** Every draft, by `subject#id` key. */
    all: drafts,
    /** Drops or replaces one draft by its whole key. */
    set,
    scope: (prefix: string) => ({
      get: (id: string) => drafts[`${prefix}#${id}`],
      set: (id: string, text: string | null) => set(`${prefix}#${id}`, text),
    }),
  };
}

/** What the popup shows now, for telling which drafts still have their editor. */
export interface ShownSubjects {
  /** Claims on the page now. */
  claims: ReadonlySet<string>;
  /** The user's notes listed under each shown claim, by claim id. */
  byClaim: Readonly<Record<string, readonly UserNote[]>>;
  /** Notes shown on their own (detached, on other text, on links). */
  alone: readonly UserNote[];
}

/**
 * Drafts whose editor is gone: a note begun on a claim the page no longer has (the article changed,
 * or a new analysis reads its sentence differently), or an edit of a note now shown elsewhere. The
 * popup lists them with their text rather than keep them out of sight.
 */
export function orphanedDrafts(drafts: Readonly<Record<string, string>>, shown: ShownSubjects): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const [key, text] of Object.entries(drafts)) {
    const hash = key.indexOf('#');
    const subject = key.slice(0, hash);
    const id = key.slice(hash + 1);
    let live = false;
    if (subject.startsWith('claim:')) {
      const claimId = subject.slice('claim:'.length);
      live = shown.claims.has(claimId) && (id === 'new' || (shown.byClaim[claimId] ?? []).some((n) => n.id === id));
    } else if (subject.startsWith('note:')) {
      live = shown.alone.some((n) => n.id === id);
    }
    if (!live) out.push({ key, text });
  }
  return out;
}

/** The tab's user notes and what the popup renders for them. */
export function usePopupNotes(tabId: number, notes: PageNotes | null) {
  const [placed, setPlaced] = useState<PageUserNotes | null>(null);
  const reload = useCallback(async () => {
    const answer = await sendTabMessage(notesToContent, tabId, 'get-user-notes', {}).catch(() => null);
    if (answer && typeof answer.key === 'string') setPlaced(answer);
  }, [tabId]);
  useEffect(() => {
    if (notes) void reload();
  }, [notes, reload]);

  // After a change the content script places the notes again (and redraws its cards); then we re-read.
  const changed = async (problem: string | null) => {
    if (!problem) {
      await sendTabMessage(notesToContent, tabId, 'notes-changed', {}).catch(() => undefined);
      await reload();
    }
    return problem;
  };
  const page = placed ?? (notes ? { key: pageKey(notes.url), url: notes.url, canonical: null, title: notes.title ?? '' } : null);
  const drafts = usePageDrafts(page?.key ?? null);
  const add = async (claim: Claim, body: string) => {
    if (!page) return 'This page is not ready yet.';
    const answer = await sendMessage(notesFromPage, 'notes-add', {
      url: page.url,
      canonical: page.canonical,
      title: page.title,
      target: { kind: 'claim', claimId: claim.id, selector: claim.selector },
      body,
    });
    return changed(refusedMessage(answer));
  };
  const edit = async (note: UserNote, body: string) => {
    const answer = await sendMessage(notesFromPage, 'notes-edit', { key: note.pageKey, id: note.id, body, baseUpdatedAt: note.updatedAt });
    if (answer.ok && answer.result.status === 'conflict') {
      await changed(null);
      return conflictMessage(answer.result.current.body);
    }
    return changed(refusedMessage(answer));
  };
  const remove = async (note: UserNote) => changed(refusedMessage(await sendMessage(notesFromPage, 'notes-delete', { key: note.pageKey, id: note.id })));

  const claimNotes = (claim: Claim): ComponentChildren => (
    <NoteEditor
      notes={placed?.byClaim[claim.id] ?? []}
      subject="this claim"
      onAdd={(body) => add(claim, body)}
      onEdit={edit}
      onDelete={remove}
      drafts={drafts.scope(`claim:${claim.id}`)}
    />
  );

  const exportNotes = async (format: ExportFormat, scope: ExportScope): Promise<string | null> => {
    if (!notes) return 'This page is not analysed yet.';
    // The store, not the popup's last placement, is the record: an export made while the page is
    // re-placing its notes (a re-analysis, a late message) must still carry every note.
    const key = placed?.key ?? pageKey(notes.url);
    const stored = await sendMessage(notesFromPage, 'notes-page', { key }).catch(() => null);
    const mine = Array.isArray(stored) ? stored : placed ? allUserNotes(placed) : [];
    const current = withUserNotes(notes, mine);
    let input: PageNotes | PageNotes[] = current;
    if (scope === 'all') {
      const stored = await sendMessage(notesFromPage, 'notes-all-pages', {});
      // This page from its live analysis (rule notes and links too), the others from storage.
      input = [current, ...stored.filter((p) => p.url !== (placed?.key ?? pageKey(notes.url)))];
    }
    const file = buildExport(format, input);
    downloadFile(file, exportFileName(scope === 'all' ? 'all-pages' : (notes.title ?? notes.url), file));
    return null;
  };

  const otherNotes = placed && (placed.detached.length > 0 || placed.onText.length > 0 || Object.keys(placed.byLink).length > 0) ? (
    <section class="section" aria-labelledby="other-notes-heading">
      <h2 id="other-notes-heading" class="section__title">
        Your other notes
      </h2>
      {placed.detached.length > 0 ? (
        <>
          <h3 class="section__subtitle">Detached (text not found on the page now)</h3>
          <ul class="detached">
            {placed.detached.map((note) => (
              <li key={note.id} class="detached__item" data-detached="true">
                <blockquote class="detached__quote">{noteQuote(note)}</blockquote>
                <NoteEditor notes={[note]} subject="detached text" onEdit={edit} onDelete={remove} drafts={drafts.scope(`note:${note.id}`)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {[...placed.onText, ...Object.values(placed.byLink).flat()].map((note) => (
        <div key={note.id} class="detached__item">
          <blockquote class="detached__quote">{noteQuote(note)}</blockquote>
          <NoteEditor notes={[note]} subject="selected text" onEdit={edit} onDelete={remove} drafts={drafts.scope(`note:${note.id}`)} />
        </div>
      ))}
    </section>
  ) : null;

  // Only once both the analysis and the placed notes are in: before that, every draft would look orphaned.
  const orphans =
    notes && placed
      ? orphanedDrafts(drafts.all, {
          claims: new Set(notes.claims.map((c) => c.id)),
          byClaim: placed.byClaim,
          alone: [...placed.detached, ...placed.onText, ...Object.values(placed.byLink).flat()],
        })
      : [];
  const unsavedSection =
    orphans.length > 0 ? (
      <section class="section" aria-labelledby="unsaved-heading">
        <h2 id="unsaved-heading" class="section__title">
          Unsaved text
        </h2>
        <p class="section__empty">You typed this for a claim or note that is no longer shown on this page. It is not saved: copy what you need, then discard it.</p>
        <ul class="detached">
          {orphans.map(({ key, text }) => (
            <li key={key} class="detached__item unsaved" data-orphaned-draft="true">
              <textarea class="unsaved__text" readOnly rows={3} aria-label="Unsaved text" value={text} />
              <button type="button" class="small-button" onClick={() => drafts.set(key, null)}>
                Discard
              </button>
            </li>
          ))}
        </ul>
      </section>
    ) : null;

  const exportSection = notes ? <ExportButtons scopes={['page', 'all']} onExport={exportNotes} /> : null;
  return { claimNotes, otherNotes, unsavedSection, exportSection };
}
