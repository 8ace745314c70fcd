/**
 * Every registered note rule has tests: a test file that names its code, by convention
 * utils/rules/<code>.test.ts (refined-github's meta-test). A rule added without tests fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './index';

const root = process.cwd();

/** Test files under the given folders (recursively). */
function testFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      if (name === 'node_modules') continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.test\.tsx?$/.test(name)) out.push(p);
    }
  };
  dirs.forEach((d) => walk(join(root, d)));
  return out;
}

describe('note rule registry', () => {
  const files = testFiles(['utils', 'tests/unit', 'cli']).map((f) => ({ f, text: readFileSync(f, 'utf8') }));

  it.each(RULES.map((r) => [r.code]))('%s has tests that name it', (code) => {
    const own = join(root, 'utils/rules', `${code}.test.ts`);
    const named = files.filter(({ f, text }) => f !== join(root, 'utils/rules/registry.test.ts') && text.includes(`'${code}'`));
    expect(existsSync(own) || named.length > 0, `no test names the rule '${code}' (add utils/rules/${code}.test.ts)`).toBe(true);
  });

  it('registers each code once, each with a description', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});
