import { describe, expect, it } from 'vitest';

import { formatDomainRating, formatFactCheck, formatRatedDomain, formatScore, formatVerdict, ratingBand } from './format';

describe('rating words', () => {
  it('explains the scale in words', () => {
    expect(formatDomainRating({ score: 0.2349, source: 'lin2023' })).toBe('Domain quality 0.23 of 1: low (Lin et al. 2023)');
    expect(formatDomainRating({ score: 0.55, source: 'lin2023' })).toBe('Domain quality 0.55 of 1: mixed (Lin et al. 2023)');
    expect(formatDomainRating({ score: 1, source: 'lin2023' })).toBe('Domain quality 1 of 1: high (Lin et al. 2023)');
    expect(formatDomainRating({ score: 0.9, source: 'user', label: 'my trusted paper' })).toBe('Domain quality 0.9 of 1: my trusted paper (your rating)');
    expect(formatRatedDomain('example.com', { score: 0.23, source: 'lin2023' })).toBe('example.com (0.23 of 1, Lin et al. 2023)');
  });

  it('never shows a low score rounded up to the threshold', () => {
    expect(formatScore(0.3999)).toBe('0.39');
    expect(ratingBand(0.3999)).toBe('low');
    expect(formatScore(0.29)).toBe('0.29');
    expect(ratingBand(0.4)).toBe('mixed');
    expect(ratingBand(0.7)).toBe('high');
  });
});

describe('fact-check words', () => {
  const base = { claimReviewed: 'x', author: 'AFP', url: 'https://factcheck.afp.com/x' };

  it('reads as "Fact-checked by AFP: False"', () => {
    expect(formatFactCheck({ ...base, rating: 'False' })).toBe('Fact-checked by AFP: False');
  });

  it('tidies verdict codes and explanations sites put in the rating', () => {
    expect(formatVerdict({ rating: 'não_é_bem_assim' })).toBe('Não é bem assim');
    expect(formatVerdict({ rating: 'really_false' })).toBe('Really false');
    expect(formatVerdict({ rating: 'Falso.' })).toBe('Falso');
    expect(formatVerdict({ rating: 'FALSO: As imagens foram retiradas do canal no YouTube.' })).toBe('Falso');
    expect(formatVerdict({ rating: '', ratingValue: 2, bestRating: 5 })).toBe('2 of 5');
    expect(formatVerdict({ rating: '' })).toBe('Rated');
    expect(formatVerdict({ rating: 'a'.repeat(100) }).length).toBeLessThanOrEqual(60);
  });
});
