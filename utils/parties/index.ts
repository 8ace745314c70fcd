/**
 * Who a phrase refers to, so that rules can tell that "Kiev", "Ukrainian assertions" and
 * "Ukrainian President Volodymyr Zelensky" are one party, and "Seoul" is South Korea's NIS.
 *
 * Country names, demonyms and capitals come from the `world-countries` package (compacted into
 * countries.json by scripts/build-parties.ts). The package has current spellings only, so a short list
 * of older English spellings and seat-of-government metonyms ("Kiev", "the Kremlin") supplements it.
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

function tokenize(text: string): string[] {
  return text
    .replace(/[’']s\b/g, ' ')
    .split(/[^\p{L}\p{N}.&-]+/u)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** Aliases by their first word, longest first, built once. */
function aliases(): Map<string, Alias[]> {
  if (aliasIndex) return aliasIndex;
  const index = new Map<string, Alias[]>();
  const add = (alias: string, code: string) => {
    const words = tokenize(alias).map((w) => w.toLowerCase());
    if (words.length === 0) return;
    const list = index.get(words[0]) ?? [];
    list.push({ words, code });
    index.set(words[0], list);
  };
  for (const [code, names, demonyms, capitals] of table as CompactCountry[]) {
    for (const n of [...names, ...demonyms, ...capitals]) add(n, code);
  }
  for (const [code, extra] of Object.entries(EXTRA_ALIASES)) for (const n of extra) add(n, code);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  aliasIndex = index;
  return index;
}

/** What a phrase refers to: the countries it names (by name, demonym or capital) and its own name words. */
export interface PartyRef {
  countries: Set<string>;
  /** Distinctive capitalised words left after country words and generic titles: "zelensky", "nis". */
  names: Set<string>;
}

/** Resolves the parties a phrase mentions. Matching is case-sensitive on the page's capitals, so "turkey" the bird is not Türkiye. */
export function resolveParty(phrase: string): PartyRef {
  const tokens = tokenize(phrase);
  const index = aliases();
  const countries = new Set<string>();
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!/^\p{Lu}/u.test(tok)) continue;
    const candidates = index.get(tok.toLowerCase()) ?? [];
    const hit = candidates.find((a) => a.words.every((w, k) => tokens[i + k]?.toLowerCase() === w));
    if (hit) {
      countries.add(hit.code);
      i += hit.words.length - 1;
      continue;
    }
    const lower = tok.toLowerCase();
    if (tok.length >= 2 && !GENERIC_WORDS.has(lower) && !/^\d/.test(tok)) names.add(lower);
  }
  return { countries, names };
}

/** Whether two phrases refer to a party in common (a country, or a distinctive name word). */
export function sameParty(a: PartyRef, b: PartyRef): boolean {
  for (const c of a.countries) if (b.countries.has(c)) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

/** The words of `phrase` that refer to something `other` also refers to, for evidence. */
export function describeMatch(a: PartyRef, b: PartyRef): string[] {
  const out: string[] = [];
  for (const c of a.countries) if (b.countries.has(c)) out.push(c);
  for (const n of a.names) if (b.names.has(n)) out.push(n);
  return out;
}
