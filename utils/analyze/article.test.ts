import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { findArticle, inDocumentOrder } from './article';

describe('the article\'s main regions', () => {
  it('merges <main> elements and role="main" ones in document order, each once', () => {
    const doc = parseHtml(
      `<div id="r1" role="main"><main id="m1"></main></div><main id="m2" role="main"></main><section id="r2" role="main"></section><main id="m3"></main>`,
      'https://news.example/story',
    );
    const byTag = Array.from(doc.getElementsByTagName('main'));
    const byRole = Array.from(doc.querySelectorAll('[role="main"]'));
    const ids = (els: Element[]) => els.map((e) => e.id);
    expect(ids(inDocumentOrder(byTag, byRole))).toEqual(['r1', 'm1', 'm2', 'r2', 'm3']);
    expect(ids(inDocumentOrder(byRole, byTag))).toEqual(['r1', 'm1', 'm2', 'r2', 'm3']);
    expect(inDocumentOrder(byTag, byRole)).toEqual([...doc.querySelectorAll('main, [role="main"]')]);
    expect(ids(inDocumentOrder([], byRole))).toEqual(['r1', 'm2', 'r2']);
  });

  it('leaves paragraphs inside page chrome (a banner header, a footer) out of the article', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story tells what the council decided, and why, at length, with figures and names.</p>`;
    const doc = parseHtml(
      `<body><header role="banner"><div><div id="h">${para(1)}${para(2)}${para(3)}${para(4)}</div></div></header>
       <div id="story">${para(5)}${para(6)}</div><footer><div><div id="f">${para(7)}${para(8)}${para(9)}</div></div></footer></body>`,
      'https://news.example/story',
    );
    expect(findArticle(doc)?.root.id).toBe('story');
    // Without the banner role the header's longer text is the story's core.
    doc.querySelector('header')!.removeAttribute('role');
    expect(findArticle(doc)?.root.id).toBe('h');
  });
});
