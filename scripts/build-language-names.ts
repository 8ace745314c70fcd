/**
 * Builds utils/analyze/language-names.json: the English name of every two-letter language code, from
 * the ICU data of Node's Intl.DisplayNames. The analyzer names a page's language in its reason ("this
 * article looks to be in French"); asking Intl.DisplayNames in the page instead loads ICU's name data
 * there, 13–63 ms on the first call in a fresh Chromium page, one unbroken task on every non-English
 * article. Rarer codes (three letters) still go to Intl.DisplayNames.
 * Run: npx tsx scripts/build-language-names.ts  (utils/analyze/language.test.ts fails when the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `{ code: English name }` for every two-letter code ICU names. */
export function twoLetterLanguageNames(): Record<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: Record<string, string> = {};
  for (const a of letters) {
    for (const b of letters) {
      const name = names.of(a + b);
      if (name && name !== a + b) out[a + b] = name;
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('../utils/analyze/language-names.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify(twoLetterLanguageNames())}\n`);
  console.log(`wrote ${file}`);
}
