/**
 * Two projects:
 * - `unit`: fast tests of code, in parallel.
 * - `site`: checks on the built dist/ (tests/quality, tests/e2e). Its globalSetup runs one clean
 *   `npm run build` first — only when a site file is selected — and its files run one at a time,
 *   after the unit tests, so the determinism rebuild and the browser never compete for 2 cores.
 * `npm test` runs both; `npx vitest run --project unit` skips the build.
 * The JSON report (test-results/vitest.json) gives .ci/run its totals.
 */
import { defineConfig } from 'vitest/config';

const SITE_TESTS = ['tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Some unit tests spawn the CLI or a PDF extraction; on 2 busy cores 5 s is too tight.
          testTimeout: 30_000,
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...SITE_TESTS, '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
