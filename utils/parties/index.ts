/**
 * Who a phrase refers to, so that rules can tell that "Kiev", "Ukrainian assertions" and
 * "Ukrainian President Volodymyr Zelensky" are one party, and "Seoul" is South Korea's NIS.
 *
 * Country names, demonyms and capitals come from the `world-countries` package (compacted into
 * countries.json by scripts/build-parties.ts, already in tokens). The package has current spellings
 * only, so a short list of older English spellings and seat-of-government metonyms ("Kiev", "the
 * Kremlin") supplements it.
 */
import table from './countries.json';
import type { CompactCountry } from './compact';

/** Older English spellings of capitals and seat-of-government metonyms that news text still uses. */
const EXTRA_ALIASES: Record<string, string[]> = {
  UKR: ['Kiev'],
  CHN: ['Peking', 'Beijing', 'Zhongnanhai'],
  MMR: ['Rangoon', 'Burma', 'Burmese'],
  RUS: ['Kremlin', 'Moscow'],
  USA: ['White House', 'Washington', 'Pentagon', 'U.S.', 'US', 'America', 'American'],
  GBR: ['Downing Street', 'Whitehall', 'Britain', 'U.K.', 'UK'],
  FRA: ['Élysée', 'Elysee'],
  ISR: ['Knesset'],
  KOR: ['Korea, South'],
  PRK: ['Korea, North'],
  IRN: ['Tehran', 'Teheran'],
  IND: ['New Delhi', 'Delhi'],
  KAZ: ['Astana'],
  TUR: ['Turkey', 'Ankara'],
  CZE: ['Czech Republic'],
  CIV: ['Ivory Coast'],
  SWZ: ['Swaziland'],
};

/** Capitalised words that say what kind of party someone is, not which one. */
const GENERIC_WORDS = new Set(
  (
    'the a an of and for to in on at by from with this that these those both all its their his her our ' +
    'president prime minister ministry minister\'s secretary spokesperson spokesman spokeswoman official officials ' +
    'agency service services department office council committee commission government administration state states ' +
    'national federal international intelligence defence defense foreign interior military army forces force ' +
    'general gen lt col colonel chief head director deputy senior former acting new north south east west ' +
    'western eastern northern southern central united republic democratic people\'s kingdom union bloc ' +
    'mr mrs ms dr prof sir lord king queen prince party group sources source news media report reports'
  ).split(' '),
);

interface Alias {
  /** Lower-cased alias words, for a token-sequence match. */
  words: string[];
  code: string;
}

let aliasIndex: Map<string, Alias[]> | null = null;

