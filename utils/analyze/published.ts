/** The article's publication date from its metadata, as an ISO date, or undefined. */
export function findPublishedDate(doc: Document): string | undefined {
  const candidates: (string | null | undefined)[] = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"]')?.getAttribute('content'),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime'),
  ];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
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
