/**
 * Golden pages (mozilla/readability style): each folder of tests/fixtures/pages holds a `source.html`
 * and an `expected.json` of the salient output, so a behaviour change shows up as a readable diff.
 * After a deliberate change, rewrite the expectations with `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden-pages.test.ts`
 * and review the diff in git.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeDocument } from '../../utils/analyze';
import type { Claim, PageNotes } from '../../utils/types';

const dir = join(process.cwd(), 'tests/fixtures/pages');
const URL_ = 'https://news.example.com/2025/story.html';
const NOW = () => new Date('2025-07-01T00:00:00Z');

function analyzeFixture(name: string): PageNotes {
  const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
  return analyzeDocument(parseHtml(html, URL_), URL_, { now: NOW });
}

/** The fields a reader (and a later check) cares about, without timings or ids. */
function salient(page: PageNotes) {
  return {
    title: page.title,
    article: page.article,
    language: page.stats.language ?? null,
    reason: page.stats.reason ?? null,
    claims: page.claims.map((c) => ({
      text: c.text,
      kinds: c.kinds,
      attribution: c.attribution,
      notes: c.notes.map((n) => ({ code: n.code, text: n.text, evidence: n.evidence })),
      cites: c.linkIds.map((id) => page.links.find((l) => l.id === id)?.text ?? id),
    })),
    links: page.links.map((l) => ({
      tag: l.tag,
      text: l.text,
      inArticle: l.inArticle,
      status: l.status,
      flagged: l.flagged ?? null,
      ...(l.swallowedText ? { swallowedText: l.swallowedText } : {}),
    })),
  };
}

const fixtures = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'source.html')));

describe('golden pages', () => {
  it.each(fixtures.map((f) => [f]))('%s gives its expected output', (name) => {
    const actual = salient(analyzeFixture(name));
    const file = join(dir, name, 'expected.json');
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

const codes = (c: Claim) => c.notes.map((n) => n.code);

describe('the reference story rewritten with other countries, officials and numbers', () => {
  const page = analyzeFixture('essequibo-rewrite');
  const claim = (words: string) => {
    const c = page.claims.find((x) => x.text.includes(words));
    if (!c) throw new Error(`no claim with “${words}”`);
    return c;
  };

  it('notes the intelligence claim as attributed, numeric, single-source, with a broken link and an interested source', () => {
    const c = claim('4,500 soldiers');
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed', 'numeric']));
    expect(c.attribution?.source).toBe('Colombia’s National Directorate of Intelligence (DNI)');
    expect(codes(c)).toEqual(expect.arrayContaining(['single-source', 'broken-source-link', 'interested-source']));
    expect(c.notes.find((n) => n.code === 'interested-source')?.evidence).toContain('stand to benefit from inflating the threat');
  });

  it('notes the president’s quoted claim as unconfirmed by the officials who declined to confirm it', () => {
    const c = claim('Irfaan Ali');
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed', 'quote']));
    const n = c.notes.find((x) => x.code === 'unconfirmed');
    expect(n?.text).toMatch(/Unconfirmed by officials in Washington/);
    expect(n?.evidence).toContain('declined to confirm the Guyanese account');
  });

  it('notes the dated drone claim as citing a broken link, hedges as hedged, the forecast as an unlinked prediction', () => {
    expect(codes(claim('March 2023'))).toContain('broken-source-link');
    expect(claim('cannot be excluded').notes.find((n) => n.code === 'hedged')?.evidence).toBe('cannot be excluded');
    expect(codes(claim('a real chance'))).toContain('hedged');
    expect(codes(claim('projected to target'))).toEqual(expect.arrayContaining(['prediction', 'no-source-link', 'anonymous-source']));
  });

  it('flags the article’s broken links and image but not the menu, and keeps chrome out of the claims', () => {
    const flagged = page.links.filter((l) => l.flagged).map((l) => `${l.tag}:${l.status}`);
    expect(flagged).toEqual(['a:malformed', 'a:malformed', 'img:empty']);
    expect(page.claims.some((c) => /discussion|comment|All rights reserved/i.test(c.text))).toBe(false);
  });
});

describe('a well-sourced story', () => {
  const page = analyzeFixture('well-sourced-water');

  it('gets no unconfirmed, interested-source, hedged or broken-source-link note', () => {
    const all = page.claims.flatMap(codes);
    for (const code of ['unconfirmed', 'interested-source', 'hedged', 'broken-source-link']) expect(all).not.toContain(code);
  });

  it('attributes its claims to their several named sources and sees that they agree', () => {
    const sources = new Set(page.claims.map((c) => c.attribution?.source).filter(Boolean));
    expect(sources.size).toBeGreaterThanOrEqual(4);
    expect(page.claims.filter((c) => codes(c).includes('corroborated')).length).toBeGreaterThanOrEqual(2);
    expect(page.claims.every((c) => c.linkIds.length > 0)).toBe(true);
    expect(page.links.filter((l) => l.inArticle).every((l) => l.status === 'unchecked' && !l.flagged)).toBe(true);
  });
});
