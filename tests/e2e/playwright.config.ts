import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension into real browsers: Debian's Chromium through
// Playwright (tests/e2e, see tests/harness/browser.mjs) and Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi (tests/firefox, see tests/harness/firefox.mjs). Playwright
// never downloads a browser here. `--project chromium` or `--project firefox` runs one suite.
export default defineConfig({
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  projects: [
    { name: 'chromium', testDir: '.', testMatch: '**/*.spec.ts' },
    { name: 'firefox', testDir: '../firefox', testMatch: '**/*.spec.ts' },
  ],
});
