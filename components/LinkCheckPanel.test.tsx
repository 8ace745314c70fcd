import { describe, expect, it } from 'vitest';
import type { LinkCheckProgress } from '@/utils/messaging';
import { statusLine } from './LinkCheckPanel';

const at = (phase: LinkCheckProgress['phase'], done: number, total: number): LinkCheckProgress => ({
  phase,
  url: 'https://news.example/story',
  done,
  total,
  startedAt: '2024-01-01T00:00:00.000Z',
});

describe('the link-check status line', () => {
  it('counts a run under way and a finished one', () => {
    expect(statusLine(at('checking', 5, 23), true, 18)).toBe('5 of 23 links checked');
    expect(statusLine(at('done', 23, 23), true, 0)).toBe('23 links checked');
    expect(statusLine(at('done', 1, 1), true, 0)).toBe('1 link checked');
  });

  it('never says "0 links checked": a page with nothing to check says so', () => {
    expect(statusLine(at('done', 0, 0), true, 0)).toBe('No web links left to check on this page.');
    expect(statusLine(null, true, 0)).toBe('No web links left to check on this page.');
  });

  it('says what is left when the page changed since the run, and why nothing ran without permission', () => {
    expect(statusLine(at('done', 23, 23), true, 4)).toBe('4 links not checked yet.');
    expect(statusLine(at('needs-permission', 0, 0), false, 23)).toBe('Links not checked: permission not granted.');
  });
});
