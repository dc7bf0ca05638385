import { CHECKLISTS, TOPICS } from '../../lib/checklists';
import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { getProvider } from '../../lib/providers';
import { expect, test, type Extension } from './fixtures';
import type { BrowserContext } from '@playwright/test';
import { openExtensionPage, openWallet, pageTargetUrls } from './help-helpers';

/** URLs of tabs opened on the cases page (whichever build provides that page). */
async function casesTabs(extension: Extension): Promise<string[]> {
  const sw = await extension.worker();
  return sw.evaluate(async () =>
    (await chrome.tabs.query({}))
      .map((t) => t.pendingUrl ?? t.url ?? '')
      .filter((u) => u.includes('/cases.html')),
  );
}

/**
 * The cases page a button opened: it starts from the link's address and, once the case is
 * created, replaces it with `#case=<id>`; either way it must show the expected case.
 */
async function expectCaseOpened(
  context: BrowserContext,
  extension: Extension,
  startQuery: string,
  heading: string,
) {
  const start = `chrome-extension://${extension.id}/cases.html?${startQuery}`;
  await expect
    .poll(async () => {
      const urls = await casesTabs(extension);
      return (
        urls.length === 1 && (urls[0] === start || /\/cases\.html#case=[\w-]+$/.test(urls[0]!))
      );
    })
    .toBe(true);
  const page = context.pages().find((p) => p.url().includes('/cases.html'));
  expect(page).toBeDefined();
  await expect(page!.locator('h1')).toHaveText(heading);
  expect(page!.url()).toMatch(/\/cases\.html#case=[\w-]+$/);
  await page!.close();
}

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-PANEL';

test.describe('popup and side panel', () => {
  test('ticked steps are remembered for the tab and shared between popup and side panel', async ({
    context,
    extension,
  }) => {
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    const steps = popup.locator('.checklist li');
    await expect(steps).toHaveText(CHECKLISTS.payment_failed.map((key) => en[key]));
    await popup.getByRole('checkbox', { name: en['check.payment_failed.network'] }).check();
    await popup.getByRole('checkbox', { name: en['check.payment_failed.balance'] }).check();
    await expect(popup.locator('.checklist__progress')).toContainText(
      en['checklist.progress'].replace('{done}', '2').replace('{total}', '6'),
    );
    await popup.close();

    const again = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(
      again.getByRole('checkbox', { name: en['check.payment_failed.network'] }),
    ).toBeChecked();
    await expect(
      again.getByRole('checkbox', { name: en['check.payment_failed.merchant'] }),
    ).not.toBeChecked();

    const panel = await openExtensionPage(context, extension, `sidepanel.html?tabId=${tabId}`);
    await expect(panel.locator('main.popup--sidepanel')).toBeVisible();
    await expect(panel.locator('h1')).toHaveText(en['state.payment_failed']);
    await expect(
      panel.getByRole('checkbox', { name: en['check.payment_failed.balance'] }),
    ).toBeChecked();
    await expect(panel.locator('a.contacts__open')).toHaveAttribute(
      'href',
      getProvider('paypal')!.contacts.contactPage.url,
    );

    // Another tab with the same problem starts with nothing ticked.
    const other = await openWallet(context, extension, `${CHECKOUT}-OTHER`, 'payment_failed');
    const otherPopup = await openExtensionPage(
      context,
      extension,
      `popup.html?tabId=${other.tabId}`,
    );
    await expect(otherPopup.locator('.checklist input:checked')).toHaveCount(0);
  });

  test('contacts card: help in the app first, then phones with copy and tel:, hours and source', async ({
    context,
    extension,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    const card = popup.locator('.contacts');
    const headings = await card.locator('h3.contacts__step').allTextContents();
    expect(headings[0]).toBe(en['contacts.order']);
    expect(headings[1]).toContain(en['contacts.order.phone']);
    // Order in the card: the contact page button comes before the first phone.
    const order = await card.evaluate((el) => {
      const open = el.querySelector('.contacts__open')!;
      const phone = el.querySelector('.phone')!;
      return open.compareDocumentPosition(phone) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBe(4); // Node.DOCUMENT_POSITION_FOLLOWING
    const first = card.locator('.phone').first();
    await expect(first.locator('a.phone__number')).toHaveAttribute('href', 'tel:4029357733');
    await expect(first.locator('.source')).toHaveAttribute('href', /^https:\/\//);
    await first.getByRole('button', { name: 'Copy (402) 935-7733' }).click();
    await expect(first.getByRole('button', { name: 'Copy (402) 935-7733' })).toHaveText(
      en['contacts.copied'],
    );
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('(402) 935-7733');
    await expect(card.locator('.contacts__warning')).toHaveText(en['contacts.warning']);
    const hours = card.locator('.phone__hours');
    await expect(hours).toHaveCount(1);
    await expect(hours).toContainText('8:00–18:30');
  });

  test('"Start a complaint case" opens the cases page for the tab', async ({
    context,
    extension,
  }) => {
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: en['panel.startCase'] }).click();
    await expectCaseOpened(
      context,
      extension,
      `start=${tabId}`,
      `PayPal — ${en['state.payment_failed']}`,
    );
  });

  test('the menu reaches problems that were not detected and general advice', async ({
    context,
    extension,
  }) => {
    const { tabId } = await openWallet(
      context,
      extension,
      'https://www.paypal.com/myaccount/summary',
      null,
    );
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('h1')).toHaveText(en['state.none']);
    await expect(popup.getByRole('button', { name: en['panel.startCase'] })).toHaveCount(0);

    await popup.getByText(en['panel.menu']).click();
    await popup.getByRole('button', { name: en['topic.security'] }).click();
    await expect(popup.locator('h1')).toHaveText(en['topic.security']);
    await expect(popup.locator('.checklist li')).toHaveText(TOPICS.security.map((k) => en[k]));

    await popup.getByRole('button', { name: en['topic.afterComplaint'] }).click();
    await expect(popup.locator('.checklist li')).toHaveText(
      TOPICS.afterComplaint.map((k) => en[k]),
    );
    await expect(popup.locator('.checklist input')).toHaveCount(0);

    await popup.getByRole('button', { name: en['state.refund_issue'] }).click();
    await expect(popup.locator('h1')).toHaveText(en['state.refund_issue']);
    await expect(popup.locator('.checklist li')).toHaveText(
      CHECKLISTS.refund_issue.map((k) => en[k]),
    );
    await popup.getByRole('button', { name: en['panel.startCase'] }).click();
    await expectCaseOpened(
      context,
      extension,
      'start=new&provider=paypal&state=refund_issue',
      `PayPal — ${en['state.refund_issue']}`,
    );

    await popup.getByRole('button', { name: en['panel.menu.back'] }).click();
    await expect(popup.locator('h1')).toHaveText(en['state.none']);
  });

  test('"Keep help open beside the page" opens the side panel from the popup', async ({
    context,
    extension,
  }) => {
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    expect((await pageTargetUrls(context)).some((u) => u.includes('/sidepanel.html'))).toBe(false);
    await popup.getByRole('button', { name: en['panel.openSidePanel'] }).click();
    await expect
      .poll(async () => (await pageTargetUrls(context)).some((u) => u.includes('/sidepanel.html')))
      .toBe(true);
  });

  test('follows the language setting (Simplified Chinese)', async ({ context, extension }) => {
    const sw = await extension.worker();
    await sw.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          language: 'zh-CN',
          snoozedSites: {},
          disabledProviders: [],
          evidence: { keepMomentOfDetection: true },
          cases: { followUpAfterDays: 7 },
        },
      }),
    );
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('h1')).toHaveText(zhCN['state.payment_failed']);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.locator('.checklist li').first()).toHaveText(
      zhCN['check.payment_failed.network'],
    );
  });
});
