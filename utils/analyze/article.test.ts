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

describe('the story\'s core', () => {
  // 200 characters without a comma: every block below earns the same credit.
  const words = 'The council voted to close the bridge for repairs after engineers found cracks in two of its supports and the work is due to take until the spring of next year says the notice that went up today ';
  const text = words.slice(0, 200);

  it('on a tie for the best credit, is the element the page credits first, whatever kind of block credits it', () => {
    // A div of text credits itself, a paragraph its parent; both credit the body by half: a three-way tie.
    const divFirst = parseHtml(`<body><div id="div">${text}</div><section id="section"><p>${text}</p></section></body>`, 'https://news.example/a');
    expect(findArticle(divFirst)?.root.id).toBe('div');
    const paragraphFirst = parseHtml(`<body><section id="section"><p>${text}</p></section><div id="div">${text}</div></body>`, 'https://news.example/b');
    expect(findArticle(paragraphFirst)?.root.id).toBe('section');
  });
});
