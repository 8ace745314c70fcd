import { note, type NoteRule } from './types';

/**
 * Sweeping words: one counter-example is enough to make the claim false, so it is worth a second look.
 * "all" counts only as a quantifier ("all voters"), not in "at all", "after all" or "all but"; "every year"
 * is how often, and the writer's "I never" or "we always" a memory, not a claim about the world.
 */
const ABSOLUTE =
  /\b(?:always|never|nobody|no\s+one|no-one|everyone|everybody|none\s+of|every(?!\s+(?:other|so\s+often|now\s+and|few|\d|(?:single\s+)?(?:year|day|week|month|time|morning|afternoon|evening|night|weekend|season|hour|minute|summer|winter|spring|autumn|fall)s?\b))|without\s+exception|100\s*(?:per\s*cent|percent|%)|(?<!\b(?:at|after|above|once|for|in|of|first\s+of)\s)all(?!\s+(?:but|of\s+a\s+sudden|the\s+same|right|too|in\s+all|along|told)\b)(?=\s+(?:of\s+(?:the|them|us|their)\b|the\b|[a-z]+s\b)))\b/i;

/** The writer (or a speaker) in the first person just before "never" or "always": "I have never", "we always". */
const FIRST_PERSON_BEFORE = /\b(?:I|we)(?:['’](?:ve|d|m|ll))?\s+(?:(?:have|had|could|would|will|do|did|can|may|might)\s+)?(?:just\s+|really\s+|even\s+|also\s+)?$/i;

/** The first sweeping word of a sentence that is not a first-person "never" or "always". */
function firstAbsolute(text: string): RegExpExecArray | null {
  // Checked after a match, not as a lookbehind in the pattern: that would be tried at every word.
  let from = 0;
  for (;;) {
    const m = ABSOLUTE.exec(from === 0 ? text : text.slice(from));
    if (!m) return null;
    const at = from + m.index;
    if (!/^(?:always|never)$/i.test(m[0]) || !FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
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
