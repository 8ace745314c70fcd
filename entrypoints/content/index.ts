import '@/utils/overlay/overlay.css';
import { analyzeDocumentAsync } from '@/utils/analyze';
import type { TextMap } from '@/utils/analyze/text-map';
import { backgroundToContent, contentToBackground, onMessages, pageToContent, sendMessage } from '@/utils/messaging';
import { reportFactChecks } from './fact-checks';
import { watchArticleGrowth, watchNavigation } from '@/utils/content/spa';
import { noteCardDecorator, type NoteCards } from '@/utils/overlay/card';
import { notesToContent } from '@/utils/notes/messages';
import { PageUserNotesState } from '@/utils/content/user-notes';
import { AnalysedArticle } from '@/utils/content/analysed-article';
import { PageSession } from '@/utils/overlay/page-session';
import { openSelectionNote, showSelectionMessage } from '@/utils/overlay/selection-note';
import { mayRunOn, overlayShownOn, readOverlayPreferences, visibleNotes } from '@/utils/overlay/visibility';
import { overlaySettingsItem } from '@/utils/storage';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let prefs = readOverlayPreferences(null);
    // The article's text as the analyzer saw it: the offsets of claims and notes point into it. Marking,
    // the user's notes and the growth watch take it from the analysis rather than reading the page again.
    const article = new AnalysedArticle(document);
    // The user's own notes: placed against the article text after each analysis, shown in the cards.
    let cards: NoteCards | null = null;
    const userNotes = new PageUserNotesState(document, article, () => cards?.refresh());
    const session = new PageSession({
      doc: document,
      // In slices that yield to the page, so a big article never freezes it; a newer run (navigation,
      // grown article) or the end of this content script stops the one in flight.
      // The text map is kept only from an analysis that finished: a stopped one is not what is marked.
      analyze: async (doc, url, signal) => {
        let map: TextMap | null = null;
        const notes = await analyzeDocumentAsync(doc, url, { signal, onTextMap: (read) => (map = read) });
        article.keep(map);
        return notes;
      },
      signal: ctx.signal,
      articleMap: () => article.map(),
      report: (analysis) => sendMessage(contentToBackground, 'page-analysis', analysis),
      overlaysWanted: async () => {
        prefs = readOverlayPreferences(await overlaySettingsItem.getValue());
        return overlayShownOn(prefs, location.href);
      },
      visible: (notes) => visibleNotes(notes, prefs),
      later: (fn, ms) => ctx.setTimeout(fn, ms),
      // Cards on the marks; a note being typed in one outlives link checks and re-analyses.
      decorate: noteCardDecorator(document, { notes: () => userNotes.cardActions(), current: (made) => (cards = made) }),
    });

    onMessages(
      pageToContent,
      {
        'get-page-analysis': () => session.analysis,
        'reveal-claim': ({ claimId }) => ({ revealed: session.reveal(claimId) }),
      },
      ctx.signal,
    );
    onMessages(
      notesToContent,
      {
        'get-user-notes': () => userNotes.snapshot(),
        'notes-changed': () => userNotes.refresh(),
        // A panel of ClaimLens's own under the selection, not window.prompt (see selection-note.ts).
        'add-selection-note': ({ selectionText }) => {
          const found = userNotes.selectionTarget(String(selectionText ?? ''));
          if ('problem' in found) showSelectionMessage(document, found.problem);
          else openSelectionNote(document, { quote: found.quote, save: (body) => userNotes.add(found.target, body) });
        },
      },
      ctx.signal,
    );
    onMessages(
      backgroundToContent,
      {
        'links-checked': ({ links }) => {
          if (Array.isArray(links)) session.applyCheckedLinks(links);
        },
      },
      ctx.signal,
    );
    // The user's overlay switch applies at once, without analysing again.
    // Kind, link and site toggles redraw from the kept analysis too.
    const unwatch = overlaySettingsItem.watch((settings) => {
      prefs = readOverlayPreferences(settings);
      session.redrawOverlay(overlayShownOn(prefs, location.href));
    });
    ctx.onInvalidated(() => {
      unwatch();
      // A note being typed in a card stays on screen to be copied; everything else goes.
      cards?.strand();
      session.removeOverlay();
    });

    void session.announce();
    // Idle time, so the page's own start-up work goes first; the timeout bounds the wait on busy pages.
    const start = async () => {
      // "Never run on this site": no analysis at all, not just a hidden overlay.
      if (!mayRunOn(readOverlayPreferences(await overlaySettingsItem.getValue()), location.href)) return;
      // Fact-check pages' ClaimReview markup, kept by the background to note matching claims elsewhere.
      void reportFactChecks(document);
      await session.run().catch((error) => console.warn('ClaimLens: analysis stopped', error));
      await userNotes.refresh(session.analysis.notes ?? null).catch(() => undefined);
      watchArticle();
    };
    // Dynamic pages: a history-API navigation shows a new article, and an article that grows later
    // (lazy paragraphs, infinite scroll) is analysed again once it has been quiet, never per mutation.
    let growth: AbortController | null = null;
    const watchArticle = () => {
      growth?.abort();
      growth = new AbortController();
      ctx.signal.addEventListener('abort', () => growth?.abort(), { once: true });
      const root = article.root();
      if (!root) return;
      watchArticleGrowth({
        root,
        signal: growth.signal,
        isOwn: (node) => node.nodeName === 'CLAIMLENS-MARK',
        onGrowth: () => void start(),
      });
    };
    watchNavigation({ win: window, signal: ctx.signal, onNavigate: () => void start() });
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => void start(), { timeout: 2000 });
    else ctx.setTimeout(() => void start(), 0);
  },
});
