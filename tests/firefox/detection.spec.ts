import { expect, test } from './fixtures';
import type { FirefoxBrowser } from './firefox';

/** The extension pages' global (code run in the control page uses it). */
declare const browser: FirefoxBrowser;

const SPA = 'https://www.paypal.com/app';

test.describe('Firefox: detection on real wallet host names', () => {
  test('a failed PayPal checkout is detected at load, with the badge and the facts', async ({
    ext,
  }) => {
    const { tabId } = await ext.openWallet(
      'https://www.paypal.com/checkoutnow?token=EC-FX1',
      'payment_failed',
    );
    const state = await ext.tabState(tabId);
    expect(state).toMatchObject({
      providerId: 'paypal',
      state: 'payment_failed',
      url: 'https://www.paypal.com/checkoutnow?token=EC-FX1',
      fields: { amount: '24.50', currency: 'USD', merchant: 'Coffee Corner Ltd' },
    });
    expect(String(state?.detectedAt)).toMatch(/T\d\d:\d\d:\d\d.*[+-]\d\d:\d\d$/);
    await expect.poll(() => ext.badgeText(tabId)).not.toBe('');
  });

  test('an error inserted one second after load is detected', async ({ ext }) => {
    const { tabId } = await ext.openWallet('https://www.paypal.com/myaccount/transfer', null);
    await expect.poll(() => ext.badgeText(tabId)).toBe('');
    await ext.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    await expect.poll(() => ext.badgeText(tabId)).not.toBe('');
  });

  test('an SPA route change to a healthy page clears the state with the new address', async ({
    ext,
  }) => {
    const { page, tabId } = await ext.openWallet(`${SPA}/pay`, 'payment_failed');
    // Record every write of this tab's state from now on.
    await ext.run((key) => {
      const log: unknown[] = [];
      (globalThis as { stateLog?: unknown[] }).stateLog = log;
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && key in changes) log.push(changes[key]?.newValue);
      });
    }, `tab:${tabId}`);

    await page.click('a[href="/app/home"]');
    await ext.waitForTabState(tabId, (s) => s?.state === null && s.url === `${SPA}/home`);
    await expect.poll(() => ext.badgeText(tabId)).toBe('');
    // Firefox sends no `loading` status for pushState: only the page's own report moves the
    // address on, and no write may pair the healthy state with the old route.
    const writes = await ext.run(() => (globalThis as { stateLog?: unknown[] }).stateLog ?? []);
    expect(writes).not.toContainEqual(expect.objectContaining({ url: `${SPA}/pay`, state: null }));

    await page.evaluate(() =>
      (window as unknown as { navigateTo(p: string): void }).navigateTo('/app/wallet'),
    );
    const state = await ext.waitForTabState(tabId, (s) => s?.state === 'account_locked');
    expect(state?.url).toBe(`${SPA}/wallet`);
    await expect.poll(() => ext.badgeText(tabId)).not.toBe('');
  });

  test('a help-centre article and hidden error templates are not detected', async ({ ext }) => {
    for (const url of [
      'https://www.paypal.com/smarthelp/article/why-is-my-account-limited-faq1758',
      'https://www.paypal.com/myaccount/summary',
    ]) {
      const { page, tabId } = await ext.openWallet(url, null);
      // Give any late scan time to (wrongly) fire.
      await new Promise((done) => setTimeout(done, 1000));
      expect(await ext.tabState(tabId), url).toMatchObject({ providerId: 'paypal', state: null });
      await expect.poll(() => ext.badgeText(tabId)).toBe('');
      await page.close();
    }
  });

  test('Chinese pages on excashier.alipay.com; leaving the wallet or closing the tab forgets it', async ({
    ext,
  }) => {
    const { page, tabId } = await ext.openWallet(
      'https://excashier.alipay.com/standard/auth.htm',
      'payment_failed',
    );
    expect(await ext.tabState(tabId)).toMatchObject({ providerId: 'alipay' });
    await page.goto('https://excashier.alipay.com/standard/frozen.htm');
    await ext.waitForTabState(tabId, (s) => s?.state === 'account_locked');

    await page.goto('about:blank');
    await ext.waitForTabState(tabId, (s) => s === undefined);
    await expect.poll(() => ext.badgeText(tabId)).toBe('');

    await page.goto('https://wise.com/home');
    await ext.waitForTabState(
      tabId,
      (s) => s?.state === 'account_locked' && s.providerId === 'wise',
    );
    await page.close();
    await ext.waitForTabState(tabId, (s) => s === undefined);
  });
});
