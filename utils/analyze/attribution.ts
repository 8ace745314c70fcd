/**
 * Attribution: who a sentence says the claim comes from, and with which reporting verb.
 * "South Korea’s National Intelligence Service (NIS) has reported that…", "according to the UN",
 * "a claim by Ukrainian President Volodymyr Zelensky that…", "…, officials said."
 */
import { allOf, firstWordAt, gatesOpen, gateSet, wordGate } from '../kinds/types';
import type { Attribution } from '../types';
import { NUMBER_WORDS } from './number-words';

const VERBS =
  'agreed|agrees|agree|said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|stated|states|announced|announces|announce|warned|warns|warn|estimated|estimates|estimate|found|finds|confirmed|confirms|confirm|alleged|alleges|allege|insisted|insists|insist|argued|argues|argue|noted|notes|note|wrote|writes|tweeted|tweets|posted|posts|added|adds|explained|explains|believes|believe|believed|predicted|predicts|revealed|reveals|disclosed|discloses|acknowledged|acknowledges|admitted|admits|denied|denies|deny|assessed|assesses|concluded|concludes|suggested|suggests|suggest|indicated|indicates|testified|asserted|asserts|maintained|maintains|contended|contends|projected|projects|forecast|forecasts|showed|shows|show|stressed|stresses|emphasised|emphasized|observed|recalled|cautioned|pointed out|points out';
const AUX = '(?:has|have|had|is|are|was|were|will|would|also|previously|recently|earlier|later|publicly|repeatedly|reportedly|separately|nevertheless|however|now|then|first|again|once|already|since|always|often|usually|frequently|sometimes|regularly|routinely|even|\\s)*';

/**
 * Generic subjects: attributed, but to nobody a reader could look up ("Experts say", "Studies show",
 * "New research suggests"). "Some", "Many", "Others" alone are the vaguest of them ("Some say…", "Many
 * would argue…"). "An official statement" and "the official figures" are documents, not officials who
 * go unnamed; "Someone’s choice" and "officials’ records" are what they own, not what they say.
 */
