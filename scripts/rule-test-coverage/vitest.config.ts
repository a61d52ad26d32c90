// The rule tests, with setup.ts recording what each rule returned (used by run.ts only).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['src/domain/rules/**/*.test.ts', 'src/domain/check.test.ts', 'src/domain/fix-all*.test.ts'],
    setupFiles: [fileURLToPath(new URL('setup.ts', import.meta.url))],
    testTimeout: 60_000,
  },
});
