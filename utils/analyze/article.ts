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
  /(^|[\s_-])(comments?|comment-list|disqus|related|recirc|recommended|more-stories|read-more|share|sharing|social|newsletter|subscribe|signup|promo|advert|advertisement|ads?|sponsored|sidebar|breadcrumbs?|nav|navbar|menu|footer|masthead|popular|trending|outbrain|taboola|cookie|consent|paywall|author-bio|tags?)([\s_-]|$)/i;

/** A link-list with this little running text per link is a list of links, not prose. */
const LINK_DENSITY_LIMIT = 0.6;

export interface ArticleScope {
  root: Element;
  /** True for elements inside `root` that are page chrome and hold no article text. */
  exclude: (el: Element) => boolean;
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`;
}

/** Whether an element inside an article is chrome (navigation, comments, share bars…) rather than article text. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const names = classAndId(el);
  if (names.length > 1 && CHROME_WORDS.test(names)) return true;
  return false;
}

/** Text length of the paragraphs under `el` that read as prose (not link lists). */
function proseLength(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const text = p.textContent ?? '';
    const len = text.trim().length;
    if (len < 25) continue;
    let linkText = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linkText += (a.textContent ?? '').length;
    if (linkText / len > LINK_DENSITY_LIMIT) continue;
    total += len;
  }
  return total;
}

/** An element is worth a look as the article if enough prose sits under it. */
const MIN_PROSE = 140;

/**
 * Scores the parents of paragraphs the way Readability does (in spirit): each prose paragraph credits
 * its parent fully and its grandparent by half, and the best-credited element is the article.
 */
function* bestParagraphContainer(doc: Document): Steps<Element | null> {
  const credit = new Map<Element, number>();
  const add = (el: Element | null, n: number) => {
    if (!el || el === doc.documentElement) return;
    credit.set(el, (credit.get(el) ?? 0) + n);
  };
  const paragraphs = doc.body?.querySelectorAll('p, pre, blockquote') ?? [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (i % 256 === 255) yield;
    const p = paragraphs[i];
    if (p.closest('nav, footer, aside, header[role="banner"]')) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const score = 1 + Math.min(3, Math.floor(len / 100)) + ((p.textContent ?? '').match(/,/g)?.length ?? 0);
    add(p.parentElement, score);
    add(p.parentElement?.parentElement ?? null, score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of credit) {
    if (isChrome(el)) continue;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
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

  const candidates: Element[] = [];
  candidates.push(...Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')));
  candidates.push(...Array.from(doc.querySelectorAll('article')));
  candidates.push(...Array.from(doc.querySelectorAll('main, [role="main"]')));

  let root: Element | null = null;
  let rootProse = 0;
  for (const el of candidates) {
    yield;
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

  const fallback = yield* bestParagraphContainer(doc);
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
  return { root: scopeRoot, exclude: (el: Element) => el !== scopeRoot && isChrome(el) };
}
