/**
 * The reference page (tests/fixtures/seed-article.html): every link in its article is broken and its
 * claims carry each kind of note. What issue 2 says it must give is asserted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeDocument } from '../../utils/analyze';
import type { Claim, PageNotes } from '../../utils/types';

const URL_ = 'http://127.0.0.1:8080/seed-article.html';
let page: PageNotes;

function claimWith(words: string): Claim {
  const c = page.claims.find((x) => x.text.includes(words));
  if (!c) throw new Error(`no claim contains “${words}”; claims: ${page.claims.map((x) => x.text.slice(0, 50)).join(' | ')}`);
  return c;
}
const codes = (c: Claim) => c.notes.map((n) => n.code);

beforeAll(() => {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8');
  page = analyzeDocument(parseHtml(html, URL_), URL_, { now: () => new Date('2026-01-01T00:00:00Z') });
});

describe('reference page: links', () => {
  it('flags all five article links as malformed and the image too', () => {
    const article = page.links.filter((l) => l.inArticle);
    const anchors = article.filter((l) => l.tag === 'a');
    expect(anchors).toHaveLength(5);
    expect(anchors.every((l) => l.status === 'malformed' && l.flagged)).toBe(true);
    const img = article.find((l) => l.tag === 'img');
    expect(img?.status).toBe('malformed');
    expect(img?.flagged).toBe(true);
  });

  it('recovers the words that broken hrefs swallowed', () => {
    const swallowed = (text: string) => page.links.find((l) => l.text.includes(text))?.swallowedText ?? '';
    expect(swallowed('British Royal Marines deployed')).toContain('frontline combatants');
    expect(swallowed('from Kursk')).toContain('SAS advisors');
    expect(swallowed('volunteer units')).toContain('Bakhmut');
  });

  it('does not put the navigation in the article or flag it', () => {
    for (const text of ['Home', 'World', 'Defence']) {
      const l = page.links.find((x) => x.text === text);
      expect(l?.inArticle).toBe(false);
      expect(l?.flagged).toBe(false);
    }
    expect(page.stats.flaggedLinks).toBe(6);
  });
});

describe('reference page: claims and notes', () => {
  it('notes the NIS claim as single-source, attributed, numeric, with a broken link and an interested source', () => {
    const c = claimWith('dispatching 12,000 personnel');
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed', 'numeric']));
    expect(c.attribution?.source).toContain('National Intelligence Service (NIS)');
    expect(c.attribution?.source).toContain('South Korea');
    expect(codes(c)).toEqual(expect.arrayContaining(['single-source', 'broken-source-link', 'interested-source']));
    const interest = c.notes.find((n) => n.code === 'interested-source');
    expect(interest?.evidence).toContain('much to gain by exaggerating');
  });

  it('notes the Zelensky quote as unconfirmed by Western officials', () => {
    const c = claimWith('Volodymyr Zelensky');
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed', 'quote']));
    expect(c.attribution?.source).toContain('Volodymyr Zelensky');
    const n = c.notes.find((x) => x.code === 'unconfirmed');
    expect(n?.text).toMatch(/unconfirmed by Western officials/i);
    expect(n?.evidence).toContain('Western official sources have nevertheless refused to support Ukrainian assertions');
  });

  it('notes the January 2024 missile claim as citing a broken link', () => {
    expect(codes(claimWith('January 2024'))).toContain('broken-source-link');
  });

  it('notes hedges with the hedging words as evidence', () => {
    const a = claimWith('a high possibility remains');
    expect(a.kinds).toContain('hedged');
    expect(a.notes.find((n) => n.code === 'hedged')?.evidence).toMatch(/possibility/);
    const b = claimWith('cannot be ruled out');
    expect(b.kinds).toContain('hedged');
    expect(b.notes.find((n) => n.code === 'hedged')?.evidence).toBe('cannot be ruled out');
  });

  it('notes the prediction with no source link', () => {
    const c = claimWith('expected to single out Western Bloc forces');
    expect(c.kinds).toContain('prediction');
    expect(codes(c)).toEqual(expect.arrayContaining(['prediction', 'no-source-link']));
  });

  it('leaves the comment box, headline and navigation out of the claims', () => {
    expect(page.claims.some((c) => /Leave a Comment|Home|Defence News/.test(c.text))).toBe(false);
  });

  it('gives every claim a selector that points at its text', () => {
    for (const c of page.claims) {
      expect(c.selector.exact.replace(/\s+/g, ' ').trim()).toBe(c.text);
      expect(c.selector.end - c.selector.start).toBe(c.selector.exact.length);
      expect(c.selector.prefix.length).toBeLessThanOrEqual(32);
      expect(c.selector.suffix.length).toBeLessThanOrEqual(32);
    }
  });

  it('writes every note’s evidence with words from the page', () => {
    const text = page.claims.map((c) => c.text).join(' ') + ' ' + page.links.map((l) => l.text).join(' ');
    for (const c of page.claims) for (const n of c.notes) {
      if (n.code === 'broken-source-link') continue; // evidence lists the cited links
      expect(text.includes(n.evidence.replace(/…$/, ''))).toBe(true);
    }
  });
});