export const ANONYMOUS_SOURCE =
  /^(?:(?:some|many|others)$|(?:(?:some|many|several|two|three|other|unnamed|anonymous|senior|western|local|military|government|intelligence|security|u\.?s\.?|european|diplomatic|industry|independent|knowledgeable|informed|people|persons|a|an|one|the|multiple|new|recent|latest|previous|prior|earlier|past|further|emerging|scientific|academic|preliminary)\s+)*(?:sources?|officials?(?!\s+(?:statements?|reports?|documents?|figures?|data|statistics|websites?|accounts?|letters?|notices?|releases?|records?|estimates?|results?|counts?|tall(?:y|ies)|announcements?|communiqu[eé]s?|transcripts?|filings?|memos?|readouts?|gazette|responses?|versions?|channels?)\b)|insiders?|people (?:familiar with|close to)[\w\s]*|persons? (?:familiar with|close to)[\w\s]*|a person (?:familiar with|close to)[\w\s]*|diplomats?|analysts?|experts?|observers?|critics?|aides?|someone|a spokes(?:man|woman|person)|spokes(?:men|women|people|persons?)|residents?|witnesses?|reports?|media reports?|researchers?|scientists?|authorities|studies|surveys|polls|research)\b(?![’']))/i;

/** A source phrase of lower-case words ending in a kind of person: "two regional diplomats", "senior aides". */
export const UNNAMED_GROUP =
  /^(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}(?:sources?|officials?|insiders?|diplomats?|analysts?|experts?|observers?|aides?|people|persons?|residents?|witnesses?|spokes(?:man|woman|person)|officers?|commanders?|staffers?|employees?|lawmakers?|activists?|organi[sz]ers|critics?|researchers?|scientists?|supporters?|opponents?|voters?|fans?|users?|parents?|students?|teachers?|doctors?|nurses?|workers?|protesters?|protestors?|readers?|viewers?|customers?|investors?|economists?|locals?|neighbou?rs?|friends?|colleagues?|members?|relatives?|victims?|survivors?)$/u;

const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|which|who|what|whoever|whatever|everyone|everybody|nobody|anyone|anybody)$/i;

/** Words that end a subject when walking back from the verb: clause openers. */
const CLAUSE_BREAK = /^(?:that|which|who|what|while|whereas|but|and|as|because|since|after|before|although|though|if|when|where|how|why|whether|so|yet|or|with|say|says|said)$/i;

/** Trims a candidate source to the words that name it. */
function cleanSource(raw: string): string {
  // "the 2013 census[270]": a reference marker is no part of a name.
  let s = (raw.includes('[') ? raw.replace(/\[[^[\]]{1,40}\]/g, '') : raw)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:"“”'‘’([—–-]+|[\s,;:"“”'‘’—–-]+$/g, '')
    .replace(/^(?:and|but|so|also|meanwhile|however|moreover|separately|earlier|later|in addition|this follows|this comes as)\s+/i, '')
    // "A valid point, and one Bielefeld acknowledges": "one" stands for the thing acknowledged.
    .replace(/^one\s+(?=\p{Lu}\p{Ll})/u, '')
    // "…, and for the first time Kaplan wrote about…": when, before who.
    .replace(/^(?:for\s+the\s+(?:first|last|second|third)\s+time|at\s+the\s+time|at\s+first|by\s+then|since\s+then|until\s+then)\s+(?=\p{Lu})/iu, '')
    // A news site's labels for a picture, read aloud by screen readers and run into its caption: "Media
    // caption Mr Obama told…", "Image copyright Reuters Image caption Officials said…". The caption starts after the last.
    .replace(/^(?:.*\s)?(?:media|image|video)\s+caption\s+/i, '')
    .replace(/\s+(?:both|all|each|also|themselves|together|jointly)$/i, '');
  // "RMS has consistently", "Zsa Zsa Gabor famously": the adverb and its auxiliary are no part of the
  // name ("Wired Italy" is; "parts were just" stays a passive). Asked only of a text that ends like one.
  if (s.endsWith('ly') || ADVERB_ENDS.has(lastWord(s))) s = s.replace(TRAILING_ADVERB, '');
  s = s
    .replace(LEADING_TIME, '')
    .replace(TRAILING_TIME, '')
    .replace(WHERE_SAID, '')
    .trim();
  // A balanced trailing "(NIS)" is part of the name; an unbalanced one is not.
  // (Without a "(" there is nothing to balance.)
  if (s.includes('(') && (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0)) s = s.replace(/\s*\([^)]*$/, '');
  // The sentence's full stop after a speaker at its end ("…, says Burke.") is not part of the name;
  // the stop of an abbreviation is ("Acme Corp.", "I.B.M.").
  if (s.endsWith('.') && !ABBREVIATED_END.test(s)) s = s.slice(0, -1);
  // "They've said", "he'd told": the pronoun, which the analyzer resolves; "we're told" is a passive and
  // "they'll say" a guess at what will be said, with no source.
  const contracted = s.length <= 7 ? PRONOUN_CONTRACTION.exec(s) : null;
  if (contracted) s = /^(?:re|m|ll)$/i.test(contracted[2]) ? '' : contracted[1];
  return s;
}

/** Adverbs without "-ly" that TRAILING_ADVERB takes off a subject's end. */
const ADVERB_ENDS = new Set(['then', 'once', 'just', 'still']);
/** An adverb in small letters at a subject's end, with a "has" or "had" before it, unless a "were" makes it a passive. */
const TRAILING_ADVERB = /(?<!\b(?:is|are|was|were|be|been|being))(?:\s+(?:has|have|had|will|would|did|does|do))?\s+(?:then|once|just|still|\p{Ll}+ly)$/u;

/**
 * Where, how or when the words were said, after the speaker: "wrote Matthew Desmond in his book Evicted",
 * "Jane Doe in a letter to the board", "said a voice as I passed". A name never goes on with "in his",
 * "on a" or "as I".
 */
const WHERE_SAID = /\s+(?:(?:in|on|at|during|via)\s+(?:his|her|their|its|a|an)|(?:as|while|when|whereas|because|until)\s+(?:I|he|she|they|we|it|you))\s.*$/i;

const PRONOUN_CONTRACTION = /^(he|she|they|we|i|you)['’](ve|d|ll|s|re|m)$/i;

const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH_OR_DAY = `January|February|March|April|May|June|July|August|September|October|November|December|${WEEKDAY}`;
const PERIOD = 'week|month|year|weekend|morning|afternoon|evening|spring|summer|autumn|fall|winter';
/**
 * When the words before a verb say when, not who: "Verizon in October announced", "SoftBank earlier this
 * month said", "A Gallup Korea poll released on Friday showed", "this year the Treasury Department
 * announced". Each needs its lead word ("in", "this"…), so a name like "Theresa May" keeps its last word.
 */
const TRAILING_TIME = new RegExp(
  String.raw`(?:\s+(?:released|published|issued|conducted|made|announced))?\s+(?:(?:earlier|later)\s+(?:this|last|next)\s+(?:${PERIOD})|(?:in|on|during|since)\s+(?:early\s+|late\s+|mid-?)?(?:${MONTH_OR_DAY}|\d{4})(?:\s+\d{1,4})?|(?:last|this|next)\s+(?:${PERIOD}|${MONTH_OR_DAY})|today|yesterday)$`,
);
const LEADING_TIME = new RegExp(String.raw`^(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:${PERIOD})\s+`, 'i');

/** A name that ends in an abbreviation's stop: an initialism ("I.B.M.", "U.S.") or a company or title abbreviation. */
const ABBREVIATED_END = /(?:\b\p{Lu}\.\p{Lu}\.|(?:^|\s)(?:Co|Cos|Corp|Inc|Ltd|Bros|Jr|Sr|St|Assn|Dept|Univ|Gov|Gen|Sen|Rep|Mr|Mrs|Ms|Dr|Prof)\.)$/u;

/** Lower-case words that sit inside names: "Ministry of Defence", "Charles de Gaulle". */
const NAME_GLUE = /^(?:of|the|for|and|de|da|del|der|des|du|la|le|van|von|al|el|bin|in|at|on|to|a|an|y|&)$/;

/** A group named by what it is ("Three regional diplomats", "Obama administration officials"), whatever the case of its first letter. */
export function isUnnamedGroup(source: string): boolean {
  // Capitalised only because it opens the sentence.
  return UNNAMED_GROUP.test(source.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
}

/**
 * Answers of isNamedSource for recent phrases: a sentence asks about the same source several times
 * (its candidates, their split parts, the analyzer's pronoun check). The answer depends on the phrase
 * alone, so a remembered one is the same answer; emptied when it grows, to stay small.
 */
const NAMED_MEMO = new Map<string, boolean>();

/** Whether a source phrase names someone (a capitalised name or acronym), not "officials" or "he". */
export function isNamedSource(source: string): boolean {
  let named = NAMED_MEMO.get(source);
  if (named === undefined) {
    if (NAMED_MEMO.size >= 256) NAMED_MEMO.clear();
    named = namesSomeone(source);
    NAMED_MEMO.set(source, named);
  }
  return named;
}

function namesSomeone(source: string): boolean {
  if (!source || PRONOUN.test(source)) return false;
  // "Three regional diplomats" is capitalised only because it opens the sentence.
  if (isUnnamedGroup(source)) return false;
  if (ANONYMOUS_SOURCE.test(source) && !/\p{Lu}\p{Ll}+\s+\p{Lu}|\b\p{Lu}{2,}\b/u.test(source.replace(/^\p{Lu}/u, ''))) return false;
  const words = source.split(/\s+/);
  // A name is mostly capitalised words: "his team measured levels in April" is a clause that mentions April.
  if (hasClauseWords(words)) return false;
  // A name is a capitalised word that is not just the first word of the sentence ("The ministry").
  // "Figure 9 shows", "Table 2 lists": the page's own figure, no party.
  if (FIGURE_REFERENCE.test(source)) return false;
  return words.some((w, i) => /^[\p{Lu}][\p{L}’'.-]*/u.test(w) && (i > 0 || !FIRST_WORD_NO_NAME.test(w)));
}

/**
 * Capitalised first words that name no one, only because they open the sentence: "The ministry", "New
 * study shows", "Another 48.6% indicated" ("New York Times" is still named by "York").
 */
const FIRST_WORD_NO_NAME =
  /^(?:The|A|An|Its|Their|His|Her|Our|My|Your|One|Some|Many|Several|Two|Three|Anyone|Everyone|Someone|Nobody|Everybody|Somebody|Those|These|Others|Most|All|Both|Each|Few|Another|Other|Such|Every|Any|No|This|That|New|Previous|Recent|Latest|Earlier|Further)$/;
/** A figure, table or chart of the page itself: "Figure 9", "Fig. 3", "Table 2", "the chart below". */
const FIGURE_REFERENCE = /^(?:the\s+)?(?:figure|fig\.|table|chart|graph|diagram|map|listing|example|screenshot)(?:\s+[\dA-Z][\d.a-z]*|\s+(?:above|below))?$/i;

/** Splits "X and Y" / "X, Y and Z" into separate named sources. */
export function splitSources(source: string): string[] {
  // "Robin Rönnlund, PhD student in Classical Archaeology" is one source: a name, then what the person
  // is. A part after a comma that describes (it has a word in lower case no name holds) names nobody new.
  const named = source.split(/\s*,\s*(?:and\s+)?/).filter((part, i) => i === 0 || !isDescription(part));
  return named
    .flatMap((part) => part.split(/\s*(?:\band\b|&)\s*/))
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** A role a title ends in: "Vector Space Systems CEO", "Acme Vice President". */
const ROLE_END = /\s(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Chair|Director|Founder|Spokesman|Spokeswoman|Spokesperson|Secretary|Minister|Governor|Mayor|Senator|Chief|Head|Manager|Editor|Professor|Analyst|Economist)$/;

/** What someone is rather than who: "PhD student in Classical Archaeology", "the agency's director", "Acme CEO". */
function isDescription(part: string): boolean {
  return ROLE_END.test(part) || part.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_GLUE.test(w));
}

const MAX_SUBJECT_WORDS = 12;

/** Nouns for bodies that speak: "the health ministry and…", "local police and…". */
const BODY_NOUN = /^(?:ministry|department|agency|police|army|military|government|office|officials|authorities|service|commission|council|bank|company|researchers|scientists|prosecutors|investigators|regulators|court|union|organi[sz]ation|institute|university|committee)[,]?$/i;

/**
 * Whether a named source could be the "he" or "she" of a later sentence: a person's name, not a body
 * ("the Treasury Department", "a 2013 report"): a part (either side of an appositive's comma) that
 * ends in a capitalised word that is no body's ("energy analyst Mira Holt", not "Nigeria's statistics bureau").
 */
export function couldBePerson(source: string): boolean {
  // "The chief executive of Yahoo, Marissa Mayer", "Jim Cantrell, Vector Space Systems CEO": a name on
  // either side of an appositive's comma.
  return source.split(/,\s+/).some(personName);
}

function personName(part: string): boolean {
  if (/^(?:the|a|an)\s/i.test(part) || /\d/.test(part)) return false;
  // The capitalised words at the end are the name; a role may stand before them ("energy analyst Mira Holt").
  const words = part.split(/\s+/);
  const last = words[words.length - 1];
  if (!/^\p{Lu}/u.test(last)) return false;
  return !BODY_NOUN.test(last) && !ORGANISATION_END.test(last);
}

/** Last words of bodies' names, beside BODY_NOUN's: "the Treasury Department", "Acme Corp.". */
const ORGANISATION_END = /^(?:Department|Ministry|Agency|Office|Board|Group|Inc\.?|Corp\.?|Ltd\.?|Co\.?|Company|Bank|Times|Post|News|Press|Institute|University|Committee|Council|Commission|Court|Party|Administration|Government|Police|Reuters|Bloomberg|Associated)$/;

/** Where one clause ends and the next begins, for subjectBefore (sticky: tried at one position). */
const CLAUSE_END = /[;:—–]|,(?=\s+(?:and|but|while|as|which|who|so)\b)|(?<=[”"])\s*,?|,\s+(?=(?:[a-z]))/y;

/**
 * The last clause of a text: what `text.split(CLAUSE_END).pop()` gives, by the same steps as split
 * (ECMAScript RegExp.prototype[Symbol.split]: try the splitter at each position q from the last cut p;
 * a match ending at e cuts there unless e is p), but trying it only where it can match: at one of
 * ; : — – , or right after ” or " (the only place the lookbehind alternative, which may be empty, holds).
 */
function lastClause(text: string): string {
  const size = text.length;
  let p = 0;
  let q = 0;
  for (;;) {
    while (q < size) {
      const c = text.charCodeAt(q);
      if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 44) break;
      if (q > 0) {
        const b = text.charCodeAt(q - 1);
        if (b === 0x201d || b === 34) break;
      }
      q++;
    }
    if (q >= size) break;
    CLAUSE_END.lastIndex = q;
    if (!CLAUSE_END.test(text)) {
      q++;
      continue;
    }
    const e = Math.min(CLAUSE_END.lastIndex, size);
    if (e === p) q++;
    else q = p = e;
  }
  return text.slice(p);
}

/** Walks back from the verb over the subject, stopping at a clause boundary. */
function subjectBefore(text: string): string {
  // "…overlooking Central Park (representatives of the estates say…": a bracket still open before the
  // verb starts the clause the verb belongs to. A closed one is part of a name ("Service (NIS) said").
  const open = text.lastIndexOf('(');
  const clause = lastClause(open >= 0 && !text.includes(')', open) ? text.slice(open + 1) : text);
  const words = clause.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_SUBJECT_WORDS; i--) {
    const w = words[i];
    // "…attack code he said": a subject pronoun is the whole subject; it ends no longer phrase before it
    // ("Nikki Haley and she said" keeps its "and" for withoutLinkingWords).
    if (kept.length === 1 && /^(?:he|she|they)$/i.test(kept[0]) && !/^and$/i.test(w)) break;
    // "The health ministry and the WHO said": "and" joins two sources when a name or a body stands before it.
    if (/^and$/i.test(w) && kept.length > 0 && i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || BODY_NOUN.test(words[i - 1]))) {
      kept.unshift(w);
      continue;
    }
    if (CLAUSE_BREAK.test(w) && kept.length > 0) {
      // "The group that represents 155,000 Realtors said", "People who know him say": the relative clause
      // describes the subject, which stands before it. Only after a noun and before a verb ("At which point
      // the host insisted", "In that update Baker suggested" have none), and running up to the reporting
      // verb ("the Tuva region that borders Mongolia, Roscosmos said": the comma ends it).
      if (/^(?:that|which|who)$/i.test(w) && i > 0 && RELATIVE_VERB.test(kept[0]) && !kept.some((k) => k.endsWith(',')) && !LEAD_IN.test(`${words[i - 1]} `) && !DETERMINER_ALONE.test(words[i - 1])) {
        return nounPhraseBefore(words, i);
      }
      break;
    }
    kept.unshift(w);
  }
  // "Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs told":
  // a title no comma closes, too long to be walked over, after the name of the one who speaks.
  if (kept.length === MAX_SUBJECT_WORDS) {
    const titled = NAME_THEN_TITLE.exec(clause);
    if (titled) return titled[1];
  }
  return withoutLinkingWords(afterLeadIn(cleanSource(kept.join(' '))));
}

/** A name, a comma, then a title up to the verb with no comma to close it: "Eric Durr, Director of Public Affairs at…". */
const NAME_THEN_TITLE =
  /(?:^|,\s+)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}),\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Chair|Director|Founder|Spokesman|Spokeswoman|Spokesperson|Secretary|Minister|Governor|Mayor|Senator|Chief|Head|Manager|Editor|Professor|Analyst|Economist)\b[^,]*$/u;

/** The first word of a relative clause's verb phrase: a verb in -s or -ed, or "know"/"knew" ("people who know him"). */
const RELATIVE_VERB = /^(?:\p{Ll}+(?:[^s’']s|ed)|know|knew)$/u;

/** The few words before `words[end]` up to a clause's break or a comma: "The group" of "The group that…". */
function nounPhraseBefore(words: readonly string[], end: number): string {
  const np: string[] = [];
  for (let i = end - 1; i >= 0 && np.length < 4; i--) {
    if (CLAUSE_BREAK.test(words[i]) || /[,;:]$/.test(words[i])) break;
    np.unshift(words[i]);
  }
  return withoutLinkingWords(cleanSource(np.join(' ')));
}

/**
 * A linking word that opens the subject without a comma ("Now research shows", "Still Smith said") is
 * no part of the source, and "Nikki Haley and she said" has one source, the one named.
 */
function withoutLinkingWords(source: string): string {
  return source.replace(LINKING_OPENER, '').replace(/\s+and\s+(?:he|she)$/i, '');
}

/**
 * "…with wide eyes, Dev says", "…on Tuesday, China indicated": a comma before a capitalised word does not
 * end a clause ("Jim Cantrell, Vector Space Systems CEO, said" is one source), so what leads up to the
 * speaker can stay in front of it. When the words before the first comma name no one and those after the
 * last comma do, the source is those.
 */
function afterLeadIn(source: string): string {
  const first = source.indexOf(', ');
  if (first < 0) return source;
  const tail = source.slice(source.lastIndexOf(', ') + 2);
  const head = source.slice(0, first);
  // "…at first, I was often…": the writer's "I" is no named source.
  if (/^I\b/.test(tail)) return source;
  // "…economic impact on Nigeria, SBM Intel": words that mention a name in passing are no name either.
  if ((LEAD_IN.test(head) || DISCOURSE_HEAD.test(head) || LEAD_WORD.test(head) || !isNamedSource(head) || isDescription(head)) && isNamedSource(tail)) {
    // "…a space company, Jim Cantrell, Vector Space Systems CEO": a name alone between two commas is the
    // speaker, and what follows it says who they are.
    const rest = source.slice(first + 2);
    const next = rest.indexOf(', ');
    return next > 0 && FULL_NAME.test(rest.slice(0, next)) ? rest : tail;
  }
  // "In 2024, 70% of respondents told us": after a phrase of time, a group in lower case is the source, unnamed.
  if (LEAD_IN.test(head) && !/\p{Lu}/u.test(tail)) return tail;
  // "…lift trade sanctions, Obama administration officials said": after a clause, a group named by what it is.
  return isClause(head) && (isUnnamedGroup(tail) || ANONYMOUS_SOURCE.test(tail)) ? tail : source;
}

/** Two to four capitalised words and nothing else ("Jim Cantrell"): a name, not a phrase that mentions one. */
const FULL_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}$/u;

/** Words that make a clause rather than a name: a pronoun and a verb, or many words in small letters. */
function isClause(text: string): boolean {
  // "he met Petraeus": a subject pronoun and what it did.
  return /^(?:he|she|they|we|it)\s+\p{Ll}/u.test(text) || hasClauseWords(text.split(' '));
}

/** More than three words in small letters that join no name: a clause ("his team measured levels in April"), not a name. */
function hasClauseWords(words: readonly string[]): boolean {
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w) && !NAME_GLUE.test(w) && ++lower > 3) return true;
  return false;
}

/**
 * Words before a verb that are no third party: the writer or the reader at the end ("Most importantly, I
 * believe", "Will you tell me"), a clause cut off before its own verb ("Democrats can say", "Harass him
 * into telling", "Kristen Hayford contributed to this report"), or a clause with a verb of being in it
 * ("The Ross Dependency is New Zealand's territorial claim") unless it describes people ("those who were…"),
 * or the writer's "I" anywhere in it ("I finally found", "something I’d never seen"), or "We" or "You" alone
 * (the writer's team, the reader: "We found an increase in errors"), or a negation
 * before the verb ("Most of us don’t believe"); a passive ("A task can be claimed"), a relative clause
 * ("an article by New York magazine that claimed"), or a question ("Aren’t those the kinds of things
 * libertarians say"), or what anybody has ("Someone’s choice in lingerie style reveals more").
 */
const NOT_A_SOURCE =
  /(?:^|\s)(?:I|you|we|me|us|him|them|can|could|will|would|shall|should|may|might|must|do|does|did|not|to|into|onto|the|a|an|this|these|those|of|and|or|but|for|with|be|been|being|\S+n[’']t)$|\s(?:who|whom|which|that)$|^(?!.*\b(?:who|that|which)\b).*\s(?:is|are|was|were)\s|(?:^|\s)I(?:\s|[’']|$)|^(?:We|You)$|^(?:\p{L}+n[’']t|Is|Are|Do|Does|Did)\s+\p{Ll}|^(?:[Ss]ome|[Aa]ny|[Ee]very|[Nn]o)(?:one|body)[’']s\s/u;

/**
 * A name the pattern cut off before its end ("…,” said Tasos Georgelis of the city's…", "according to
 * people with…") ends in a word no name ends in: the source is what comes before it. (Before a reporting
 * verb, such an end marks a clause instead, which NOT_A_SOURCE turns away.)
 */
function withoutCutOffEnd(source: string): string {
  return source.replace(/(?:\s+(?:and|or|but|of|the|a|an|to|by|for|with|from|in|on|at))+$/, '');
}

/** Words that open a phrase of time or circumstance, not a name: "on Tuesday, China said". */
const LEAD_IN = /^(?:on|in|at|during|after|before|since|by|for|with|from|over|under|unlike|like|as|despite|amid|earlier|later|last|this|next)\s/i;
/** Words that link a sentence to the one before ("However", "Meanwhile", "Still"): no part of a source after them. */
const LINKING_ADVERBS = String.raw`however|meanwhile|still|moreover|instead|indeed|nevertheless|nonetheless|also|now|then|later|earlier|separately|similarly|likewise|overall|previously|finally|again|today|yesterday|recently|thus|therefore|otherwise|so|yet`;
/** Such a word, or a phrase like it, alone before the first comma: "However, Mr Obama said". */
const DISCOURSE_HEAD = new RegExp(
  String.raw`^(?:${LINKING_ADVERBS}|in fact|of course|for example|for instance|in addition|at first|at the time|on the other hand|in other words|that said|as a result|in the end|after all|above all|at the same time|in turn|by contrast|in contrast|in short|in particular|to be sure|even so)$`,
  'i',
);
/** Such a word opening the subject without a comma: "Now research shows", "Still Smith said". */
const LINKING_OPENER = new RegExp(String.raw`^(?:${LINKING_ADVERBS})\s+(?=\S)`, 'i');

// The small words inside a name are whole words: "a Pentagon official" holds no "of".
const NP_AFTER = String.raw`((?:(?:the|a|an)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+(?:\([\p{Lu}\p{N}.&-]+\)|(?:of|the|for|and|de|al|von|van)\b|[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*))*)`;

/**
 * A full stop inside a name, not at a sentence's or clause's end: after an initial ("the U.S. Department",
 * "J. P. Morgan") or a title or company abbreviation ("Dr. Jane Smith", "Acme Corp."). In an `i`
 * pattern the initial may be any one-letter word; a lone lower-case letter before a full stop is rare in news.
 */
const NAME_DOT_AFTER = String.raw`(?:(?:^|[\s.(])[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Inc|Corp|Co|Ltd|Jr|Sr|Mt|Ft))`;
const NAME_DOT = String.raw`(?<=${NAME_DOT_AFTER})\.`;
/** A full stop that ends the name: any other. */
const END_DOT = String.raw`(?<!${NAME_DOT_AFTER})\.`;

/**
 * A past-tense verb after the party that is the phrase's own verb, with its object after it: "according to
 * his commission included New Zealand" (the source is "his commission"). Not after a determiner ("the
 * detailed report"), and not with a "by" after it ("a report released Monday by the U.S. Department of
 * Energy", "the data compiled by Statistics Canada": a participle, and who did it).
 */
const OWN_VERB = /(?<!\b(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your))\s+[a-z]{2,}ed\s+(?!.*\bby\b)(?=\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u;

/** An "according to" source without the clause its pattern ran on into. */
function beforeOwnVerb(source: string): string {
  const m = OWN_VERB.exec(source);
  return m ? source.slice(0, m.index) : source;
}

const PATTERNS: { re: RegExp; verb: (m: RegExpExecArray) => string; source: (m: RegExpExecArray) => string }[] = [
  // officials who asked not to be named said / people familiar with the matter told
  {
    re: /\b((?:(?:some|several|two|three|senior|western|u\.?s\.?|government|military|intelligence|security|other)\s+){0,3}(?:sources?|officials?|people|persons?|diplomats?|insiders?|aides?)\s+(?:who\s+(?:asked|spoke|requested|declined|were\s+not)[^,.;]*?|familiar\s+with[^,.;]*?|close\s+to[^,.;]*?|with\s+(?:direct\s+)?knowledge\s+of[^,.;]*?|briefed\s+on[^,.;]*?))\s*,?\s+(said|say|says|told)\b/i,
    verb: (m) => m[2].toLowerCase(),
    source: (m) => m[1],
  },
  // according to X
  {
    // "according to plan", "according to legend", "according to simple rules": no party. The party's own
    // brackets stay with it ("(NIS)"); a bracket that closes one the phrase opened in ends it ("(according
    // to the ministry) rose to 5 percent").
    re: new RegExp(String.raw`\baccording to\s+(?!(?:plans?|schedule|tradition|custom|legend|expectations|the\s+(?:plan|schedule|script|rules|book))\b|(?:rules|instructions|common\s+(?:usage|sense)|(?:the|its|their|his|her|our|simple|strict|these|those)\s+(?:rules|instructions|usage|architecture|recipe|manual))(?:[,.;:!?)]|\s*$|\s+(?:of|for|in|on|and|or|used|set|laid)\b))((?:the\s+)?(?:[^,.;:()]|\([^()]{0,40}\)|${NAME_DOT}){2,80}?)(?=[,;:)]|${END_DOT}|\s+(?:that|which|who|in|on|at|as|is|are|was|were|has|have|had)\b|(?<!\b(?:by|from|of|at|for|with))\s+(?:the|a)\b|$)`, 'iu'),
    verb: () => 'according to',
    source: (m) => beforeOwnVerb(m[1]),
  },
  // a claim/report/statement by X that…
  {
    re: new RegExp(String.raw`\b(claims?|reports?|statements?|assertions?|allegations?|announcements?|estimates?|findings?|assessments?|testimony|remarks?|comments?|warnings?|data|figures?)\s+(?:made\s+)?by\s+` + NP_AFTER, 'u'),
    verb: (m) => m[1].toLowerCase().replace(/s$/, ''),
    source: (m) => m[2],
  },
  // was reported by X / has been confirmed by X
  {
    re: new RegExp(String.raw`\b(?:was|were|is|are|has been|have been|had been)\s+((?:reported|announced|confirmed|claimed|stated|revealed|disclosed|published|estimated|documented|found))\s+by\s+` + NP_AFTER, 'u'),
    verb: (m) => `${m[1]} by`,
    source: (m) => m[2],
  },
  // figures from X show / data released by X suggest
  {
    re: new RegExp(String.raw`\b(data|figures|statistics|numbers|estimates|records|results)\s+(?:from|by|released by|published by|compiled by|issued by)\s+` + NP_AFTER + String.raw`\s+(show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|put|puts)\b`, 'u'),
    verb: (m) => `${m[1].toLowerCase()} ${m[3]}`,
    source: (m) => m[2],
  },
  // X's data/figures/report show
  {
    re: new RegExp(String.raw`((?:[\p{Lu}][\p{L}.&-]*\s+){0,5}[\p{Lu}][\p{L}.&-]*)[’']s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(data|figures|statistics|numbers|report|survey|study|analysis|estimates?|records)\s+(show|shows|showed|suggest|suggests|suggested|found|finds|indicate|indicates|indicated|reveal|reveals|revealed)\b`, 'u'),
    verb: (m) => `${m[2]} ${m[3]}`,
    source: (m) => m[1],
  },
];

/*
 * Word gates (see wordGate in utils/kinds/types.ts): words each pattern cannot match without, checked by
 * one scan of the sentence shared with the kind detectors. Every word named here is written in its
 * pattern between \b, \s, a [,”"] class or the end, so it is a whole word of the sentence; `iu` patterns
 * are covered because a gate lets through any sentence with a character that folds onto ASCII (ſ, K).
 */
const TRAILING_VERBS = 'said|says|told|added|adds|wrote|writes|explained|explains|warned|noted|argued|claimed|stated|confirmed|reported|announced|insisted|cautioned|replied|responded|acknowledged|admitted|revealed|reveals|recalled|recalls';
const BY = wordGate('by');
const REPORT_VERBS_FOR_DATA = 'show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed';
/**
 * One gate per PATTERNS entry, in the same order, then the verbs QUOTE_THEN_SPEAKER and TRAILING cannot
 * match without (each verb is a whole word there).
 */
const GATES = gateSet([
  allOf(wordGate('sources|source|officials|official|people|persons|person|diplomats|diplomat|insiders|insider|aides|aide'), wordGate('said|say|says|told')),
  allOf(wordGate('according'), wordGate('to')),
  allOf(
    wordGate('claims|claim|reports|report|statements|statement|assertions|assertion|allegations|allegation|announcements|announcement|estimates|estimate|findings|finding|assessments|assessment|testimony|remarks|remark|comments|comment|warnings|warning|data|figures|figure'),
    BY,
  ),
  allOf(wordGate('reported|announced|confirmed|claimed|stated|revealed|disclosed|published|estimated|documented|found'), BY),
  allOf(wordGate('data|figures|statistics|numbers|estimates|records|results'), wordGate(`${REPORT_VERBS_FOR_DATA}|put|puts`)),
  allOf(
    wordGate('data|figures|statistics|numbers|report|survey|study|analysis|estimates|estimate|records'),
    wordGate(`${REPORT_VERBS_FOR_DATA}|found|finds`),
  ),
  wordGate('said|says|added|wrote|explained|warned|noted|argued|insisted|told'),
  wordGate(TRAILING_VERBS),
]);
const SPEAKER_GATE = 1 << PATTERNS.length;
const TRAILING_GATE = 1 << (PATTERNS.length + 1);

/** A cheap test for a word each of PATTERNS cannot match without, in the same order. */
const PATTERN_NEEDS: readonly RegExp[] = [
  /who|familiar|close to|knowledge|briefed/i,
  /according to/i,
  / by /,
  / by /,
  / (?:from|by) /,
  /[’']s? /,
];

/** Reporting verb used as a verb (not "the report" or "claims that were…"). */
// No auxiliaries in the pattern itself: a "(has|have|…|\s)*" prefix is retried at every space of every
// sentence. They are stripped from the subject afterwards (AUX_TAIL).
// "the United States" is a name, not "…the United" stating something.
const VERB_RE = new RegExp(String.raw`(?<=^|\s)(?<!\bUnited\s)(${VERBS}|saying|reporting|claiming|telling|warning|insisting|arguing|alleging|stating|estimating)\b(?!\s+(?:to|by|of|for)\b)`, 'giu');

/** Auxiliaries and adverbs between a subject and its reporting verb: "X has also repeatedly said". */
const AUX_WORDS = new Set(AUX.slice(3, AUX.lastIndexOf('|')).split('|'));

/** An aside between commas before the verb: ", however,", ", for its part,", ", in a statement,". */
const ASIDE_END = /,\s+(?:however|meanwhile|though|too|also|instead|nevertheless|nonetheless|in turn|in fact|of course|for (?:its|his|her|their|our) part|in (?:a|an) (?:statement|interview|email|letter))\s*,\s*$/i;

/** Drops trailing auxiliaries and adverbs from the words before a verb, word by word from the end. */
function stripAuxiliaries(before: string): string {
  // "The Red Cross, however, said": an adverb between commas is no part of the subject. (The pattern,
  // anchored at the end, on the last few characters and only where they end in a comma: V8 would try
  // it at every position.)
  if (before.trimEnd().endsWith(',')) {
    const tail = before.slice(-40);
    const aside = ASIDE_END.exec(tail);
    if (aside) before = before.slice(0, before.length - tail.length + aside.index);
  }
  let end = before.trimEnd().length;
  let stripped = '';
  for (;;) {
    const space = before.lastIndexOf(' ', end - 1);
    const word = before.slice(space + 1, end).toLowerCase();
    // "Trump more recently has said": "more" or "most" goes with the adverb after it.
    if (!AUX_WORDS.has(word) && !((word === 'more' || word === 'most') && stripped.endsWith('ly'))) break;
    stripped = word;
    end = space < 0 ? 0 : space;
    while (end > 0 && before[end - 1] === ' ') end--;
  }
  return before.slice(0, end);
}

/** What follows a reporting verb used as one: "that", a quote, a colon, a comma, a clause or a time. */
const AFTER_VERB =
  /^\s*(?:that\b|[:“"‘,$€£\p{Lu}\p{N}]|(?:the|a|an|it|he|she|they|we|i|you|his|her|their|its|our|there|this|these|those|some|most|more|no|nearly|about|almost|only|over|around|roughly|approximately|fewer|less|at\s+least|up\s+to|plans?|record|new|further|fresh)\b|(?:reporters|journalists|parliament|lawmakers|congress|investors|officials|the\s|in|on|at|during|earlier|late|last|today|yesterday|overnight|repeatedly|privately|publicly)\b)/u;

/**
 * A body named by what it is, in lower case: "However, the government said", "the school announced".
 * Bodies speak; "the plan says" or "the data show" name no one.
 */
const SPEAKING_BODY =
  /^(?:the|its|their|his|her|our)\s+(?:[\p{Ll}’'-]+\s+){0,2}(?:ministry|department|agency|police|army|military|government|administration|office|authorities|commission|council|bank|company|firm|court|union|institute|university|school|hospital|committee|board|club|team|league|airline|embassy|party|campaign|coalition|spokes(?:man|woman|person)|lawyers?|attorneys?|prosecutors?|regulators?|investigators?|researchers|scientists|executives|officials)$/u;

/** Inverted and trailing attributions: "…, said X." / "…,” X said in a statement." */
const TRAILING = new RegExp(
  String.raw`[,”"]\s*(${TRAILING_VERBS})\s+([^,.;“”"]{2,80}?)\s*(?:,[^,]{0,60})?(?:\s+(?:in|on|at|during|to|of|last|this|earlier|late)\b[^,.;“”"]{0,50})?\s*[.!?]?\s*$|[,”"]\s*([^,.;“”"]{2,80}?)(?:,[^,;“”"]{2,200},)?\s+(?:also\s+|later\s+|separately\s+)?(${TRAILING_VERBS}|told reporters)(?:\s+(?:in|on|at|during|to|of|last|this|earlier|late|reporters|journalists)\b[^,.;“”"]{0,50}|\s+(?:${WEEKDAY}|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!?]?\s*$`,
  'iu',
);

const CLAUSE_VERB_NEXT = /^\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do)\b/;

/** A role in small letters straight after a name: "a GOP insider", "a Pentagon official". */
const ROLE_NEXT =
  /^\s+(insiders?|officials?|sources?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|strategists?|operatives?|lawmakers?|staffers?|executives?|analysts?|experts?|diplomats?|officers?|members?|leaders?|representatives?|lawyers?|attorneys?|donors?|voters?|activists?|veterans?)\b/;

/** The verbs a quote's speaker follows: "“…,” said…". */
const QUOTE_VERBS = 'said|says|added|wrote|explained|warned|noted|argued|insisted';
/** A quote followed by its speaker: "“…,” said Maria Okafor, the director, in…". */
const QUOTE_THEN_SPEAKER = new RegExp(String.raw`[,”"]\s*(${QUOTE_VERBS}|told\s+\p{Ll}+)\s+` + NP_AFTER, 'u');
/**
 * A quote followed by a speaker whose title comes first in small letters, the name ending the clause:
 * "“…,” said former secretary of state John Kerry." The title may hold "of" and a small word, which the
 * trailing pattern takes for where or when it was said ("…, said former Secretary" of "State John Kerry").
 */
const QUOTE_THEN_TITLED_SPEAKER = new RegExp(
  String.raw`[,”"]\s*(${QUOTE_VERBS})\s+((?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,6}?(?:(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and)\s+){0,5}[\p{Lu}][\p{L}’'.-]*)\s*(?:[.;!?]|,\s+(?:who|whose|which)\b|$)`,
  'u',
);
/**
 * A quote followed by a speaker described first and named after a comma, the name ending the clause:
 * "“…,” said the company’s chief executive, Jane Doe." The speaker is the name.
 */
const QUOTE_THEN_DESCRIBED_SPEAKER = new RegExp(
  String.raw`[,”"]\s*(${QUOTE_VERBS})\s+((?:the\s+)?(?:[\p{L}’'.-]+\s+){0,6}?\p{Ll}[\p{Ll}-]*),\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s*(?:[.;!?]|$)`,
  'u',
);
/** Words no title holds: a clause's ("said he told Reuters", "said the team would…"). */
const NOT_IN_TITLE = /\b(?:he|she|it|they|we|i|you|that|this|which|who|would|will|could|can|may|might|should|must|has|had|have|is|are|was|were|be|been|told|said|says|did|does|do|not|if|when|because|after|before|in|on|at|to|for|with|by|from|about)\b/u;

/** A speaker named after the verb, and where in the sentence that verb is. */
interface SpeakerAfterVerb extends Candidate {
  verbAt: number;
}

/**
 * The speaker of "“…,” said former secretary of state John Kerry." (the title and the name) or of "…, said
 * the company’s chief executive, Jane Doe." (the name), or null. The title form is tried only when
 * QUOTE_THEN_SPEAKER matched nothing (`tryTitled`): a capitalised phrase it refused, a possessive ("said
 * Acme’s chief executive, Jane Doe"), may still open a description.
 */
function speakerAfterVerb(sentence: string, tryTitled: boolean): SpeakerAfterVerb | null {
  const titled = tryTitled ? QUOTE_THEN_TITLED_SPEAKER.exec(sentence) : null;
  if (titled && !NOT_IN_TITLE.test(titled[2].toLowerCase().replace(/\s\S*$/, ''))) {
    const source = withoutCutOffEnd(cleanSource(titled[2]));
    if (source) return speakerOf(titled, source);
  }
  const described = QUOTE_THEN_DESCRIBED_SPEAKER.exec(sentence);
  if (!described || NOT_IN_TITLE.test(described[2].toLowerCase())) return null;
  const source = withoutCutOffEnd(cleanSource(described[3]));
  return source ? speakerOf(described, source) : null;
}

/** A SpeakerAfterVerb from a match whose group 1 is the verb. */
function speakerOf(m: RegExpExecArray, source: string): SpeakerAfterVerb {
  return { source, verb: m[1].toLowerCase(), index: m.index, verbAt: m.index + m[0].indexOf(m[1]) };
}

// VERB_RE matches where one of these words starts (after ^ or \s), so never before the first of them.
const FIRST_VERB_AT = firstWordAt(`${VERBS}|saying|reporting|claiming|telling|warning|insisting|arguing|alleging|stating|estimating`);

/** An attribution plus where its words are in the sentence, for a note's evidence. */
export interface AttributionMatch extends Attribution {
  /** The sentence's own words from the source to the verb (or verb to source): "X has reported". */
  evidence: string;
}

interface Candidate extends Attribution {
  /** Where in the sentence the attribution's words start, to prefer the first one. */
  index: number;
}

/**
 * "Maria Okafor, the department’s director," / "Eric Reeves, one of the leading voices on Sudan," / "Ms.
 * Haley, seated next to Mr. Trump," / "Alan Greer, who led the 2,000-person study," → the name before it.
 */
function dropAppositive(before: string): string {
  // Both patterns end in ",\s*$", and trimEnd drops exactly what \s matches: no trailing comma, no change.
  if (!before.trimEnd().endsWith(',')) return before;
  return before
    .replace(/,\s+(?:who|which)\b(?:[^,]|,(?=\d))*,\s*$/i, '')
    .replace(/(\p{Lu}[\p{L}’'.-]*),\s+(?:the|a|an|its|their|his|her|one\s+of|\p{Ll}+(?:ed|ing))\s+[^,;:]{2,60},\s*$/u, '$1')
    // "Louis Hyman, author of Borrow: The American Way of Debt,", "and Mitchell Baker, executive chairwoman
    // of Mozilla Corporation,": a role of something after a name that opens its clause (after a comma, the
    // name may end a list or a place: "…to Orlando, Jake Frith, special agent for…").
    .replace(/((?:^|\b(?:and|but|while|as)\s+)(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*),\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:of|at|for)\s+[^,;]{2,60},\s*$/u, '$1');
}

/** Whether a trimmed text ends in a closing quote with a comma, "?" or "!" before it (`women,”`, `this?"`) or a comma after it (`”,`). */
function endsInClosedQuote(trimmed: string): boolean {
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const inner = trimmed.slice(0, -1).trimEnd();
  const before = inner.charCodeAt(inner.length - 1);
  return (isClosingQuote(last) && (before === 44 || before === 63 || before === 33)) || (last === 44 && isClosingQuote(before));
}

/** ” or ". */
function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 34;
}

/** A form of "be" just before a verb, past any adverb: "was told", "were never told", "is being told". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|am|be|been|being)\s+(?:(?:\w+ly|also|not|never|just|then|later|first|once)\s+)*$/i;

/** A group in small letters straight after a verb, then the clause's end: ", say the researchers,". */
const INVERTED_GROUP = /^\s+((?:the|some|many|several|two|three|other)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s*(?:[,.;!?]|$)/u;

/** A name straight after a verb, then the sentence's or clause's end: ", explains Groene." */
const INVERTED_SPEAKER = /^\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s*(?:[.,;!?]|$)/u;

/** Reporting verbs that are as often nouns: "a talk show", "Trump’s claim that", "various projects". */
const NOUN_OR_VERB = /^(?:shows?|reports?|claims?|notes?|projects?|estimates?|forecasts?|posts?|tweets?)$/i;
/** Words after which one of those is a noun: a possessive, a determiner, a quantifier. */
const BEFORE_A_NOUN = /(?:[’']s|^(?:his|her|its|their|our|my|your|the|a|an|this|that|these|those|various|several|many|some|such|any|every|each|no|same|first|new|latest|own|whose))$/i;
/** Subjects a bare "show"/"claim" agrees with that do not end in s. */
const PLURAL_WORDS = /^(?:they|we|you|i|people|police|data|media|staff|children|men|women|others)$/i;

/**
 * Whether a word of NOUN_OR_VERB reads as a noun where it stands: capitalised inside the sentence (a
 * title: "the Paris Motor Show", "World Drug Report 2014"), after a possessive or a determiner ("his
 * absurd claim" is caught by the next test), or in its bare form after a word it cannot agree with
 * ("a talk show", "an impact report": "surveys show" and "they claim" are verbs).
 */
function readsAsNoun(word: string, before: string): boolean {
  if (before.trim() !== '' && /^\p{Lu}\p{Ll}/u.test(word)) return true;
  const previous = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (BEFORE_A_NOUN.test(previous)) return true;
  if (/s$/i.test(word)) return false;
  return !(/[^s]s$/i.test(previous) || PLURAL_WORDS.test(previous));
}

/**
 * "what", "how" or "whether" right before a verb's subject: the verb is inside a clause that names what
 * was said ("one reason why they say…" still reports). WH_CLAUSE_SUBJECT: such a clause at a phrase's end.
 */
const WH_CLAUSE_BEFORE = /(?:^|[\s,;:(“"‘])(?:what|how|whether)\s+$/i;
/** "as" right before a verb ("as claimed", "as noted"), but for "was quoted as saying". */
const AS_END = /(?<!\bquoted\s)\bas\s+$/i;
const WH_CLAUSE_SUBJECT = /(?:^|\s)(?:what|how|whether)\s+(?:\S+\s+){0,3}\S+$/i;

/** A clause after "found": a few words, then its verb ("found our enjoyment for comedy might stem…"). */
const FOUND_CLAUSE = /^\s+(?:[^\s,;:.!?]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b/i;
/** What a study finds rather than a thing found: "no evidence", "a link between…", "a 20 percent rise". */
const FINDING =
  /^\s+(?:(?:a|an|the|no|little|some|strong|clear|new|significant|similar|any)\s+)?(?:\d[\d,.]*\s*(?:%|percent|per cent)\s+)?(?:evidence|proof|links?|correlations?|associations?|connections?|relationships?|differences?|increases?|decreases?|rises?|drops?|declines?|reductions?|effects?|patterns?|trends?|errors?|flaws?|problems?|violations?|irregularities|discrepanc(?:y|ies)|bias|signs?|traces?|nothing)\b/i;

/** Verbs of writing and posting, which take a topic after "about" ("tweeted about the recount"). */
const WRITING_VERB = /^(?:wrote|writes|write|tweeted|tweets|tweet|posted|posts|post)$/i;
/** "about" within a few words of the verb, before any "that": "tweeted a dozen times about", "wrote a book about". */
const ABOUT_TOPIC = /^\s+(?:(?!that\b)[^\s,;:.!?“"‘]+\s+){0,4}?about\b/i;
/** What was written, said later in the sentence: "that…", a colon, a quote, ", saying…". */
const STATEMENT_AFTER = /\bthat\b|[:“"‘]|,\s+(?:saying|writing|adding|arguing|claiming)\b/i;

/** A linking word alone names no one: "So said…", "If found", "Con Edison, which maintains", "…, as claimed". */
const LINKING_WORD = /^(?:so|still|if|as|which|then|but|and|yet|also|thus|now|here|when|while|once|unless|whether|though|although|because)$/i;

const DETERMINER_ALONE = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/i;
/** A sentence's first word that says how or when, not who: "Quite surprised, I…", "First, …". */
const LEAD_WORD = /^(?:\p{L}+ly|quite|first|then|still|even|just|only|perhaps|instead|also|later|earlier|now|again|thus|soon|yet|rather|very|almost|indeed|meanwhile|however|nonetheless|otherwise|similarly|likewise|once|so)$/iu;
/** "Earlier Saturday, ", "On Tuesday, ": when the clause happened, before its subject. */
const LEADING_WHEN = new RegExp(
  String.raw`^(?:(?:earlier|later|on|late|early)\s+)?(?:${MONTH_OR_DAY}|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night|\d{1,2}))?,\s+`,
  'i',
);

/** A finite verb of a main clause: a past tense (regular, or one of the common irregular ones), after any auxiliary. */
const FINITE_VERB =
  /\s(?:(?:would|could|will|can|did|does|do|should|may|might|must)(?:\s+not|n[’']t)?\s+(?:[a-z]+ly\s+)?[a-z]+|(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|said|told|made|took|gave|left|rose|fell|sent|met|held|won|lost|spoke|wrote|came|became|began|brought|kept|led|paid|ran|saw|sold|stood|threw|shut|cut|hit|quit|set|put|struck|sought|fought|thought|went|got|drew|broke|chose|swore|tore))\b/g;

/** A finite verb anywhere in a text (FINITE_VERB, not global: a test, not a walk). */
const FINITE_VERB_IN = new RegExp(FINITE_VERB.source);

/** A preposition before an -ing form, making it a noun or another's act: "for reporting", "of saying". */
const GERUND_AFTER = /\s(?:for|of|about|from|in|on|at|to|with|against|into|like|than|upon)\s*$/i;

/**
 * The subject of the clause with the last finite verb before an -ing form: "…, after the French luxury giant
 * filed a lawsuit in New York" gives "the French luxury giant", or '' when it makes no subject.
 */
function nearestClauseSubject(before: string): string {
  FINITE_VERB.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = FINITE_VERB.exec(before); m; m = FINITE_VERB.exec(before)) last = m;
  return last ? subjectOfVerbAt(before, last.index) : '';
}

/** The subject before the finite verb at `at`, when it makes one (a name, a body in capitals, he/she/they), else ''. */
function subjectOfVerbAt(clause: string, at: number): string {
  const subject = subjectBefore(dropAppositive(clause.slice(0, at)));
  // "The embattled minister rejected": "embattled" is no verb, and "The" alone no subject.
  if (!subject || DETERMINER_ALONE.test(subject) || LEAD_WORD.test(subject) || NOT_A_SOURCE.test(subject) || LINKING_WORD.test(subject)) return '';
  return /\p{Lu}/u.test(subject) || /^(?:he|she|they)$/i.test(subject) ? subject : '';
}

/**
 * The subject of the clause before ", saying…": the words before its first finite verb that make a
 * subject ("Han Dong-hoon, the leader of the PPP, urged Yoon to step down" gives "Han Dong-hoon"), or ''
 * when none does (the clause is no statement by anyone the sentence names).
 */
function mainClauseSubject(before: string): string {
  const clause = before.replace(/,\s*$/, '').replace(LEADING_WHEN, '');
  FINITE_VERB.lastIndex = 0;
  for (let m = FINITE_VERB.exec(clause); m; m = FINITE_VERB.exec(clause)) {
    const subject = subjectOfVerbAt(clause, m.index);
    if (subject) return subject;
  }
  return '';
}

/**
 * The name at the end of a phrase that ends in one ("the resignation of his defense minister Kim Yong-hyun"
 * gives "Kim Yong-hyun"), or ''.
 */
function namedTail(phrase: string): string {
  const words = phrase.split(/\s+/);
  let i = words.length;
  // Capitalised words, and the small words names hold between two of them ("Central Bank of Kenya").
  while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || (i > 1 && i < words.length && NAME_GLUE.test(words[i - 1]) && /^\p{Lu}/u.test(words[i - 2])))) i--;
  const tail = words.slice(i).join(' ');
  return tail && isNamedSource(tail) && !DETERMINER_ALONE.test(tail) ? tail : '';
}

/** Words that make a compound noun of "shows", "reports", "claims": "talk shows", "news reports". */
const NOUN_MODIFIERS = new Set('talk tv game news press media police radio road trade fashion cooking reality quiz chat award insurance expense injury damage'.split(' '));

/** The last word of a text that ends in white space ("" when none). */
/** A contraction of a pronoun and "is" or "has" ("he’s"), not a possessive. */
const PRONOUN_IS = /^(?:he|she|it|that|there|who|what|here)$/i;

/**
 * Whether a text ends in a name’s possessive ("the EGRP’s", "Yoon’s"), not a pronoun’s contraction
 * ("he’s"). String tests, not a pattern anchored at the end, which V8 would try at every position of the
 * text before the verb, for every verb.
 */
function endsInPossessive(text: string): boolean {
  const t = text.trimEnd();
  if (!(t.endsWith("'s") || t.endsWith('’s'))) return false;
  return !PRONOUN_IS.test(lastWord(t.slice(0, -2)));
}

/** Whether a comma, not a quote, comes after a word that may be a noun, after no pronoun ("He claims, somewhat sheepishly, that"). */
function commaNext(after: string, before: string): boolean {
  return after.trimStart().startsWith(',') && !/^\s*,\s*["“]/.test(after) && !PRONOUN.test(lastWord(before));
}

export function lastWord(text: string): string {
  const end = text.trimEnd();
  return end.slice(end.lastIndexOf(' ') + 1);
}
/** Verbs after "who" or "which" that always report: "X, who said", not "X, which maintains 4,300 miles". */
const RELATIVE_REPORTING = /^(?:said|says|told|tells|reported|reports|announced|announces|added|wrote|writes|warned|warns|noted|claimed|claims|stated|states|estimated|estimates|confirmed|confirms|denied|denies|argued|argues|insisted|insists|testified|acknowledged|admitted|predicted|revealed|tweeted|posted)$/i;

/** A number before a noun: "two states", "50 states", "several states". */
const COUNT_WORD = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS}|several|many|few|both|all|multiple)$`, 'i');

/** "Telling", not "telling" or "TELLING". */
export function isTitleCase(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/** Every attribution in a sentence, each with where it starts. */
function findCandidates(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  const open = gatesOpen(sentence, GATES);
  for (let i = 0; i < PATTERNS.length; i++) {
    const p = PATTERNS[i];
    // Each pattern needs a word a plain substring search finds faster than the regex can fail.
    if ((open & (1 << i)) === 0 || !PATTERN_NEEDS[i].test(sentence)) continue;
    const m = p.re.exec(sentence);
    if (!m) continue;
    const source = withoutCutOffEnd(cleanSource(p.source(m)));
    if (source) out.push({ source, verb: p.verb(m), index: m.index });
  }

  const speaker = open & SPEAKER_GATE ? QUOTE_THEN_SPEAKER.exec(sentence) : null;
  // "…, says Nigeria is at risk": a verb after the name makes it the subject of what is said, not the speaker.
  // "…, said Yoon’s “illegal declaration”": a possessive is what was said, not who said it.
  let spoke = false;
  if (speaker && !CLAUSE_VERB_NEXT.test(sentence.slice(speaker.index + speaker[0].length)) && !endsInPossessive(speaker[2])) {
    // "…,” said a GOP insider in…": the role in small letters after "a" and a name is part of the speaker.
    const role = /^(?:a|an|the)\s/i.test(speaker[2]) ? ROLE_NEXT.exec(sentence.slice(speaker.index + speaker[0].length)) : null;
    const source = withoutCutOffEnd(cleanSource(role ? `${speaker[2]} ${role[1]}` : speaker[2]));
    spoke = !!source && isNamedSource(source);
    if (spoke) out.push({ source, verb: speaker[1].toLowerCase().replace(/\s+/g, ' '), index: speaker.index });
  }

  // A speaker after the verb behind a title or a description; then the words before that verb are what
  // was said, not who said it, and no trailing phrase is cut from the speaker.
  const after = open & SPEAKER_GATE && !spoke ? speakerAfterVerb(sentence, !speaker) : null;
  if (after && isNamedSource(after.source)) out.push({ source: after.source, verb: after.verb, index: after.index });
  const invertedVerbAt = after ? after.verbAt : -1;

  const trailing = open & TRAILING_GATE && !after ? TRAILING.exec(sentence) : null;
  // "…, the source told Reuters.": after "told" come the ones told, not the speaker (the verb loop below
  // finds who told them).
  if (trailing && !/^told$/i.test(trailing[1] ?? '')) {
    // "…,” President Trump has said of this bill": the auxiliary is no part of the speaker; "…, and
    // nothing more was said" is a passive, with no speaker at all.
    const before = trailing[3] ?? '';
    // "…, and each folder added to its parent": "added to" adds something, it reports nothing.
    const addedTo = /^add/i.test(trailing[4] ?? '') && /\badd(?:ed|s)\s+to\b/i.test(trailing[0]);
    // "…, so A = B as claimed.": "as" and the verb say how, not who.
    const passive = addedTo || /\s(?:was|were|is|are|be|been|being)$/i.test(before) || AS_END.test(`${before.slice(-12)} `);
    const source = passive ? '' : withoutCutOffEnd(cleanSource(trailing[2] ?? before.replace(/\s+(?:has|have|had)$/i, '')));
    const verb = (trailing[1] ?? trailing[4] ?? 'said').toLowerCase();
    // "…, said his team measured…" is a clause, not a speaker: after an inverted verb the source must be a name.
    const plausible = trailing[2] ? isNamedSource(source) || ANONYMOUS_SOURCE.test(source) : !PRONOUN.test(source.split(' ')[0]) || /^(?:he|she|they)$/i.test(source);
    // "…, are you even trying to talk about what Samantha actually wrote?": the verb is inside a clause
    // that names what was said.
    if (source && plausible && !LINKING_WORD.test(source) && source.split(/\s+/).length <= MAX_SUBJECT_WORDS && !WH_CLAUSE_SUBJECT.test(source)) {
      out.push({ source, verb, index: trailing.index });
    }
  }

  const firstVerb = FIRST_VERB_AT(sentence);
  if (firstVerb < 0) return out;
  VERB_RE.lastIndex = firstVerb;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const verbStart = m.index;
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(verbStart + m[1].length);
    // A capital inside a sentence makes the word part of a title: "Fortune Telling", "Simon Says" (a
    // sentence in capitals, "THE MINISTRY SAID", is no title).
    if (verbStart > 0 && isTitleCase(m[1]) && /[\p{L}\d]\s+$/u.test(before)) continue;
    // A reporting verb introduces what was reported: "that", a quote, a colon, a comma, or a clause.
    // "said"/"told" are reporting verbs whatever follows; "reports"/"claims" may be nouns, so they need a clause.
    const alwaysVerb = /^(?:said|says|say|saying|told|tells|tell|added|adds|wrote|writes|agreed|agree|agrees)$/i.test(m[1]);
    if (!alwaysVerb && !AFTER_VERB.test(after) && !/^\s*[.!?]?\s*$/.test(after)) continue;
    // "…a regular on the Sunday talk shows.": after such a word, the noun ("the study shows." is the verb).
    // "…after the president-elect’s Air Force One tweets, according to…": before a comma, the noun too,
    // unless a pronoun says who ("He claims, somewhat sheepishly, that…").
    if (NOUN_OR_VERB.test(m[1]) && (commaNext(after, before) || readsAsNoun(m[1], before) || NOUN_MODIFIERS.has(lastWord(before).toLowerCase()))) continue;
    // "…= ( A − 1 ) H as claimed", "as noted above": "as" and the verb say how, not who ("was quoted as
    // saying" still names who).
    // (Patterns anchored at the end are tried on the last few characters only: V8 would try them at every
    // position of the text before the verb, for every verb.)
    if (AS_END.test(before.slice(-12))) continue;
    // "Jodie Prenger Talks TELL ME ON A SUNDAY": a verb in capitals inside a sentence in small letters is a title's.
    if (verbStart > 0 && m[1].length > 1 && m[1] === m[1].toUpperCase() && /\p{Ll}/u.test(before)) continue;
    // "a bit has two states", "winning Rust Belt states": the noun, unless what is stated follows ("the report states that…").
    // After a number it is the noun whatever follows ("a bit has two states: on and off").
    if (/^states$/i.test(m[1]) && (!/^\s*,?\s*(?:that\b|[:“"‘])/.test(after) || COUNT_WORD.test(lastWord(before)))) continue;
    // "Mozilla maintains a developer website", "She maintains a presence on the forums": keeps, not asserts,
    // unless what is maintained is a statement ("maintained that…", "maintains it did nothing wrong").
    if (/^maintain/i.test(m[1]) && !/^\s*(?:that\b|[:“"‘,]|(?:it|he|she|they|we|i|you|there)\s)/i.test(after)) continue;
    // "They found $12,000 in cash", "a man in England found a statue": a thing found, nothing reported.
    // A finding is told by a clause ("found that…", "has found our enjoyment might stem…") or is one
    // ("found no evidence", "found a link between…").
    if (/^f(?:ound|inds)$/i.test(m[1]) && !/^\s*(?:that\b|[:“"‘,])/.test(after) && !FOUND_CLAUSE.test(after) && !FINDING.test(after)) continue;
    // "when Trump tweeted a dozen times about Jill Stein’s recount efforts, he was…", "she wrote a book
    // about the war": writing or posting about something names a topic, not what was said, unless the
    // sentence goes on to say it ("wrote about the deal: “…”", "posted about it, saying that…").
    if (WRITING_VERB.test(m[1]) && ABOUT_TOPIC.test(after) && !STATEMENT_AFTER.test(after)) continue;
    // "the EGRP’s projected growth", "the firm’s reported earnings": after a name’s possessive, a participle
    // describes the noun after it ("Acme’s announced that" still reports).
    if (m[1].endsWith('ed') && endsInPossessive(before) && !/^\s*(?:that\b|[“"‘:,])/.test(after)) continue;
    // "“Nippers,” said I": the writer speaks, whatever stands before the verb; "…, in the Microsoft
    // sense,” explains Groene.": the speaker is named after the verb, and the words before are the quote's.
    // ("…, told NBC News." names whom, not who: not for tell.)
    // (What the words before end in is read by string tests on them trimmed: a pattern anchored at the end
    // would be tried at every position of the text before the verb, for every verb.)
    const trimmed = before.trimEnd();
    const last = trimmed.charCodeAt(trimmed.length - 1);
    const tell = /^t[eo]l/i.test(m[1]);
    if (verbStart === invertedVerbAt || /^\s+I\b/.test(after) || ((last === 44 || isClosingQuote(last)) && !tell && INVERTED_SPEAKER.test(after))) continue;
    // "…the biology of consciousness, say the researchers, and…": an unnamed group after the verb is who speaks.
    const group = last === 44 && !tell ? INVERTED_GROUP.exec(after) : null;
    if (group && (isUnnamedGroup(group[1]) || ANONYMOUS_SOURCE.test(group[1]))) {
      out.push({ source: group[1], verb: m[1].toLowerCase(), index: m.index });
      continue;
    }
    // "…misrepresenting women,” says study co-author Boris Kingma": words that end in a quote closed with a
    // comma (or ? or !) are the quote, never who said it (the quote-then-speaker patterns above find the
    // speaker). A title in quotes has none: "Matthew Inman of “The Oatmeal” wrote".
    if (!tell && endsInClosedQuote(trimmed)) continue;
    // "He was told that…", "what they were told": the one told is no source.
    if (/^told$/i.test(m[1]) && PASSIVE_BEFORE.test(before)) continue;
    // "X urged Yoon to step down, telling reporters…": after a comma, the one telling is the main clause's subject.
    // (Plain string tests: this runs for every verb of every sentence, mostly before V8 has optimised it.)
    const ing = m[1].length > 5 && m[1].toLowerCase().endsWith('ing');
    const participle = ing && last === 44;
    // "…fortune telling.", "blasted Jeff Zeleny for reporting that…": an -ing form that ends the sentence or
    // follows a preposition (but the few that keep the clause's subject) is a noun, or someone else's act.
    // ("…, the Tuva government was quoted as saying." still names who.)
    if (ing && !participle && (/^\s*[.!?]?\s*$/.test(after) || GERUND_AFTER.test(before)) && !/\bquoted\s+as\s+$/i.test(before.slice(-12))) continue;
    let source = participle ? mainClauseSubject(before) : subjectBefore(dropAppositive(stripAuxiliaries(before)));
    // "…after the French luxury giant filed a lawsuit in New York alleging…", "Ireland filed an appeal after
    // repeatedly saying…": without a comma too, what comes before the -ing form may be a whole clause, and
    // the one speaking is the subject of the clause nearest it.
    if (ing && !participle && FINITE_VERB_IN.test(` ${source}`)) source = nearestClauseSubject(before);
    if (!source || source.split(/\s+/).length > MAX_SUBJECT_WORDS) continue;
    // "The study, which…, found": fine; "He said": a pronoun source, kept so the caller can resolve it.
    // A question's or a supposition's subject speaks for no one: "What added thing is there…", "why
    // anyone would believe it", "Nobody believes".
    if (/^(?:it|this|that|there|what|whatever|whoever|anyone|anybody|nobody|no one)$/i.test(source)) continue;
    // "On the other hand, said potential resource had…": a phrase that links to the sentence before names
    // no one ("said" is an adjective there).
    if (DISCOURSE_HEAD.test(source)) continue;
    // "What Line says about the Outline", "how the ministry said it": a clause that names what was said
    // (a heading, a question), not a statement the sentence reports.
    const sourceAt = before.lastIndexOf(source);
    if (sourceAt >= 0 && WH_CLAUSE_BEFORE.test(before.slice(Math.max(0, sourceAt - 10), sourceAt))) continue;
    // "…his defense minister Kim Yong-hyun, who said he…": the one the relative clause is about.
    if (source.length <= 5 && /^(?:who|which)$/i.test(source)) {
      // "Con Edison, which maintains 4,300 miles of mains": only a verb that always reports says someone spoke.
      if (!RELATIVE_REPORTING.test(m[1])) continue;
      const at = before.search(/,\s*(?:who|which)\s*$/i);
      const antecedent = at > 0 ? subjectBefore(before.slice(0, at)) : '';
      const named = antecedent ? namedTail(antecedent) : '';
      if (named) out.push({ source: named, verb: m[1].toLowerCase(), index: m.index });
      continue;
    }
    if (LINKING_WORD.test(source)) continue;
    if (!/[\p{L}]/u.test(source)) continue;
    // A lowercase subject that is neither a pronoun nor an anonymous source ("the plan says") is rarely a person.
    if (!/\p{Lu}/u.test(source) && !PRONOUN.test(source) && !ANONYMOUS_SOURCE.test(source) && !SPEAKING_BODY.test(source)) continue;
    if (NOT_A_SOURCE.test(source)) continue;
    out.push({ source, verb: m[1].toLowerCase(), index: m.index });
  }
  return out;
}

/** "test results published by the Ohio EPA" → "the Ohio EPA": the party, not the document. */
function partyInPhrase(source: string): string {
  const by = /\b(?:published|released|issued|compiled|collected|gathered|produced|prepared|conducted|commissioned|seen|obtained|made|cited|provided|analy[sz]ed|measured|taken|recorded)\s+by\s+(.+)$/i.exec(source);
  if (by && isNamedSource(by[1])) return cleanSource(by[1]);
  const from = /^(?:(?:the|a|an|new|latest|official)\s+)*(?:data|figures|statistics|numbers|estimates?|reports?|documents?|records|a study|study|studies|surveys?|polls?|research|analysis)\s+(?:from|of|by)\s+(.+)$/i.exec(source);
  if (from && isNamedSource(from[1])) return cleanSource(from[1]);
  return source;
}

let lastSentence = '';
let lastMatch: AttributionMatch | null = null;

/**
 * Finds the attribution of a sentence and the words that make it, or null. The first named source
 * wins; when the sentence names several (“X said…, and Y confirmed…”), `sources` lists them all.
 */
export function matchAttribution(sentence: string): AttributionMatch | null {
  // The kind detector and the analyzer both ask about the same sentence in a row.
  if (sentence === lastSentence) return lastMatch ? { ...lastMatch } : null;
  const found = findCandidates(sentence);
  if (found.length === 0) {
    // Most sentences: nothing below would run but on empty lists.
    lastSentence = sentence;
    lastMatch = null;
    return null;
  }
  const candidates = found
    .map((c) => {
      const source = partyInPhrase(c.source);
      // Order by where the source is named: "Alan Greer, who…, said" starts at "Alan Greer".
      const at = sentence.indexOf(source);
      return { ...c, source, index: at >= 0 ? Math.min(at, c.index) : c.index };
    })
    .sort((a, b) => a.index - b.index);
  const named = candidates.filter((c) => isNamedSource(c.source));
  const primary = named[0] ?? candidates[0];
  let result: AttributionMatch | null = null;
  if (primary) {
    result = { source: primary.source, verb: primary.verb, evidence: evidenceOf(sentence, primary) };
    const all: string[] = [];
    for (const c of named) {
      // A phrase inside the first source's own words ("X, student of Y at Z, said") is its appositive, not another source.
      if (c !== primary && result.evidence.includes(c.source)) continue;
      for (const s of splitSources(c.source).filter(isNamedSource)) {
        // The same source named twice counts once: by its fuller name when the other is its tail ("News",
        // then "NBC News"), else as first found ("CNN" stays "CNN" beside "CNN suggested a…").
        const same = all.findIndex((x) => x.includes(s) || s.includes(x));
        if (same < 0) all.push(s);
        else if (s.length > all[same].length && s.endsWith(all[same])) all[same] = s;
      }
    }
    if (all.length > 1) result.sources = all;
  }
  lastSentence = sentence;
  lastMatch = result;
  return result ? { ...result } : null;
}

/** Where `words` first stand as whole words in `text` ("he" in "In the meantime, he wrote" is the second one), or -1. */
function indexOfWords(text: string, words: string): number {
  // A letter or digit: ASCII ones by code; above Latin-1's symbols, anything but general punctuation (’ “ —).
  const isWordChar = (i: number) => {
    const c = i >= 0 && i < text.length ? text.charCodeAt(i) : 32;
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && !(c >= 0x2000 && c <= 0x206f));
  };
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!isWordChar(i - 1) && !isWordChar(i + words.length)) return i;
  }
  return text.indexOf(words);
}

/** The sentence's own words from the source to the verb, or the other way round. */
function evidenceOf(sentence: string, a: Attribution): string {
  const s = indexOfWords(sentence, a.source);
  const verbWord = a.verb.split(' ')[0];
  let v = s >= 0 ? sentence.indexOf(verbWord, s + a.source.length) : -1;
  if (v < 0 || v - (s + a.source.length) > 40) {
    const back = s >= 0 ? sentence.toLowerCase().lastIndexOf(verbWord.toLowerCase(), s) : -1;
    if (back >= 0) v = back;
  }
  if (v < 0) v = sentence.toLowerCase().indexOf(verbWord.toLowerCase());
  if (s < 0 || v < 0) return a.source;
  const from = Math.min(s, v);
  const to = Math.max(s + a.source.length, v + verbWord.length);
  return sentence.slice(from, to);
}

/** Finds the attribution of a sentence, or null. */
export function findAttribution(sentence: string): Attribution | null {
  const m = matchAttribution(sentence);
  if (!m) return null;
  const a: Attribution = { source: m.source, verb: m.verb };
  if (m.sources) a.sources = m.sources;
  return a;
}
