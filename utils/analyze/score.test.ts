import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../cli/eval-claims';
import { hasFactualForm, scoreSentence, scoreSentenceWith, sentenceFeatures, type ScorerModel } from './score';

// Hand-written for these tests; none is taken from the CLEF or ClaimBuster files.
const CHECKABLE = [
  'Unemployment fell to 4.1 percent last year, the lowest in a decade.',
  'The city spent $12 million on the new bridge, twice what the council approved in 2019.',
  'Exports to Canada rose by a third between 2015 and 2020.',
  'The senator voted against the farm bill three times.',
  'Crime in the state has dropped by 20 percent since the law passed.',
];
const NOT_CLAIMS = [
  'Thank you very much, it\'s great to be here.',
  'Good evening, everyone.',
  'What would you do about it?',
  'I think we can do better than this.',
  'We will make this country great again, believe me.',
  'Let me finish.',
];

describe('scoreSentence', () => {
  it('ranks a sentence with a figure above chit-chat', () => {
    const claim = scoreSentence('Unemployment fell to 4.1 percent last year, the lowest in a decade.');
    const chat = scoreSentence("Thank you very much, it's great to be here.");
    expect(claim.score).toBeGreaterThan(chat.score);
    expect(claim.claim).toBe(true);
    expect(chat.claim).toBe(false);
  });

  it('marks checkable statements as claims and questions, thanks, opinions and promises as not', () => {
    for (const text of CHECKABLE) expect(scoreSentence(text).claim, text).toBe(true);
    for (const text of NOT_CLAIMS) expect(scoreSentence(text).claim, text).toBe(false);
  });

  it('puts every checkable sentence above every non-claim in one ranking', () => {
    const texts = [...NOT_CLAIMS, ...CHECKABLE];
    const labels = texts.map((_, i) => (i >= NOT_CLAIMS.length ? 1 : 0));
    expect(averagePrecision(texts.map((t) => scoreSentence(t).score), labels)).toBe(1);
  });

  it('keeps the score in [0, 1] and gives the same answer twice, even for odd input', () => {
    for (const text of [...CHECKABLE, ...NOT_CLAIMS, '', '   ', '42', '?!', 'x'.repeat(5000), 'uh - um -']) {
      const first = scoreSentence(text);
      expect(first.score).toBeGreaterThanOrEqual(0);
      expect(first.score).toBeLessThanOrEqual(1);
      expect(scoreSentence(text)).toEqual(first);
    }
  });

  it('explains a claim with the cues that raised it', () => {
    const { reasons } = scoreSentence('Unemployment fell to 4.1 percent last year, the lowest in a decade.');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.some((r) => ['contains a number', 'a percentage', 'a statistic word'].includes(r))).toBe(true);
    expect(scoreSentence('Good evening, everyone.').reasons).toEqual([]);
  });
});

describe('hasFactualForm', () => {
  it('needs checkable content that outweighs question, opinion or promise', () => {
    expect(hasFactualForm(sentenceFeatures('Prices rose 8 percent in 2022.').cues)).toBe(true);
    expect(hasFactualForm(sentenceFeatures('Will prices rise?').cues)).toBe(false);
    expect(hasFactualForm(sentenceFeatures('I believe this is a wonderful idea.').cues)).toBe(false);
  });

  it('treats a condition as a mood of its own, so a hypothetical with a figure is not a fact', () => {
    expect(hasFactualForm(sentenceFeatures('If we raise the minimum wage to 15 dollars, millions of families would gain.').cues)).toBe(false);
    expect(hasFactualForm(sentenceFeatures('Taxes were cut by 10 percent in 2018.').cues)).toBe(true);
  });

  it('never takes thanks or a greeting for a claim, but reads "thanks to" as a cause', () => {
    expect(hasFactualForm(sentenceFeatures('Thank you, Senator Smith, and thank you to the people of Ohio.').cues)).toBe(false);
    expect(scoreSentence('Thanks to the new law, exports to Mexico rose 12 percent in 2019.').claim).toBe(true);
  });

  it('does not read idioms and names as judgements or past events', () => {
    expect(sentenceFeatures('Right now, Syria is fighting ISIS.').cues.evaluative).toBe(0);
    expect(hasFactualForm(sentenceFeatures('Right now, Syria is fighting ISIS.').cues)).toBe(true);
    expect(sentenceFeatures('The United States is ready.').cues['past-tense']).toBe(0);
    expect(sentenceFeatures('America is ready.').cues.named).toBe(0);
  });

  it('tells a command to the listener from a verb that frames a statement', () => {
    expect(sentenceFeatures('Take a look at the budget.').cues.imperative).toBe(1);
    expect(sentenceFeatures('And go vote on Tuesday.').cues.imperative).toBe(1);
    expect(sentenceFeatures('Keep in mind that the budget doubled.').cues.imperative).toBe(0);
    expect(sentenceFeatures('Remember, the deficit tripled under his watch.').cues.imperative).toBe(0);
  });
});

