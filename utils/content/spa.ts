/**
 * Dynamic pages (issue 5). A content script lives in an isolated world and cannot patch the page's
 * `history.pushState`, so history-API navigations are noticed by `popstate`, the Navigation API's
 * `navigatesuccess` where the browser has it, and a cheap poll of `location.href` (a string compare).
 * Content added to the article later is reported through one debounced MutationObserver on the article
 * root only: never a page-wide observer, never work per mutation. Everything stops with `signal`.
 */

export interface WatchNavigationOptions {
  win: Window;
  /** Called once per changed address (fragment-only changes are the same page and ignored). */
  onNavigate: (url: string) => void;
  signal: AbortSignal;
  pollMs?: number;
}

/** The address without its fragment: what tells one page from another. */
function pageAddress(url: string): string {
  return url.replace(/#.*$/s, '');
}

/** Calls `onNavigate` when the page's address changes without a page load. */
export function watchNavigation({ win, onNavigate, signal, pollMs = 500 }: WatchNavigationOptions): void {
  let last = pageAddress(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    const now = pageAddress(win.location.href);
    if (now === last) return;
    last = now;
    onNavigate(win.location.href);
  };
  win.addEventListener('popstate', check, { signal });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  const timer = win.setInterval(check, pollMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}

export interface WatchArticleOptions {
  root: Element;
  /** Called with the elements added under `root` since the last call, after the DOM has been quiet `debounceMs`. */
  onGrowth: (added: Element[]) => void;
  signal: AbortSignal;
  debounceMs?: number;
  /** Nodes that are ClaimLens's own (marks, cards) and must not count as growth. */
  isOwn?: (node: Node) => boolean;
}

/** Observes one article root for added content (infinite scroll, lazy paragraphs), debounced. */
export function watchArticleGrowth({ root, onGrowth, signal, debounceMs = 400, isOwn = () => false }: WatchArticleOptions): void {
  const win = root.ownerDocument.defaultView!;
  let pending: Element[] = [];
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const added = pending.filter((el) => el.isConnected && root.contains(el));
    pending = [];
    if (added.length > 0 && !signal.aborted) onGrowth(added);
  };
  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        // Text added by an element counts through its element; our own wrappers do not count at all.
        if (node.nodeType === 1 && !isOwn(node) && (node.textContent ?? '').trim()) pending.push(node as Element);
      }
    }
    if (pending.length === 0) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(flush, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.clearTimeout(timer);
    },
    { once: true },
  );
}
