/**
 * Finding the article body: the part of a page a reader came for, without navigation, comments,
 * share bars or related-story lists. Claims come only from here.
 */

import { drain, type Steps } from './steps';

/** Page chrome by role. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'dialog', 'search', 'toolbar']);

/** Page chrome by tag, when found inside the article. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

/**
 * Page chrome by class or id. Matched against whole words of the class/id so that "shared-content" or
 * "navigational-essay" do not count, but "comments", "related-posts" or "social-share" do.
 */
const CHROME_WORDS =
  /(^|[\s_-])(comments?|comment-list|disqus|related|recirc|recommended|more-stories|read-more|share|sharing|social|newsletter|subscribe|signup|promo|advert|advertisement|ads?|sponsored|sidebar|breadcrumbs?|nav|navbar|menu|footer|masthead|popular|trending|outbrain|taboola|cookie|consent|author-bio|tags)([\s_-]|$)/i;

/** A link-list with this little running text per link is a list of links, not prose. */
const LINK_DENSITY_LIMIT = 0.6;

export interface ArticleScope {
  root: Element;
  /** True for elements inside `root` that are page chrome and hold no article text. */
  exclude: (el: Element) => boolean;
}

/** An element's class and id, space-separated: what page chrome and reference lists are named by. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`;
}

/** Whether an element inside an article is chrome (navigation, comments, share bars…) rather than article text. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements of an article (paragraphs, emphasis, line breaks) have no attributes at all: one
  // call answers for them instead of five attribute reads.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const names = classAndId(el);
  if (names.length > 1 && CHROME_WORDS.test(names)) return true;
  return false;
}

const PROSE_TAGS = ['p', 'pre', 'blockquote', 'div'];
/** The prose blocks in document order, for the rare tie that order settles. */
const PROSE_SELECTOR = PROSE_TAGS.join(', ');
/** Where pages say the story is, strongest first. */
const ARTICLE_BODY = '[itemprop~="articleBody"]';
/** With `<main>`, the main regions. */
const ROLE_MAIN = '[role="main"]';

/** Two lists in document order merged into one, each element once (a `<main role="main">` is in both). */
export function inDocumentOrder(a: readonly Element[], b: readonly Element[]): Element[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i++]);
      j++;
    } else if (a[i].compareDocumentPosition(b[j]) & FOLLOWING) out.push(a[i++]);
    else out.push(b[j++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

// Node.DOCUMENT_POSITION_FOLLOWING: the analyzer also runs where `Node` is no global (the CLI's DOM).
const FOLLOWING = 4;
/**
 * The elements under `root` with any of these tags, as `querySelectorAll(tags.join(', '))` would find
 * them but unordered: by tag name, because measured in Chromium (28 pages, runs 2-4 with the DOM
 * touched in between, so no cached list helps) getElementsByTagName walks a page in 2-7 µs where
 * querySelectorAll with a selector list takes 30-66 µs (its fast path covers one simple selector).
 */
export function elementsWithTags(root: Document | Element, tags: readonly string[]): Set<Element> {
  const found = new Set<Element>();
  for (const tag of tags) {
    const elements = root.getElementsByTagName(tag);
    for (let i = 0; i < elements.length; i++) found.add(elements[i]);
  }
  return found;
}

/**
 * Page chrome around a block (`nav, footer, aside, header[role="banner"]`): its paragraphs say nothing
 * about where the story is.
 */
function pageChromeOf(doc: Document): Set<Element> {
  const found = elementsWithTags(doc, ['nav', 'footer', 'aside']);
  const headers = doc.getElementsByTagName('header');
  for (let i = 0; i < headers.length; i++) if (headers[i].getAttribute('role') === 'banner') found.add(headers[i]);
  return found;
}

/**
 * The prose text of a block: a paragraph's whole text, or a div's own text between its children
 * (blogs write posts as text and <br>s straight inside a div, which Readability also counts as paragraphs).
 */
function proseText(el: Element, isDiv: boolean): string {
  if (!isDiv) return el.textContent ?? '';
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName)) text += n.textContent ?? '';
  }
  return text;
}

const INLINE_TAGS = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'U', 'SMALL', 'SUB', 'SUP', 'ABBR', 'CITE', 'Q', 'CODE', 'MARK', 'TIME', 'FONT']);

/** An element is worth a look as the article if enough prose sits under it. */
const MIN_PROSE = 140;

