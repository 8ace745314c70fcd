/**
 * Static link analysis: what the markup alone says about each `<a>` and `<img>` of the page.
 * Network checks (utils/link-check/) refine the links this leaves `unchecked`.
 */
import { isFlaggedStatus, type LinkReport, type LinkStatus } from '../types';
import { elementsWithTags, type ArticleScope } from './article';
import { makePartsIdFactory } from './hash';
import { drain, type Steps } from './steps';
import { collapseSpace } from './sentences';
import { indexNodes, rangeOfElement, type TextMap, type TextRange } from './text-map';

/** The elements ClaimLens reports, in document order. The overlay uses the same query to find them again. */
export const LINK_SELECTOR = 'a, img';
const LINK_TAGS = ['a', 'img'];

const MAX_TEXT = 300;

/** Markup left inside an attribute value: a closing/opening tag, a quote, or attribute text after leading blanks. */
const LEFTOVER_MARKUP = /["<>]|^\s+[\w:-]+\s*=/;
const SWALLOWED_TAG = /<\/a\s*>|<a[\s>]/i;
/** Scheme typos that `new URL` would quietly treat as a relative path: "http//x", "https:/x", "htp://x". */
const SCHEME_TYPO = /^\s*(?:https?(?:\/\/|;\/\/|:\/(?!\/)|:\\)|(?:htps?|htp|ttps?|hhtps?|httpss):\/\/)/i;
/**
 * A style declaration where the address should be ("background-image:url(…);"): `new URL` would read its
 * property name as a scheme and call it a non-web link.
 */
const CSS_DECLARATION = /^\s*(?:background(?:-image)?|content|list-style(?:-image)?|border-image|mask(?:-image)?)\s*:|^\s*[a-z-]+\s*:\s*url\s*\/?\(/i;
const PLACEHOLDER = /^\s*(?:#!?\s*|javascript:.*|#\/?\s*)$/is;
const NON_WEB_SCHEMES = new Set(['mailto:', 'tel:', 'sms:', 'callto:', 'ftp:', 'sftp:', 'irc:', 'magnet:', 'geo:', 'skype:', 'whatsapp:', 'fax:', 'news:', 'urn:', 'webcal:', 'maps:', 'market:', 'itms-apps:', 'intent:']);

/**
 * An http(s) address `new URL` gives back as it is, in Node's parser and in Chromium's: lowercase
 * scheme; a lowercase ASCII host whose last label starts with a letter (never an IPv4 number, which
 * both rewrite); no user, no port; then only path and query characters neither parser escapes or
 * unescapes (no quote, "|", backslash or "#"; nothing outside ASCII). A "%" stays as it is, escape or
 * not ("%7e", "%zz"): a sixth of the page hrefs that missed this path had one (an encoded query, a
 * Wikipedia title). Group 1 is scheme and host, group 2 the rest.
 */
const CANONICAL_WEB = /^(https?:\/\/(?:[a-z0-9][a-z0-9-]{0,62}\.)*[a-z][a-z0-9-]{0,62})([/?][\w\-.~!$&()*+,;=:@/?%]*)?$/;
/**
 * A "." or ".." path segment, which `new URL` removes, escaped dots included (".%2e", "%2E%2e")
 * (over-matches in queries: those take the slow path).
 */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;

export interface StaticVerdict {
  status: LinkStatus;
  reason: string;
  url: string | null;
  swallowedText?: string;
}

/** The visible words that broken markup swallowed into an attribute value. */
export function recoverSwallowedText(value: string): string | undefined {
  // Both tag shapes start with "<": most hrefs have none, and a substring search fails faster than the pattern.
  if (!value.includes('<') || !SWALLOWED_TAG.test(value)) return undefined;
  // What follows the first ">" was page text; tags inside it (and a tag cut off at the end) are markup.
  const afterTag = value.includes('>') ? value.slice(value.indexOf('>') + 1) : value;
  // Inline tags join words they sit between ("combatants</a>, with"), so they go without a space.
  const words = collapseSpace(afterTag.replace(/<[^>]*>/g, '').replace(/<[^>]*$/, ''));
  return words.length > 0 ? words : undefined;
}

function quoteShort(value: string, max = 60): string {
  const v = collapseSpace(value);
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

function checkNonWeb(url: URL, raw: string): StaticVerdict {
  const scheme = url.protocol.slice(0, -1);
  const rest = raw.trim().slice(url.protocol.length);
  let valid = true;
  if (url.protocol === 'mailto:') valid = /^[^@\s]+@[^@\s]+\.[^@\s]+/.test(decodeURIComponent(rest.split('?')[0] ?? '')) || /^\?/.test(rest);
  else if (url.protocol === 'tel:' || url.protocol === 'sms:' || url.protocol === 'fax:') valid = /^[+\d][\d\s().\-]{2,}$/.test(decodeURIComponent(rest.split('?')[0] ?? ''));
  else valid = rest.length > 0;
  return valid
    ? { status: 'non-web', reason: `${scheme}: link (syntax looks right; not checked)`, url: url.href }
    : { status: 'malformed', reason: `${scheme}: link with an unusable address “${quoteShort(rest)}”`, url: null };
}

/**
 * What the markup says about one href or src value: empty, placeholder, malformed, a same-page
 * fragment, a non-web scheme, or a well-formed web URL left `unchecked` for the network checker.
 */
export function classifyHref(raw: string | null, baseUrl: string, doc: Document | null, tag: 'a' | 'img' = 'a'): StaticVerdict {
  const attr = tag === 'img' ? 'src' : 'href';
  if (raw === null) return { status: 'empty', reason: `No ${attr} attribute: it links nowhere`, url: null };
  // Most hrefs are plain web addresses, and `new URL` is the costliest call of a link's report.
  const plain = plainWebHref(raw, baseUrl);
  if (plain !== null) return { status: 'unchecked', reason: 'Not checked yet', url: plain };
  if (raw.trim() === '') return { status: 'empty', reason: `Empty ${attr}: it links nowhere`, url: null };

  const swallowedText = recoverSwallowedText(raw);
  if (swallowedText) {
    return {
      status: 'malformed',
      reason: `Broken markup: the ${attr} swallowed page text (“${quoteShort(swallowedText)}”)`,
      url: null,
      swallowedText,
    };
  }
  if (CSS_DECLARATION.test(raw)) {
    return { status: 'malformed', reason: `Broken markup: the ${attr} holds CSS, not an address (“${quoteShort(raw)}”)`, url: null };
  }
  if (LEFTOVER_MARKUP.test(raw)) {
    return { status: 'malformed', reason: `Broken markup: the ${attr} is leftover HTML (“${quoteShort(raw)}”)`, url: null };
  }
  if (tag === 'a' && PLACEHOLDER.test(raw)) {
    const js = /^\s*javascript:/i.test(raw);
    return {
      status: 'placeholder',
      reason: js ? 'javascript: link: runs a script, leads to no source' : `Placeholder “${raw.trim()}”: leads nowhere`,
      url: null,
    };
  }
  if (SCHEME_TYPO.test(raw)) {
    return { status: 'malformed', reason: `Not a usable URL (typo in “${quoteShort(raw, 20)}”)`, url: null };
  }

  let url: URL;
  try {
    url = new URL(raw.trim(), baseUrl);
  } catch {
    return { status: 'malformed', reason: `Not a usable URL: “${quoteShort(raw)}”`, url: null };
  }

  // Each getter of a URL object is a call into the browser that builds a new string (one `new URL`
  // costs about as much as the rest of a link's report): read `href` once and take the parts from it.
  // By the URL standard the scheme ends at the first ":" and the fragment starts at the first "#".
  const href = url.href;
  const protocol = href.slice(0, href.indexOf(':') + 1);
  const hashAt = href.indexOf('#');
  const hasFragment = hashAt >= 0 && href.length - hashAt > 1;
  if (protocol === 'http:' || protocol === 'https:') {
    // (An http(s) URL with an empty host does not parse, so `new URL` has already refused those.)
    if (/\s/.test(raw.trim())) {
      return { status: 'malformed', reason: `Not a usable URL: it contains spaces (“${quoteShort(raw)}”)`, url: null };
    }
    const page = hasFragment ? safeUrl(baseUrl) : null;
    if (tag === 'a' && doc && page && sameDocument(url, page)) return checkFragment(url, doc);
    return { status: 'unchecked', reason: 'Not checked yet', url: href };
  }
  if (protocol === 'file:') {
    const page = hasFragment ? safeUrl(baseUrl) : null;
    if (tag === 'a' && doc && page && sameDocument(url, page)) return checkFragment(url, doc);
    return { status: 'unchecked', reason: 'Local file link: not checked', url: href };
  }
  if (protocol === 'data:' || protocol === 'blob:') {
    return { status: 'ok', reason: tag === 'img' ? 'Embedded image data' : 'Embedded data link', url: href.slice(0, 100) };
  }
  if (protocol === 'javascript:') {
    return { status: 'placeholder', reason: 'javascript: source: runs a script, loads nothing', url: null };
  }
  if (NON_WEB_SCHEMES.has(protocol) || /^[a-z][a-z0-9+.-]*:$/.test(protocol)) return checkNonWeb(url, raw);
  return { status: 'malformed', reason: `Not a usable URL: “${quoteShort(raw)}”`, url: null };
}

/**
 * `new URL(raw, baseUrl).href` for a web address that is already in that form (absolute, or starting
 * with "/" or "//" on an http(s) page), built without parsing; null for anything else. Such an href
 * has no blank, quote, "<", "#" or scheme typo, so none of classifyHref's earlier verdicts applies.
 */
export function plainWebHref(raw: string, baseUrl: string): string | null {
  let href = raw;
  if (raw.charCodeAt(0) === 47) {
    // "/path" takes the page's scheme and host, "//host/path" its scheme.
    const origin = webOriginOf(baseUrl);
    if (!origin) return null;
    href = raw.charCodeAt(1) === 47 ? origin.slice(0, origin.indexOf(':') + 1) + raw : origin + raw;
  }
  const m = CANONICAL_WEB.exec(href);
  if (!m || DOT_SEGMENT.test(href) || m[1].includes('xn--')) return null;
  const rest = m[2];
  // The path of an http(s) URL is never empty: "https://host" and "https://host?q" gain a "/".
  if (rest === undefined) return `${href}/`;
  return rest.charCodeAt(0) === 63 ? `${m[1]}/${rest}` : href;
}

let lastBase = '';
let lastBaseUrl: URL | null = null;
/** The page's scheme and host ("https://host", with a port if any) when it is an http(s) page, else "". */
let lastBaseOrigin = '';

/** "https://host[:port]" of an http(s) page address without a user name, else "": what "/path" hrefs start with. */
function webOriginOf(baseUrl: string): string {
  safeUrl(baseUrl);
  return lastBaseOrigin;
}

/** The page's own URL, parsed once for all its fragment links (every call passes the same base); read-only. */
function safeUrl(href: string): URL | null {
  if (href === lastBase) return lastBaseUrl;
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  lastBase = href;
  lastBaseUrl = url;
  // A page address with a user name keeps it in its relative links: those go through `new URL`.
  lastBaseOrigin = url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? `${url.protocol}//${url.host}` : '';
  return url;
}

function sameDocument(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}

function checkFragment(url: URL, doc: Document): StaticVerdict {
  let id = url.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep the raw fragment
  }
  // "#top" scrolls to the top of the page by the HTML standard, with or without such an element.
  const found =
    id.toLowerCase() === 'top' ||
    doc.getElementById(id) !== null ||
    Array.from(doc.getElementsByName(id)).some((el) => el.tagName === 'A');
  return found
    ? { status: 'ok', reason: `Points to #${quoteShort(id, 40)} on this page`, url: url.href }
    : { status: 'fragment-missing', reason: `Points to #${quoteShort(id, 40)} on this page, but nothing there has that id`, url: url.href };
}

/** An `<a>` without href (`href` is its attribute, null when absent) that is a scroll target (`<a name>`/`<a id>` with no text), not a link. */
function isAnchorTarget(el: Element, tagName: string, href: string | null, text: string): boolean {
  return tagName === 'A' && href === null && text === '' && (el.hasAttribute('name') || el.hasAttribute('id'));
}

function linkText(el: Element, tagName: string): string {
  if (tagName === 'IMG') return collapseSpace(el.getAttribute('alt') || el.getAttribute('title') || '').slice(0, MAX_TEXT);
  let text = collapseSpace(el.textContent ?? '');
  if (!text) {
    // Icon links: the accessible name is what a reader would call them.
    text = collapseSpace(el.getAttribute('aria-label') || el.getAttribute('title') || el.querySelector('img')?.getAttribute('alt') || '');
  }
  return text.slice(0, MAX_TEXT);
}

/**
 * Whether each element is inside the article and not in chrome the article scope leaves out, worked
 * out once per ancestor: links share their ancestors, so no link walks up further than the first
 * ancestor already answered.
 */
function scopeTester(scope: ArticleScope | null): (el: Element) => boolean {
  if (!scope) return () => false;
  const known = new Map<Element, boolean>();
  const { root, exclude } = scope;
  // Most links are outside the article: the browser lists the ones under its root, so only those walk
  // up their ancestors.
  const underRoot = elementsWithTags(root, LINK_TAGS);
  const unanswered: Element[] = [];
  // A loop, not recursion: pages nest deep enough to overflow the call stack.
  const test = (el: Element): boolean => {
    if (el !== root && !underRoot.has(el)) return false;
    let cur: Element | null = el;
    let out: boolean | undefined;
    for (; ; cur = cur.parentElement) {
      if (!cur) {
        out = false; // never reached the root: outside the article
        break;
      }
      if (cur === root) {
        out = true;
        break;
      }
      out = known.get(cur);
      if (out !== undefined) break;
      unanswered.push(cur);
    }
    // Down from the answered ancestor: an element is in scope when its parent is and it is not chrome.
    while (unanswered.length > 0) {
      const e = unanswered.pop()!;
      out = out && !exclude(e);
      known.set(e, out);
    }
    return out;
  };
  return test;
}

/**
 * Reports every `<a>` and `<img>` of the page, in document order (`LINK_SELECTOR`), with its static
 * status and, for article links, where its text sits in the article's text.
 */
export function analyzeLinks(doc: Document, baseUrl: string, scope: ArticleScope | null, map: TextMap | null, maxLinks = 5000): LinkReport[] {
  return drain(analyzeLinksSteps(doc, baseUrl, scope, map, maxLinks));
}

/** `analyzeLinks` as steps that pause every hundred links or so. */
export function* analyzeLinksSteps(doc: Document, baseUrl: string, scope: ArticleScope | null, map: TextMap | null, maxLinks = 5000): Steps<LinkReport[]> {
  const all = doc.querySelectorAll(LINK_SELECTOR);
  const count = Math.min(all.length, maxLinks);
  yield;
  // Links the text map's walk reached have their ranges already; the rest (inside a <button>, an <svg>…) look theirs up.
  let nodeIndex: Map<Text, number> | null = null;
  const rangeOf = (el: Element): TextRange | null => {
    if (!map) return null;
    const reached = map.linkRanges.get(el);
    if (reached !== undefined) return reached;
    nodeIndex ??= indexNodes(map);
    return rangeOfElement(map, el, nodeIndex);
  };
  const nextId = makePartsIdFactory('l');
  const inArticle = scopeTester(scope);
  // Pages repeat hrefs (navigation, footers, "#"): each distinct href is parsed once.
  const verdicts = { a: new Map<string, StaticVerdict>(), img: new Map<string, StaticVerdict>() };
  const classify = (raw: string | null, tag: 'a' | 'img'): StaticVerdict => {
    if (raw === null) return classifyHref(raw, baseUrl, doc, tag);
    let v = verdicts[tag].get(raw);
    if (!v) {
      v = classifyHref(raw, baseUrl, doc, tag);
      verdicts[tag].set(raw, v);
    }
    return v;
  };
  const reports: LinkReport[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 128 === 127) yield;
    const el = all[i];
    // A link the text map reached is in the article: no walk up its ancestors.
    const report = reportLink(el, map?.linkRanges.has(el) || inArticle(el), classify, rangeOf, nextId);
    report.index = i;
    reports.push(report);
  }
  return reports;
}

function reportLink(
  el: Element,
  inArticle: boolean,
  classify: (raw: string | null, tag: 'a' | 'img') => StaticVerdict,
  rangeOf: (el: Element) => TextRange | null,
  nextId: (tag: string, href: string, text: string) => string,
): LinkReport {
  // Each read of an element property is a call into the browser: tagName is read once per link.
  const tagName = el.tagName;
  const tag = tagName === 'IMG' ? 'img' : 'a';
  const href = el.getAttribute(tag === 'img' ? 'src' : 'href');
  let raw = href;
  const text = linkText(el, tagName);
  let verdict: StaticVerdict;
  let flagged: boolean | undefined;
  if (tag === 'img' && (raw === null || raw.trim() === '') && (el.getAttribute('data-src') || el.getAttribute('srcset') || el.closest('picture'))) {
    // Lazy-loading images fill src in from data-src or srcset when scrolled into view.
    raw = el.getAttribute('data-src') ?? raw;
    verdict = { status: 'ok', reason: 'Lazy-loaded image (source set by script or srcset)', url: null };
  } else {
    verdict = classify(raw, tag);
  }
  if (isAnchorTarget(el, tagName, href, text)) {
    verdict = { status: 'empty', reason: 'Anchor target (named place on the page), not a link', url: null };
    flagged = false;
  } else if (!inArticle && (verdict.status === 'placeholder' || verdict.status === 'empty') && tag === 'a') {
    // Menus, share and print buttons outside the story are script-driven page furniture.
    flagged = false;
  } else {
    flagged = isFlaggedStatus(verdict.status);
  }
  const report: LinkReport = {
    id: nextId(tag, raw ?? '', text),
    tag,
    href,
    url: verdict.url,
    text,
    inArticle,
    status: verdict.status,
    reason: verdict.reason,
    flagged,
  };
  if (verdict.swallowedText) report.swallowedText = verdict.swallowedText;
  if (inArticle) {
    const range = rangeOf(el);
    if (range) report.textRange = range;
  }
  return report;
}
