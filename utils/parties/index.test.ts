import { describe, expect, it } from 'vitest';
describe('aliasWords', () => {
  it('tokenizes every country name, demonym and capital exactly as the general tokenizer does', async () => {
    const { default: table } = await import('./countries.json');
    const { aliasWords, tokenize } = await import('./index');
    const names = (table as [string, string[], string[], string[]][]).flatMap(([, n, d, c]) => [...n, ...d, ...c]);
    expect(names.length).toBeGreaterThan(500);
    for (const name of [...names, 'Korea, South', 'U.S.', 'Downing Street', "Cote d'Ivoire", 'Guinea-Bissau', 'St. Lucia']) {
      expect(aliasWords(name)).toEqual(tokenize(name).map((w) => w.toLowerCase()));
    }
  });
});
