import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { FactCheck } from '../analyze/index';
import { factChecksFromJson } from './claimreview';
import { matchFactCheck } from './match';

interface PairFile {
  factChecks: Array<{ claim: string; author: string; rating: string; positives: string[]; nearMisses: string[]; unrelated: string[] }>;
}

function loadPairs(name: string): { pairs: PairFile; factChecks: FactCheck[] } {
  const pairs = JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as PairFile;
  const factChecks = pairs.factChecks.map((entry, index) => ({
    claimReviewed: entry.claim,
    author: entry.author,
    rating: entry.rating,
    url: `https://checker.example/${name}/${index}`,
  }));
  return { pairs, factChecks };
}

/** Precision and recall of matching every sentence of a pair file against all its fact-checks at once. */
function measure(name: string) {
  const { pairs, factChecks } = loadPairs(name);
  const store = factChecks;
  let truePositives = 0;
  let falseNegatives = 0;
  const falseMatches: string[] = [];
  pairs.factChecks.forEach((entry, index) => {
    for (const sentence of entry.positives) {
      const match = matchFactCheck(sentence, store);
      if (match?.factCheck === factChecks[index]) truePositives += 1;
      else if (match) falseMatches.push(`${sentence} → ${match.factCheck.claimReviewed}`);
      else falseNegatives += 1;
    }
    for (const sentence of [...entry.nearMisses, ...entry.unrelated]) {
      const match = matchFactCheck(sentence, store);
      if (match) falseMatches.push(`${sentence} → ${match.factCheck.claimReviewed}`);
    }
  });
  const negatives = pairs.factChecks.reduce((sum, entry) => sum + entry.nearMisses.length + entry.unrelated.length, 0);
  const precision = truePositives / (truePositives + falseMatches.length);
  const recall = truePositives / (truePositives + falseNegatives);
  return { positives: truePositives + falseNegatives, negatives, truePositives, falseMatches, precision, recall };
}

const SHARED = join(process.cwd(), '../shared/data');
const realFactChecks: FactCheck[] = existsSync(join(SHARED, 'claimreview-dev'))
  ? readdirSync(join(SHARED, 'claimreview-dev/jsonld')).flatMap((file) =>
      factChecksFromJson(JSON.parse(readFileSync(join(SHARED, 'claimreview-dev/jsonld', file), 'utf8'))),
    )
  : [];

describe('matching claims to fact-checks, measured on hand-written pairs', () => {
  it('never matches a near miss or an unrelated claim, and finds most rewordings (tuning set)', () => {
    const result = measure('match-pairs.dev.json');
    console.info(`fact-check matching, tuning pairs: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives}/${result.positives} rewordings found, ${result.falseMatches.length} false matches on ${result.negatives} near misses and unrelated claims)`);
    expect(result.falseMatches).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('holds up on pairs it was never tuned on', () => {
    const result = measure('match-pairs.heldout.json');
    console.info(`fact-check matching, held-out pairs: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives}/${result.positives} rewordings found, ${result.falseMatches.length} false matches on ${result.negatives} near misses and unrelated claims)`);
    expect(result.falseMatches).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.7);
  });

  it.skipIf(!existsSync(join(SHARED, 'claims-dev')))('matches none of 21,918 political debate sentences against any stored fact-check', () => {
    const store = [...loadPairs('match-pairs.dev.json').factChecks, ...loadPairs('match-pairs.heldout.json').factChecks, ...realFactChecks];
    const sentences = ['clef2019-task1-train.tsv', 'claimbuster-dev.tsv'].flatMap((file) =>
      readFileSync(join(SHARED, 'claims-dev', file), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0])
        .filter(Boolean),
    );
    expect(sentences.length).toBeGreaterThan(20000);
    const matched = sentences.flatMap((sentence) => {
      const match = matchFactCheck(sentence, store);
      return match ? [`${sentence} → ${match.factCheck.claimReviewed}`] : [];
    });
    expect(matched).toEqual([]);
  });
});