/** What one pass over the page's prose blocks learns: prose under each element asked about, and paragraph credit. */
interface ProseIndex {
  /** Length of the prose (not link lists) under an element, its own included. */
  proseOf: (el: Element) => number;
  /** The element whose paragraphs say the most: the story's core, or null. */
  core: Element | null;
}

/**
 * One pass over the prose blocks: each block adds its length to the candidates above it (so any
 * candidate's prose is a lookup), and credits its container fully and the container's parent by half the
 * way Readability does (in spirit), so the best-credited element is the story's core.
 */
function* indexProse(doc: Document, candidates: readonly Element[]): Steps<ProseIndex> {
  const prose = new Map<Element, number>();
  const credit = new Map<Element, number>();
  const add = (map: Map<Element, number>, el: Element | null, n: number) => {
    if (!el || el === doc.documentElement) return;
    map.set(el, (map.get(el) ?? 0) + n);
  };
  // For each block: which candidates stand above it (it adds its length to those few instead of to
  // every ancestor), and whether page chrome (`closest(PAGE_CHROME)`) does. Both are answered in one
  // walk up, once per ancestor: blocks share their ancestors. The page has few chrome elements:
  // pageChromeOf lists them, instead of a selector match for each ancestor of every block.
  const wanted = new Set(candidates);
  const pageChrome = pageChromeOf(doc);
  interface Place {
    above: readonly Element[];
    inChrome: boolean;
  }
  const places = new Map<Element, Place>();
  const OUTSIDE: Place = { above: [], inChrome: false };
  const chain: Element[] = [];
  const placeOf = (el: Element): Place => {
    chain.length = 0;
    let place = OUTSIDE;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = places.get(cur);
      if (known) {
        place = known;
        break;
      }
      chain.push(cur);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const candidate = wanted.has(e);
      const chrome = !place.inChrome && pageChrome.has(e);
      // Most ancestors change neither answer and share their parent's.
      if (candidate || chrome) place = { above: candidate ? [e, ...place.above] : place.above, inChrome: place.inChrome || chrome };
      places.set(e, place);
    }
    return place;
  };
  /** Blocks that count as prose, with their lengths: the core's prose is summed from them once it is known. */
  const proseBlocks: { el: Element; len: number }[] = [];
  /** The blocks that credited their containers: a tie for the best credit is settled by their order. */
  const crediting = new Set<Element>();
  // Each kind of block from its tag's list, not all of them in document order from one query of the
  // selector list: the walk for a tag name is many times faster (see elementsWithTags). Sums do not
  // depend on the order; only a tie for the best credit does, and that is settled below as the order would.
  const body = doc.body;
  let visited = 0;
  for (const tag of PROSE_TAGS) {
    const blocks = body ? body.getElementsByTagName(tag) : [];
    const isDiv = tag === 'div';
    for (let i = 0; i < blocks.length; i++) {
      if (++visited % 256 === 0) yield;
      const p = blocks[i];
      const text = proseText(p, isDiv);
      const len = text.trim().length;
      if (len < 25) continue;
      let links = 0;
      if (!isDiv) {
        const anchors = p.getElementsByTagName('a');
        for (let j = 0; j < anchors.length; j++) links += (anchors[j].textContent ?? '').length;
      }
      const place = placeOf(p);
      if (links / len <= LINK_DENSITY_LIMIT) {
        proseBlocks.push({ el: p, len });
        for (const c of place.above) add(prose, c, len);
      }
      if (place.inChrome) continue;
      const score = 1 + Math.min(3, Math.floor(len / 100)) + (text.match(/,/g)?.length ?? 0);
      // A div of text is its own container; a paragraph's container is its parent.
      const container = isDiv ? p : p.parentElement;
      add(credit, container, score);
      add(credit, container?.parentElement ?? null, score / 2);
      crediting.add(p);
    }
  }
  let core: Element | null = null;
  let bestScore = 0;
  // Containers are often each other's parents: ask about each element once.
  const chrome = new Map<Element, boolean>();
  const isChromeOnce = (el: Element) => {
    let out = chrome.get(el);
    if (out === undefined) chrome.set(el, (out = isChrome(el)));
    return out;
  };
  const eligible = (el: Element) => !(isChromeOnce(el) || (el.parentElement && isChromeOnce(el.parentElement)));
  let tied = false;
  // The loops below pause too: on a page ten times the largest of pages-dev, this tail of the pass ran
  // 21-23 ms without a pause (thousands of credited containers, a tie, tens of thousands of blocks).
  let looked = 0;
  for (const [el, score] of credit) {
    if (++looked % 256 === 0) yield;
    if (!eligible(el)) continue;
    if (score > bestScore) {
      core = el;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) {
      tied = true;
    }
  }
  if (tied) core = yield* firstCredited(doc, crediting, (el) => credit.get(el) === bestScore && eligible(el));
  if (core && !wanted.has(core)) {
    let sum = 0;
    for (let i = 0; i < proseBlocks.length; i++) {
      if (i % 256 === 255) yield;
      if (core.contains(proseBlocks[i].el)) sum += proseBlocks[i].len;
    }
    prose.set(core, sum);
  }
  return { proseOf: (el) => prose.get(el) ?? 0, core };
}

