import { expect, test } from './fixtures';

// Wallet checkouts often run in a frame on the shop's page. The content script runs in frames
// on registered wallet hosts only, and what it finds there is kept for the tab that shows it.
test.describe('detection in wallet frames inside other sites', () => {
  test('a decline in a PayPal frame on a shop page is kept for the tab, named by the frame', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://shop.example.com/checkout');
    const tabId = await extension.tabIdOf(page);
    const state = await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    expect(state).toMatchObject({
      providerId: 'paypal',
      state: 'payment_failed',
      url: 'https://www.paypal.com/smart/card-fields',
    });
    expect(state?.frameId).toBeGreaterThan(0);
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
    // The in-page prompt belongs to top-level wallet pages: nothing is drawn into the shop's page.
    await page.waitForTimeout(800);
    expect(await page.locator('wallet-assist-prompt').count()).toBe(0);
  });

  test("the shop's own page and frames of other hosts are never read", async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://shop.example.com/quiet');
    const tabId = await extension.tabIdOf(page);
    // The PayPal frame reports that its part is fine; the shop's alert and the widget frame's
    // decline are not ours to read.
    const state = await extension.waitForTabState(tabId, (s) => s !== undefined);
    expect(state).toMatchObject({
      providerId: 'paypal',
      state: null,
      url: 'https://www.paypal.com/smart/buttons',
    });
    await page.waitForTimeout(1200);
    expect((await extension.tabState(tabId))?.state ?? null).toBeNull();
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
  });
});
