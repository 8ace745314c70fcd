/**
 * Domain names for ratings: which table keys a link's URL can match, most specific first.
 *
 * Rating tables mix levels: `cnn.com` and `edition.cnn.com` are both rated, `yahoo.com/news` is a
 * section of a site. A lookup walks from the full host name down to the registrable domain and never
 * past it, so `bbc.co.uk` can match but `co.uk` never does.
 */
import { parse } from 'tldts';

// Private suffixes (blogspot.com, github.io…) count as public suffixes here: every blog on
// blogspot.com is its own publisher and must not inherit a rating given to another.
const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * Hosting platforms whose users publish on their own sub-domains but that the Public Suffix List does
 * not list: a rating of the platform says nothing of `someone.wordpress.com`, so it is never inherited.
 */
const BLOG_PLATFORMS = new Set(['wordpress.com', 'medium.com', 'tumblr.com', 'substack.com', 'typepad.com', 'livejournal.com']);

/** The registrable domain of a host name or URL (`edition.cnn.com` → `cnn.com`), or the host itself for IPs and bare names. */
export function registrableDomain(hostOrUrl: string): string | undefined {
  const host = hostOf(hostOrUrl);
  if (!host) return undefined;
  const parsed = parse(host, TLDTS_OPTIONS);
  if (parsed.isIp) return host;
  return parsed.domain ?? undefined;
}

/**
 * The table keys a host name or URL may match, most specific first: for each host level from the
 * full name down to the registrable domain, `host/section` (when the URL has a path) then `host`.
 */
export function ratingKeys(hostOrUrl: string): string[] {
  const host = hostOf(hostOrUrl);
  if (!host) return [];
  const section = firstPathSegment(hostOrUrl);
  const parsed = parse(host, TLDTS_OPTIONS);
  const floor = parsed.isIp ? host : parsed.domain;
  // Some ICANN public suffixes are publishers themselves (nhs.uk, altoadige.it), so the walk may go
  // on past the registrable domain through them; `co.uk` is never in a table, so trying it is harmless.
  // Private suffixes stop the walk: a blog on blogspot.com is not blogspot.com.
  const pastFloor = parsed.isIcann === true;
  const keys: string[] = [];
  let level = host;
  for (;;) {
    if (section) keys.push(`${level}/${section}`);
    if (level === host || host === `www.${level}` || !BLOG_PLATFORMS.has(level)) keys.push(level);
    const atFloor = !floor || level === floor || !level.endsWith(`.${floor}`);
    if ((atFloor && !pastFloor) || level.split('.').length <= 2) break;
    level = level.slice(level.indexOf('.') + 1);
  }
  return keys;
}

/**
 * A user's typed domain or pasted URL as a rating key (`https://www.Example.com/x` → `example.com`),
 * or undefined when it is not a usable host name.
 */
export function normalizeDomainInput(input: string): string | undefined {
  const host = hostOf(input.trim());
  if (!host) return undefined;
  const parsed = parse(host, TLDTS_OPTIONS);
  if (parsed.isIp) return host;
  if (!parsed.domain) return undefined;
  // "www." adds nothing: the lookup falls back from www.example.com to example.com anyway.
  return host.startsWith('www.') && host !== `www.${parsed.publicSuffix}` ? host.slice(4) : host;
}

/** The lower-case host name of a URL or bare host (`Example.COM.` → `example.com`), or undefined. */
function hostOf(hostOrUrl: string): string | undefined {
  let host = hostOrUrl.trim();
  if (!host) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return undefined;
    }
  } else {
    host = host.split(/[/?#]/, 1)[0].replace(/:\d+$/, '');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) host = host.slice(1, -1);
  return /^[\p{L}\p{N}._:-]+$/u.test(host) && host.includes('.') ? host : undefined;
}

/** The first path segment of a URL (`/news/story` → `news`), lower-cased, or undefined. */
function firstPathSegment(hostOrUrl: string): string | undefined {
  let path: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl)) {
    try {
      path = new URL(hostOrUrl).pathname;
    } catch {
      return undefined;
    }
  } else {
    const slash = hostOrUrl.indexOf('/');
    if (slash < 0) return undefined;
    path = hostOrUrl.slice(slash).split(/[?#]/, 1)[0];
  }
  const segment = path.split('/')[1];
  return segment ? segment.toLowerCase() : undefined;
}
