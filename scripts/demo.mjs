// `npm run demo`: shows the built extension at work on the bundled demo wallet pages, served on
// their real host names over HTTPS.
//
// With a display (DISPLAY or WAYLAND_DISPLAY set) it opens a Chromium window with the demo pages
// in tabs and waits until you close it. Without one (or with --tour) it takes a scripted tour
// and writes a screenshot of every screen to demo-output/ (or --out DIR), printing each path,
// and the store screenshots (exactly 1280×800, English and Chinese) to its store/ folder (or
// --store-out DIR).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { E2E_BUILD, launchWithExtension, openExtensionWindow } from '../tests/harness/browser.mjs';
import { startFixtureServer } from '../tests/harness/fixture-server.mjs';

const outFlag = process.argv.indexOf('--out');
const OUT = resolve((outFlag > 0 && process.argv[outFlag + 1]) || 'demo-output');
const storeFlag = process.argv.indexOf('--store-out');
const STORE_OUT = resolve((storeFlag > 0 && process.argv[storeFlag + 1]) || join(OUT, 'store'));
const ICON = resolve(import.meta.dirname, '../public/icon/32.png');
/** The size the stores ask for (Chrome Web Store: 1280×800; Firefox accepts it too). */
const STORE = { width: 1280, height: 800 };
/** Height of the plain toolbar drawn above a page. */
const TOOLBAR = 48;

/** The demo wallet pages: what each shows. @type {[url: string, what: string][]} */
const PAGES = [
  ['https://www.paypal.com/checkoutnow?token=EC-DEMO', 'PayPal checkout: the payment was declined'],
  [
    'https://www.paypal.com/myaccount/transfer',
    'PayPal transfer: an error toast appears after 1 s',
  ],
  ['https://www.paypal.com/app/pay', 'PayPal single-page app: move between routes'],
  ['https://excashier.alipay.com/standard/frozen.htm', 'Alipay (Chinese): the account is frozen'],
  ['https://wise.com/home', 'Wise: the account is limited'],
  [
    'https://www.paypal.com/smarthelp/article/why-is-my-account-limited-faq1758',
    'PayPal help article: no prompt',
  ],
];

const headed =
  !process.argv.includes('--tour') &&
  (Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY));

/**
 * @typedef {import('@playwright/test').BrowserContext} BrowserContext
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Worker} Worker
 * @typedef {{ tabId: number, state: string | null, badge: string }} Detection
 * @typedef {{ context: BrowserContext, worker: Worker, extensionId: string, save: (name: string, bytes: Buffer) => void, saveStore: (name: string, bytes: Buffer) => void }} TourStep
 */

const server = await startFixtureServer();
try {
  if (headed) await interactive();
  else await tour();
} finally {
  await server.close();
}

async function interactive() {
  const { context } = await launchWithExtension({
    extensionPath: E2E_BUILD,
    hostResolverRules: server.hostResolverRules,
    headless: false,
    viewport: null,
  });
  for (const [url] of PAGES) await (await context.newPage()).goto(url);
  console.log('Wallet Assist demo: a Chromium window shows the demo wallet pages.');
  for (const [url, what] of PAGES) console.log(`  ${what}\n    ${url}`);
  console.log('Click the Wallet Assist toolbar button on a tab to see its help.');
  console.log('Close the window (or press Ctrl+C) to end the demo.');
  await new Promise((done) => {
    context.on('close', done);
    process.once('SIGINT', () => void context.close().then(done));
  });
}

/**
 * Opens the popup (or another extension page) for a tab in its own window, as it sits beside
 * the page.
 * @param {BrowserContext} context
 * @param {Worker} worker
 * @param {string} extensionId
 * @param {number | null} tabId
 * @param {string} [path]
 * @param {number} [width]
 */
