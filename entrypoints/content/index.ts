import '@/utils/overlay/overlay.css';
import { analyzeDocument } from '@/utils/analyze';
import { findArticle } from '@/utils/analyze/article';
import { buildTextMap } from '@/utils/analyze/text-map';
import { backgroundToContent, contentToBackground, onMessages, pageToContent, sendMessage } from '@/utils/messaging';
import { reportFactChecks } from './fact-checks';
import { watchArticleGrowth, watchNavigation } from '@/utils/content/spa';
import { attachCards } from '@/utils/overlay/card';
import { PageSession } from '@/utils/overlay/page-session';
import { mayRunOn, overlayShownOn, readOverlayPreferences, visibleNotes } from '@/utils/overlay/visibility';
import { overlaySettingsItem } from '@/utils/storage';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let prefs = readOverlayPreferences(null);
    const session = new PageSession({
      doc: document,
      analyze: (doc, url) => analyzeDocument(doc, url),
      articleMap: (doc) => {
        const scope = findArticle(doc);
        return scope ? buildTextMap(scope.root, { exclude: scope.exclude }) : null;
      },
      report: (analysis) => sendMessage(contentToBackground, 'page-analysis', analysis),
      overlaysWanted: async () => {
        prefs = readOverlayPreferences(await overlaySettingsItem.getValue());
        return overlayShownOn(prefs, location.href);
      },
      visible: (notes) => visibleNotes(notes, prefs),
      later: (fn, ms) => ctx.setTimeout(fn, ms),
      decorate: (overlay, notes) => attachCards(document, overlay, { claims: notes.claims, links: notes.links }),
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
      watchArticle();
    };
    // Dynamic pages: a history-API navigation shows a new article, and an article that grows later
    // (lazy paragraphs, infinite scroll) is analysed again once it has been quiet, never per mutation.
    let growth: AbortController | null = null;
    const watchArticle = () => {
      growth?.abort();
      growth = new AbortController();
      ctx.signal.addEventListener('abort', () => growth?.abort(), { once: true });
      const root = findArticle(document)?.root;
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
