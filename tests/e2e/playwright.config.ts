import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension into Debian's Chromium (see tests/harness/browser.mjs);
// Playwright never downloads a browser here.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
});
