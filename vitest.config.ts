import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['utils/**/*.test.ts', 'components/**/*.test.tsx', 'cli/**/*.test.ts', 'tests/unit/**/*.test.ts', 'entrypoints/**/*.test.ts', 'entrypoints/**/*.test.tsx'],
    testTimeout: 20000,
  },
});
