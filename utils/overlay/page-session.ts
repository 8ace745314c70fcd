/**
 * One page's life in the content script: analyse when idle, show the overlay, keep the latest
 * `PageAnalysis` for the popup and report it to the background. Nothing here throws into the page:
 * every failure becomes a `failed` analysis with a message the popup can show.
 */
import type { TextMap } from '../analyze/text-map';
import type { PageAnalysis } from '../messaging';
import { mergeCheckedLinks } from '../link-check/merge';
import type { LinkReport, PageNotes } from '../types';
import { updateLinkMarkers } from './checked-link-markers';
import { showOverlay, type Later, type PageOverlay } from './overlay';

export interface PageSessionDeps {
  doc: Document;
  /**
   * The analyzer (`analyzeDocumentAsync`, which yields to the page between chunks; a synchronous one
   * works too). It should stop, rejecting, once `signal` aborts: a newer run or the end of the content script.
   */
  analyze: (doc: Document, url: string, signal: AbortSignal) => PageNotes | Promise<PageNotes>;
  /** The content script's lifetime: an analysis in flight stops when it aborts. */
  signal?: AbortSignal;
  /** The article's text map, the same the analyzer measured offsets in; null when there is no article. */
  articleMap: (doc: Document) => TextMap | null;
  /** Sends the analysis to the background; failures to deliver are the caller's to swallow. */
  report: (analysis: PageAnalysis) => Promise<unknown>;
  /** Whether the overlay should show (the user's setting). */
  overlaysWanted: () => Promise<boolean>;
  later: Later;
  now?: () => Date;
  /**
   * Adds to a shown overlay (note cards); what it returns is removed with the overlay, and told of
   * checked links through `update` (without it, it is removed and made again).
   */
  decorate?: (overlay: PageOverlay, notes: PageNotes) => Decoration;
  /** What of the analysis the overlay marks (the user's per-kind and per-status toggles). */
  visible?: (notes: PageNotes) => PageNotes;
}

/** What `decorate` adds to an overlay. */
export interface Decoration {
  remove(): void;
  update?(notes: PageNotes): void;
}

/** The content script's state for its page. */
export class PageSession {
  private current: PageAnalysis;
  private overlay: PageOverlay | null = null;
  private decoration: Decoration | null = null;
  private readonly now: () => Date;
  /** Stops the analysis in flight, if any. */
  private inFlight: AbortController | null = null;

  constructor(private readonly deps: PageSessionDeps) {
    this.now = deps.now ?? (() => new Date());
    this.current = { phase: 'analysing', url: this.url(), reportedAt: this.now().toISOString() };
  }

  /** The latest analysis (what the popup is told). */
  get analysis(): PageAnalysis {
    return this.current;
  }

  /** Tells the background analysis is pending (so the popup can say "Analysing…"). */
  announce(): Promise<void> {
    return this.publish(this.current);
  }

  /**
   * Analyses the page and shows the overlay. Resolves when the result has been reported. A newer run
   * (navigation, grown article) stops this one: it then resolves with the analysis as it stands,
   * reporting and marking nothing.
   */
  async run(): Promise<PageAnalysis> {
    this.inFlight?.abort();
    const stop = new AbortController();
    this.inFlight = stop;
    const { signal } = this.deps;
    if (signal?.aborted) stop.abort();
    else signal?.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    this.removeOverlay();
    // Read before analysing: after the analysis, the marking follows with no await in between, so the
    // claims are marked on the DOM the last slice read. (Text the page changed while the analysis
    // yielded is caught by the overlay, which marks only claims whose offsets still hold their text.)
    const wanted = await this.deps.overlaysWanted().catch(() => true);
    let next: PageAnalysis;
    try {
      if (stop.signal.aborted) return this.current;
      const notes = await this.deps.analyze(this.deps.doc, this.url(), stop.signal);
      if (stop.signal.aborted) return this.current;
      next = { phase: 'ready', url: notes.url, notes, reportedAt: this.now().toISOString() };
    } catch (error) {
      if (stop.signal.aborted) return this.current;
      next = { phase: 'failed', url: this.url(), error: messageOf(error), reportedAt: this.now().toISOString() };
    } finally {
      if (this.inFlight === stop) this.inFlight = null;
    }
    this.current = next;
    if (next.notes && wanted) {
      try {
        this.showOverlay(next.notes);
      } catch (error) {
        // A page the overlay cannot mark still gets its notes in the popup.
        console.warn('ClaimLens: could not mark this page', error);
      }
    }
    await this.publish(next);
    return next;
  }

  /** Shows or hides the overlay for the current analysis, without analysing again. */
  setOverlayVisible(visible: boolean): void {
    if (!visible) {
      this.removeOverlay();
      return;
    }
    if (this.overlay || !this.current.notes) return;
    try {
      this.showOverlay(this.current.notes);
    } catch (error) {
      console.warn('ClaimLens: could not mark this page', error);
    }
  }

  /** Shows the overlay again from the kept analysis (after the user changed what it shows). */
  redrawOverlay(visible: boolean): void {
    this.removeOverlay();
    this.setOverlayVisible(visible);
  }

  /** Scrolls to a claim and flashes it; false when it is not marked on the page. */
  reveal(claimId: string): boolean {
    return this.overlay?.reveal(claimId) ?? false;
  }

  /** Takes in links the background checked: the analysis and the page's link markers follow their statuses. */
  applyCheckedLinks(links: readonly LinkReport[]): void {
    const notes = this.current.notes;
    if (this.current.phase !== 'ready' || !notes) return;
    const next = mergeCheckedLinks(notes, links);
    this.current = { ...this.current, notes: next };
    if (!this.overlay) return;
    updateLinkMarkers(this.deps.doc, this.overlay.links, next.links);
    // Cards describe link statuses: they follow the merged notes in place (a note being typed in one
    // stays), or are made again when they cannot.
    if (this.decoration?.update) {
      this.decoration.update(next);
      return;
    }
    this.decoration?.remove();
    this.decoration = this.deps.decorate?.(this.overlay, next) ?? null;
  }

  /** Takes the overlay off the page (the DOM is as before). */
  removeOverlay(): void {
    this.decoration?.remove();
    this.decoration = null;
    this.overlay?.remove();
    this.overlay = null;
  }

  private showOverlay(notes: PageNotes): void {
    // Built right after the analysis, on the same DOM, so the claim offsets still match.
    const map = notes.claims.length > 0 ? this.deps.articleMap(this.deps.doc) : null;
    const shown = this.deps.visible?.(notes) ?? notes;
    this.overlay = showOverlay(this.deps.doc, shown, map, this.deps.later);
    this.decoration = this.deps.decorate?.(this.overlay, shown) ?? null;
  }

  private async publish(analysis: PageAnalysis): Promise<void> {
    try {
      await this.deps.report(analysis);
    } catch {
      // The background is unreachable (extension reloaded or updated): the popup can still ask us.
    }
  }

  private url(): string {
    return this.deps.doc.location?.href ?? this.deps.doc.URL;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
