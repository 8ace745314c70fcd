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

  it('does not read what someone was able or unable to do as a hedge, but keeps "could" of what may happen', () => {
    for (const sentence of [
      'I was elated that I was able to obtain some things, so that we could keep her legacy alive.',
      'Whether his eyes improved or not, I could not say.',
      'What sort of social status could I ever achieve?',
      'The planet was a cursed world on which the dead could not die.',
      'The court couldn’t rule on the case before 2020.',
    ]) {
      expect(hedged.detect(sentence), sentence).toBeNull();
    }
    expect(hedged.detect('The new port could cost as much as 5 billion dollars.')?.evidence).toBe('could');
  });

  it('reads no hedge into a wish', () => {
    expect(hedged.detect('A woman who shot her husband wishes she could live the year all over again.')).toBeNull();
    expect(hedged.detect('He wished he could stay in the city for 2 more years.')).toBeNull();
    expect(hedged.detect('The storm could cut power to 40,000 homes.')?.evidence).toBe('could');
  });

  it('reads no hedge into a question asked, "if he could", "whether they could"', () => {
    expect(hedged.detect('My father phoned me to ask if he could borrow five hundred pounds.')).toBeNull();
    expect(hedged.detect('Inspectors surveyed 300 buildings to see if they could withstand a blast.')).toBeNull();
    expect(hedged.detect('He wondered whether he could help bring more services to the market.')).toBeNull();
    expect(hedged.detect('Officials said the bridge could close if it failed 2 more inspections.')?.evidence).toBe('could');
  });

  it('reads no hedge into the noun "might"', () => {
    expect(hedged.detect('The plane is an important symbol of American might and an historic tool of the presidency.')).toBeNull();
    expect(hedged.detect('He pushed the 2 doors with all his might.')).toBeNull();
    expect(hedged.detect('Lawmakers might, in fact, feel compelled to cut spending by 5 percent.')?.evidence).toBe('might');
    expect(hedged.detect('The army might deploy 12,000 troops.')?.evidence).toBe('might');
  });

  it('reads no hedge into a purpose, "so she could", but keeps "so" that means "and therefore"', () => {
    expect(hedged.detect('She was infused with Chozo genetic material so she could employ their 12 technologies.')).toBeNull();
    expect(hedged.detect('The roof was left open so God could watch His favorite team play.')).toBeNull();
    expect(hedged.detect('The 3 Chozo fought so that good could survive evil.')).toBeNull();
    expect(hedged.detect('Demand fell 12 percent, so prices could fall further.')?.evidence).toBe('could');
    expect(hedged.detect('So switching between 3 presets could change hidden variables.')?.evidence).toBe('could');
  });

  it('reads no hedge into what someone managed or a place holds, "all he could get", "could accommodate"', () => {
    for (const sentence of [
      'I realized that Barack needed all the help he could get in 2008.',
      'Gorea killed every Alimbic it could find, and destroyed 12 cities.',
      'They killed, pillaged and destroyed all that they could find on 4 worlds.',
      'The staff in A&E did all they could to stabilise her for 3 hours.',
      'Shelters that could accommodate thousands included ones under 2 bridges.',
    ]) {
      expect(hedged.detect(sentence), sentence).toBeNull();
    }
    expect(hedged.detect('Anything that could go wrong will cost 12 lives.')?.evidence).toBe('could');
    expect(hedged.detect('What could happen next is a 5 percent fall.')?.evidence).toBe('could');
    expect(hedged.detect('Here are 3 results and what they could mean for teams in 2024.')?.evidence).toBe('could');
    expect(hedged.detect('The storm could kill 3,000 people.')?.evidence).toBe('could');
  });
});
