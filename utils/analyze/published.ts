/** Where a page states its publication date, most trusted first; each gives the first element that matches. */
const DATE_SOURCES: readonly { selector: string; attribute: string }[] = [
  { selector: 'meta[property="article:published_time"]', attribute: 'content' },
  { selector: 'meta[name="article:published_time"]', attribute: 'content' },
  { selector: 'meta[itemprop="datePublished"]', attribute: 'content' },
  { selector: 'meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"]', attribute: 'content' },
  { selector: '[itemprop="datePublished"]', attribute: 'datetime' },
  { selector: 'article time[datetime], time[pubdate]', attribute: 'datetime' },
];
const JSON_LD = 'script[type="application/ld+json"]';
/** Every element any of the selectors above can match: one walk of the document instead of seven. */
const ANY_SOURCE = `meta, time, [itemprop="datePublished"], ${JSON_LD}`;

/** The article's publication date from its metadata, as an ISO date, or undefined. */
export function findPublishedDate(doc: Document): string | undefined {
  const first: (Element | undefined)[] = new Array(DATE_SOURCES.length);
  const scripts: Element[] = [];
  // The same answer as one querySelector per source: the superset is in document order, so the first
  // element each selector matches in it is the one querySelector would return.
  for (const el of Array.from(doc.querySelectorAll(ANY_SOURCE))) {
    for (let i = 0; i < DATE_SOURCES.length; i++) {
      if (!first[i] && el.matches(DATE_SOURCES[i].selector)) first[i] = el;
    }
    if (scripts.length < 20 && el.matches(JSON_LD)) scripts.push(el);
  }
  const candidates: (string | null | undefined)[] = DATE_SOURCES.map((s, i) => first[i]?.getAttribute(s.attribute));
  for (const script of scripts) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1]);
  }
  for (const c of candidates) {
    if (!c) continue;
    const d = new Date(c.trim());
    if (!Number.isNaN(d.getTime()) && d.getFullYear() > 1990) return d.toISOString();
  }
  return undefined;
}
