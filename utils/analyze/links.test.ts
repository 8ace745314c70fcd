import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { analyzeHtml, articlePage, TEST_NOW, TEST_URL } from '../../tests/unit/analyze-html';
import { analyzeDocument } from './index';
import type { LinkReport, PageNotes } from '../types';
import { classifyHref, LINK_SELECTOR, recoverSwallowedText } from './links';

const BASE = 'https://news.example.org/2025/05/story.html';

function linkNamed(page: PageNotes, text: string): LinkReport {
  const l = page.links.find((x) => x.text === text);
  if (!l) throw new Error(`no link “${text}”; links: ${page.links.map((x) => x.text).join(' | ')}`);
  return l;
}

describe('static link statuses', () => {
  it('empty: no href, or a blank one', () => {
    expect(classifyHref(null, BASE, null).status).toBe('empty');
    expect(classifyHref('   ', BASE, null).status).toBe('empty');
    expect(classifyHref('', BASE, null, 'img').reason).toMatch(/src/);
  });

  it('placeholder: "#", "#!" and javascript: links', () => {
    for (const href of ['#', '#!', ' # ', 'javascript:void(0)', 'JavaScript:openMenu()']) expect(classifyHref(href, BASE, null).status).toBe('placeholder');
  });

  it('malformed: leftover attribute text, quotes, angle brackets, scheme typos, spaces in the host', () => {
    for (const href of [' target="_blank"', ' rel=nofollow', 'https://example.com/"a"', 'htps://example.com/x', 'http//example.com', 'https:/example.com', 'https://exa mple.com/']) {
      expect(classifyHref(href, BASE, null).status, href).toBe('malformed');
    }
  });

  it('malformed: CSS where the address should be, not a link with a "background-image:" scheme', () => {
    for (const src of ['background-image:url/(https//s.example/a.jpg);', 'background: url(/img/a.png) no-repeat', 'list-style-image: url("dot.png")']) {
      const v = classifyHref(src, BASE, null, 'img');
      expect(v.status, src).toBe('malformed');
      expect(v.reason, src).toMatch(/holds CSS/);
    }
    // A real scheme with a hyphen is still one.
    expect(classifyHref('git-client://clone?repo=x', BASE, null).status).toBe('non-web');
  });

  it('malformed with swallowedText: recovers the words broken markup hid', () => {
    const href = ' target=">the Sahel mission</a>, where <b>French advisers</b> trained <a href=';
    const v = classifyHref(href, BASE, null);
    expect(v.status).toBe('malformed');
    expect(v.swallowedText).toBe('the Sahel mission, where French advisers trained');
    expect(recoverSwallowedText('https://example.com/ok')).toBeUndefined();
  });

  it('fragment-missing versus ok: a same-page #id needs an element with that id or an <a name>', () => {
    const page = analyzeHtml(
      articlePage([
        'The audit of the Lagos port found 14 missing containers, as <a href="#table-2">table 2</a> and <a href="#appendix">the appendix</a> show in detail.',
        '<a name="appendix"></a>The appendix lists every container by its number and its owner, as the port authority recorded them in 2024.',
        'See <a href="#methods">the methods</a> and <a href="https://other.example.com/page#methods">another site’s methods</a> for how the count was done.',
        '<span id="methods">Methods</span>: the auditors counted every container on the quay twice over two days in March.',
      ]),
    );
    expect(linkNamed(page, 'table 2').status).toBe('fragment-missing');
    expect(linkNamed(page, 'the appendix').status).toBe('ok');
    expect(linkNamed(page, 'the methods').status).toBe('ok');
    expect(linkNamed(page, 'another site’s methods').status).toBe('unchecked');
  });

  it('non-web: mailto and tel checked for syntax only', () => {
    expect(classifyHref('mailto:desk@example.org', BASE, null).status).toBe('non-web');
    expect(classifyHref('tel:+44 20 7946 0958', BASE, null).status).toBe('non-web');
    expect(classifyHref('mailto:not-an-address', BASE, null).status).toBe('malformed');
    expect(classifyHref('tel:call-us', BASE, null).status).toBe('malformed');
  });

  it('unchecked: a well-formed web link, resolved against the page', () => {
    const v = classifyHref('../reports/2024.pdf', BASE, null);
    expect(v.status).toBe('unchecked');
    expect(v.url).toBe('https://news.example.org/2025/reports/2024.pdf');
  });

  it('images: empty and malformed src are flagged, lazy images with data-src or srcset are not', () => {
    const page = analyzeHtml(
      articlePage([
        'The flooded market in Dhaka was photographed by residents on Monday, and the pictures below were shared widely online.',
        '<img src="" alt="Flooded market"><img src=" alt=" alt="Broken tag"><img data-src="/img/boats.jpg" alt="Boats in the street"><img srcset="/img/a.jpg 1x, /img/b.jpg 2x" alt="Aerial view"><img src="/img/river.jpg" alt="River">',
      ]),
    );
    expect(linkNamed(page, 'Flooded market')).toMatchObject({ tag: 'img', status: 'empty', flagged: true, inArticle: true });
    expect(linkNamed(page, 'Broken tag')).toMatchObject({ status: 'malformed', flagged: true });
    expect(linkNamed(page, 'Boats in the street')).toMatchObject({ status: 'ok', flagged: false });
    expect(linkNamed(page, 'Aerial view')).toMatchObject({ status: 'ok', flagged: false });
    expect(linkNamed(page, 'River')).toMatchObject({ status: 'unchecked', url: 'https://news.example.org/img/river.jpg' });
  });

  it('resolves relative links against <base href>', () => {
    const page = analyzeHtml(
      articlePage(['The tribunal’s ruling on the Mekong dams runs to 200 pages, and <a href="docs/ruling.pdf">the full ruling</a> is online.'], '<base href="https://archive.example.net/tribunal/">'),
    );
    expect(linkNamed(page, 'the full ruling').url).toBe('https://archive.example.net/tribunal/docs/ruling.pdf');
  });

  it('reports links in document order, marks which are in the article, and does not flag menu buttons outside it', () => {
    const page = analyzeHtml(articlePage(['The ministry in Quito said 9 bridges were repaired, per <a href="https://example.ec/bridges">its list</a>.']));
    expect(page.links.map((l) => l.text)).toEqual(['Home', 'World', 'Menu', 'its list', 'About']);
    expect(linkNamed(page, 'Menu')).toMatchObject({ status: 'placeholder', inArticle: false, flagged: false });
    expect(linkNamed(page, 'its list')).toMatchObject({ inArticle: true });
    expect(linkNamed(page, 'its list').textRange).toBeDefined();
  });

  it('counts a link inside a button or svg of the article as an article link without a text range, and one in a share bar as outside', () => {
    const page = analyzeHtml(
      articlePage([
        'The ministry in Lima said 12 clinics opened, per <a href="https://example.pe/clinics">its register</a> <button><a href="https://example.pe/buy">Buy</a></button>.',
        '<span class="social-share"><a href="https://example.pe/share">Share this</a></span> The register lists 12 clinics by district.',
      ]),
    );
    const register = linkNamed(page, 'its register');
    expect(register).toMatchObject({ inArticle: true });
    expect(page.claims.find((c) => c.text.includes('12 clinics opened'))!.linkIds).toContain(register.id);
    expect(linkNamed(page, 'Buy')).toMatchObject({ inArticle: true });
    expect(linkNamed(page, 'Buy').textRange).toBeUndefined();
    expect(linkNamed(page, 'Share this')).toMatchObject({ inArticle: false });
  });

  it('gives each link the position of its element among the page’s a and img elements, so the overlay can find it again', () => {
    const html = articlePage(['The port authority in Mombasa said 41 cranes work, per <a href="https://example.ke/cranes">its audit</a> <img src="" alt="Cranes">.']);
    const doc = parseHtml(html, TEST_URL);
    const page = analyzeDocument(doc, TEST_URL, { now: TEST_NOW });
    const elements = doc.querySelectorAll(LINK_SELECTOR);
    expect(page.links.map((l) => l.index)).toEqual([...Array(elements.length).keys()]);
    for (const l of page.links) expect(elements[l.index!].tagName.toLowerCase()).toBe(l.tag);
    expect(elements[linkNamed(page, 'its audit').index!].getAttribute('href')).toBe('https://example.ke/cranes');
    expect(elements[linkNamed(page, 'Cranes').index!].getAttribute('alt')).toBe('Cranes');
  });
});
