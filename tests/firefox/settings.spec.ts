import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { expect, test } from './fixtures';
import type { FirefoxBrowser } from './firefox';

/** The extension pages' global (code run in the control page uses it). */
declare const browser: FirefoxBrowser;

test.describe('Firefox: settings', () => {
  test('choosing 简体中文 on the options page turns the open help into Chinese at once', async ({
    ext,
  }) => {
    const { tabId } = await ext.openWallet(
      'https://www.paypal.com/checkoutnow?token=EC-FXLANG',
      'payment_failed',
    );
    const popup = await ext.openPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.$eval('.state-header__state', (el) => el.textContent))
      .toBe('Payment failed');

    const options = await ext.openPage('options.html');
    await options.click('input[name="language"][value="zh-CN"]');
    await expect
      .poll(async () => (await ext.run(() => browser.storage.local.get('settings'))).settings)
      .toMatchObject({ language: 'zh-CN' });
    await expect
      .poll(() => popup.$eval('.state-header__state', (el) => el.textContent))
      .toBe(zhCN['state.payment_failed']);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  test('the welcome page opened once at install, with Firefox’s way to pin the button', async ({
    ext,
  }) => {
    await expect.poll(() => ext.views('tab')).toContain(`${ext.origin}/welcome.html`);
    const texts = await ext.run(() => {
      const view = browser.extension
        .getViews({ type: 'tab' })
        .find((v) => v.location.pathname === '/welcome.html');
      return view?.document.body.innerText ?? '';
    });
    expect(texts).toContain(en['welcome.title']);
    expect(texts).toContain(en['welcome.pin.firefox']);
    expect(texts).toContain(en['welcome.privacy.local']);
    expect((await ext.views('tab')).filter((u) => u.endsWith('/welcome.html'))).toHaveLength(1);
  });
});
