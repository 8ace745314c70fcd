/**
 * Claim highlights, Hypothesis-style (STYLE.md practice 5): article-text offsets → split the text
 * nodes at the range's edges → wrap each group of adjacent text nodes in one `<claimlens-mark>`.
 *
 * Removal unwraps the marks and merges back exactly the text nodes we split, so the page's own
 * text node objects survive (frameworks such as React hold references to them) and the DOM
 * serialises exactly as before. A blanket `parent.normalize()` would also merge text nodes the
 * page split on purpose; undoing only our own splits is the precise form of it.
 */
import type { TextMap } from '../analyze/text-map';

/** The tag of a claim highlight; it wraps page text, so text maps keep reading through it. */
export const MARK_TAG = 'claimlens-mark';

/** One claim's text, as [start, end) offsets into a text map's `text`. */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

/** The marks made by one `highlightRanges` call, and how to take them away again. */
export interface Highlights {
  /** Each range id's marks, in document order (one per group of adjacent text nodes). */
  marks: Map<string, HTMLElement[]>;
  /** Ids whose offsets fell outside the map's text; nothing was wrapped for them. */
  skipped: string[];
  /** Unwraps every mark and merges the split text nodes: the DOM is as before the call. */
  remove(): void;
}

interface Split {
  /** The original node, which keeps the text before the split. */
  head: Text;
  /** The node `splitText` made, holding the text after it. */
  tail: Text;
}

/** Wraps each range's text in `<claimlens-mark data-claim-id>` elements. Never changes the text itself. */
export function highlightRanges(map: TextMap, ranges: readonly HighlightRange[]): Highlights {
  // Working copies: splitting adds nodes, and the caller's map stays as it was built.
  const nodes = map.nodes.slice();
  const starts = map.starts.slice();
  const textLength = map.text.length;
  const splits: Split[] = [];
  const created: HTMLElement[] = [];
  const marks = new Map<string, HTMLElement[]>();
  const skipped: string[] = [];

  /** Index of the node starting exactly at `offset`, splitting a node when the offset falls inside it. */
  const boundaryAt = (offset: number): number => {
    if (offset >= textLength) return nodes.length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const inner = offset - starts[lo];
    if (inner === 0) return lo;
    const head = nodes[lo];
    if (inner >= head.data.length) return lo + 1;
    const tail = head.splitText(inner);
    splits.push({ head, tail });
    nodes.splice(lo + 1, 0, tail);
    starts.splice(lo + 1, 0, offset);
    return lo + 1;
  };

  for (const range of ranges) {
    if (!(range.start >= 0 && range.end > range.start && range.end <= textLength)) {
      skipped.push(range.id);
      continue;
    }
    const first = boundaryAt(range.start);
    const last = boundaryAt(range.end);
    const groups = groupAdjacent(nodes.slice(first, last));
    const own: HTMLElement[] = marks.get(range.id) ?? [];
    for (const group of groups) {
      if (group.every((n) => isBlank(n.data))) continue;
      const mark = wrap(group, range.id);
      own.push(mark);
      created.push(mark);
    }
    if (own.length > 0) marks.set(range.id, own);
  }

  let removed = false;
  return {
    marks,
    skipped,
    remove() {
      if (removed) return;
      removed = true;
      // Innermost (latest) first, so nested marks unwrap cleanly.
      for (let i = created.length - 1; i >= 0; i--) unwrap(created[i]);
      for (let i = splits.length - 1; i >= 0; i--) {
        const { head, tail } = splits[i];
        // Only merge what is still side by side; a page that moved things meanwhile keeps its change.
        if (head.nextSibling === tail) {
          head.appendData(tail.data);
          tail.remove();
        }
      }
    },
  };
}

/** Groups text nodes that are consecutive siblings: each group becomes one mark. */
function groupAdjacent(nodes: readonly Text[]): Text[][] {
  const groups: Text[][] = [];
  let current: Text[] = [];
  for (const node of nodes) {
    const previous = current[current.length - 1];
    if (previous && previous.nextSibling !== node) {
      groups.push(current);
      current = [];
    }
    current.push(node);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function isBlank(text: string): boolean {
  return /^\s*$/.test(text);
}

function wrap(group: readonly Text[], id: string): HTMLElement {
  const first = group[0];
  const mark = first.ownerDocument.createElement(MARK_TAG);
  mark.setAttribute('data-claim-id', id);
  first.parentNode!.insertBefore(mark, first);
  for (const node of group) mark.appendChild(node);
  return mark;
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}
