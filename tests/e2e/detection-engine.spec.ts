import { expect, test } from './fixtures';

test.describe('detection engine in the built extension', () => {
  test('stores the supporting text and the fields read from the page', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-FIELDS');
    const tabId = await extension.tabIdOf(page);
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    expect(state?.matchedText).toEqual([
      "We're sorry, we couldn't complete your payment. Please try again or use a different payment method.",
    ]);
    expect(state?.fields).toMatchObject({
      amountText: '$24.50 USD',
      amount: '24.50',
      currency: 'USD',
    });
  });

  test('reads an alert inside an open shadow root, in Traditional Chinese', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/hk/notice');
    const tabId = await extension.tabIdOf(page);
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'account_locked');
    expect(state?.ruleIds).toContain('generic.account-locked.zh-hant');
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
  });

  test('keeps a problem after its toast vanished, using a provider rule', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://cash.app/pay');
    const tabId = await extension.tabIdOf(page);
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    expect(state?.ruleIds).toContain('cashapp.canceled-for-protection.en');
    await expect(page.locator('#toasts')).toBeEmpty();
    await page.waitForTimeout(500);
    expect(await extension.tabState(tabId)).toMatchObject({ state: 'payment_failed' });
  });

  test('does not report old failed rows of the activity list', async ({ context, extension }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/activity');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    await page.waitForTimeout(1000);
    expect(await extension.tabState(tabId)).toMatchObject({ providerId: 'paypal', state: null });
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
  });
});
