import '@/utils/overlay/overlay.css';
import { analyzeDocument } from '@/utils/analyze';
import { findArticle } from '@/utils/analyze/article';
import { buildTextMap } from '@/utils/analyze/text-map';
import { contentToBackground, onMessages, pageToContent, sendMessage } from '@/utils/messaging';
import { attachCards } from '@/utils/overlay/card';
import { PageSession } from '@/utils/overlay/page-session';
import { overlaySettingsItem } from '@/utils/storage';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession({
      doc: document,
      analyze: (doc, url) => analyzeDocument(doc, url),
      articleMap: (doc) => {
        const scope = findArticle(doc);
        return scope ? buildTextMap(scope.root, { exclude: scope.exclude }) : null;
      },
      report: (analysis) => sendMessage(contentToBackground, 'page-analysis', analysis),
      overlaysWanted: async () => (await overlaySettingsItem.getValue()).showOverlays,
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
    // The user's overlay switch applies at once, without analysing again.
    const unwatch = overlaySettingsItem.watch((settings) => session.setOverlayVisible(settings.showOverlays));
    ctx.onInvalidated(() => {
      unwatch();
      session.removeOverlay();
    });

    void session.announce();
    // Idle time, so the page's own start-up work goes first; the timeout bounds the wait on busy pages.
    const start = () => {
      session.run().catch((error) => console.warn('ClaimLens: analysis stopped', error));
    };
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(start, { timeout: 2000 });
    else ctx.setTimeout(start, 0);
  },
});
