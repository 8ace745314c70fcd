/**
 * The article's text as one string, with a map back to the DOM's text nodes.
 *
 * Every offset ClaimLens stores (claim selectors, link text ranges, user notes) is an offset into
 * this string. Highlighting only splits and wraps text nodes, so the string is the same before and
 * after ClaimLens marks a page: offsets stay valid while overlays come and go.
 */

import { classAndId } from './article';
import { drain, type Steps } from './steps';

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'HEAD',
  // MathML's annotation: a formula's source (TeX on Wikipedia), never shown.
  'ANNOTATION',
]);

/** Elements that end a line of text: sentences never run across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A list's class or id that says it lists references ("references", Wikipedia's "reflist" and "refbegin"). */
const REFERENCE_LIST_NAMES = /(?:^|[\s_-])(?:references|reflist|refbegin|citations|bibliography|works-cited)(?:[\s_-]|$)/i;
const REFERENCE_LIST_ROLES = /^doc-(?:bibliography|endnotes)$/;

/**
 * Whether a list (`<ol>`, `<ul>`) lists references: by its own class, id or role, or its wrapper's
 * (Wikipedia's `<div class="refbegin"><ul>`). Only lists are asked: an article has few.
 */
function isReferenceList(list: Element): boolean {
  for (let el: Element | null = list, up = 0; el && up < 2; el = el.parentElement, up++) {
    if (!el.hasAttributes()) continue;
    const role = el.getAttribute('role');
    if (role && REFERENCE_LIST_ROLES.test(role)) return true;
    const names = classAndId(el);
    if (names.length > 1 && REFERENCE_LIST_NAMES.test(names)) return true;
  }
  return false;
}

/** A run of text nodes between two block boundaries: sentences are found inside one run. */
export interface TextRun {
  start: number;
  end: number;
  /** True when the run is a heading (headlines are not sentences a reader cites). */
  heading: boolean;
  /** True inside `<pre>`, where a line break in the text is one on screen (elsewhere it is a space). */
  preformatted: boolean;
  /** True inside a list of references (an encyclopedia's numbered sources): titles and publishers, not statements. */
  references: boolean;
}

export interface TextMap {
  root: Element;
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  runs: TextRun[];
  /**
   * The `<a>` and `<img>` elements the walk reached (inside the article, outside its chrome), each with
   * where its text sits (null: none of it is mapped), as `rangeOfElement` would give: link reports read
   * them here instead of walking each link's subtree and looking its text nodes up.
   */
  linkRanges: Map<Element, TextRange | null>;
}

/** A [start, end) range of the article's text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface TextMapOptions {
  /** Leaves out an element and everything under it (page chrome inside the article). */
  exclude?: (el: Element) => boolean;
  /** Stops collecting once the text is this long (a hostile page cannot make us build gigabytes). */
  maxChars?: number;
}

/** Whether ClaimLens's own UI element: never part of the page's text. Marks are: they wrap page text. */
export function isClaimLensUi(el: Element): boolean {
  return isClaimLensUiTag(el.tagName);
}

/** `isClaimLensUi` for an element whose tag name is already read. */
function isClaimLensUiTag(tag: string): boolean {
  return tag.startsWith('CLAIMLENS-') && tag !== 'CLAIMLENS-MARK';
}

