import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices, NOT_SHIPPED, NOTICES_FILE, SHIPPED_PACKAGES } from '../../scripts/build-notices';

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('the third-party notices that ship in the extension', () => {
  it('are up to date (run `npx tsx scripts/build-notices.ts` after changing a dependency or the data)', () => {
    expect(readFileSync(NOTICES_FILE, 'utf8')).toBe(buildNotices());
  });

  it('account for every dependency: shipped with its licence text, or said not to ship', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      expect(name in SHIPPED_PACKAGES || name in NOT_SHIPPED, `${name} is in neither list of scripts/build-notices.ts`).toBe(true);
    }
    const notices = readFileSync(NOTICES_FILE, 'utf8');
    for (const name of Object.keys(SHIPPED_PACKAGES)) {
      const licence = readFileSync(join(process.cwd(), 'node_modules', name, 'LICENSE'), 'utf8').trim();
      expect(notices.includes(licence), `${name}'s licence text`).toBe(true);
    }
  });

  it('credit the shipped data: the rating study, the ODbL country data, the CLEF debates, the CLDR language names, the Public Suffix List', () => {
    const notices = readFileSync(NOTICES_FILE, 'utf8');
    const ratings = JSON.parse(readFileSync(join(process.cwd(), 'public/data/lin2023.json'), 'utf8')) as { citation: string };
    expect(ratings.citation).toContain('pgad286');
    expect(notices).toContain('doi:10.1093/pnasnexus/pgad286');
    expect(notices).toContain('Open Database License');
    expect(notices).toContain('CLEF-2019 CheckThat!');
    expect(notices).toContain('publicsuffix.org');
    expect(notices).toContain('Unicode CLDR');
  });
});
