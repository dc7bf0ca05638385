import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension into real browsers: Debian's Chromium through
// Playwright (tests/e2e, see tests/harness/browser.mjs) and Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi (tests/firefox, see tests/harness/firefox.mjs). Playwright
// never downloads a browser here. `--project chromium` or `--project firefox` runs one suite.
// Two workers: each starts its own fixture server (a free port, see tests/harness) and its own
// browser with a fresh profile, so test files share nothing; the tests in a file run in order.
// Most of a test's time is waiting for a browser, so two workers take about three quarters of the
// time one does on two cores.
export default defineConfig({
  fullyParallel: false,
  workers: 2,
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
