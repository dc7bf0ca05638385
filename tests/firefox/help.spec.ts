import { en } from '../../lib/i18n/en';
import { expect, test } from './fixtures';
import { PROMPT_TEXTS_PAYMENT_FAILED } from '../e2e/pages';
import type { FirefoxBrowser } from './firefox';

/** The extension pages' global (code run in the control page uses it). */
declare const browser: FirefoxBrowser;

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-FXHELP';

test.describe('Firefox: help on the page, in the popup and in the sidebar', () => {
  test('the prompt appears with one sentence and five buttons, in a closed shadow root', async ({
    ext,
  }) => {
    const { page, tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    await expect.poll(async () => (await ext.prompt(tabId))?.buttons.length).toBe(5);
    const view = (await ext.prompt(tabId))!;
    expect(view.hosts).toBe(1);
    expect(view.mode).toBe('closed');
    expect(view.texts).toEqual(PROMPT_TEXTS_PAYMENT_FAILED);
    expect(view.texts.join(' ')).not.toMatch(/\d/);
    // The page cannot see inside.
    expect(
      await page.evaluate(() => document.querySelector('wallet-assist-prompt')!.shadowRoot),
    ).toBeNull();
  });

  test('Open help opens the toolbar popup for the tab while the sidebar is closed', async ({
    ext,
  }) => {
    const { page, tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    expect(await ext.run(() => browser.sidebarAction.isOpen({}))).toBe(false);
    await ext.clickPrompt(page, tabId, en['prompt.openHelp']);
    await expect
      .poll(() => ext.helpView('popup'))
      .toEqual({ provider: 'paypal', state: 'payment_failed' });
    // No stray window: the help is anchored to the toolbar button.
    expect(await ext.run(async () => (await browser.windows.getAll()).length)).toBe(1);
  });

  test('the popup’s button opens the sidebar, which follows the active tab; Open help then uses it', async ({
    ext,
  }) => {
    const paypal = await ext.openWallet(CHECKOUT, 'payment_failed');
    const wise = await ext.openWallet('https://wise.com/home', 'account_locked');
    // The popup for the PayPal tab, in the same window: a real click on its button.
    const popup = await ext.openPage(`popup.html?tabId=${paypal.tabId}`, { window: false });
    const button = await popup.waitForSelector(`::-p-text(${en['panel.openSidePanel']})`);
    await button!.click();
    await expect.poll(() => ext.run(() => browser.sidebarAction.isOpen({}))).toBe(true);

    await paypal.page.bringToFront();
    await expect
      .poll(() => ext.helpView('sidebar'))
      .toEqual({ provider: 'paypal', state: 'payment_failed' });
    await wise.page.bringToFront();
    await expect
      .poll(() => ext.helpView('sidebar'))
      .toEqual({ provider: 'wise', state: 'account_locked' });

    // With the sidebar open, the prompt's Open help needs nothing more: no popup, no window.
    await paypal.page.bringToFront();
    await ext.clickPrompt(paypal.page, paypal.tabId, en['prompt.openHelp']);
    await expect
      .poll(() => ext.helpView('sidebar'))
      .toEqual({ provider: 'paypal', state: 'payment_failed' });
    await new Promise((done) => setTimeout(done, 500));
    expect(await ext.views('popup')).toEqual([]);
  });

  test('Dismiss removes the prompt; "not on this site for a day" snoozes the host', async ({
    ext,
  }) => {
    const { page, tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    await ext.clickPrompt(page, tabId, en['prompt.dismiss']);
    await expect.poll(() => ext.prompt(tabId)).toBeNull();

    await page.goto(`${CHECKOUT}-2`);
    await ext.clickPrompt(page, tabId, en['prompt.snoozeDay']);
    await expect
      .poll(async () =>
        Object.keys(
          (
            (await ext.run(() => browser.storage.local.get('settings'))).settings as {
              snoozedSites?: Record<string, string>;
            }
          )?.snoozedSites ?? {},
        ),
      )
      .toEqual(['www.paypal.com']);
  });
});
