import { expect, test } from './fixtures';

test.describe('detection on real wallet host names', () => {
  test('a failed PayPal checkout is detected at load, with the badge', async ({ context, extension }) => {
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
    expect(await extension.badgeText(tabId)).not.toBe('');
  });

  test('an error inserted one second after load is detected', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/transfer');
    const tabId = await extension.tabIdOf(page);
    // First the page is healthy…
    await extension.waitForTabState(tabId, (s) => s !== undefined && s.state === null);
    expect(await extension.badgeText(tabId)).toBe('');
    // …then the toast arrives.
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    expect(await extension.badgeText(tabId)).not.toBe('');
  });

  test('an SPA route change resets the state and detects the new route', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/app/pay');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');

    await page.click('a[href="/app/home"]');
    await extension.waitForTabState(tabId, (s) => s?.state === null && s.url === 'https://www.paypal.com/app/home');
    expect(await extension.badgeText(tabId)).toBe('');

    await page.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/app/wallet'));
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
    expect(state?.url).toBe('https://www.paypal.com/app/wallet');
    expect(await extension.badgeText(tabId)).not.toBe('');
  });

  test('a help-centre article about limited accounts is not detected', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/smarthelp/article/why-is-my-account-limited-faq1758');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    // Give any late scan time to (wrongly) fire.
    await page.waitForTimeout(1000);
    expect(await extension.tabState(tabId)).toMatchObject({ providerId: 'paypal', state: null });
    expect(await extension.badgeText(tabId)).toBe('');
  });

  test('hidden error templates and scripts are not detected', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/summary');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    await page.waitForTimeout(1000);
    expect(await extension.tabState(tabId)).toMatchObject({ state: null });
    expect(await extension.badgeText(tabId)).toBe('');
  });

  test('Chinese failure and frozen-account pages on excashier.alipay.com', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://excashier.alipay.com/standard/auth.htm');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed' && s.providerId === 'alipay');
    await page.goto('https://excashier.alipay.com/standard/frozen.htm');
    await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
  });

  test('leaving the wallet or closing the tab removes the state', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://cash.app/account');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed' && s.providerId === 'cashapp');
    await page.goto('about:blank');
    await extension.waitForTabState(tabId, (s) => s === undefined);
    expect(await extension.badgeText(tabId)).toBe('');

    await page.goto('https://wise.com/home');
    await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked' && s.providerId === 'wise');
    await page.close();
    await extension.waitForTabState(tabId, (s) => s === undefined);
  });

  test('state and badge survive a service-worker restart', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-RESTART');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');

    const before = await extension.worker();
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extension.id}/`));
    expect(sw, 'extension service worker target').toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
    await expect.poll(() => context.serviceWorkers().includes(before)).toBe(false);

    // Any extension event wakes a new worker; the state must still be there.
    const state = await extension.tabState(tabId);
    expect(state).toMatchObject({ providerId: 'paypal', state: 'payment_failed' });
    expect(await extension.badgeText(tabId)).not.toBe('');
    // And the new worker keeps working: a fresh problem is still recorded.
    await page.goto('https://www.paypal.com/app/wallet');
    await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
  });
});
