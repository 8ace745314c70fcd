import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeDocument, type AnalysisPhase } from './index';

const URL_ = 'http://127.0.0.1:8080/seed-article.html';

function phasesOf(html: string): { phases: [AnalysisPhase, number][]; ms: number } {
  const phases: [AnalysisPhase, number][] = [];
  const notes = analyzeDocument(parseHtml(html, URL_), URL_, { onPhase: (phase, ms) => phases.push([phase, ms]) });
  return { phases, ms: notes.stats.ms };
}

describe('onPhase (where a run goes, for bench/phases.ts --in-place)', () => {
  it('tells each phase of an English article once, in order, with times that add up to the run', () => {
    const { phases, ms } = phasesOf(readFileSync(join(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8'));
    expect(phases.map(([name]) => name)).toEqual(['article', 'textmap', 'links', 'published', 'language', 'sentences', 'claims', 'rules']);
    for (const [, t] of phases) expect(t).toBeGreaterThanOrEqual(0);
    const sum = phases.reduce((a, [, t]) => a + t, 0);
    // stats.ms is the whole run rounded to 0.1 ms; the phases leave out only the title and the result's assembly.
    expect(sum).toBeLessThanOrEqual(ms + 0.1);
    expect(sum).toBeGreaterThan(ms * 0.5);
  });

  it('skips the phases a page without an article never reaches', () => {
    const { phases } = phasesOf('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(phases.map(([name]) => name)).toEqual(['article', 'textmap', 'links', 'published', 'claims', 'rules']);
  });
});
