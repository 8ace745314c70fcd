import { describe, expect, it } from 'vitest';
import type { LinkCheckProgress } from '@/utils/messaging';
import { laterProgress } from './link-checks';

const run = (startedAt: string, phase: LinkCheckProgress['phase'], done: number): LinkCheckProgress => ({
  phase,
  url: 'https://news.example/story',
  done,
  total: 23,
  startedAt,
});

describe('the popup\'s link-check count', () => {
  const first = '2026-11-27T10:00:00.000Z';
  const second = '2026-11-27T10:05:00.000Z';

  it('never goes back within a run when reports arrive out of order', () => {
    expect(laterProgress(run(first, 'checking', 5), run(first, 'checking', 0)).done).toBe(5);
    expect(laterProgress(run(first, 'checking', 5), run(first, 'checking', 6)).done).toBe(6);
  });

  it('a finished run is not shown as checking again by a late report of the same run', () => {
    expect(laterProgress(run(first, 'done', 23), run(first, 'checking', 22)).phase).toBe('done');
    expect(laterProgress(run(first, 'checking', 22), run(first, 'done', 23)).phase).toBe('done');
  });

  it('a newer run replaces a finished one, and a report of an older run does not replace a newer one', () => {
    expect(laterProgress(run(first, 'done', 23), run(second, 'checking', 0))).toMatchObject({ startedAt: second, done: 0 });
    expect(laterProgress(run(second, 'checking', 3), run(first, 'done', 23))).toMatchObject({ startedAt: second, done: 3 });
    expect(laterProgress(null, run(first, 'checking', 0)).startedAt).toBe(first);
  });
});
