/**
 * schema.org `ClaimReview` markup → `FactCheck`s.
 *
 * Fact-checkers publish ClaimReview in many shapes: a lone object, an array, inside `@graph`, with
 * `@type` as a list (`["Review", "ClaimReview"]`), authors as strings, objects, lists or `@id`
 * references, ratings with or without numbers, JSON with raw line breaks inside strings. This module
 * reads them all into one flat record and ignores everything else on the page. Pure: no DOM writes,
 * no network, runs in the content script, the background and Node.
 */
import type { FactCheck } from '../analyze/index';

type JsonObject = Record<string, unknown>;

/** Deepest nesting walked; real markup is a few levels deep, this only guards against hostile input. */
const MAX_DEPTH = 40;

/** Longest claim text kept: a reviewed claim is a sentence or two, not an article. */
const MAX_CLAIM_CHARS = 1000;

/** The fact-checks a page's JSON-LD scripts carry (duplicates across scripts counted once). */
export function factChecksFromDocument(doc: Document, pageUrl?: string): FactCheck[] {
  const url = pageUrl ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : undefined);
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const json = parseJsonLd(script.textContent ?? '');
    if (json !== undefined) blocks.push(json);
  }
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return factChecksFromJson(blocks, url, siteName || undefined);
}

/**
 * The fact-checks in parsed JSON-LD (an object, an array, a `@graph`, or ClaimReviews nested anywhere).
 * `siteName` names the fact-checker when the markup credits only a reporter.
 */
export function factChecksFromJson(json: unknown, pageUrl?: string, siteName?: string): FactCheck[] {
  const nodesById = new Map<string, JsonObject>();
  indexIds(json, nodesById, 0);
  const context: ReviewContext = { ids: nodesById, pageUrl, pagePublisher: findPublisher(json, nodesById, 0) || siteName };
  const reviews: JsonObject[] = [];
  collectClaimReviews(json, reviews, 0);
  const seen = new Set<string>();
  const factChecks: FactCheck[] = [];
  for (const review of reviews) {
    const factCheck = toFactCheck(review, context);
    if (!factCheck) continue;
    const key = `${factCheck.url}\n${factCheck.claimReviewed}`;
    if (seen.has(key)) continue;
    seen.add(key);
    factChecks.push(factCheck);
  }
  return factChecks;
}

/**
 * Parses the text of a JSON-LD script the way browsers' consumers of it must: leniently. Tolerates
 * HTML comment or CDATA wrappers, raw line breaks and tabs inside strings, and trailing commas.
 * Returns undefined when the text is not JSON at all.
 */
export function parseJsonLd(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  if (!trimmed) return undefined;
  for (const candidate of [trimmed, escapeControlCharsInStrings(trimmed)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next repair
    }
    try {
      return JSON.parse(dropTrailingCommas(candidate));
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** Whether a node's `@type` names ClaimReview (as a string or in a list, with or without a schema.org prefix). */
export function isClaimReview(node: unknown): node is JsonObject {
  if (!isObject(node)) return false;
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '') === 'ClaimReview');
}

function collectClaimReviews(node: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) collectClaimReviews(item, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (isClaimReview(node)) {
    out.push(node);
    return;
  }
  // ClaimReviews also hide in `@graph`, `review`, `mainEntity`, `hasPart`… : walk every value.
  for (const value of Object.values(node)) collectClaimReviews(value, out, depth + 1);
}

/** Maps each `@id` to its fullest node, so `{"@id": "…#org"}` references can be followed. */
function indexIds(node: unknown, ids: Map<string, JsonObject>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) indexIds(item, ids, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  const id = node['@id'];
  if (typeof id === 'string' && Object.keys(node).length > 1) {
    const known = ids.get(id);
    if (!known || Object.keys(known).length < Object.keys(node).length) ids.set(id, node);
  }
  for (const value of Object.values(node)) indexIds(value, ids, depth + 1);
}

interface ReviewContext {
  ids: Map<string, JsonObject>;
  pageUrl: string | undefined;
  /** The organisation publishing the page, from other markup on it. */
  pagePublisher: string | undefined;
}

/** The first named publisher anywhere in the markup (a NewsArticle beside the ClaimReview, say). */
function findPublisher(node: unknown, ids: Map<string, JsonObject>, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (Array.isArray(node)) {
    for (const item of node) {
      const name = findPublisher(item, ids, depth + 1);
      if (name) return name;
    }
    return '';
  }
  if (!isObject(node)) return '';
  const publisher = first(node.publisher);
  const resolved = isObject(publisher) && typeof publisher['@id'] === 'string' ? (ids.get(publisher['@id']) ?? publisher) : publisher;
  const name = namesOf(resolved);
  if (name) return name;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'publisher') continue;
    const nested = findPublisher(value, ids, depth + 1);
    if (nested) return nested;
  }
  return '';
}

