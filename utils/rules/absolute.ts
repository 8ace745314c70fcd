import { isTitleCase } from '../analyze/attribution';
import { NUMBER_WORDS } from '../analyze/number-words';
import { note, type NoteRule } from './types';

/**
 * Sweeping words: one counter-example is enough to make the claim false, so it is worth a second look.
 * "all" counts only as a quantifier ("all voters", "all the hostages"), not in "at all", "after all", "all
 * but", "all the time", "all this time", "all the way" or "all the right", nor before a word that only ends
 * like a plural ("all this", "all his", "all is"); "every year", "every two seconds" or "every once in a
 * while" is how often, "every right" and "every bit as" are idioms, and the writer's "I never" or "we
 * always" a memory, not a claim about the world.
 */
const ABSOLUTE = new RegExp(
  String.raw`\b(?:always|never|nobody|no\s+one|no-one|everyone|everybody|none\s+of|every(?!\s+(?:other|so\s+often|now\s+and|once\s+in|right\b|bit\b|few|\d|(?:${NUMBER_WORDS}|couple\s+of|several)\b|(?:single\s+)?(?:year|day|week|month|time|morning|afternoon|evening|night|weekend|season|hour|minute|summer|winter|spring|autumn|fall)s?\b))|without\s+exception|100\s*(?:per\s*cent|percent|%)|(?<!\b(?:at|after|above|once|for|in|of|first\s+of)\s)all(?!\s+(?:but|of\s+a\s+sudden|the\s+same|right|too|in\s+all|along|told|(?:the|this|that)\s+(?:time|while|way|more|rest|day|long|rage|help|better|worse|right)|(?:this|his|is|was|has|does|as|yours|ours|hers|thus)\b)\b)(?=\s+(?:of\s+(?:the|them|us|their)\b|the\b|[a-z]+s\b)))\b`,
  'i',
);

/** The writer (or a speaker) in the first person just before "never" or "always": "I have never", "we always". */
const FIRST_PERSON_BEFORE = /\b(?:I|we)(?:['’](?:ve|d|m|ll))?\s+(?:(?:have|had|could|would|will|do|did|can|may|might)\s+)?(?:just\s+|really\s+|even\s+|also\s+)?$/i;

/**
 * A word just before that takes the absolute back: "not every", "don't always", "almost all", "nearly
 * everyone", "maybe no one", "may never". A negated or softened sweep is no longer one a single exception disproves.
 */
const QUALIFIED_BEFORE = /(?:^|\s)(?:not|almost|nearly|virtually|practically|hardly|maybe|perhaps|probably|possibly|likely|may|might|\w+n['’]t)\s+$/i;

/** "encouraged everyone to visit", "wants everybody to know": everyone is whom the verb asks, not what is said of them. */
const ASKED_TO = /^\s+to\s+\p{L}/u;

/** Whether the sweeping word at `at` is a claim's: not a first-person "never"/"always", not qualified, not whom someone asks. */
function sweeps(text: string, word: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // "21 Going-Out Outfits For Every Occasion": a capital after a word is a title's, not a sentence's start
  // ("We will NEVER give up" is emphasis, still a sweep).
  if (isTitleCase(word) && /[\p{L}\d]\s+$/u.test(before)) return false;
  if (/^(?:always|never)$/i.test(word) && FIRST_PERSON_BEFORE.test(before)) return false;
  if (QUALIFIED_BEFORE.test(before)) return false;
  return !(/^every(?:one|body)$/i.test(word) && ASKED_TO.test(text.slice(at + word.length)));
}

/** The first sweeping word of a sentence that makes a claim sweep (`sweeps`). */
function firstAbsolute(text: string): RegExpExecArray | null {
  // Checked after a match, not as a lookbehind in the pattern: that would be tried at every word.
  let from = 0;
  for (;;) {
    const m = ABSOLUTE.exec(from === 0 ? text : text.slice(from));
    if (!m) return null;
    const at = from + m.index;
    if (sweeps(text, m[0], at)) {
      m.index = at;
      return m;
    }
    from = at + m[0].length;
  }
}

export const absolute: NoteRule = {
  code: 'absolute',
  description: 'The claim speaks in absolutes ("always", "never", "all", "nobody")',
  apply(claim) {
    const m = firstAbsolute(claim.text);
    if (!m) return [];
    return [note('absolute', `Speaks in absolutes (“${m[0]}”): a single exception would make it false.`, m[0])];
  },
};
