import { expect, test } from './fixtures';
import { watchWorker } from './pages';

test.describe('detection on real wallet host names', () => {
  test('a failed PayPal checkout is detected at load, with the badge', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-7Y2');
    const tabId = await extension.tabIdOf(page);
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    expect(state).toMatchObject({
      providerId: 'paypal',
      state: 'payment_failed',
      url: 'https://www.paypal.com/checkoutnow?token=EC-7Y2',
    });
    expect(String(state?.detectedAt)).toMatch(/T\d\d:\d\d:\d\d.*[+-]\d\d:\d\d$/);
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
    // The facts of the checkout card, for the complaint description.
    expect(state?.fields).toMatchObject({
      amount: '24.50',
      currency: 'USD',
      merchant: 'Coffee Corner Ltd',
    });
  });

  test('an error inserted one second after load is detected', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/transfer');
    const tabId = await extension.tabIdOf(page);
    // First the page is healthy…
    await extension.waitForTabState(tabId, (s) => s !== undefined && s.state === null);
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
    // …then the toast arrives.
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
  });

  test('an SPA route change resets the state and detects the new route', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/app/pay');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    // Record every write of this tab's state from now on.
    const sw = await extension.worker();
    await sw.evaluate((key) => {
      const log: unknown[] = [];
      (globalThis as { stateLog?: unknown[] }).stateLog = log;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && key in changes) log.push(changes[key]?.newValue);
      });
    }, `tab:${tabId}`);

    await page.click('a[href="/app/home"]');
    await extension.waitForTabState(
      tabId,
      (s) => s?.state === null && s.url === 'https://www.paypal.com/app/home',
    );
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
    // The route is announced before the address moves: no write may pair the healthy state
    // with the old route (whichever of the tab event and the page's report comes first).
    const writes = await sw.evaluate(() => (globalThis as { stateLog?: unknown[] }).stateLog);
    expect(writes).not.toContainEqual(
      expect.objectContaining({ url: 'https://www.paypal.com/app/pay', state: null }),
    );

    await page.evaluate(() =>
      (window as unknown as { navigateTo(p: string): void }).navigateTo('/app/wallet'),
    );
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
    expect(state?.url).toBe('https://www.paypal.com/app/wallet');
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
  });

  test('a help-centre article about limited accounts is not detected', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/smarthelp/article/why-is-my-account-limited-faq1758');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    // Give any late scan time to (wrongly) fire.
    await page.waitForTimeout(1000);
    expect(await extension.tabState(tabId)).toMatchObject({ providerId: 'paypal', state: null });
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
  });

  test('hidden error templates and scripts are not detected', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/summary');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    await page.waitForTimeout(1000);
    expect(await extension.tabState(tabId)).toMatchObject({ state: null });
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
  });

  test('Chinese failure and frozen-account pages on excashier.alipay.com', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://excashier.alipay.com/standard/auth.htm');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(
      tabId,
      (s) => s?.state === 'payment_failed' && s.providerId === 'alipay',
    );
    await page.goto('https://excashier.alipay.com/standard/frozen.htm');
    await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
  });

  test('leaving the wallet or closing the tab removes the state', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://cash.app/account');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(
      tabId,
      (s) => s?.state === 'payment_failed' && s.providerId === 'cashapp',
    );
    await page.goto('about:blank');
    await extension.waitForTabState(tabId, (s) => s === undefined);
    await expect.poll(() => extension.badgeText(tabId)).toBe('');

    await page.goto('https://wise.com/home');
    await extension.waitForTabState(
      tabId,
      (s) => s?.state === 'account_locked' && s.providerId === 'wise',
    );
    await page.close();
    await extension.waitForTabState(tabId, (s) => s === undefined);
  });

  test('state and badge survive a service-worker restart', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-RESTART');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');

    // Stop the worker the way Chromium does when it idles out, through DevTools from one of the
    // extension's pages (its storage partition).
    const extPage = await context.newPage();
    await extPage.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
    const worker = await watchWorker(extPage, extension);
    await worker.stop();
    const { statuses } = worker;
    const stoppedAt = statuses.lastIndexOf('stopped');

    // Read through the extension page: the stopped worker's memory is gone, the state is not.
    const readFromPage = () =>
      extPage.evaluate(
        async (tab) => ({
          state: (await chrome.storage.session.get(`tab:${tab}`))[`tab:${tab}`] as
            { providerId?: string; state?: string } | undefined,
          badge: await chrome.action.getBadgeText({ tabId: tab }),
        }),
        tabId,
      );
    const afterStop = await readFromPage();
    expect(afterStop.state).toMatchObject({ providerId: 'paypal', state: 'payment_failed' });
    expect(afterStop.badge).not.toBe('');

    // A fresh problem wakes a new worker, which records it as before.
    await page.goto('https://www.paypal.com/app/wallet');
    await expect.poll(async () => (await readFromPage()).state?.state).toBe('account_locked');
    expect(statuses.slice(stoppedAt)).toContain('running');
    expect((await readFromPage()).badge).not.toBe('');
  });
});
