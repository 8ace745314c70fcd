/** Word gates may only skip a pattern that cannot match: these check the cases where that is easy to get wrong. */
import { describe, expect, it } from 'vitest';
import { CONTEST_PATTERNS, contested } from './contested';
import { allOf, anyOf, DIGIT, firstMatch, firstWordAt, gatesOpen, gateSet, wordGate } from './types';

describe('word gates', () => {
  const said = wordGate('said|told|pointed out');

  it('pass a sentence holding one of the words as a whole word, in any case', () => {
    expect(said('Officials said the port was closed.')).toBe(true);
    expect(said('OFFICIALS TOLD REPORTERS THE PORT WAS CLOSED.')).toBe(true);
    expect(said('The mayor pointed out that the port was closed.')).toBe(true);
    expect(said('“It is closed,”\u00a0said the mayor.')).toBe(true);
  });

  it('turn away a sentence where the letters are only part of a word', () => {
    expect(said('The unsaid rules and foretold storms.')).toBe(false);
    expect(said('Said_Ahmed and told2 are user names.')).toBe(false);
    expect(said('The port was closed.')).toBe(false);
  });

  it('let through every sentence with a letter that case-insensitive patterns fold onto ASCII', () => {
    // /said/iu matches "ſaid" (long s), /keep/iu "\u212Aeep" (Kelvin sign); İ lower-cases to two letters.
    expect(said('The ministry ſaid nothing.')).toBe(true);
    expect(said('A \u212Aelvin-scale reading.')).toBe(true);
    expect(said('Officials in İzmir refused.')).toBe(true);
    expect(/said/iu.test('The ministry ſaid nothing.')).toBe(true);
    expect(/keep/iu.test('\u212Aeep')).toBe(true);
  });

  it('see digits, and the first of a list of words', () => {
    expect(DIGIT('Turnout was 67%.')).toBe(true);
    expect(DIGIT('Turnout was high.')).toBe(false);
    const firstVerb = firstWordAt('warned|added');
    expect(firstVerb('The mayor added, and later warned, that…')).toBe(10);
    expect(firstVerb('Nothing here.')).toBe(-1);
  });

  it('never change what a detector finds, even where a pattern may glue words together', () => {
    for (const sentence of [
      'Reporters cannotconfirm the video.',
      'Reporters could not\u00a0independently verify the video.',
      'THE KREMLIN DENIED IT, AND NO INDEPENDENT CONFIRMATION EXISTS.',
      'The ministry ſaid it had not been independently confirmed.',
      'The border dispute dates to 1962.',
      'The agency confirmed 40 new cases.',
    ]) {
      // contested runs CONTEST_PATTERNS behind gates; firstMatch without gates runs every one of them.
      expect(contested.detect(sentence), sentence).toEqual(firstMatch(sentence, CONTEST_PATTERNS));
    }
    expect(contested.detect('Reporters cannotconfirm the video.')?.evidence).toBe('cannotconfirm');
    expect(contested.detect('The agency confirmed 40 new cases.')).toBeNull();
  });

  it('answer together exactly what each gate answers alone, whichever bit a list has', () => {
    // Forty lists so that some sit in bit 31 of a slot, where a signed and an unsigned mask differ.
    const lists = Array.from({ length: 40 }, (_, i) => wordGate(['said', 'told', 'not', 'been', 'by', 'to', 'the', 'of'][i % 8]));
    const gates = [
      // Every list: i and i + 8 hold the same word.
      ...Array.from({ length: 24 }, (_, i) => allOf(lists[i], lists[i + 8])),
      ...lists.slice(32, 34),
      allOf(lists[34], lists[35], lists[36]),
      allOf(DIGIT, lists[37]),
      anyOf(DIGIT, lists[38]),
      allOf(lists[39], anyOf(DIGIT, lists[29])),
      (sentence: string) => sentence.includes('confirm'),
      DIGIT,
    ];
    const set = gateSet(gates);
    for (const sentence of [
      'Officials said the port was closed by 2024.',
      'It has not been confirmed to the public.',
      'The ministry ſaid it had not been confirmed.',
      'Nothing here at all.',
      'OF THE 12 SHIPS, NONE WERE TOLD TO TURN BACK.',
      'The \u212Aremlin said 4 ships.',
    ]) {
      let expected = 0;
      gates.forEach((gate, i) => {
        if (gate(sentence)) expected |= 1 << i;
      });
      expect(gatesOpen(sentence, set), sentence).toBe(expected);
    }
  });
});
