/**
 * Which page a note belongs to. The same article reached through a newsletter link, a social share
 * and the address bar must show the same notes, so the key drops the fragment and tracking parameters
 * and prefers the page's own `<link rel=canonical>`, but only when that points to the same site: a page
 * must not be able to claim another site's address and so pull up (or collect) the notes kept for it.
 */

/** A canonical page address: what user notes are stored under. */
export type PageKey = string;

/** Query parameters that only say how the reader arrived, never which page they are on. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'wickedid',
  'li_fat_id',
  'ncid',
  'cmpid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'spm',
]);

/** Prefixes of whole families of tracking parameters (`utm_source`, `utm_medium`, `pk_campaign`…). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

/** Whether a query parameter name only tracks the visit. */
export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The key a page's notes are stored under: `canonical` (the `<link rel=canonical>` href, resolved
 * against `url`) when it is on the same site, otherwise `url`; either without fragment and tracking
 * parameters. An address that does not parse is returned without its fragment, so it still keys.
 */
export function pageKey(url: string, canonical?: string | null): PageKey {
  const page = parse(url);
  if (!page) return url.trim().replace(/#.*$/s, '');
  const preferred = canonical ? parse(canonical, page) : null;
  const chosen = preferred && sameSite(page, preferred) ? preferred : page;
  return clean(chosen);
}

/** The `<link rel=canonical>` href of a document, or null; read where the document is (content script, CLI). */
export function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

function parse(text: string, base?: URL): URL | null {
  try {
    return new URL(text.trim(), base);
  } catch {
    return null;
  }
}

/** Host prefixes that name another edition of the same site (AMP, mobile, www). */
const EDITION_PREFIX = /^(?:www|m|amp|mobile)\./;

/**
 * Whether a canonical link may key a page's notes: the same host once an edition prefix (www., m.,
 * amp., mobile.) is set aside. Narrower than the browser's "same site", on purpose: it needs no public
 * suffix list in the content script, and on shared hosts (alice.github.io, bob.github.io) it never
 * lets one page claim another's notes. Other schemes must match exactly.
 */
function sameSite(a: URL, b: URL): boolean {
  const web = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';
  if (!web(a) || !web(b)) return a.origin === b.origin && a.protocol === b.protocol;
  const site = (url: URL) => url.hostname.replace(EDITION_PREFIX, '');
  return site(a) === site(b);
}

function clean(url: URL): PageKey {
  const copy = new URL(url.href);
  copy.hash = '';
  const kept = [...copy.searchParams].filter(([name]) => !isTrackingParameter(name));
  if (kept.length !== [...copy.searchParams].length) {
    // Rebuilding only when something was dropped keeps the page's own encoding of its parameters.
    copy.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  } else if (copy.search === '') {
    copy.search = ''; // drops a bare trailing "?", which names the same page
  }
  return copy.href;
}