async function openPopup(context, worker, extensionId, tabId, path = 'popup.html', width = 400) {
  const query = tabId === null ? '' : `?tabId=${tabId}`;
  const popup = await openExtensionWindow(context, worker, extensionId, `${path}${query}`, {
    width,
  });
  await popup.setViewportSize({ width, height: 720 });
  await popup.locator('main').waitFor();
  return popup;
}

/**
 * Waits until the in-page prompt is on the page (its content is in a closed shadow root).
 * @param {Page} page
 */
async function waitForPrompt(page) {
  await page.locator('wallet-assist-prompt').waitFor({ state: 'attached' });
  // Let its entrance animation finish.
  await page.waitForTimeout(400);
}

/**
 * The corner of the page with the in-page prompt, with some of the page around it.
 * @param {Page} page
 */
async function promptShot(page) {
  const box = await page.evaluate(() => {
    const rect = document.querySelector('wallet-assist-prompt')?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  if (!box) throw new Error('No in-page prompt');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, box.x - 240);
  const y = Math.max(0, box.y - 120);
  return page.screenshot({
    clip: { x, y, width: viewport.width - x, height: viewport.height - y },
  });
}

/**
 * Waits until the extension has stored `expected` for the tab at `url` (a page is first stored
 * as "nothing wrong" while it loads); returns its state and badge.
 * @param {Worker} worker
 * @param {string} url
 * @param {string | null} expected
 * @returns {Promise<Detection>}
 */
async function detection(worker, url, expected) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const result = await worker.evaluate(async (target) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === target);
      if (!tab?.id) return null;
      const key = `tab:${tab.id}`;
      const state = /** @type {{ state: string | null } | undefined} */ (
        (await chrome.storage.session.get(key))[key]
      );
      if (!state) return null;
      return {
        tabId: tab.id,
        state: state.state,
        badge: await chrome.action.getBadgeText({ tabId: tab.id }),
      };
    }, url);
    if (result?.state === expected) return result;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The extension did not report ${expected} on ${url}`);
}

/**
 * The page as the person sees it, under a plain toolbar that shows the Wallet Assist button
 * with the badge the extension really set (headless Chromium draws no toolbar of its own).
 * `overlay` (a screenshot of the popup) is drawn where the toolbar popup opens. With `size`,
 * the picture is exactly that size (the page is shown in a window that much lower);
 * otherwise it is the whole page.
 * @param {BrowserContext} context
 * @param {Page} page
 * @param {string} url
 * @param {string} badge
 * @param {{ overlay?: Buffer, size?: { width: number, height: number } }} [options]
 */
async function withToolbar(context, page, url, badge, options = {}) {
  const viewport = page.viewportSize();
  if (options.size) {
    await page.setViewportSize({
      width: options.size.width,
      height: options.size.height - TOOLBAR,
    });
  }
  const shot = await page.screenshot();
  if (options.size && viewport) await page.setViewportSize(viewport);
  const sheet = await context.newPage();
  await sheet.setViewportSize(options.size ?? { width: 1280, height: 800 + TOOLBAR });
  const icon = readFileSync(ICON).toString('base64');
  const image = (/** @type {Buffer} */ bytes) =>
    `data:image/png;base64,${bytes.toString('base64')}`;
  await sheet.setContent(`<!doctype html><meta charset="utf-8">
    <style>
      body { margin: 0; font: 14px system-ui, sans-serif; background: #dee1e6; overflow: hidden; }
      .bar { height: ${TOOLBAR}px; display: flex; align-items: center; gap: 12px; padding: 0 12px; }
      .url { flex: 1; background: #fff; border-radius: 16px; padding: 7px 14px; color: #202124; }
      .button { position: relative; width: 32px; height: 32px; }
      .badge { position: absolute; right: -6px; bottom: -4px; min-width: 14px; padding: 0 3px;
        border-radius: 4px; background: #b45309; color: #fff; font: bold 11px/15px sans-serif;
        text-align: center; }
      img.page { display: block; width: 1280px; }
      img.popup { position: absolute; top: ${TOOLBAR + 2}px; right: 8px; width: 400px;
        max-height: calc(100vh - ${TOOLBAR + 10}px); object-fit: cover; object-position: top;
        border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.35); }
    </style>
    <div class="bar"><div class="url"></div>
      <div class="button"><img src="data:image/png;base64,${icon}" width="32" height="32" alt="">
        ${badge ? '<span class="badge"></span>' : ''}</div></div>
    <img class="page" src="${image(shot)}" alt="">
    ${options.overlay ? `<img class="popup" src="${image(options.overlay)}" alt="">` : ''}`);
  await sheet.locator('.url').evaluate((el, text) => void (el.textContent = text), url);
  if (badge)
    await sheet.locator('.badge').evaluate((el, text) => void (el.textContent = text), badge);
  const composite = await sheet.screenshot({ fullPage: !options.size });
  await sheet.close();
  return composite;
}

/**
 * The welcome page the extension opened at install (waits for it).
 * @param {BrowserContext} context
 */
async function welcomePage(context) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.setViewportSize(STORE);
      await page.locator('main').waitFor();
      return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The welcome page did not open at install');
}

async function tour() {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(STORE_OUT, { recursive: true });
  /** @type {string[]} */
  const written = [];
  /** @param {string} dir */
  const saver = (dir) => (/** @type {string} */ name, /** @type {Buffer} */ bytes) => {
    const path = join(dir, name);
    rmSync(path, { force: true });
    writeFileSync(path, bytes);
    written.push(path);
    console.log(`  ${path}`);
  };
  const save = saver(OUT);
  const saveStore = saver(STORE_OUT);

  console.log('Wallet Assist demo tour (no display found: writing screenshots)');
  /** @type {[string, (step: TourStep) => Promise<void>][]} */
  const tours = [
    ['en-US', englishTour],
    ['zh-CN', simplifiedTour],
    ['zh-TW', traditionalTour],
  ];
  for (const [locale, run] of tours) {
    const { context, worker, extensionId } = await launchWithExtension({
      extensionPath: E2E_BUILD,
      hostResolverRules: server.hostResolverRules,
      locale,
    });
    try {
      await run({ context, worker, extensionId, save, saveStore });
    } finally {
      await context.close();
    }
  }
  console.log(`Done: ${written.length} screenshots in ${OUT} and ${STORE_OUT}`);
}

/**
 * Files the screens of one language go to; the optional ones are skipped where not given.
 * `store*` are the 1280×800 store screenshots.
 * @typedef {{ popup: string, saved?: string, panel: string, menu?: string, locker: string, complaint: string, storePopup?: string, storeLocker?: string, storeComplaint?: string }} ScreenNames
 */

/**
 * The failed PayPal checkout, open and detected.
 * @typedef {{ page: Page, url: string, found: Detection }} Checkout
 */

/**
 * The screens shown in every language, on the same failed PayPal checkout: the popup, evidence
 * saved from it, the side panel with two steps ticked, the evidence locker and a complaint case
 * started from the detection. `names` says which file each goes to.
 * @param {TourStep} step
 * @param {Checkout} checkout
 * @param {ScreenNames} names
 */
async function helpScreens({ context, worker, extensionId, save, saveStore }, checkout, names) {
  const { page, url, found } = checkout;
  const popup = await openPopup(context, worker, extensionId, found.tabId);
  save(names.popup, await popup.screenshot({ fullPage: true }));
  if (names.storePopup) {
    saveStore(
      names.storePopup,
      await withToolbar(context, page, url, found.badge, {
        size: STORE,
        overlay: await popup.screenshot(),
      }),
    );
  }
  await popup.locator('.capture__button').click();
  await popup.locator('.captures__item').first().waitFor();
  const hash = await popup.locator('.captures__hash').first().getAttribute('title');
  console.log(`Evidence saved: visible-area PNG, SHA-256 ${hash}`);
  if (names.saved) {
    await popup.locator('.capture').scrollIntoViewIfNeeded();
    save(names.saved, await popup.locator('.capture').screenshot());
  }
  await popup.close();

  const panel = await openPopup(context, worker, extensionId, found.tabId, 'sidepanel.html');
  await panel.getByRole('checkbox').nth(0).check();
  await panel.getByRole('checkbox').nth(1).check();
  console.log('Side panel: two steps ticked (remembered for the tab)');
  save(names.panel, await panel.screenshot({ fullPage: true }));
  if (names.menu) {
    await panel.locator('.menu summary').click();
    await panel.locator('.menu__item', { hasText: 'Account security check' }).click();
    await panel.locator('main').evaluate(() => window.scrollTo(0, 0));
    save(names.menu, await panel.screenshot());
  }
  await panel.close();

  const locker = await context.newPage();
  await locker.setViewportSize({ width: 1100, height: 800 });
  await locker.goto(`chrome-extension://${extensionId}/locker.html`);
  await locker.locator('.locker__record').first().waitFor();
  console.log('Evidence locker: the saved record with its thumbnail and hashes');
  save(names.locker, await locker.screenshot({ fullPage: true }));
  if (names.storeLocker) {
    await locker.setViewportSize(STORE);
    saveStore(names.storeLocker, await locker.screenshot());
  }
  await locker.close();

  const complaint = await context.newPage();
  await complaint.setViewportSize({ width: 1100, height: 800 });
  await complaint.goto(`chrome-extension://${extensionId}/cases.html?start=${found.tabId}`);
  await complaint.locator('.case-status').waitFor();
  console.log('Complaint case: started from the detection, facts prefilled');
  save(names.complaint, await complaint.screenshot({ fullPage: true }));
  if (names.storeComplaint) {
    await complaint.setViewportSize(STORE);
    saveStore(names.storeComplaint, await complaint.screenshot());
  }
  await complaint.close();
}

