/**
 * Where a page states its publication date, most trusted first; each gives the first element that matches.
 * `tag`: the one element name the selector can match, when it names one.
 */
const DATE_SOURCES: readonly { selector: string; attribute: string; tag?: string }[] = [
  { selector: 'meta[property="article:published_time"]', attribute: 'content', tag: 'meta' },
  { selector: 'meta[name="article:published_time"]', attribute: 'content', tag: 'meta' },
  { selector: 'meta[itemprop="datePublished"]', attribute: 'content', tag: 'meta' },
  { selector: 'meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"]', attribute: 'content', tag: 'meta' },
  { selector: '[itemprop="datePublished"]', attribute: 'datetime' },
  { selector: 'article time[datetime], time[pubdate]', attribute: 'datetime', tag: 'time' },
];
const JSON_LD = 'script[type="application/ld+json"]';

/** The first of `elements` (in document order) that matches `selector`. */
function firstMatching(elements: HTMLCollectionOf<Element>, selector: string): Element | undefined {
  for (let i = 0; i < elements.length; i++) if (elements[i].matches(selector)) return elements[i];
  return undefined;
}

/** A stated date as an ISO date, when it is one (and after 1990). */
function isoDate(stated: string | null | undefined): string | undefined {
  if (!stated) return undefined;
  const d = new Date(stated.trim());
  return !Number.isNaN(d.getTime()) && d.getFullYear() > 1990 ? d.toISOString() : undefined;
}

/** The article's publication date from its metadata, as an ISO date, or undefined. */
export function findPublishedDate(doc: Document): string | undefined {
  // The first source, in order of trust, that states a usable date wins: the later ones are not looked
  // for (most pages answer at the first meta, and the untagged source costs a walk of the whole document).
  // Each source's element is the one querySelector gives, found without a selector walk where it can be:
  // a source that names a tag can match only that tag's elements, which getElementsByTagName lists in
  // document order (cached by the browser) far faster than a walk tries every element against selectors.
  const byTag = new Map<string, HTMLCollectionOf<Element>>();
  for (const { selector, attribute, tag } of DATE_SOURCES) {
    let el: Element | undefined;
    if (tag) {
      let elements = byTag.get(tag);
      if (!elements) byTag.set(tag, (elements = doc.getElementsByTagName(tag)));
      el = firstMatching(elements, selector);
    } else {
      el = doc.querySelector(selector) ?? undefined;
    }
    const date = isoDate(el?.getAttribute(attribute));
    if (date) return date;
  }
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, seen = 0; i < scripts.length && seen < 20; i++) {
    if (!scripts[i].matches(JSON_LD)) continue;
    seen++;
    const date = isoDate(/"datePublished"\s*:\s*"([^"]{8,40})"/.exec(scripts[i].textContent ?? '')?.[1]);
    if (date) return date;
  }
  return undefined;
}
