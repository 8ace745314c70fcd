import { describe, expect, it } from 'vitest';
import { findDenial } from '../analyze/stance';
import { contested } from './contested';

describe("'contested' detector", () => {
  it.each([
    ['Nigerian officials have declined to confirm the figures.', 'declined to confirm'],
    ['The Kremlin denied that its jets entered Estonian airspace.', 'denied'],
    ['Reporters could not independently verify the video.', 'could not independently verify'],
    ['The claim has not been independently confirmed.', 'has not been independently confirmed'],
    ['There is no independent confirmation of the casualty count.', 'no independent confirmation'],
  ])('finds the denial in “%s”', (sentence, evidence) => {
    expect(contested.detect(sentence)?.evidence).toBe(evidence);
  });

  it('does not read a dispute as a noun, or a plain report, as a denial', () => {
    expect(contested.detect('The border dispute between the two states dates to 1962.')).toBeNull();
    expect(contested.detect('Further reading: a timeline of the dispute.')).toBeNull();
    expect(contested.detect('The agency confirmed 40 new cases on Friday.')).toBeNull();
  });

  it('does not read what is affirmed, refused to someone or contradicts itself as a denial', () => {
    for (const sentence of [
      'It can’t be denied, though, that these 3 tools are harder to use.',
      'The 40 pirates were denied access to its source.',
      'Publishers can simply deny their service to users who block ads.',
      'Energy officials resolutely rejected the request for 12 names.',
      'He was dismissed from the 3 committees in May.',
      'Two parts of the datasheet contradicted each other.',
      'Several temples formed over disputes with the order.',
    ]) {
      expect(contested.detect(sentence), sentence).toBeNull();
    }
    expect(contested.detect('The ministry dismissed the report as propaganda.')?.evidence).toBe('dismissed');
    expect(contested.detect('The figures were disputed by the opposition.')?.evidence).toBe('disputed');
  });

  it('names the party that withholds support, and what it does not support', () => {
    const d = findDenial('Officials in Canberra have so far declined to confirm the Indonesian account.');
    expect(d?.party).toBe('officials in Canberra');
    expect(d?.object).toBe('the Indonesian account');
    expect(d?.disputes).toBe(false);
    expect(findDenial('Hanoi flatly rejected Beijing’s version of events.')?.disputes).toBe(true);
  });
});
