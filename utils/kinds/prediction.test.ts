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
});
