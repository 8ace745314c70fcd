/** Every registered kind detector has its own test file that names it (refined-github's meta-test). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../types';
import { KIND_DETECTORS } from './index';

const dir = join(process.cwd(), 'utils/kinds');

describe('kind detector registry', () => {
  it.each(KIND_DETECTORS.map((d) => [d.kind]))('%s has a test file that names it', (kind) => {
    const file = join(dir, `${kind}.test.ts`);
    expect(existsSync(file), `missing utils/kinds/${kind}.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`'${kind}'`);
  });

  it('registers one detector per claim kind, each once', () => {
    expect(KIND_DETECTORS.map((d) => d.kind).sort()).toEqual([...CLAIM_KINDS].sort());
  });
});
