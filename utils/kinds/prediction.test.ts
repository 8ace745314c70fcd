import { describe, expect, it } from 'vitest';
import { prediction } from './prediction';

describe("'prediction' detector", () => {
  it.each([
    ['Rates are expected to rise again before the summer.', 'are expected to'],
    ['The new line will carry 40,000 passengers a day.', 'will carry'],
    ['Analysts forecast that growth slows to 1 percent.', 'forecast that'],
    ['The plant is set to close by the end of 2031.', 'is set to'],
  ])('finds the prediction in “%s”', (sentence, evidence) => {
    expect(prediction.detect(sentence)?.evidence).toContain(evidence);
  });

  it('does not read "the will of the people" or a past fact as a prediction', () => {
    expect(prediction.detect('The vote reflected the will of the people, she said.')).toBeNull();
    expect(prediction.detect('The bridge collapsed in heavy rain on Sunday.')).toBeNull();
  });

  it('reads "would" as a prediction only where it looks ahead: not a counterfactual, the writer’s past or a refusal', () => {
    expect(prediction.detect('Officials said the new line would cost $4 billion.')?.evidence).toBe('would cost');
    expect(prediction.detect('The new shelters would have 40 beds each.')?.evidence).toBe('would have');
    for (const sentence of [
      'He claimed he would have won the vote without the 3 million ballots.',
      'I never knew that I would inherit her 12 paintings.',
      'The agency would not immediately comment on the 40 complaints.',
    ]) {
      expect(prediction.detect(sentence), sentence).toBeNull();
    }
  });
});