describe('shipped model', () => {
  const path = join(process.cwd(), 'utils/analyze/score-model.json');

  it('is small enough to bundle into the content script and names its source', () => {
    expect(statSync(path).size).toBeLessThan(40_000);
    expect(JSON.parse(readFileSync(path, 'utf8')).source).toMatch(/CLEF-2019/);
  });

  it('ranks the check-worthy sentences of a real debate well above chance', () => {
    // One CLEF debate, as a quick check that the shipped weights are the trained ones, not a placeholder.
    const tsv = join(process.cwd(), '../shared/data/claims-dev/clef2019-task1-train.tsv');
    const rows = readFileSync(tsv, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter((cells) => cells[2]?.includes('20170228_trump_address'));
    const labels = rows.map((cells) => (cells[1] === '1' ? 1 : 0));
    const ap = averagePrecision(rows.map((cells) => scoreSentence(cells[0]).score), labels);
    const chance = labels.filter((y) => y === 1).length / labels.length;
    expect(ap).toBeGreaterThan(3 * chance);
  });
});

describe('scoreSentenceWith', () => {
  const logistic = (z: number) => 1 / (1 + Math.exp(-z));
  // Weights that are sums of powers of two, so the expected score is exact whatever the order of the sum.
  const modelOf = (cues: Record<string, number>, terms: Record<string, number>): ScorerModel => ({ version: 1, source: 'test', bias: 0, cues, terms, threshold: 0.5 });

  it('adds each weighted word, bigram and opening word once, however often the sentence repeats them', () => {
    const model = modelOf({}, { tariffs: 1, 'tariffs rose': 2, '<s> tariffs': 0.5, '<num>': 0.125 });
    expect(scoreSentenceWith('Tariffs rose.', model).score).toBe(logistic(3.5));
    expect(scoreSentenceWith('Tariffs rose, tariffs rose and tariffs rose 3 times in 2019.', model).score).toBe(logistic(3.625));
    expect(scoreSentenceWith('Exports fell; tariffs rose.', model).score).toBe(logistic(3));
  });

  it('reads a contraction with a curly apostrophe as one word and skips transcript disfluencies', () => {
    const model = modelOf({}, { "didn't": 0.25, '<s> tariffs': 0.5 });
    expect(scoreSentenceWith('They didn\u2019t.', model).score).toBe(logistic(0.25));
    expect(scoreSentenceWith('Uh, um - tariffs didn\u2019t rise.', model).score).toBe(logistic(0.75));
    expect(scoreSentenceWith('The constructor of the bridge.', model).score).toBe(logistic(0));
  });

  it('weighs cues by name and explains with the cues the given model weighs', () => {
    const text = 'The bridge cost 40 million.';
    const shipped = scoreSentence(text).score;
    const model = modelOf({ number: 1, greeting: -2 }, {});
    const scored = scoreSentenceWith(text, model);
    expect(scored.score).toBe(logistic(1));
    expect(scored.reasons).toEqual(['contains a number']);
    expect(scoreSentenceWith('Thank you, 40 times.', model).score).toBe(logistic(-1));
    // Training and evaluation score with their own models; the shipped one is left as it was.
    expect(scoreSentence(text).score).toBe(shipped);
    expect(shipped).not.toBe(scored.score);
  });
});
