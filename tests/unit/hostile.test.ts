/**
 * Pages built to hurt: huge, deeply nested, or made of links. The analyzer must finish with bounded
 * output and never throw, because it runs inside whatever page the reader opens.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeDocument, analyzeDocumentAsync } from '../../utils/analyze';
import { articlePage } from './analyze-html';

const URL_ = 'https://hostile.example/page';
const NOW = () => new Date('2025-01-01T00:00:00Z');

describe('hostile pages', () => {
  it('a 10 MB page: finishes, with the article text capped', () => {
    // Each sentence its own figure: a short sentence repeated three times or more is page furniture, not a claim.
    const sentence = (n: number) => `The Tanzanian port authority said ${n} containers were cleared in May, according to its own figures. `;
    const para = sentence(100_000);
    const paragraphs = Array.from({ length: 1000 }, (_, p) => Array.from({ length: 100 }, (_, i) => sentence(p * 100 + i)).join(''));
    const html = articlePage(paragraphs);
    expect(html.length).toBeGreaterThan(10_000_000);
    const page = analyzeDocument(parseHtml(html, URL_), URL_, { now: NOW, maxChars: 500_000 });
    expect(page.article?.found).toBe(true);
    expect(page.article!.chars).toBeLessThanOrEqual(500_000 + para.length * 100);
    expect(page.claims.length).toBeGreaterThan(0);
  });

  it('deeply nested markup: no stack overflow', () => {
    // Chromium's HTML parser stops nesting at 512 levels; happy-dom (the CLI's DOM) does not, so go well past it.
    const depth = 2000;
    const sentences = [2, 3, 4, 5, 6].map((n) => `The Bolivian electoral court said ${n}.2 million votes were counted by Monday night, officials said. `).join('');
    const html = `<html><body><article>${'<div>'.repeat(depth)}<p>${sentences}</p>${'</div>'.repeat(depth)}</article></body></html>`;
    const page = analyzeDocument(parseHtml(html, URL_), URL_, { now: NOW });
    expect(page.article?.found).toBe(true);
    expect(page.claims.length).toBeGreaterThan(0);
  });

  it('a page of 50,000 links: reports a bounded number, in document order', () => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="/p/${i}">link ${i}</a>`).join(' ');
    const html = articlePage([`The Irish statistics office said rents rose 8 percent last year, in a <a href="https://cso.example/rents">release</a>.`]).replace('</footer>', `${links}</footer>`);
    const page = analyzeDocument(parseHtml(html, URL_), URL_, { now: NOW });
    expect(page.links.length).toBeLessThanOrEqual(5000);
    expect(page.links[0].text).toBe('Home');
    expect(page.claims.length).toBeGreaterThan(0);
  });

  it('stops a chunked analysis when asked to', async () => {
    const html = articlePage(Array.from({ length: 400 }, (_, i) => `The Estonian ministry said ${i + 10} new schools opened, according to its report.`));
    const controller = new AbortController();
    const running = analyzeDocumentAsync(parseHtml(html, URL_), URL_, { now: NOW, signal: controller.signal, budgetMs: 0 });
    controller.abort(new Error('navigated away'));
    await expect(running).rejects.toThrow('navigated away');
  });
});
