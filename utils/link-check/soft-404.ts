/**
 * Spotting "soft 404s": pages that answer 200 but tell the reader the page is not there.
 * Only the title and the first heading are read: an article that merely mentions "not found"
 * in its text is not a missing page. Regular expressions, not a DOM, because service workers
 * have no DOMParser.
 */

const NOT_FOUND_WORDS = [
  /\bpage\s+(?:was\s+)?not\s+found\b/i,
  /\b(?:file|article|story|content|resource|document|post)\s+not\s+found\b/i,
  /^\s*not\s+found\b/i,
  /\b404\b.*\b(?:error|not\s+found|page|missing)\b/i,
  /\b(?:error|page)\s*[-:–]?\s*404\b/i,
  /^\s*404\s*$/,
  /\b(?:page|article|story)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+)?(?:does\s+not|doesn['’]t|no\s+longer)\s+exists?\b/i,
  /\b(?:can['’]?not|can['’]t|couldn['’]t|could\s+not)\s+(?:be\s+)?find?(?:\s+(?:that|this|the))?\s+page\b/i,
  /\bno\s+longer\s+available\b/i,
  /\bseite\s+nicht\s+gefunden\b/i,
  /\bp[áa]gina\s+no\s+encontrada\b/i,
  /\bpage\s+introuvable\b/i,
];

/** The title and first heading of an HTML fragment, as plain text. */
export function pageHeadlines(html: string): string[] {
  const headlines: string[] = [];
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (title) headlines.push(plainText(title[1]));
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (heading) headlines.push(plainText(heading[1]));
  return headlines.filter((text) => text.length > 0);
}

/** The headline that says the page is missing, or null when the page looks real. */
export function notFoundHeadline(html: string): string | null {
  for (const headline of pageHeadlines(html)) {
    if (NOT_FOUND_WORDS.some((pattern) => pattern.test(headline))) return headline;
  }
  return null;
}

/** True when a deep link was sent to the site's front page: the usual way sites hide a removed page. */
export function isRedirectToHomePage(from: URL, to: URL): boolean {
  const deepPath = from.pathname.replace(/\/+$/, '') !== '';
  const frontPage = (to.pathname === '/' || to.pathname === '') && to.search === '';
  const sameSite = siteOf(from.hostname) === siteOf(to.hostname);
  return deepPath && frontPage && sameSite;
}

function siteOf(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