describe('matching claims to fact-checks, case by case', () => {
  const cdc: FactCheck = {
    claimReviewed: 'The US Centers for Disease Control and Prevention lied about the number of deaths caused by COVID-19 by combining the count with pneumonia and influenza fatalities',
    rating: 'False',
    author: 'AFP',
    url: 'https://factcheck.afp.com/cdc',
  };
  const fracking: FactCheck = { claimReviewed: 'Joe Biden said he would ban fracking in all 50 states', rating: 'False', author: 'PolitiFact', url: 'https://politifact.example/fracking' };
  const unemployment: FactCheck = { claimReviewed: 'Unemployment in Britain is at its lowest level since 1975', rating: 'Correct', author: 'Full Fact', url: 'https://fullfact.example/jobs' };

  it('matches the claim as written and reworded, with the matched words as evidence', () => {
    expect(matchFactCheck(cdc.claimReviewed, [cdc])?.factCheck).toBe(cdc);
    const match = matchFactCheck('Critics say the Centers for Disease Control and Prevention lied about the number of COVID-19 deaths, combining the count with influenza and pneumonia fatalities.', [cdc, fracking]);
    expect(match?.factCheck).toBe(cdc);
    expect(match?.matchedWords).toEqual(expect.arrayContaining(['Centers', 'Disease', 'lied', 'COVID-19', 'influenza', 'pneumonia']));
    // The shortest stretch of the sentence holding every matched word: "fatalities" repeats "deaths".
    expect(match?.evidence).toBe('Centers for Disease Control and Prevention lied about the number of COVID-19 deaths, combining the count with influenza and pneumonia');
  });

  it('knows an acronym stands for the name', () => {
    const match = matchFactCheck('The US CDC lied about the number of COVID-19 deaths by combining the count with pneumonia and influenza fatalities.', [cdc]);
    expect(match?.factCheck).toBe(cdc);
  });

  it('does not match a sentence that negates the claim, gives other figures or the opposite direction', () => {
    expect(matchFactCheck('Joe Biden said he would ban fracking in all 50 states.', [fracking])?.factCheck).toBe(fracking);
    expect(matchFactCheck('Joe Biden said he would not ban fracking in all 50 states.', [fracking])).toBeUndefined();
    expect(matchFactCheck('Joe Biden said he would ban fracking in 12 states.', [fracking])).toBeUndefined();
    expect(matchFactCheck('Unemployment in Britain is at its highest level since 1975.', [unemployment])).toBeUndefined();
    expect(matchFactCheck('Unemployment in Britain is at its lowest level since 2005.', [unemployment])).toBeUndefined();
    expect(matchFactCheck('British unemployment is at its lowest level since 1975, the minister said.', [unemployment])?.factCheck).toBe(unemployment);
  });

  it('does not match on shared names alone', () => {
    expect(matchFactCheck('Joe Biden visited a fracking site in Pennsylvania with union leaders.', [fracking])).toBeUndefined();
    expect(matchFactCheck('The CDC said COVID-19 deaths fell for the third week in a row.', [cdc])).toBeUndefined();
  });

  it('matches in the fact-check’s own language', () => {
    const mali = realFactChecks.find((factCheck) => factCheck.claimReviewed.startsWith('Le Mali'));
    const soros = realFactChecks.find((factCheck) => factCheck.claimReviewed.startsWith('George Soros'));
    expect(mali, 'the Mali fact-check is among the real ones').toBeDefined();
    expect(soros, 'the Soros fact-check is among the real ones').toBeDefined();
    expect(matchFactCheck('Selon un communiqué partagé en ligne, le Mali a rompu ses relations diplomatiques avec la France.', realFactChecks)?.factCheck).toBe(mali);
    expect(matchFactCheck('Le Mali a rappelé son ambassadeur en France pour consultations.', realFactChecks)).toBeUndefined();
    expect(
      matchFactCheck('Publicações afirmam que George Soros disse ao jornal alemão Bild que financiaria "grupos de ódio negro" para "derrubar os Estados Unidos".', realFactChecks)?.factCheck,
    ).toBe(soros);
  });

  it('matches every real fact-check of claimreview-dev to its own claim and to no other', () => {
    for (const factCheck of realFactChecks) {
      expect(matchFactCheck(factCheck.claimReviewed, realFactChecks)?.factCheck, factCheck.claimReviewed).toBe(factCheck);
    }
  });

  it('says nothing when there is nothing to match or the claim is too generic to match safely', () => {
    expect(matchFactCheck('Joe Biden said he would ban fracking.', [])).toBeUndefined();
    expect(matchFactCheck('', [fracking])).toBeUndefined();
    const generic: FactCheck = { claimReviewed: 'You called it the gold standard.', rating: 'True', author: 'X', url: 'https://x.example/' };
    expect(matchFactCheck('She called it the gold standard.', [generic])).toBeUndefined();
    const broken = { claimReviewed: ['not', 'a', 'string'] } as unknown as FactCheck;
    expect(matchFactCheck('Joe Biden said he would ban fracking in all 50 states.', [broken, fracking])?.factCheck).toBe(fracking);
  });
});
