/**
 * `npx tsx bench/plain-href-chromium.ts`: the check of utils/analyze/plain-href.test.ts run in headless
 * Chromium, whose URL parser is not Node's: every address plainWebHref builds must equal `new URL`'s href
 * there too. Inputs: every href of pages-dev and generated ones (tests/unit/href-corpus.ts).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generatedHrefs, HREF_BASES, pageHrefs } from '../tests/unit/href-corpus';
import { chromiumArgs, root } from './pages';

async function main(): Promise<void> {
  const contents = `
    import { plainWebHref } from './utils/analyze/links';
    window.__check = (inputs, bases) => {
      let taken = 0;
      const wrong = [];
      for (const base of bases) for (const raw of inputs) {
        const plain = plainWebHref(raw, base);
        if (plain === null) continue;
        taken++;
        let href = null;
        try { href = new URL(raw.trim(), base).href; } catch {}
        if (plain !== href) wrong.push([raw, base, plain, href]);
      }
      return { taken, wrong: wrong.slice(0, 20), wrongCount: wrong.length };
    };`;
  const out = await build({ stdin: { contents, resolveDir: resolve(root), loader: 'ts' }, bundle: true, format: 'iife', target: 'chrome120', write: false, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>check</title>');
    await page.evaluate(out.outputFiles[0].text);
    const inputs = [...pageHrefs(), ...generatedHrefs(200_000)];
    const got = (await page.evaluate(`window.__check(${JSON.stringify(inputs)}, ${JSON.stringify(HREF_BASES)})`)) as { taken: number; wrong: unknown[]; wrongCount: number };
    console.log(`${inputs.length} inputs × ${HREF_BASES.length} bases in Chromium ${browser.version()}: ${got.taken} built by hand, ${got.wrongCount} differ from new URL`);
    for (const w of got.wrong) console.log(JSON.stringify(w));
    if (got.wrongCount > 0) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
