/** Check-worthiness of one sentence. Placeholder: replaced by the measured scorer (issue 4). */
export interface SentenceScore {
  /** 0..1, how worth checking. */
  score: number;
  /** Whether ClaimLens treats the sentence as a claim. */
  claim: boolean;
}

/** Scores a sentence for check-worthiness; pure and fast (well under a millisecond). */
export function scoreSentence(text: string): SentenceScore {
  const words = text.split(/\s+/).filter(Boolean).length;
  let score = Math.min(1, words / 40);
  if (/\d/.test(text)) score = Math.min(1, score + 0.3);
  return { score, claim: words >= 8 && score >= 0.3 };
}
