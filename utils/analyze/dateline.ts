/**
 * Datelines: the publication and update stamps, bylines and reading times that pages print at the top
 * of a story ("Oct 19, 2016 · 10 min read", "Updated on December 12, 2016 09:22 AM", "Posted by X on
 * 2019-02-15"), and the credits and shop listings they print beside it; and other lines that are no
 * statements: headlines printed as paragraphs, formulas, reference entries, a spec list's labels and
 * values. They sit inside the article, and their dates and figures look checkable to the scorer, but
 * they state nothing a reader would check: the analyzer does not make claims of them.
 */

/** Longer than this, a sentence is prose that happens to start like a stamp (the longest stamp in pages-dev has 13 words). */
const MAX_WORDS = 16;
/** The same for a stamp after a byline's separators, which count as words (pages-dev's longest has 20). */
const MAX_SEPARATED_WORDS = 24;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
/**
 * A date or time: a month and a number ("Dec. 13", "September 19"), a weekday and a date ("Tuesday 15
 * October"), a day and a month, a year or ISO date, or a clock time. A weekday alone is not one:
 * "Posted on Tuesday, the video has been watched…" is a statement.
 */
const DATE_OR_TIME = `(?:${MONTH}\\s*\\d|${WEEKDAY},?\\s+(?:\\d|${MONTH})|\\d{1,2}\\s+${MONTH}|\\d{4}\\b|\\d{1,2}:\\d{2})`;

/**
 * "Published December 21, 2016", "Updated on …", "Last updated: …", "Posted by X on 2019-02-15": a stamp
 * word, then the date at once (after "on", "at" or a colon) or after "by" and a name. Not "Updated
 * figures published in 2023 show…", where other words come between.
 */
const STAMP = new RegExp(
  `^(?:first\\s+|last\\s+)?(?:published|updated|posted|modified)(?:\\s+(?:on|at)\\b|\\s+by\\s[^.!?]{1,60}?\\bon\\b)?\\s*:?\\s*${DATE_OR_TIME}`,
  'i',
);
/**
 * "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago": a stamp
 * after a byline's separator, not at the start.
 */
const STAMP_AFTER_SEPARATOR = new RegExp(`[·|•]\\s*(?:first\\s+|last\\s+)?(?:published|updated|posted|modified)\\s*:?\\s*${DATE_OR_TIME}`, 'i');
/** "10 min read", "5 minute read", "2 mins read". */
const READING_TIME = /\b\d+\s*min(?:ute)?s?\.?\s+read\b/i;
/** "Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016…": a date first, an update stamp after it. */
const DATE_THEN_UPDATED = new RegExp(`^${MONTH}\\s*\\d{1,2}\\b.{0,40}\\bupdated\\b`, 'i');

/** "Dec. 22, 2016, 3:36 PM UTC / Source: Zillow": a date and a clock time first. */
const DATE_THEN_TIME = new RegExp(`^${MONTH}\\s*\\d{1,2},?\\s+\\d{4},?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}`, 'i');
/** A month as pages print it in a byline, capitalised (the byline's name is told by its capitals, so no `i` flag). */
const BYLINE_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * "By Zach Johnson Dec 12, 2016 2:00 PM", "Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM
 * EDT": a byline (a name of two capitalised words or more), then when. Not "By the end of 2030 the
 * plant…" or "By March 2020 the city had…": see isByline.
 */
const BYLINE = new RegExp(
  `^(?:[Ww]ritten [Bb]y|[Bb]y) \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}?(?:@\\w+)?(?: (?:in|for|at) [^.!?]{1,30}?)? (?:on )?(?:${BYLINE_MONTH} ?\\d|\\d{1,2} ${BYLINE_MONTH}|\\d{4}\\b|\\d{1,2}:\\d{2})`,
  'u',
);
/**
 * "By Zach Koons2 hours ago" (the page runs the name into the time), "By Jane Doe 3 days ago": a byline,
 * then how long ago.
 */
