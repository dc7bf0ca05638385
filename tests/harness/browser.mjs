// Launches Debian's Chromium with an unpacked build of the extension loaded. Shared by the
// end-to-end tests and the demo.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Chrome build with `<all_urls>` added (so headless runs can take screenshots). */
export const E2E_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
/** The production Chrome build. */
export const PROD_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * @param {{ extensionPath: string, hostResolverRules: string, headless?: boolean, userDataDir?: string, viewport?: { width: number, height: number } | null, locale?: string }} options
 */
export async function launchWithExtension(options) {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'wallet-assist-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${options.extensionPath}`,
      `--load-extension=${options.extensionPath}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await welcomeOpened(context);
  return { context, worker, extensionId, userDataDir };
}

/**
 * Waits (up to a few seconds) for the welcome page the extension opens when it is installed into
 * a fresh profile, so that it does not open later and take the active tab from a page a test or
 * the demo opened meanwhile. A profile that already had the extension opens none.
 * @param {import('@playwright/test').BrowserContext} context
 */
async function welcomeOpened(context) {
  const isWelcome = (/** @type {import('@playwright/test').Page} */ page) =>
    page.url().endsWith('/welcome.html');
  if (context.pages().some(isWelcome)) return;
  await context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => {
    // Not a fresh install: nothing opens.
  });
}

/**
 * Opens an extension page (`popup.html?tabId=…`, `sidepanel.html`, `options.html`) in its own
 * small window, the way the toolbar popup sits beside the page: the wallet tab stays the active
 * tab of its window, so it can still be captured.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Worker} worker the extension's service worker
 * @param {string} extensionId
 * @param {string} path page and query, without a leading slash
 * @param {{ width?: number, height?: number }} [size]
 */
export async function openExtensionWindow(context, worker, extensionId, path, size = {}) {
  const file = path.split('?')[0] ?? path;
  const opened = context.waitForEvent('page', (p) => p.url().includes(`/${file}`));
  await worker.evaluate(
    ({ url, width, height }) => chrome.windows.create({ url, type: 'popup', width, height }),
    {
      url: `chrome-extension://${extensionId}/${path}`,
      width: size.width ?? 400,
      height: size.height ?? 720,
    },
  );
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}