/**
 * Of the elements `best` accepts, the one the blocks in document order credit first (a block credits
 * its container, then the container's parent): the tie-break of a pass over the blocks in page order.
 * Ties for the best credit are rare (8 of the 189 pages of pages-dev), so this second walk, with a
 * query for the order, is too.
 */
function* firstCredited(doc: Document, crediting: ReadonlySet<Element>, best: (el: Element) => boolean): Steps<Element | null> {
  const seen = new Set<Element>();
  const blocks = doc.body?.querySelectorAll(PROSE_SELECTOR) ?? [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % 256 === 255) yield;
    const p = blocks[i];
    if (!crediting.has(p)) continue;
    const container = p.localName === 'div' ? p : p.parentElement;
    for (const el of [container, container?.parentElement ?? null]) {
      if (!el || el === doc.documentElement || seen.has(el)) continue;
      seen.add(el);
      if (best(el)) return el;
    }
  }
  return null;
}

/**
 * Finds the article body of a page, or null when the page has none (a home page, a search page,
 * an app). Never mutates the document.
 */
export function findArticle(doc: Document): ArticleScope | null {
  return drain(findArticleSteps(doc));
}

/** `findArticle` as steps that pause between candidates and every few hundred paragraphs. */
export function* findArticleSteps(doc: Document): Steps<ArticleScope | null> {
  const body = doc.body;
  if (!body) return null;

  // Marked-up bodies first, then <article>s, then main regions (an element may be in more than one
  // list), each in document order. The tags come from getElementsByTagName, which walks the page for a
  // tag name many times faster than a selector list does; only the attribute selectors need a query.
  const bodies: Element[] = [];
  const roleMains: Element[] = [];
  const marked = doc.querySelectorAll(`${ARTICLE_BODY}, ${ROLE_MAIN}`);
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i];
    if (el.matches(ARTICLE_BODY)) bodies.push(el);
    if (el.matches(ROLE_MAIN)) roleMains.push(el);
  }
  const articles = Array.from(doc.getElementsByTagName('article'));
  const mains = inDocumentOrder(Array.from(doc.getElementsByTagName('main')), roleMains);
  const candidates = [...bodies, ...articles, ...mains];

  const index = yield* indexProse(doc, candidates);
  const proseLength = index.proseOf;
  let root: Element | null = null;
  let rootProse = 0;
  for (const el of candidates) {
    // An <article> inside a comment list or a related-stories rail is not the article.
    if (isChrome(el) || (el.parentElement && el.parentElement.closest('nav, aside, footer'))) continue;
    const prose = proseLength(el);
    // Structured markup wins over heuristics when it holds enough prose, but a bigger <article>
    // (a page with several teasers marked up as articles) does not beat the one with the story.
    if (prose > rootProse * 1.2 || (root && root.contains(el) && prose >= rootProse * 0.8)) {
      root = el;
      rootProse = prose;
    }
  }

  const fallback = index.core;
  if (fallback) {
    const prose = proseLength(fallback);
    // Prefer the heuristic when markup candidates missed most of the prose.
    if (!root || prose > rootProse * 1.5) {
      root = fallback;
      rootProse = prose;
    }
  }

  if (!root || rootProse < MIN_PROSE) return null;
  const scopeRoot = root;
  // The story's own paragraphs are never chrome, even when a wrapper's class says "tag-…" or "sidebar".
  const core = fallback && scopeRoot.contains(fallback) ? fallback : null;
  // The text map and every link ask about the same elements: answer each once.
  const known = new WeakMap<Element, boolean>();
  const exclude = (el: Element): boolean => {
    let out = known.get(el);
    if (out === undefined) {
      out = el !== scopeRoot && isChrome(el) && !(core && el.contains(core));
      known.set(el, out);
    }
    return out;
  };
  return { root: scopeRoot, exclude };
}