const BYLINE_AGO = /^(?:[Ww]ritten [Bb]y|[Bb]y) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}? ?\d{1,3} ?(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago\b/u;
/** A word of three small letters or more: a byline's date is followed by none ("at 08:34 PM EDT"), a statement's is. */
const LOWER_WORD_3 = /(?<!\p{L})\p{Ll}{3,}/u;

/** Whether a sentence is a byline with its date: "By New Year's Day 2021, 3 million people…" is a statement. */
function isByline(sentence: string): boolean {
  const m = BYLINE.exec(sentence) ?? BYLINE_AGO.exec(sentence);
  return m !== null && !LOWER_WORD_3.test(sentence.slice(m[0].length));
}

/** Whether a sentence is a dateline rather than a statement. */
export function isDateline(sentence: string): boolean {
  let spaces = 0;
  for (let i = sentence.indexOf(' '); i >= 0 && spaces < MAX_SEPARATED_WORDS; i = sentence.indexOf(' ', i + 1)) spaces++;
  if (spaces >= MAX_SEPARATED_WORDS) return false;
  // A byline's separators ("·", "|") stand between spaces like words: such a line may run longer.
  if (STAMP_AFTER_SEPARATOR.test(sentence)) return true;
  if (spaces >= MAX_WORDS) return false;
  return STAMP.test(sentence) || READING_TIME.test(sentence) || DATE_THEN_UPDATED.test(sentence) || DATE_THEN_TIME.test(sentence) || isByline(sentence);
}

/**
 * A shop's listing: "Fire Kids Edition Tablet, 16 GB, for $89.99 (list price $99.99)", the form deal
 * posts print each product in. Its figures are prices on offer, not statements to check.
 */
const PRICE_LISTING = /\((?:list price|reg\.?|regularly|orig\.?|was)\s*[$€£]\s?\d/i;

/** Whether a sentence is a shop's listing of products and prices rather than a statement. */
export function isPriceListing(sentence: string): boolean {
  return sentence.includes('(') && PRICE_LISTING.test(sentence);
}

/**
 * A site's notice that it earns from links: "If you buy something through one of these links, we may earn
 * an affiliate commission", "Mental Floss has affiliate relationships with certain retailers, … and may
 * receive a small percentage of any sale": "we" earn, or the affiliate links "may earn". News about
 * such programmes ("Amazon cut commission rates for affiliates", "brokers may earn a commission") says neither.
 */
const AFFILIATE_NOTICE =
  /\b(?:we|us)\s+(?:may\s+|might\s+|could\s+)?(?:earn|receive|get|make)\b[^.]{0,30}\b(?:commission|percentage|share|portion)\b|\baffiliate\s+(?:links?|relationships?|partnerships?)\b[^.]{0,80}\bmay\s+(?:earn|receive|get)\b/i;

/** Whether a sentence is the page's notice of affiliate links rather than a statement about the story. */
export function isAffiliateNotice(sentence: string): boolean {
  return (sentence.includes('ffiliate') || sentence.includes('ommission')) && AFFILIATE_NOTICE.test(sentence);
}

/**
 * Photo credits: "CreditKirsten Luce for The New York Times" (a label the page's style hides, run into
 * the name), "Photo: Jane Doe/AP", "Image credit: NASA", "Photograph by John Smith for The Guardian". A
 * label, then names.
 */
const CREDIT_LABEL = /^(?:Credit|CREDIT|Photo|PHOTO|Photograph|Image|IMAGE|Picture|Illustration|Video)s?(?:\s+(?:[Cc]redits?|by|courtesy(?:\s+of)?))?\s*:?\s*(?=\p{Lu})/u;
/** The only words in small letters a credit has: those that join names. "Credit Suisse said on Monday…" is a statement. */
const CREDIT_JOINERS = new Set(['for', 'by', 'via', 'and', 'of', 'the', 'from', 'courtesy', 'de', 'van', 'von', 'da', 'del']);
const LOWER_WORD = /(?<![\p{L}\p{N}'’])\p{Ll}[\p{L}'’-]*/gu;

/** Whether a sentence is a photo credit rather than a statement. */
export function isCreditLine(sentence: string): boolean {
  const label = CREDIT_LABEL.exec(sentence);
  if (!label) return false;
  const rest = sentence.slice(label[0].length);
  if (rest.split(' ').length > MAX_WORDS) return false;
  for (const word of rest.match(LOWER_WORD) ?? []) if (!CREDIT_JOINERS.has(word)) return false;
  return true;
}

/**
 * Words a title leaves in small letters: articles, short conjunctions and prepositions ("Trump
 * Administration Mulls a Unilateral Tax Cut for the Rich"). Styles that capitalise them too ("Some Of You
 * Never Learned") are titles all the same.
 */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'into', 'onto', 'via', 'vs', 'per', 'than', 'up', 'so', 'yet', 'off', 'over']);
/** What may close a sentence after its last word: quotes, brackets and reference markers ("…of Literature.[325]"). */
const AFTER_END = /(?:\[(?:\d{1,4}|[a-z]|note \d+)\]|["'”’)\]\s])+$/;
/** A word's opening marks: quotes, brackets, "+" of a change log, "#" of a hashtag. */
const OPENING_MARKS = /^[“‘"'(\[+#¿¡*]+/;

/**
 * Whether a "sentence" is a title: a heading, a related story's headline or a list of names printed as a
 * paragraph ("As His First Novel ‘Heat 2’ Hits Shelves, Michael Mann Shares Great Crime Stories",
 * "Jessica Kourkounis for The New York Times"). It ends in no sentence's punctuation, and every word
 * but the small ones a title leaves alone starts with a capital or a digit, three of them at least with a
 * capital. A sentence always has a word in small letters that is not one of those ("Dunedin is a UNESCO
 * City of Literature." ends in a full stop all the same).
 */
export function isHeadline(sentence: string): boolean {
  const end = unpunctuated(sentence);
  if (end === null) return false;
  let capitals = 0;
  for (const raw of end.split(' ')) {
    const word = raw.replace(OPENING_MARKS, '');
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      if (!TITLE_SMALL_WORDS.has(word.replace(/[^a-z]+$/, ''))) return false;
    } else if (word.length > 0 && word[0] !== word[0].toLowerCase()) {
      capitals++;
    } else if (word.length > 0 && word[0] !== word[0].toUpperCase()) {
      // A small letter outside ASCII ("été"): no title's word.
      return false;
    }
  }
  return capitals >= 3;
}

/**
 * The text without what may close it after its last word (quotes, brackets, reference markers), or null
 * when it ends as a sentence does: in . ! ? : ; … or a dash that cuts it off.
 */
export function unpunctuated(sentence: string): string | null {
  // Most sentences end in a full stop or a letter: asked of every sentence, those need no pattern.
  const last = sentence.charCodeAt(sentence.length - 1);
  if (endsSentence(last)) return null;
  if (!(last === 34 || last === 39 || last === 41 || last === 93 || last === 0x201d || last === 0x2019 || last === 32)) return sentence;
  // (The end-anchored pattern reads the last few characters only: V8 would try it at every position.)
  const tail = sentence.slice(-40);
  const end = sentence.slice(0, sentence.length - tail.length) + tail.replace(AFTER_END, '');
  return endsSentence(end.charCodeAt(end.length - 1)) ? null : end;
}

/** . ! ? : ; … and a dash that cuts a sentence off. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026 || c === 0x2014;
}

/** Operators a formula has between spaces, as MathML and MathJax leave them in a page's text. */
const OPERATORS = new Set(['=', '≠', '≈', '≡', '<', '>', '≤', '≥', '±', '∓', '×', '÷', '⋅', '·', '∑', '∏', '∫', '∂', '∇', '→', '−', '+', '∞', '√']);

/**
 * Whether a "sentence" is mostly a formula: a page's mathematics reads as symbols between spaces ("( ∑ k
 * = 1 n a k b k ) 2 ≤ …"), and its digits are no figures to check. Three operators at least, and three
 * in ten of its words a single letter, digit or symbol. "$4K x 3 per episode = $12K x 52 weeks / 3
 * hosts" is a sum in prose, with one.
 */
export function isFormula(sentence: string): boolean {
  // Every formula MathML leaves has an operator between spaces; most sentences have none.
  if (!/ [=≠≈≡<>≤≥±∓×÷⋅·∑∏∫∂∇→−+∞√] /.test(sentence)) return false;
  const words = sentence.split(' ');
  let operators = 0;
  let single = 0;
  for (const w of words) {
    if (OPERATORS.has(w)) operators++;
    if (w.length === 1 || (w.length === 2 && w.charCodeAt(0) >= 0xd800)) single++;
  }
  return operators >= 3 && single >= 0.3 * words.length;
}

/** A reference's label as RFCs and papers print it: "[WORDS]", "[RFC2119]", "[JSON-LD]", "[12]". */
const REFERENCE_LABEL = /^\[[A-Z0-9][A-Z0-9.+-]{0,24}\]\s/;
/** A title in quotes and the comma after it: `Rescorla, E., "HTTP Over TLS", RFC2818`. */
const CITED_TITLE = /["“][^"”]{3,}["”],/;
const ENDS_IN_YEAR = /\b(?:1[5-9]|20)\d\d\.?$/;
/** What a reference holds besides names and numbers: titles in quotes and addresses. */
const TITLES_AND_ADDRESSES = /["“][^"”]*["”]|\S*(?::\/\/|www\.)\S*/g;
/** A word in small letters, three letters or more: a statement has several outside its quotes, a reference none. */
const SMALL_WORD = /^[a-z]{3,}[,.;:)]*$/;
/** Labels in brackets and nothing else: "[Docs] [txt|pdf] [Tracker] [Email] [Diff1]", a page's menu. */
const BRACKETED_LABELS = /^(?:\[[^\][]{1,30}\]\s*){3,}$/;

/**
 * Whether a "sentence" is an entry of a reference list that no list markup tells (an RFC's references
 * are preformatted text): its label in brackets, a title in quotes, the year it ends in, and besides
 * those only names and numbers ("et al." and "(ed)" at most). "[WORDS] Bradner, S., "Key words for use
 * in RFCs…", BCP 14, RFC 2119, March 1997." cites a document; it claims nothing. So is a line of
 * bracketed labels, a menu.
 */
export function isReferenceEntry(sentence: string): boolean {
  if (sentence.charCodeAt(0) !== 91) return false;
  if (BRACKETED_LABELS.test(sentence)) return true;
  // (The end-anchored pattern reads the last characters only: V8 would try it at every position.)
  if (!REFERENCE_LABEL.test(sentence) || !CITED_TITLE.test(sentence) || !ENDS_IN_YEAR.test(sentence.slice(-8))) return false;
  let small = 0;
  for (const word of sentence.replace(TITLES_AND_ADDRESSES, ' ').split(' ')) if (SMALL_WORD.test(word)) small++;
  return small <= 1;
}

/**
 * A label of up to six words, each capitalised or a number ("Stated Dimensions", "Blister’s Measured
 * Tip-to-Tail Length", "Figure 3"), and its colon.
 */
const LABEL = /^(?:[\p{Lu}\d][\p{L}\d’'.()~-]*\s+){0,5}[\p{Lu}\d][\p{L}\d’'.()~-]*:\s/u;
/** At most this many words after the label: a value or a caption, not a statement. */
const MAX_VALUE_WORDS = 10;

/**
 * Whether an unpunctuated line (see `unpunctuated`) is a label and its value, as a spec list or a
 * figure's caption prints them: "Stated Dimensions: 150-117-142 mm", "Factory Recommended Mount Point:
 * -4.2 cm from center", "Figure 3: AndroidManifest SMS filter". Its figures are a product's data or a
 * figure's number, not claims to check. A statement after a label ends in its own punctuation.
 */
export function isLabelLine(unended: string): boolean {
  const label = LABEL.exec(unended);
  return label !== null && unended.slice(label[0].length).split(' ').length <= MAX_VALUE_WORDS;
}
