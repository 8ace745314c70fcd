/**
 * Test helpers: analyse a small article written inline, the way the CLI analyses a file.
 * Only tests import this.
 */
import { parseHtml } from '../../cli/dom';
import { analyzeDocument, type AnalyzeOptions } from '../../utils/analyze';
import type { Claim, PageNotes } from '../../utils/types';

export const TEST_URL = 'https://news.example.org/2025/05/story.html';
export const TEST_NOW = () => new Date('2025-06-01T00:00:00Z');

/** A neutral closing paragraph, so that a one-sentence test article is long enough to count as an article. */
export const CLOSING = 'Reporting for this story was done in the field over several days, and the text was edited for length and clarity before it was published here.';

/** A page with site chrome around an `<article>` made of the given paragraphs (HTML). */
export function articlePage(paragraphs: string[], head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test story</title>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="#">Menu</a></nav></header>
<main><article><h1>Test story headline for the article</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p>${CLOSING}</p>
</article><section class="comments"><h3>Leave a comment</h3><p>Comments are moderated and may take a while to appear on this page.</p></section></main>
<footer><p>&copy; 2025 Example News. All rights reserved. <a href="/about">About</a></p></footer></body></html>`;
}

/** Analyses an HTML page at TEST_URL with a fixed clock. */
export function analyzeHtml(html: string, options: AnalyzeOptions = {}): PageNotes {
  return analyzeDocument(parseHtml(html, TEST_URL), TEST_URL, { now: TEST_NOW, ...options });
}

/** Analyses an article made of the given paragraphs. */
export function analyzeParagraphs(paragraphs: string[], options: AnalyzeOptions = {}, head = ''): PageNotes {
  return analyzeHtml(articlePage(paragraphs, head), options);
}

/** The claim whose text contains `words`; throws with the claims listed when there is none. */
export function claimWith(page: PageNotes, words: string): Claim {
  const c = page.claims.find((x) => x.text.includes(words));
  if (!c) throw new Error(`no claim contains “${words}”; claims: ${page.claims.map((x) => x.text.slice(0, 60)).join(' | ')}`);
  return c;
}

/** The note codes of a claim. */
export function codes(c: Claim): string[] {
  return c.notes.map((n) => n.code);
}

/** The note of a code on a claim, or undefined. */
export function noteOf(c: Claim, code: string) {
  return c.notes.find((n) => n.code === code);
}