/**
 * Opens the failed PayPal checkout and waits for its detection.
 * @param {TourStep} step
 * @returns {Promise<Checkout>}
 */
async function paypalCheckout({ context, worker }) {
  const url = 'https://www.paypal.com/checkoutnow?token=EC-DEMO';
  const page = await context.newPage();
  await page.goto(url);
  const found = await detection(worker, url, 'payment_failed');
  console.log(`PayPal checkout: state ${found.state}, badge "${found.badge}"`);
  await waitForPrompt(page);
  return { page, url, found };
}

/**
 * The welcome page the extension opened at install, saved for the README and the stores.
 * @param {TourStep} step
 * @param {string} name
 * @param {string} storeName
 */
async function welcomeScreens({ context, save, saveStore }, name, storeName) {
  const welcome = await welcomePage(context);
  console.log('Welcome page: opened once at install');
  save(name, await welcome.screenshot({ fullPage: true }));
  saveStore(storeName, await welcome.screenshot());
  await welcome.close();
}

/** @param {TourStep} step */
async function englishTour(step) {
  const { context, worker, extensionId, save, saveStore } = step;
  await welcomeScreens(step, '24-welcome.png', 'en-5-welcome.png');
  const checkout = await paypalCheckout(step);
  const { page, url, found } = checkout;
  save('01-paypal-payment-failed-badge.png', await withToolbar(context, page, url, found.badge));
  save('08-in-page-prompt.png', await promptShot(page));
  saveStore(
    'en-1-payment-failed-prompt.png',
    await withToolbar(context, page, url, found.badge, { size: STORE }),
  );
  await helpScreens(step, checkout, {
    popup: '02-popup-payment-failed.png',
    saved: '03-popup-evidence-saved.png',
    panel: '09-side-panel-checklist.png',
    menu: '10-menu-security-check.png',
    locker: '13-evidence-locker.png',
    complaint: '14-complaint-case.png',
    storePopup: 'en-2-popup-help.png',
    storeLocker: 'en-3-evidence-locker.png',
    storeComplaint: 'en-4-complaint-case.png',
  });

  const options = await openPopup(context, worker, extensionId, null, 'options.html', 820);
  save('11-options.png', await options.screenshot({ fullPage: true }));
  await options.close();
  await page.bringToFront();

  const limited = 'https://wise.com/home';
  await page.goto(limited);
  const wise = await detection(worker, limited, 'account_locked');
  console.log(`Wise: state ${wise.state}, badge "${wise.badge}"`);
  const wisePopup = await openPopup(context, worker, extensionId, wise.tabId);
  save('04-popup-account-locked.png', await wisePopup.screenshot({ fullPage: true }));
  await wisePopup.close();

  const article = 'https://www.paypal.com/smarthelp/article/why-is-my-account-limited-faq1758';
  await page.goto(article);
  const help = await detection(worker, article, null);
  console.log(`PayPal help article: state ${help.state}, badge "${help.badge}" (no prompt)`);
  save('05-help-article-no-badge.png', await withToolbar(context, page, article, help.badge));
}

