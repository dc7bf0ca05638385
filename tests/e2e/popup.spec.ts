import { createHash } from 'node:crypto';
import { CHECKLISTS } from '../../lib/checklists';
import { en } from '../../lib/i18n/en';
import { getProvider } from '../../lib/providers';
import { expect, test, type Extension } from './fixtures';
import type { BrowserContext } from '@playwright/test';
import { openExtensionPage, openWallet, readEvidence } from './pages';

/** Opens the popup for `tabId` in its own window, so the wallet tab stays active in its own. */
const openPopupFor = (context: BrowserContext, extension: Extension, tabId: number) =>
  openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);

const failedPayPalCheckout = (context: BrowserContext, extension: Extension) =>
  openWallet(
    context,
    extension,
    'https://www.paypal.com/checkoutnow?token=EC-POPUP',
    'payment_failed',
  );

test.describe('popup', () => {
  test('shows the provider, the state, its checklist and the official contacts', async ({
    context,
    extension,
  }) => {
    const { tabId } = await failedPayPalCheckout(context, extension);
    const popup = await openPopupFor(context, extension, tabId);
    const paypal = getProvider('paypal')!;

    await expect(popup.locator('.state-header__provider')).toContainText(paypal.name.en);
    await expect(popup.locator('h1')).toHaveText(en['state.payment_failed']);
    const steps = popup.locator('.checklist li');
    await expect(steps).toHaveText(CHECKLISTS.payment_failed.map((key) => en[key]));

    const open = popup.locator('a.contacts__open');
    await expect(open).toHaveAttribute('href', paypal.contacts.contactPage.url);
    await expect(open).toHaveAttribute('target', '_blank');
    // Every phone shown comes from the registry, each with its source.
    const shown = await popup.locator('.phone__number').allTextContents();
    const vetted = paypal.contacts.phones.map((p) => p.number);
    expect(shown.length).toBeGreaterThan(0);
    // The browser speaks en-US: the US number comes first.
    expect(shown[0]?.trim()).toBe('(402) 935-7733');
    for (const number of shown) expect(vetted).toContain(number.trim());
    await expect(popup.locator('.phone .source')).toHaveCount(shown.length);
  });

  test('a wallet page without a problem shows the provider and no checklist', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/myaccount/summary');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined && s.state === null);
    const popup = await openPopupFor(context, extension, tabId);
    await expect(popup.locator('h1')).toHaveText(en['state.none']);
    await expect(popup.locator('.checklist')).toHaveCount(0);
    await expect(popup.locator('a.contacts__open')).toBeVisible();
  });

  test('Capture stores the visible area in IndexedDB with the right SHA-256', async ({
    context,
    extension,
  }) => {
    const { tabId } = await failedPayPalCheckout(context, extension);
    const popup = await openPopupFor(context, extension, tabId);
    await expect(popup.locator('.captures__item')).toHaveCount(0);

    await popup.getByRole('button', { name: en['capture.button'] }).click();
    await expect(popup.locator('.capture__status')).toContainText(/[0-9a-f]{12}/);
    await expect(popup.locator('.captures__item')).toHaveCount(1);

    const { records, blobs } = await readEvidence(popup);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      url: 'https://www.paypal.com/checkoutnow?token=EC-POPUP',
      providerId: 'paypal',
      state: 'payment_failed',
    });
    expect(record!.capturedAt).toMatch(/T\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    const [artifact] = record!.artifacts;
    expect(artifact).toMatchObject({ kind: 'screenshot-visible', mimeType: 'image/png' });

    // The screenshot plus the page snapshot and its text.
    expect(blobs).toHaveLength(record!.artifacts.length);
    const screenshot = blobs.find((blob) => blob.key === artifact!.sha256)!;
    const bytes = Buffer.from(screenshot.base64, 'base64');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(bytes.length).toBe(artifact!.size);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(sha256).toBe(artifact!.sha256);
    expect(screenshot.key).toBe(sha256);
    expect(screenshot.pageSha256).toBe(sha256);
    await expect(popup.locator('.captures__hash')).toHaveAttribute('title', sha256);
  });
});
