/**
 * The article as the content script's last analysis read it. What follows an analysis (marking its
 * claims, placing the user's notes, watching the article grow) needs the same article and text map;
 * finding the article and walking its text again cost as much as those phases of the analysis did.
 */
import { findArticle } from '../analyze/article';
import { buildTextMap, textMapHolds, type TextMap } from '../analyze/text-map';

/** The article's text map read afresh from the page (null: no article). */
export function readArticleMap(doc: Document): TextMap | null {
  const scope = findArticle(doc);
  return scope ? buildTextMap(scope.root, { exclude: scope.exclude }) : null;
}

/** The last analysis's text map, handed on while it still describes the page. */
export class AnalysedArticle {
  /** undefined until an analysis finished; null when it found no article. */
  private kept: TextMap | null | undefined = undefined;

  constructor(
    private readonly doc: Document,
    private readonly read: (doc: Document) => TextMap | null = readArticleMap,
  ) {}

  /** Keeps the text map a finished analysis built (`AnalyzeOptions.onTextMap`). */
  keep(map: TextMap | null): void {
    this.kept = map;
  }

  /**
   * The article's text map as the page is now: the analysis's own while its text nodes are untouched
   * (right after the analysis, before marking), else read afresh (after marking split text nodes, or
   * the page changed them).
   */
  map(): TextMap | null {
    if (this.kept && textMapHolds(this.kept)) return this.kept;
    return this.read(this.doc);
  }

  /**
   * The text the last analysis read, which its claims' offsets point into. Marking wraps text nodes
   * without changing this string, so it needs no walk of the page; before any analysis, read afresh.
   */
  text(): string {
    if (this.kept !== undefined) return this.kept?.text ?? '';
    return this.read(this.doc)?.text ?? '';
  }

  /** The element the last analysis took as the article (null: none); before any analysis, found afresh. */
  root(): Element | null {
    if (this.kept !== undefined) return this.kept?.root ?? null;
    return findArticle(this.doc)?.root ?? null;
  }
}
