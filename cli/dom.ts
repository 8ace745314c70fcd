/**
 * A DOM for Node: parses an HTML page with happy-dom so the analyzer runs on it exactly as it does in
 * the content script. The page is data, never code: no script runs, nothing is fetched, nothing navigates.
 */
import { Window } from 'happy-dom';

/** happy-dom settings that keep a parsed page inert: no scripts, no file loads, no navigation. */
const INERT_SETTINGS = {
  // Deprecated in happy-dom 20 (evaluation is off by default) but still honoured: say it explicitly.
  disableJavaScriptEvaluation: true,
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  enableImageFileLoading: false,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
} as const;

/**
 * DOM names the analyzer may use as globals (`NodeFilter.SHOW_TEXT`, `Node.ELEMENT_NODE`). In the
 * browser and under vitest they exist; in plain Node they do not, so the CLI borrows them from the window.
 */
const DOM_GLOBALS = ['NodeFilter', 'Node', 'Element', 'HTMLElement', 'Text', 'Document', 'DocumentFragment', 'Range'] as const;

/**
 * Parses `html` as the page at `url` and returns its `Document`; scripts never run and nothing is loaded.
 * Relative links resolve against `url` (or the page's own `<base href>`).
 */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings: INERT_SETTINGS });
  lendDomGlobals(window as unknown as Record<string, unknown>);
  // DOMParser documents are created with scripting disabled (HTML spec), a second lock besides the settings.
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** Defines missing DOM globals from `window`, never replacing ones that exist (vitest's, a browser's). */
function lendDomGlobals(window: Record<string, unknown>): void {
  const globals = globalThis as Record<string, unknown>;
  for (const name of DOM_GLOBALS) {
    if (globals[name] === undefined && window[name] !== undefined) globals[name] = window[name];
  }
}
