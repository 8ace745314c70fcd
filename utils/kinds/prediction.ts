import { allOf, anyOf, DIGIT, firstMatch, gateSet, wordGate, type KindDetector } from './types';

/**
 * An adverb between the modal and its verb ("will also add", "would not vote", "will never be"), taken
 * into the evidence so the note quotes the verb, not "will also".
 */
const ADVERB = String.raw`(?:(?:\w+ly|not|also|never|still|always|even|only|just|soon|again|already)\s+)?`;

/** A statement about what will happen: only time can check it, and the reader should know. */
const PATTERNS = [
  /\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+)?(?:expected|forecast|projected|predicted|poised|set|slated|scheduled|due|on track|likely|unlikely|anticipated|tipped)\s+to\b/i,
  // Not the noun: "the will of the people", "free will", "against their will".
  new RegExp(String.raw`(?<!\b(?:the|a|his|her|their|its|our|my|your|free|good|ill|own|political|popular|strong|iron)\s)\b(?:will|won't|shall)\s+${ADVERB}(?!(?:power|of|to|and|for|in|be\s+done)\b)[a-z]+`),
  // Not a counterfactual ("would have won"; "would have a ventilation system" still looks ahead), the
  // writer's own past or intent ("I would later meet"), a wish ("would like to thank", "would rather"), a
  // question ("would you"), a refusal ("would not immediately comment"), or
  // the past's future told as history ("He would later recall", "the order included who would become
  // the founding team", "which would go on to win"), or a habit in the past ("Nippers would sometimes rise").
  // Nor a likeness ("as grains of sand would when blown", "as anybody would be,"), a hedge ("what would
  // seem an interesting set of men"), or the outcome of a condition told as unreal ("If these monsters
  // were to escape, they would consume…").
  new RegExp(String.raw`(?<!\b(?:the|a|his|her|their|its|political|free|good|ill|own|last|I|we|We)\s)\bwould(?<!\b[Ii]f\s[^.;!?]*\bwere\b[^.;!?]*would)\s+(?!later\b|(?:sometimes|often|usually|occasionally|always|regularly)\b|(?:like|love|prefer|rather|you|seem|appear|when|if)\b|be\s*[,.;:—–]|(?<=\b(?:who|which)\s+would\s+)(?:eventually\s+)?(?:become|go\s+on\s+to)\b|have\s+(?:[a-z]+(?:ed|en|wn)|been|won|lost|made|done|gone|got|had|come|become|begun|run|left|kept|paid|said|told|thought|brought|bought|found|held|met|led|put|set|let|cut|hit|sent|spent|built|felt|heard|stood|sworn|torn|worn)\b|not\s+(?:immediately\s+|publicly\s+)?(?:comment|say|describe|confirm|disclose|discuss|elaborate|specify|identify|provide|reveal|respond|answer|name|release|explain)\b)${ADVERB}[a-z]+`),
  /\b(?:is|are|am)\s+going\s+to\b/i,
  // Not the noun ("this project", "gas projects in the wake of…", "these forecasts will prove", "projects
  // being put together", "project management"): "project" alone is a verb only before "that". Not an
  // infinitive either: "no way to predict what might happen" predicts nothing.
  // Not a past expectation either ("economists had forecast a small rise"): the outcome is known.
  /(?<!\b(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|other|two|both|such|many|new|pet|weather|to|had)\s)\b(?:(?:forecasts?|predicts?|projects|expects?|anticipates?)\s+(?!(?:in|on|at|of|for|with|from|by|and|or|but|is|are|was|were|will|would|can|could|may|might|have|has|had|that\s+(?:is|are|was|were|have|had|will|would|could))\b|[a-z]+(?:ing|ed)\b)(?:that\s+)?|project\s+that\s+)(?=\w)/,
  /\bby (?:the end of )?(?:20[3-9]\d|next (?:year|month|week|decade))\b/i,
];

/**
 * For each pattern, words it cannot match without (see wordGate): each is written between \b/\s, so it
 * is a whole word of the sentence ("won't" is the word "won", "on track" counts by "on"); the year needs a digit.
 */
const TO = wordGate('to');
const GATES = gateSet([
  allOf(
    wordGate('is|are|was|were'),
    wordGate('expected|forecast|projected|predicted|poised|set|slated|scheduled|due|on|likely|unlikely|anticipated|tipped'),
    TO,
  ),
  wordGate('will|won|shall'),
  wordGate('would'),
  allOf(wordGate('going'), TO),
  wordGate('forecasts|forecast|predicts|predict|projects|project|expects|expect|anticipates|anticipate'),
  allOf(wordGate('by'), anyOf(DIGIT, wordGate('next'))),
]);

/** A question mark at the end, before any closing quotes or brackets. */
const QUESTION_END = /\?["'”’)\]]*\s*$/;

export const prediction: KindDetector = {
  kind: 'prediction',
  description: 'A prediction: "expected to", "will", "would"',
  detect: (sentence) => {
    // "What sane chief financial officer … would pay money for no good reason?": a question predicts nothing.
    // (A plain search first: V8 tries a pattern anchored at the end at every position of the sentence.)
    if (sentence.includes('?') && QUESTION_END.test(sentence)) return null;
    // "the will of the people" is not a prediction: require a verb-like word after will.
    const m = firstMatch(sentence, PATTERNS, GATES);
    if (!m) return null;
    return { evidence: m.evidence.replace(/\s+/g, ' '), index: m.index };
  },
};
