import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEST_PATTERNS } from '../kinds/contested';
import { findDenial, findInterest } from './stance';

const tsv = join(process.cwd(), '../shared/data/claims-dev/clef2019-task1-train.tsv');
/** Real sentences (CLEF 2019 debates and speeches), for checks that a quick test never skips a match. */
const REAL = existsSync(tsv)
  ? readFileSync(tsv, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0])
      .filter(Boolean)
  : [];

describe('findDenial', () => {
  it('finds who withholds support, and from what', () => {
    const d = findDenial('Western officials have refused to confirm Ukrainian assertions, with both sides silent.');
    expect(d).toEqual({ party: 'Western officials', phrase: 'refused to confirm', object: 'Ukrainian assertions', disputes: false });
    expect(findDenial('The Kremlin DENIED the report.')?.disputes).toBe(true);
    expect(findDenial('The ministry said 40 people were hurt.')).toBeNull();
  });

  it('finds a denial in every sentence one of the contest patterns matches', () => {
    // findDenial first looks for the patterns' words in one search: it must never turn away a sentence a pattern matches.
    const made = [
      'Officials DECLINED TO COMMENT ON the figures.',
      "They haven't independently corroborated it.",
      'Reporters cannotconfirm the video.',
      'The claim was rebutted by the army.',
      'There is no independent proof of it.',
      'It has not been independently verified.',
      'Moscow disputes the figure.',
    ];
    const patterns = CONTEST_PATTERNS.map((re) => new RegExp(re.source, re.flags.replace('g', '')));
    let matched = 0;
    for (const sentence of [...made, ...REAL]) {
      const anyPattern = patterns.some((re) => re.test(sentence));
      if (anyPattern) matched++;
      expect(findDenial(sentence) !== null, sentence).toBe(anyPattern);
    }
    expect(matched).toBeGreaterThanOrEqual(made.length);
  });
});

describe('findInterest', () => {
  it('finds the parties that stand to gain, in each wording and any case', () => {
    for (const [sentence, parties] of [
      ['Analysts note that both Kiev and Seoul have much to gain by exaggerating.', 'Kiev and Seoul'],
      ['The contractor STANDS TO BENEFIT from the decision.', 'The contractor'],
      ['The lobby has a vested interest in the ruling.', 'The lobby'],
      ['Generals have an incentive to inflate the count.', 'Generals'],
      ['Exporters would profit from a weaker currency.', 'Exporters'],
      ['Oil majors hold vested interests here.', 'Oil majors hold'],
    ]) {
      expect(findInterest(sentence)?.parties, sentence).toBe(parties);
    }
    expect(findInterest('The committee met on Tuesday to discuss the budget.')).toBeNull();
  });
});