/**
 * The frozen Alipay account, as a Chinese-speaking person meets it: the page with the badge,
 * the in-page prompt and the popup (and, for the stores, the same at 1280×800).
 * @param {TourStep} step
 * @param {{ badge?: string, prompt: string, popup?: string, storePrompt?: string, storePopup?: string }} names
 */
async function alipayFrozen({ context, worker, extensionId, save, saveStore }, names) {
  const url = 'https://excashier.alipay.com/standard/frozen.htm';
  const page = await context.newPage();
  await page.goto(url);
  const found = await detection(worker, url, 'account_locked');
  console.log(`Alipay (Chinese): state ${found.state}, badge "${found.badge}"`);
  await waitForPrompt(page);
  if (names.badge) save(names.badge, await withToolbar(context, page, url, found.badge));
  save(names.prompt, await promptShot(page));
  if (names.storePrompt) {
    saveStore(
      names.storePrompt,
      await withToolbar(context, page, url, found.badge, { size: STORE }),
    );
  }
  if (names.popup) {
    const popup = await openPopup(context, worker, extensionId, found.tabId);
    save(names.popup, await popup.screenshot({ fullPage: true }));
    if (names.storePopup) {
      saveStore(
        names.storePopup,
        await withToolbar(context, page, url, found.badge, {
          size: STORE,
          overlay: await popup.screenshot(),
        }),
      );
    }
    await popup.close();
  }
  await page.close();
}