function toFactCheck(review: JsonObject, { ids, pageUrl, pagePublisher }: ReviewContext): FactCheck | undefined {
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return ids.get(value['@id']) ?? value;
    return value;
  };
  const item = first(resolve(review.itemReviewed));
  const itemObject = isObject(item) ? item : undefined;
  // The claim itself, never the fact-check's headline (`name`): the headline states the correction.
  const claimReviewed = cleanText(
    textOf(review.claimReviewed) ||
      (itemObject && (textOf(itemObject.text) || textOf(itemObject.claimReviewed) || (isClaimNode(itemObject) ? textOf(itemObject.name) : ''))) ||
      '',
  );
  if (!claimReviewed) return undefined;

  const rating = first(resolve(review.reviewRating));
  const ratingObject = isObject(rating) ? rating : {};
  const url = absoluteUrl(textOf(review.url) || idOf(review.mainEntityOfPage) || '', pageUrl) ?? pageUrl ?? '';
  const factCheck: FactCheck = {
    claimReviewed: clip(claimReviewed, MAX_CLAIM_CHARS),
    rating: cleanText(textOf(ratingObject.alternateName) || textOf(ratingObject.name) || (typeof rating === 'string' ? rating : '')),
    author: factCheckerName(review, resolve, url, pagePublisher),
    url,
  };
  const ratingValue = numberOf(ratingObject.ratingValue);
  const bestRating = numberOf(ratingObject.bestRating);
  const worstRating = numberOf(ratingObject.worstRating);
  if (ratingValue !== undefined) factCheck.ratingValue = ratingValue;
  if (bestRating !== undefined) factCheck.bestRating = bestRating;
  if (worstRating !== undefined) factCheck.worstRating = worstRating;
  const datePublished = textOf(review.datePublished).trim();
  if (datePublished) factCheck.datePublished = datePublished;
  const claimant = cleanText(namesOf(resolve(itemObject?.author)) || namesOf(resolve(review.claimant)) || textOf(itemObject?.creator));
  if (claimant) factCheck.claimant = claimant;
  return factCheck;
}

/**
 * Who did the fact-check: the organisation when the markup names one. Many sites credit a reporter
 * as `author` and the organisation as `publisher`; "Fact-checked by Africa Check" tells a reader more
 * than a reporter's name.
 */
function factCheckerName(review: JsonObject, resolve: (value: unknown) => unknown, url: string, pagePublisher: string | undefined): string {
  const authors = listOf(review.author).map(resolve);
  const publisher = namesOf(resolve(first(review.publisher))) || pagePublisher || '';
  const allPeople = authors.length > 0 && authors.every(isPerson);
  const author = namesOf(authors);
  if ((allPeople || !author) && publisher) return cleanText(publisher);
  if (author) return cleanText(author);
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'a fact-checker';
  }
}

/** A person, by type or by a profile URL (sites often type their reporters as Organization). */
function isPerson(node: unknown): boolean {
  if (!isObject(node)) return false;
  return typesOf(node).includes('Person') || /\/(?:authors?|people|staff|profile|team)\//i.test(textOf(node.url));
}

function isClaimNode(node: JsonObject): boolean {
  return typesOf(node).includes('Claim');
}

function typesOf(node: JsonObject): string[] {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** Names of a person, organisation, or a list of them, joined: "Mzwandile Masina, mayor of Ekurhuleni". */
function namesOf(value: unknown): string {
  const names = listOf(value)
    .map((entry) => (isObject(entry) ? listOf(entry.name).map(textOf).join(', ') || textOf(entry.alternateName) : textOf(entry)))
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)].join(', ');
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isObject(value) && '@value' in value) return textOf(value['@value']);
  if (Array.isArray(value)) return textOf(value.find((entry) => textOf(entry)));
  return '';
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) return textOf(value['@id']) || textOf(value.url);
  return '';
}

function numberOf(value: unknown): number | undefined {
  const text = textOf(value).trim();
  if (!text) return undefined;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

/** An absolute http(s) URL, repairing the scheme-less `aosfatos.org/noticias/…` some sites write. */
function absoluteUrl(raw: string, base: string | undefined): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const candidate = /^[\w-]+(\.[\w-]+)+\//.test(text) && !/^[a-z][\w+.-]*:/i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(candidate, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Markup text as plain text: tags dropped, entities decoded, whitespace collapsed. */
function cleanText(text: string): string {
  return decodeEntities(text.replace(/<[^>]{0,200}>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  mdash: '—',
  ndash: '–',
};

/** Decodes the HTML entities sites leave in JSON-LD strings, without a DOM (no innerHTML for page text). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/**
 * Copies JSON text character by character through `rewrite`, which learns whether the character is
 * inside a string; quotes and backslash escapes are copied as they are, so the two repairs below
 * agree on where strings start and end.
 */
function rewriteJsonText(text: string, rewrite: (char: string, index: number, inString: boolean) => string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString && char === '\\') {
      out += char + (text[i + 1] ?? '');
      i += 1;
    } else if (char === '"') {
      inString = !inString;
      out += char;
    } else {
      out += rewrite(char, i, inString);
    }
  }
  return out;
}

/** Escapes raw control characters inside JSON strings (many CMSs emit literal line breaks there). */
function escapeControlCharsInStrings(text: string): string {
  return rewriteJsonText(text, (char, _index, inString) => {
    if (!inString || char >= ' ') return char;
    return char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const CLOSING_BRACKET = /\s*[}\]]/y;

/** Removes commas before a closing bracket outside strings. */
function dropTrailingCommas(text: string): string {
  return rewriteJsonText(text, (char, index, inString) => {
    if (inString || char !== ',') return char;
    CLOSING_BRACKET.lastIndex = index + 1;
    return CLOSING_BRACKET.test(text) ? '' : char;
  });
}
