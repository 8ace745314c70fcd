import { describe, expect, it, vi } from 'vitest';
import { watchArticleGrowth, watchNavigation } from './spa';

describe('single-page-app navigation', () => {
  it('reports a pushState navigation once (by polling) and ignores fragment changes; stops on abort', async () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const controller = new AbortController();
      watchNavigation({ win: window, onNavigate: (url) => seen.push(url), signal: controller.signal, pollMs: 100 });
      history.pushState({}, '', '/story-2');
      vi.advanceTimersByTime(250);
      history.pushState({}, '', '/story-2#comments');
      vi.advanceTimersByTime(250);
      expect(seen.map((u) => new URL(u).pathname)).toEqual(['/story-2']);
      controller.abort();
      history.pushState({}, '', '/story-3');
      vi.advanceTimersByTime(250);
      expect(seen).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('article growth', () => {
  it('batches added paragraphs into one call after the DOM is quiet, and only for the article root', async () => {
    document.body.innerHTML = '<aside></aside><article><p>First.</p></article>';
    const article = document.querySelector('article')!;
    const calls: string[][] = [];
    const controller = new AbortController();
    watchArticleGrowth({ root: article, onGrowth: (added) => calls.push(added.map((el) => el.textContent!)), signal: controller.signal, debounceMs: 20 });
    for (const text of ['Second.', 'Third.']) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    const outside = document.createElement('p');
    outside.textContent = 'Advert.';
    document.querySelector('aside')!.append(outside);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toEqual([['Second.', 'Third.']]);
    controller.abort();
    const late = document.createElement('p');
    late.textContent = 'Fourth.';
    article.append(late);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toHaveLength(1);
  });
});