/** Builds the text map of `root`, in document order. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  return drain(buildTextMapSteps(root, options));
}

/** `buildTextMap` as steps that pause every few thousand nodes. */
export function* buildTextMapSteps(root: Element, options: TextMapOptions = {}): Steps<TextMap> {
  const { exclude, maxChars = 2_000_000 } = options;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const runs: TextRun[] = [];
  const parts: string[] = [];
  const linkRanges = new Map<Element, TextRange | null>();
  let length = 0;
  let runStart = 0;
  let runHeading = false;
  let headingDepth = 0;
  let runPre = false;
  let preDepth = 0;
  let runReferences = false;
  let referencesDepth = 0;

  const closeRun = () => {
    if (length > runStart) runs.push({ start: runStart, end: length, heading: runHeading, preformatted: runPre, references: runReferences });
    runStart = length;
    runHeading = headingDepth > 0;
    runPre = preDepth > 0;
    runReferences = referencesDepth > 0;
  };

  // An explicit stack instead of recursion: pages nest deep enough to overflow the call stack.
  // `start`: where a link's text starts (-1 for any other element).
  type Frame = { el: Element; child: ChildNode | null; block: boolean; heading: boolean; pre: boolean; references: boolean; start: number };
  const rootTag = root.tagName.toUpperCase();
  const rootReferences = (rootTag === 'OL' || rootTag === 'UL') && isReferenceList(root);
  const stack: Frame[] = [
    { el: root, child: root.firstChild, block: true, heading: HEADING_TAGS.has(rootTag), pre: rootTag === 'PRE', references: rootReferences, start: -1 },
  ];
  const closeLink = (frame: Frame) => {
    if (frame.start >= 0 && length > frame.start) linkRanges.set(frame.el, { start: frame.start, end: length });
  };
  if (stack[0].heading) headingDepth++;
  if (stack[0].pre) preDepth++;
  if (rootReferences) referencesDepth++;
  runHeading = headingDepth > 0;
  runPre = preDepth > 0;
  runReferences = referencesDepth > 0;

  let visited = 0;
  while (stack.length > 0 && length < maxChars) {
    if (++visited % 2048 === 0) yield;
    const frame = stack[stack.length - 1];
    const node = frame.child;
    if (!node) {
      stack.pop();
      if (frame.heading) headingDepth--;
      if (frame.pre) preDepth--;
      if (frame.references) referencesDepth--;
      if (frame.block) closeRun();
      closeLink(frame);
      continue;
    }
    frame.child = node.nextSibling;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isClaimLensUiTag(tag) || (exclude && exclude(el))) continue;
      const block = BLOCK_TAGS.has(tag);
      const heading = HEADING_TAGS.has(tag);
      const pre = tag === 'PRE';
      const references = (tag === 'OL' || tag === 'UL') && isReferenceList(el);
      if (block) closeRun();
      if (heading) {
        headingDepth++;
        runHeading = true;
      }
      if (pre) {
        preDepth++;
        runPre = true;
      }
      if (references) {
        referencesDepth++;
        runReferences = true;
      }
      const link = tag === 'A' || tag === 'IMG';
      if (link) linkRanges.set(el, null);
      stack.push({ el, child: el.firstChild, block, heading, pre, references, start: link ? length : -1 });
    }
  }
  // Cut off at maxChars: a link the walk was inside holds the text mapped so far.
  for (const frame of stack) closeLink(frame);
  closeRun();
  return { root, text: parts.join(''), nodes, starts, runs, linkRanges };
}

/**
 * Whether the map still describes the page: every one of its text nodes is in the document and holds
 * the text it held when the map was built. Checking costs a read per text node, where building the map
 * again costs finding the article and walking all of it. Highlighting splits text nodes, so a map of
 * the page before marking no longer holds once the page is marked (its text is still the same string).
 */
export function textMapHolds(map: TextMap): boolean {
  if (!map.root.isConnected) return false;
  const { nodes, starts, text } = map;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const end = i + 1 < nodes.length ? starts[i + 1] : text.length;
    const data = node.data;
    if (!node.isConnected || data.length !== end - starts[i] || !text.startsWith(data, starts[i])) return false;
  }
  return true;
}

/** Index of the node that holds `offset` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset inside it for an article-text offset, or null when outside the text. */
export function locateOffset(map: TextMap, offset: number): { node: Text; offset: number } | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.text.length) return null;
  const i = nodeIndexAt(map, offset);
  return { node: map.nodes[i], offset: offset - map.starts[i] };
}

/** The article-text offset of a position inside one of the map's text nodes, or -1. */
export function offsetOfNode(map: TextMap, node: Text, offsetInNode = 0): number {
  const i = map.nodes.indexOf(node);
  return i < 0 ? -1 : map.starts[i] + offsetInNode;
}

/** The [start, end) range of `el`'s text inside the map, or null when none of it is mapped. */
export function rangeOfElement(map: TextMap, el: Element, index?: Map<Text, number>): TextRange | null {
  let start = -1;
  let end = -1;
  // The element's text nodes in document order, walked directly: a TreeWalker per link costs more
  // than the few nodes a link holds.
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      const i = index ? (index.get(n as Text) ?? -1) : map.nodes.indexOf(n as Text);
      if (i >= 0) {
        if (start < 0) start = map.starts[i];
        end = map.starts[i] + (n as Text).data.length;
      }
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return start < 0 ? null : { start, end };
}

/** A lookup from text node to its index, for many `rangeOfElement` calls on one map. */
export function indexNodes(map: TextMap): Map<Text, number> {
  const index = new Map<Text, number>();
  map.nodes.forEach((n, i) => index.set(n, i));
  return index;
}

/** A quote selector for [start, end) of the map's text: up to 32 characters of context each side. */
export function selectorFor(text: string, start: number, end: number, context = 32) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}
