import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGGED_STATUSES } from '../types';
import { LINK_ATTRIBUTE, LINK_MARKER_LABELS, markFlaggedLinks } from './link-markers';
import { linkReport } from './test-notes';

function page(html: string) {
  // Test-authored markup, not page-derived text.
  document.body.innerHTML = html;
  return document.body;
}

describe('markFlaggedLinks', () => {
  it('marks flagged links by document order of a and img, and unmarks them exactly', () => {
    const body = page('<nav><a href="/">Home</a></nav><p>Text <a href=" target=">bad</a> <img src=""> <a href="https://ok.example/">fine</a></p>');
    const before = body.innerHTML;
    const markers = markFlaggedLinks(document, [
      linkReport('l0', 'unchecked'),
      linkReport('l1', 'malformed'),
      linkReport('l2', 'empty', { tag: 'img' }),
      linkReport('l3', 'ok'),
    ]);
    const links = body.querySelectorAll('a, img');
    expect(links[0].hasAttribute(LINK_ATTRIBUTE)).toBe(false);
    expect(links[1].getAttribute(LINK_ATTRIBUTE)).toBe('malformed');
    expect(links[2].getAttribute(LINK_ATTRIBUTE)).toBe('empty');
    expect(links[3].hasAttribute(LINK_ATTRIBUTE)).toBe(false);
    expect([...markers.elements.keys()]).toEqual(['l1', 'l2']);
    // No text is added to the page (the marker's words come from CSS).
    expect(body.textContent).toBe('HomeText bad  fine');

    markers.remove();
    expect(body.innerHTML).toBe(before);
  });

  it('honours the analyzer\'s decision not to flag page furniture', () => {
    page('<nav><a href="#">Menu</a></nav>');
    markFlaggedLinks(document, [linkReport('l0', 'placeholder', { inArticle: false, flagged: false })]);
    expect(document.querySelector('a')!.hasAttribute(LINK_ATTRIBUTE)).toBe(false);
  });

  it('does not mark an element whose tag no longer matches the report (the page changed)', () => {
    page('<img src=""><a href="">x</a>');
    markFlaggedLinks(document, [linkReport('l0', 'empty', { tag: 'a' }), linkReport('l1', 'empty', { tag: 'a' })]);
    expect(document.querySelector('img')!.hasAttribute(LINK_ATTRIBUTE)).toBe(false);
    expect(document.querySelector('a')!.getAttribute(LINK_ATTRIBUTE)).toBe('empty');
  });
});

describe('overlay.css', () => {
  const css = readFileSync(join(import.meta.dirname, 'overlay.css'), 'utf8');

  it('gives every flagged link status a visible text label, not only a colour', () => {
    for (const status of FLAGGED_STATUSES) {
      const rule = new RegExp(`a\\[data-claimlens-link="${status}"\\]::after \\{ content: "[^"]*${LINK_MARKER_LABELS[status]}"`);
      expect(css, status).toMatch(rule);
    }
  });
});

describe('markFlaggedLinks on a page that changed since analysis', () => {
  it('does not mark the link that took an analysed link’s place', () => {
    document.body.innerHTML = '<p><a href="https://example.org/new">inserted later</a><a href="#">menu</a></p>';
    const report = { id: 'l-1', tag: 'a' as const, href: ' target=', url: null, text: 'war effort', inArticle: true, status: 'malformed' as const, reason: 'Broken markup', index: 0 };
    const markers = markFlaggedLinks(document, [report]);
    expect(markers.elements.size).toBe(0);
    expect(document.querySelector(`[${LINK_ATTRIBUTE}]`)).toBeNull();
  });
});
