import { describe, expect, it } from 'vitest';
import { temporal } from './temporal';

describe("'temporal' detector", () => {
  it.each([
    ['The ceasefire began on 3 February 2023 in the north.', '3 February 2023'],
    ['Exports fell in October 2021, customs data show.', 'October 2021'],
    ['The ministry raised the rate last week after protests.', 'last week'],
    ['Rainfall has been below average since 2019 in the province.', 'since 2019'],
    ['The strike ends on Thursday, the union said.', 'Thursday'],
  ])('finds the time in “%s”', (sentence, evidence) => {
    expect(temporal.detect(sentence)?.evidence).toContain(evidence);
  });

  it('finds no time in a timeless sentence', () => {
    expect(temporal.detect('Copper conducts electricity better than aluminium does.')).toBeNull();
  });
});
