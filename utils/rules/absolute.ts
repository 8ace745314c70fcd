import { note, type NoteRule } from './types';

/**
 * Sweeping words: one counter-example is enough to make the claim false, so it is worth a second look.
 * "all" counts only as a quantifier ("all voters"), not in "at all", "after all" or "all but"; "every year"
 * is how often, and the writer's "I never" or "we always" a memory, not a claim about the world.
 */
const ABSOLUTE =
  /\b(?:(?<!\b(?:I|we)(?:['’](?:ve|d|m|ll))?\s+(?:(?:have|had|could|would|will|do|did|can|may|might)\s+)?(?:just\s+|really\s+|even\s+|also\s+)?)(?:always|never)|nobody|no\s+one|no-one|everyone|everybody|none\s+of|every(?!\s+(?:other|so\s+often|now\s+and|few|\d|(?:single\s+)?(?:year|day|week|month|time|morning|afternoon|evening|night|weekend|season|hour|minute|summer|winter|spring|autumn|fall)s?\b))|without\s+exception|100\s*(?:per\s*cent|percent|%)|(?<!\b(?:at|after|above|once|for|in|of|first\s+of)\s)all(?!\s+(?:but|of\s+a\s+sudden|the\s+same|right|too|in\s+all|along|told)\b)(?=\s+(?:of\s+(?:the|them|us|their)\b|the\b|[a-z]+s\b)))\b/i;

export const absolute: NoteRule = {
  code: 'absolute',
  description: 'The claim speaks in absolutes ("always", "never", "all", "nobody")',
  apply(claim) {
    const m = ABSOLUTE.exec(claim.text);
    if (!m) return [];
    return [note('absolute', `Speaks in absolutes (“${m[0]}”): a single exception would make it false.`, m[0])];
  },
};
