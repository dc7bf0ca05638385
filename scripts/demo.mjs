// `npm run demo`: shows the built extension at work on the bundled demo wallet pages, served on
// their real host names over HTTPS.
//
// With a display (DISPLAY or WAYLAND_DISPLAY set) it opens a Chromium window with the demo pages
// in tabs and waits until you close it. Without one (or with --tour) it takes a scripted tour
// and writes a screenshot of every screen to demo-output/ (or --out DIR), printing each path.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { E2E_BUILD, launchWithExtension, openExtensionWindow } from '../tests/harness/browser.mjs';
import { startFixtureServer } from '../tests/harness/fixture-server.mjs';

const outFlag = process.argv.indexOf('--out');
const OUT = resolve((outFlag > 0 && process.argv[outFlag + 1]) || 'demo-output');
const ICON = resolve(import.meta.dirname, '../public/icon/32.png');

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
 * @typedef {{ context: BrowserContext, worker: Worker, extensionId: string, save: (name: string, bytes: Buffer) => void }} TourStep
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
 * Waits for the extension to finish reading the tab (until it reports `expected`, when given);
 * returns its state and badge.
 * @param {Worker} worker
 * @param {string} url
 * @param {string | null} [expected]
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
    // The tab's state is reset when the page starts loading: wait for the one expected.
    if (result && (expected === undefined || result.state === expected)) return result;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The extension did not report on ${url}`);
}

/**
 * The page as the person sees it, under a plain toolbar that shows the Wallet Assist button
 * with the badge the extension really set (headless Chromium draws no toolbar of its own).
 * @param {BrowserContext} context
 * @param {Page} page
 * @param {string} url
 * @param {string} badge
 */
async function withToolbar(context, page, url, badge) {
  const shot = await page.screenshot();
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280, height: 848 });
  const icon = readFileSync(ICON).toString('base64');
  await sheet.setContent(`<!doctype html><meta charset="utf-8">
    <style>
      body { margin: 0; font: 14px system-ui, sans-serif; background: #dee1e6; }
      .bar { height: 48px; display: flex; align-items: center; gap: 12px; padding: 0 12px; }
      .url { flex: 1; background: #fff; border-radius: 16px; padding: 7px 14px; color: #202124; }
      .button { position: relative; width: 32px; height: 32px; }
      .badge { position: absolute; right: -6px; bottom: -4px; min-width: 14px; padding: 0 3px;
        border-radius: 4px; background: #b45309; color: #fff; font: bold 11px/15px sans-serif;
        text-align: center; }
      img.page { display: block; width: 1280px; }
    </style>
    <div class="bar"><div class="url"></div>
      <div class="button"><img src="data:image/png;base64,${icon}" width="32" height="32" alt="">
        ${badge ? '<span class="badge"></span>' : ''}</div></div>
    <img class="page" src="data:image/png;base64,${shot.toString('base64')}" alt="">`);
  await sheet.locator('.url').evaluate((el, text) => void (el.textContent = text), url);
  if (badge)
    await sheet.locator('.badge').evaluate((el, text) => void (el.textContent = text), badge);
  const composite = await sheet.screenshot({ fullPage: true });
  await sheet.close();
  return composite;
}

async function tour() {
  mkdirSync(OUT, { recursive: true });
  /** @type {string[]} */
  const written = [];
  /** @type {TourStep['save']} */
  const save = (name, bytes) => {
    const path = join(OUT, name);
    rmSync(path, { force: true });
    writeFileSync(path, bytes);
    written.push(path);
    console.log(`  ${path}`);
  };

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
      await run({ context, worker, extensionId, save });
    } finally {
      await context.close();
    }
  }
  console.log(`Done: ${written.length} screenshots in ${OUT}`);
}

/**
 * @typedef {{ popup: string, saved?: string, panel: string, menu?: string, locker: string, complaint: string }} ScreenNames
 */

/**
 * The screens shown in every language, on the same failed PayPal checkout: the popup, evidence
 * saved from it, the side panel with two steps ticked, the evidence locker and a complaint case
 * started from the detection. `names` says which file each goes to (optional ones are skipped).
 * @param {TourStep} step
 * @param {Detection} found
 * @param {ScreenNames} names
 */
async function helpScreens({ context, worker, extensionId, save }, found, names) {
  const popup = await openPopup(context, worker, extensionId, found.tabId);
  save(names.popup, await popup.screenshot({ fullPage: true }));
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
  await locker.close();

  const complaint = await context.newPage();
  await complaint.setViewportSize({ width: 1100, height: 800 });
  await complaint.goto(`chrome-extension://${extensionId}/cases.html?start=${found.tabId}`);
  await complaint.locator('.case-status').waitFor();
  console.log('Complaint case: started from the detection, facts prefilled');
  save(names.complaint, await complaint.screenshot({ fullPage: true }));
  await complaint.close();
}

/**
 * Opens the failed PayPal checkout and waits for its detection.
 * @param {TourStep} step
 * @param {Page} page
 */
async function paypalCheckout({ worker }, page) {
  const url = 'https://www.paypal.com/checkoutnow?token=EC-DEMO';
  await page.goto(url);
  const found = await detection(worker, url, 'payment_failed');
  console.log(`PayPal checkout: state ${found.state}, badge "${found.badge}"`);
  await waitForPrompt(page);
  return found;
}

/** @param {TourStep} step */
async function englishTour(step) {
  const { context, worker, extensionId, save } = step;
  const url = 'https://www.paypal.com/checkoutnow?token=EC-DEMO';
  const page = await context.newPage();
  const found = await paypalCheckout(step, page);
  save('01-paypal-payment-failed-badge.png', await withToolbar(context, page, url, found.badge));
  save('08-in-page-prompt.png', await promptShot(page));
  await helpScreens(step, found, {
    popup: '02-popup-payment-failed.png',
    saved: '03-popup-evidence-saved.png',
    panel: '09-side-panel-checklist.png',
    menu: '10-menu-security-check.png',
    locker: '13-evidence-locker.png',
    complaint: '14-complaint-case.png',
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
 * the in-page prompt and the popup.
 * @param {TourStep} step
 * @param {{ badge?: string, prompt: string, popup?: string }} names
 */
async function alipayFrozen({ context, worker, extensionId, save }, names) {
  const url = 'https://excashier.alipay.com/standard/frozen.htm';
  const page = await context.newPage();
  await page.goto(url);
  const found = await detection(worker, url, 'account_locked');
  console.log(`Alipay (Chinese): state ${found.state}, badge "${found.badge}"`);
  await waitForPrompt(page);
  if (names.badge) save(names.badge, await withToolbar(context, page, url, found.badge));
  save(names.prompt, await promptShot(page));
  if (names.popup) {
    const popup = await openPopup(context, worker, extensionId, found.tabId);
    save(names.popup, await popup.screenshot({ fullPage: true }));
    await popup.close();
  }
  await page.close();
}

/**
 * A Chinese tour: the frozen Alipay account, then the same screens as in English.
 * @param {TourStep} step
 * @param {{ badge?: string, prompt: string, popup?: string }} alipay
 * @param {ScreenNames} screens
 */
async function chineseTour(step, alipay, screens) {
  await alipayFrozen(step, alipay);
  await helpScreens(step, await paypalCheckout(step, await step.context.newPage()), screens);
}

/** @param {TourStep} step */
function simplifiedTour(step) {
  return chineseTour(
    step,
    {
      badge: '06-alipay-account-frozen-badge.png',
      prompt: '12-in-page-prompt-zh.png',
      popup: '07-popup-zh-account-locked.png',
    },
    {
      popup: '15-popup-zh-hans.png',
      panel: '16-side-panel-zh-hans.png',
      locker: '17-evidence-locker-zh-hans.png',
      complaint: '18-complaint-case-zh-hans.png',
    },
  );
}

/** @param {TourStep} step */
function traditionalTour(step) {
  return chineseTour(
    step,
    { prompt: '19-in-page-prompt-zh-hant.png' },
    {
      popup: '20-popup-zh-hant.png',
      panel: '21-side-panel-zh-hant.png',
      locker: '22-evidence-locker-zh-hant.png',
      complaint: '23-complaint-case-zh-hant.png',
    },
  );
}
