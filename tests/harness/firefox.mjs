// Launches Debian's Firefox ESR with a build of the extension installed, driven by puppeteer-core
// over WebDriver BiDi (Playwright's own Firefox cannot be installed here, and no geckodriver
// exists). Shared by the Firefox end-to-end tests and the demo.
//
// Firefox has no --host-resolver-rules: the wallet host names reach the fixture server through
// two prefs, `network.dns.localDomains` (they resolve to 127.0.0.1) and `network.socket.forcePort`
// (port 443 goes to the server's port). Only those hosts are affected.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox build with `<all_urls>` added (so headless runs can take screenshots). */
export const FIREFOX_E2E_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
/** The production Firefox build. */
export const FIREFOX_PROD_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** The add-on id of every Firefox build (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'wallet-assist@wallet-assist.app';
/**
 * The add-on's internal UUID, fixed through a pref so its pages have a known address
 * (`moz-extension://<uuid>/…`); Firefox otherwise picks a random one per profile.
 */
export const ADDON_UUID = '5f0c3a52-6f5b-4c8e-9a43-2b8d6f0e7a11';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Navigates `page` to an extension page and waits until it has loaded. Firefox sends no load
 * events for `moz-extension:` documents over BiDi, so `goto` never settles: its promise is left
 * alone and the document is polled instead.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function gotoExtensionPage(page, url, timeout = 10_000) {
  page.goto(url, { timeout }).catch(() => undefined);
  const until = Date.now() + timeout;
  for (;;) {
    const ready = await page
      .evaluate(
        // The page may change its own query or fragment (`#case=…`) as it starts.
        (path) =>
          location.origin + location.pathname === path && document.readyState === 'complete',
        url.split(/[?#]/)[0],
      )
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > until) throw new Error(`${url} did not load within ${timeout} ms`);
    await sleep(50);
  }
}

/**
 * Starts Firefox with a fresh profile, installs the extension (a temporary add-on) and opens the
 * extension's options page in the first tab: the "control page" through which tests use the
 * extension's APIs (Firefox's background page is not reachable over BiDi).
 * @param {{ extensionPath: string, server: { port: number, hosts: string[] }, headless?: boolean, locale?: string, downloadDir?: string, prefs?: Record<string, string | number | boolean> }} options
 */
export async function launchFirefox(options) {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // The fixture server's certificate is self-signed (this also lifts HSTS preloading).
    acceptInsecureCerts: true,
    defaultViewport: null,
    // Lets BiDi open `moz-extension:` pages and reach the browser window (keyboard shortcuts).
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'network.dns.localDomains': options.server.hosts.join(','),
      'network.socket.forcePort': `443=${options.server.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      'intl.accept_languages': options.locale ?? 'en-US',
      'intl.locale.requested': options.locale ?? 'en-US',
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.alwaysOpenPanel': false,
          }
        : {}),
      ...options.prefs,
    },
  });
  try {
    await firefox.installExtension(options.extensionPath);
    const [first] = await firefox.pages();
    const control = first ?? (await firefox.newPage());
    await gotoExtensionPage(control, `${EXTENSION_ORIGIN}/options.html`);
    // The install opens the welcome page in a new tab: wait for it, so that it does not open
    // later and take the active tab from a page a test opened meanwhile.
    for (let tries = 0; tries < 100; tries++) {
      const opened = await control.evaluate(
        async (url) =>
          // The extension page's own `browser` global.
          (await /** @type {any} */ (globalThis).browser.tabs.query({ url })).length > 0,
        `${EXTENSION_ORIGIN}/welcome.html`,
      );
      if (opened) break;
      await sleep(50);
    }
    return { browser: firefox, control };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/**
 * Runs `expression` in the browser window itself (privileged "chrome" scope), e.g. to press a
 * keyboard shortcut the way Firefox's own key bindings receive it. Returns its value, which must
 * be JSON-able.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} expression
 */
export async function evaluateInBrowserWindow(browser, expression) {
  /** @type {{ send(method: string, params: object): Promise<any> }} */
  const connection = /** @type {any} */ (browser).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const reply = await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (reply.result.type !== 'success') {
    throw new Error(`In the browser window: ${JSON.stringify(reply.result.exceptionDetails)}`);
  }
  const json = reply.result.result.value;
  return json === undefined ? undefined : JSON.parse(json);
}
