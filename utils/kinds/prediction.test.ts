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
      // The past's future, told as history.
      'One of the 3 reformed orders included who would become the founding team of modern tarot.',
      'Waite would later recall the 78 cards as his finest work.',
    ]) {
      expect(prediction.detect(sentence), sentence).toBeNull();
    }
    // Without "who" or "which" before it, "would become" still looks ahead.
    expect(prediction.detect('The merger would become effective in 2027, the 2 companies said.')?.evidence).toBe('would become');
  });

  it('reads "projects" and "forecasts" as nouns where a noun stands, and as verbs where they report a forecast', () => {
    expect(prediction.detect('Slumping orders for oil and gas projects in the wake of the collapse cost 125 jobs.')).toBeNull();
    expect(prediction.detect('The projects that were delayed cost 5 million dollars.')).toBeNull();
    expect(prediction.detect('There is no guarantee that these forecasts will prove accurate.')?.evidence).toBe('will prove');
    expect(prediction.detect('The IMF projects growth of 3 percent next year.')?.evidence).toBe('projects');
    expect(prediction.detect('The central bank forecasts that inflation falls to 2 percent.')?.evidence).toBe('forecasts that');
    expect(prediction.detect('The Arduino project grew out of course work taught in 2005.')).toBeNull();
    expect(prediction.detect('Small projects started among friends need legal agreements.')).toBeNull();
    expect(prediction.detect('Once a project becomes profitable, there is no way to predict what happens.')).toBeNull();
    expect(prediction.detect('Analysts project that prices rise 4 percent.')?.evidence).toBe('project that');
  });

  it('reads no prediction into a wish or a question with "would"', () => {
    expect(prediction.detect('The author would like to thank Andrea Marchesini and Anne van Kesteren.')).toBeNull();
    expect(prediction.detect('Most residents would rather keep the 3 old bridges, the survey found.')).toBeNull();
    expect(prediction.detect('Would you pay 40 dollars for a ticket?')).toBeNull();
    expect(prediction.detect('The cuts would fall hardest on public housing residents.')?.evidence).toBe('would fall');
  });

  it('reads no prediction into a question or a past expectation whose outcome the sentence gives', () => {
    expect(prediction.detect('What sane chief financial officer would pay money to some entity for no good reason?')).toBeNull();
    expect(prediction.detect('“When will we talk about what is hurting these animals?”')).toBeNull();
    expect(prediction.detect('Sales fell 0.3 per cent, while economists had forecast a small rise.')).toBeNull();
    expect(prediction.detect('Economists forecast a small rise in sales next quarter.')?.evidence).toBe('forecast');
    expect(prediction.detect('The bank will raise rates in March, it said.')?.evidence).toBe('will raise');
  });

  it('reads a habit in the past as no prediction: "would sometimes", "would often"', () => {
    expect(prediction.detect('The tribes would sometimes cooperate and sometimes fight against each other.')).toBeNull();
    expect(prediction.detect('Nippers would often rise from his seat and spread his arms wide.')).toBeNull();
    expect(prediction.detect('The plan would cut 12,000 jobs by 2030, the ministry said.')?.evidence).toBe('would cut');
  });

  it('reads no prediction into a likeness, a hedge, an inference about the past or an unreal condition', () => {
    for (const text of [
      'The dots moved randomly, as grains of sand would when blown by the wind.',
      'I am awed by the job, as anybody would be, Trump told the 12 editors.',
      'Arduino LLC would seem to have a strong case for the trademark.',
      'The main feature added would appear to be improved accessibility support.',
      'Arthur Edward Waite would have known that when he saw the 78 photographs.',
      'If these monsters were to escape their containment, they would consume the cosmos.',
      'If the rate were lower, he said the bank would lend 3 billion.',
    ]) {
      expect(prediction.detect(text), text).toBeNull();
    }
    // A condition that may come true still leaves a forecast.
    expect(prediction.detect('If passed, the bill would cut taxes by 12 percent.')?.evidence).toBe('would cut');
    expect(prediction.detect('If the talks fail, the union would strike in March.')?.evidence).toBe('would strike');
  });

  it('quotes the verb after an adverb: "will also add", not "will also"', () => {
    expect(prediction.detect('AT&T said it will also add the feature to 40 phones next year.')?.evidence).toBe('will also add');
    expect(prediction.detect('Its 12 shareholders will not receive any money.')?.evidence).toBe('will not receive');
    expect(prediction.detect('He said he would never vote for the 3 candidates.')?.evidence).toBe('would never vote');
  });
});