/** A phrase's name tokens: words of letters, digits, '.', '&' and '-', without possessive 's. */
export function tokenize(text: string): string[] {
  return text
    .replace(/[’']s\b/g, ' ')
    .split(/[^\p{L}\p{N}.&-]+/u)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** Names `tokenize` would split only at their single spaces. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * An alias's lower-cased tokens, for the extra aliases (the table's come tokenized). Names of plain words
 * and spaces, whose tokens are exactly their space-separated words, skip the Unicode pattern.
 */
export function aliasWords(alias: string): string[] {
  return PLAIN_NAME.test(alias) ? alias.toLowerCase().split(' ') : tokenize(alias).map((w) => w.toLowerCase());
}

/**
 * Aliases by their first word, longest first, built once per page. The table's names come as tokens
 * already (joined by spaces), tokenized when the table is built: the first lookup in a fresh browser
 * took 3.4 ms when its 1,100 names were tokenized here and takes 2.4 ms splitting them (median of 8).
 */
function aliases(): Map<string, Alias[]> {
  if (aliasIndex) return aliasIndex;
  const index = new Map<string, Alias[]>();
  const add = (words: string[], code: string) => {
    if (words.length === 0) return;
    const list = index.get(words[0]);
    if (list) list.push({ words, code });
    else index.set(words[0], [{ words, code }]);
  };
  for (const [code, names, demonyms, capitals] of table as CompactCountry[]) {
    for (const list of [names, demonyms, capitals]) for (const tokens of list) add(tokens.split(' '), code);
  }
  for (const [code, extra] of Object.entries(EXTRA_ALIASES)) for (const n of extra) add(aliasWords(n), code);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  aliasIndex = index;
  return index;
}

/** What a phrase refers to: the countries it names (by name, demonym or capital) and its own name words. */
export interface PartyRef {
  countries: Set<string>;
  /** Distinctive capitalised words left after country words and generic titles: "zelensky", "nis". */
  names: Set<string>;
  /** Titles and kinds of body ("president", "ministry"): matched only when a side names nothing more distinctive. */
  titles: Set<string>;
}

/** Titles and bodies a later sentence may refer back to: "the president’s claims", "the ministry’s figures". */
const TITLE_WORDS = new Set(
  'president prime minister ministry secretary spokesperson spokesman spokeswoman agency service department office council commission government administration army military police governor mayor chancellor premier king queen court company regulator embassy'.split(' '),
);

/** Words left out of acronyms: "Ministry of Defence" → MD, as "MoD" is written. */
const ACRONYM_GLUE = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le']);

/** Resolves the parties a phrase mentions. Matching is case-sensitive on the page's capitals, so "turkey" the bird is not Türkiye. */
export function resolveParty(phrase: string): PartyRef {
  // Rules ask about the same few sources and objects once per claim: remember the last answers.
  const known = resolved.get(phrase);
  if (known) return known;
  const ref = resolvePartyOnce(phrase);
  if (resolved.size > 2000) resolved.clear();
  resolved.set(phrase, ref);
  return ref;
}

const resolved = new Map<string, PartyRef>();

function resolvePartyOnce(phrase: string): PartyRef {
  const tokens = tokenize(phrase);
  const index = aliases();
  const countries = new Set<string>();
  const names = new Set<string>();
  const titles = new Set<string>();
  // Initials of runs of capitalised words, so "National Intelligence Service" matches "the NIS".
  let initials = '';
  let institutional = 0;
  const endRun = () => {
    // Only bodies get acronyms ("National Intelligence Service"), not people ("President Irfaan Ali").
    if (initials.length >= 2 && institutional >= 2) names.add(initials);
    initials = '';
    institutional = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const lowerTok = tok.toLowerCase();
    if (TITLE_WORDS.has(lowerTok)) titles.add(lowerTok);
    if (!/^\p{Lu}/u.test(tok)) {
      if (!ACRONYM_GLUE.has(lowerTok)) endRun();
      continue;
    }
    const candidates = index.get(tok.toLowerCase()) ?? [];
    const hit = candidates.find((a) => a.words.every((w, k) => tokens[i + k]?.toLowerCase() === w));
    if (hit) {
      endRun();
      countries.add(hit.code);
      i += hit.words.length - 1;
      continue;
    }
    if (!/^\p{Lu}{2,}$/u.test(tok)) {
      initials += lowerTok[0];
      if (GENERIC_WORDS.has(lowerTok)) institutional++;
    } else endRun();
    const lower = tok.toLowerCase();
    if (tok.length >= 2 && !GENERIC_WORDS.has(lower) && !/^\d/.test(tok)) names.add(lower);
  }
  endRun();
  return { countries, names, titles };
}

/** Whether two phrases refer to a party in common (a country, or a distinctive name word). */
export function sameParty(a: PartyRef, b: PartyRef): boolean {
  for (const c of a.countries) if (b.countries.has(c)) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  // "the president’s claims" refers back by title alone; a side that names someone specific is not enough.
  const vague = (r: PartyRef) => r.countries.size === 0 && r.names.size === 0;
  if (vague(a) || vague(b)) for (const t of a.titles) if (b.titles.has(t)) return true;
  return false;
}

/** The words of `phrase` that refer to something `other` also refers to, for evidence. */
export function describeMatch(a: PartyRef, b: PartyRef): string[] {
  const out: string[] = [];
  for (const c of a.countries) if (b.countries.has(c)) out.push(c);
  for (const n of a.names) if (b.names.has(n)) out.push(n);
  return out;
}
