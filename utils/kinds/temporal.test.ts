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

  it.each([
    'At just over 2000 grams per ski for the 186 cm version, the Outline is one of the lightest skis.',
    'The headset has a resolution of 1800 x 1920 per eye.',
    'The phone has a 2000 mAh battery and costs $1999.',
    'More than 2000 people marched through the city centre.',
  ])('reads no year into the quantity in “%s”', (sentence) => {
    expect(temporal.detect(sentence)).toBeNull();
  });

  it('still finds a year beside a figure', () => {
    expect(temporal.detect('Output was 760,000 tonnes in 2019.')?.evidence).toBe('in 2019');
    expect(temporal.detect('The 2018 index ranks it 16th.')?.evidence).toBe('2018');
  });

  it('finds no time in a timeless sentence', () => {
    expect(temporal.detect('Copper conducts electricity better than aluminium does.')).toBeNull();
  });
});
