import { describe, expect, it } from 'vitest';
import { collapseSpace } from './sentences';

describe('collapseSpace', () => {
  it('collapses every kind of white space run to one space and trims, and leaves tidy text as it is', () => {
    const reference = (t: string) => t.replace(/\s+/g, ' ').trim();
    const cases = ['Officials said so.', ' lead', 'trail ', 'two  spaces', 'tab\there', 'new\nline', 'nbsp\u00a0here', 'ideographic\u3000space', '\ufeffbom', '', ' ', 'a b c'];
    for (const text of cases) expect(collapseSpace(text)).toBe(reference(text));
    expect(collapseSpace('  Gen. Smith\n\t said ')).toBe('Gen. Smith said');
  });
});
