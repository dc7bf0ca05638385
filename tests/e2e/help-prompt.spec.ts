import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { expect, test } from './fixtures';
import {
  boxOf,
  cdpFor,
  clickPromptButton,
  evaluateInPrompt,
  openExtensionPage,
  openWallet,
  pageTargetUrls,
  readPrompt,
  storedSettings,
  waitForPrompt,
} from './help-helpers';
import { PROMPT_TEXTS_PAYMENT_FAILED } from './pages';

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-PROMPT';

test.describe('in-page prompt', () => {
  test('appears on a failed payment with one sentence and five buttons, in a closed shadow root', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const cdp = await cdpFor(page);
    const view = await waitForPrompt(cdp);
    expect(view.hosts).toBe(1);
    expect(view.shadowRootType).toBe('closed');
    expect(view.texts).toEqual(PROMPT_TEXTS_PAYMENT_FAILED);
    // No contact data: no digits at all, no links.
    expect(view.texts.join(' ')).not.toMatch(/\d/);
    // The page cannot see inside.
    expect(
      await page.evaluate(() => document.querySelector('wallet-assist-prompt')!.shadowRoot),
    ).toBeNull();
    // It sits in a corner of the viewport, over the page, without moving the page.
    const box = await boxOf(cdp, view.cardBackendNodeId);
    expect(box).not.toBeNull();
    const viewport = page.viewportSize()!;
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    expect(box!.y).toBeGreaterThan(viewport.height / 2);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('wallet-assist-prompt')!).position,
      ),
    ).toBe('fixed');
  });

  test('never steals focus and never shifts the page layout', async ({ context }) => {
    const page = await context.newPage();
    // Record the layout and focus from the first paint, before the prompt can appear.
    await page.addInitScript(() => {
      const w = window as unknown as { __layout: string[]; __focus: string[] };
      w.__layout = [];
      w.__focus = [];
      const record = () => {
        const main = document.querySelector('main');
        if (main) w.__layout.push(JSON.stringify(main.getBoundingClientRect()));
        w.__focus.push(document.activeElement?.localName ?? 'none');
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true });
      document.addEventListener('focusin', () => w.__focus.push('focusin'), true);
    });
    await page.goto(CHECKOUT);
    const cdp = await cdpFor(page);
    await waitForPrompt(cdp);
    const { layout, focus, active, scrollHeight, innerHeight } = await page.evaluate(() => {
      const w = window as unknown as { __layout: string[]; __focus: string[] };
      return {
        layout: [...new Set(w.__layout)],
        focus: [...new Set(w.__focus)],
        active: document.activeElement?.localName,
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
      };
    });
    expect(layout).toHaveLength(1);
    expect(focus).not.toContain('focusin');
    expect(active).toBe('body');
    expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
  });

  test('shows no prompt (and injects nothing) where nothing is wrong', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(
      context,
      extension,
      'https://www.paypal.com/myaccount/summary',
      null,
    );
    await page.waitForTimeout(1000);
    expect(await readPrompt(await cdpFor(page))).toBeNull();
  });

  test('Dismiss removes it; "not on this site for a day" snoozes the host, and Options can undo it', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const cdp = await cdpFor(page);
    await clickPromptButton(page, cdp, en['prompt.dismiss']);
    await expect.poll(() => readPrompt(cdp)).toBeNull();
    expect((await storedSettings(extension)).snoozedSites ?? {}).toEqual({});

    // Each visit uses its own URL: a new page, so a new detection.
    await page.goto(`${CHECKOUT}-2`);
    await clickPromptButton(page, cdp, en['prompt.snoozeDay']);
    // It says where help still is, then goes.
    await expect.poll(async () => (await readPrompt(cdp))?.texts).toContain(en['prompt.snoozed']);
    await expect.poll(() => readPrompt(cdp)).toBeNull();
    const until = ((await storedSettings(extension)).snoozedSites as Record<string, string>)[
      'www.paypal.com'
    ];
    expect(Date.parse(until!) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    expect(Date.parse(until!) - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);

    // Snoozed: the badge still says something is wrong, but no prompt comes back.
    await page.goto(`${CHECKOUT}-3`);
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    await page.waitForTimeout(800);
    expect(await readPrompt(cdp)).toBeNull();
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');

    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    const row = options.locator('[data-host="www.paypal.com"]');
    await expect(row).toBeVisible();
    await row
      .getByRole('button', {
        name: en['options.snoozed.remove'].replace('{host}', 'www.paypal.com'),
      })
      .click();
    await expect(options.getByText(en['options.snoozed.none'])).toBeVisible();
    expect((await storedSettings(extension)).snoozedSites).toEqual({});

    await page.goto(`${CHECKOUT}-4`);
    await waitForPrompt(cdp);
  });

  test('"never on this site" and a switched-off wallet keep the prompt away', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const cdp = await cdpFor(page);
    await clickPromptButton(page, cdp, en['prompt.snoozeAlways']);
    await expect
      .poll(async () => (await storedSettings(extension)).snoozedSites)
      .toEqual({ 'www.paypal.com': 'always' });

    const alipay = await openWallet(
      context,
      extension,
      'https://excashier.alipay.com/standard/frozen.htm',
      'account_locked',
    );
    const alipayCdp = await cdpFor(alipay.page);
    await waitForPrompt(alipayCdp);
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    await options.getByRole('checkbox', { name: 'Alipay', exact: true }).uncheck();
    await expect
      .poll(async () => (await storedSettings(extension)).disabledProviders)
      .toEqual(['alipay']);
    await alipay.page.goto('https://excashier.alipay.com/standard/frozen.htm?again=1');
    await extension.waitForTabState(alipay.tabId, (s) => s?.state === 'account_locked');
    await alipay.page.waitForTimeout(800);
    expect(await readPrompt(alipayCdp)).toBeNull();
  });

  test('speaks the language chosen in Options', async ({ context, extension }) => {
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    await options.getByRole('radio', { name: en['options.language.zh-CN'] }).check();
    await expect(options.locator('h1')).toHaveText(zhCN['options.title']);
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const view = await waitForPrompt(await cdpFor(page));
    expect(view.texts).toContain(zhCN['prompt.message.payment_failed']);
  });

  test('"Save evidence now" stores a capture; "Open help" opens the side panel for the tab', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const cdp = await cdpFor(page);
    await clickPromptButton(page, cdp, en['prompt.saveEvidence']);
    await expect.poll(async () => (await readPrompt(cdp))?.texts).toContain(en['prompt.saved']);
    const sw = await extension.worker();
    const count = await sw.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('wallet-assist-evidence');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const counting = db.transaction('captures').objectStore('captures').count();
            counting.onsuccess = () => {
              db.close();
              resolve(counting.result);
            };
          };
        }),
    );
    expect(count).toBe(1);

    expect((await pageTargetUrls(context)).some((u) => u.includes('/sidepanel.html'))).toBe(false);
    await clickPromptButton(page, cdp, en['prompt.openHelp']);
    await expect
      .poll(async () => (await pageTargetUrls(context)).some((u) => u.includes('/sidepanel.html')))
      .toBe(true);
  });

  test('moves out of the way when a wallet dialog opens in its corner', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(
      context,
      extension,
      'https://www.paypal.com/checkout/dialog',
      'payment_failed',
    );
    const cdp = await cdpFor(page);
    const corner = async () =>
      page.evaluate(() =>
        document.querySelector('wallet-assist-prompt')?.getAttribute('data-corner'),
      );
    await waitForPrompt(cdp);
    expect(await corner()).toBe('bottom-right');
    await page.getByRole('button', { name: 'Choose another way to pay' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect.poll(corner).toBe('bottom-left');
    const view = await waitForPrompt(cdp);
    const card = await boxOf(cdp, view.cardBackendNodeId);
    const sheet = await page.getByRole('dialog').boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(sheet!.x);
  });

  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`animates its entrance only without a reduced-motion preference (${motion})`, async ({
      context,
      extension,
    }) => {
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(`${CHECKOUT}-${motion}`);
      const tabId = await extension.tabIdOf(page);
      await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
      const cdp = await cdpFor(page);
      await waitForPrompt(cdp);
      const animation = await evaluateInPrompt<string>(
        cdp,
        "function () { return getComputedStyle(this.querySelector('section')).animationName; }",
      );
      expect(animation).toBe(motion === 'reduce' ? 'none' : 'enter');
    });
  }

  test('follows a single-page app: gone when the problem clears, back with the next one', async ({
    context,
    extension,
  }) => {
    const { page, tabId } = await openWallet(
      context,
      extension,
      'https://www.paypal.com/app/pay',
      'payment_failed',
    );
    const cdp = await cdpFor(page);
    expect((await waitForPrompt(cdp)).texts).toContain(en['prompt.message.payment_failed']);
    await page.click('a[href="/app/home"]');
    await extension.waitForTabState(tabId, (s) => s?.state === null);
    await expect.poll(() => readPrompt(cdp)).toBeNull();
    await page.click('a[href="/app/wallet"]');
    await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
    await expect
      .poll(async () => (await readPrompt(cdp))?.texts)
      .toContain(en['prompt.message.account_locked']);
  });
});
