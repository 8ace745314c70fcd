import { describe, expect, it } from 'vitest';
import { hedged } from './hedged';

describe("'hedged' detector", () => {
  it.each([
    ['A link between the two outbreaks cannot be excluded at this stage.', 'cannot be excluded'],
    ['The tanker was possibly carrying Iranian crude oil.', 'possibly'],
    ['Investigators say the fire may have started in the kitchen.', 'may'],
    ['There is a strong likelihood that the vote will be delayed.', 'a strong likelihood'],
    ['The suspect appears to have fled across the border.', 'appears to'],
    ['Sabotage has not been ruled out by the police.', 'has not been ruled out'],
  ])('finds the hedge in “%s”', (sentence, evidence) => {
    expect(hedged.detect(sentence)?.evidence).toBe(evidence);
  });

  it('does not read the month of May or a plain statement as a hedge', () => {
    expect(hedged.detect('The election was held in May and turnout was high.')).toBeNull();
    expect(hedged.detect('The company reported a profit of 3 million euros.')).toBeNull();
  });
});
