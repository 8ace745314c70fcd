import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../tests/unit/analyze-html';

// Test-authored markup in the shape of an encyclopedia article: numbered notes in the text, a list of references below.
function encyclopediaPage(references: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour of Tema</title></head><body><main><article>
<h1>Harbour of Tema</h1>
<p>The Ghana Ports Authority said the harbour handled 14 million tonnes of cargo in 2019.<sup><a href="#cite-1">[1]</a></sup> Its second terminal opened in 2020 after three years of work.<sup><a href="#cite-2">[2]</a></sup></p>
<p>Dredging deepened the main channel to 16 metres, which lets larger container ships call at the port every week.</p>
${references}
</article></main></body></html>`;
}

const REFERENCES = `<h2>References</h2>
<div class="reflist"><ol class="references">
<li id="cite-1">^ "Tema port handled 14 million tonnes in 2019, officials say". Ghana Ports Review. Archived from <a href="https://archive.example.org/tema-2019">the original</a> on 3 May 2020.</li>
<li id="cite-2">^ "Auditors have not independently verified the Ghana Ports Authority figures, and 3,000 jobs are in doubt". Harbour Weekly. 12 June 2020.</li>
</ol></div>`;

describe('lists of references', () => {
  it('gives no claims from the entries of a references list, and still reports its links as the article’s', () => {
    const page = analyzeHtml(encyclopediaPage(REFERENCES));
    const texts = page.claims.map((c) => c.text);
    expect(texts.some((t) => t.startsWith('The Ghana Ports Authority said the harbour handled'))).toBe(true);
    expect(texts.filter((t) => t.includes('^') || t.includes('Archived from'))).toEqual([]);
    expect(page.links.find((l) => l.text === 'the original')).toMatchObject({ inArticle: true, status: 'unchecked' });
  });

  it('knows a references list by its wrapper’s role too (doc-endnotes, doc-bibliography)', () => {
    const marked = REFERENCES.replace('<div class="reflist"><ol class="references">', '<section role="doc-endnotes"><ol>').replace('</ol></div>', '</ol></section>');
    expect(analyzeHtml(encyclopediaPage(marked)).claims.filter((c) => c.text.includes('Archived from'))).toEqual([]);
  });

  it('reads the same entries as statements when the list is not marked as references', () => {
    const page = analyzeHtml(encyclopediaPage(REFERENCES.replace('class="reflist"', '').replace('class="references"', '')));
    expect(page.claims.some((c) => c.text.includes('Archived from') || c.text.includes('3,000 jobs'))).toBe(true);
  });

  it('does not let a citation’s title speak for the article: "not independently verified" there is no disclaimer', () => {
    const claim = (html: string) => analyzeHtml(html).claims.find((c) => c.text.startsWith('The Ghana Ports Authority said'))!;
    expect(claim(encyclopediaPage(REFERENCES)).notes.map((n) => n.code)).not.toContain('unconfirmed');
    // The same words in the article's own text are a disclaimer.
    const inText = encyclopediaPage(REFERENCES).replace('<p>Dredging', '<p>Auditors have not independently verified the Ghana Ports Authority figures. Dredging');
    expect(claim(inText).notes.map((n) => n.code)).toContain('unconfirmed');
  });
});