/** @param {TourStep} step */
async function simplifiedTour(step) {
  await welcomeScreens(step, '25-welcome-zh-hans.png', 'zh-3-welcome.png');
  await alipayFrozen(step, {
    badge: '06-alipay-account-frozen-badge.png',
    prompt: '12-in-page-prompt-zh.png',
    popup: '07-popup-zh-account-locked.png',
    storePrompt: 'zh-1-account-frozen-prompt.png',
    storePopup: 'zh-2-popup-help.png',
  });
  await helpScreens(step, await paypalCheckout(step), {
    popup: '15-popup-zh-hans.png',
    panel: '16-side-panel-zh-hans.png',
    locker: '17-evidence-locker-zh-hans.png',
    complaint: '18-complaint-case-zh-hans.png',
  });
}

/** @param {TourStep} step */
async function traditionalTour(step) {
  await welcomePage(step.context).then((welcome) => welcome.close());
  await alipayFrozen(step, { prompt: '19-in-page-prompt-zh-hant.png' });
  await helpScreens(step, await paypalCheckout(step), {
    popup: '20-popup-zh-hant.png',
    panel: '21-side-panel-zh-hant.png',
    locker: '22-evidence-locker-zh-hant.png',
    complaint: '23-complaint-case-zh-hant.png',
  });
}
