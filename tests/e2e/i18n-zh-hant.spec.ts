import type { Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { SIMPLIFIED_ONLY } from '../../lib/i18n/glossary';
import { zhHant } from '../../lib/i18n/zh-Hant';
import { expect, test } from './fixtures';
import { cdpFor, openExtensionPage, openWallet, waitForPrompt } from './help-helpers';

/**
 * 繁體中文 chosen once on the options page reaches everything: the toolbar badge's tooltip, the
 * in-page prompt, the popup, the side panel, the evidence locker, the cases list and a case.
 * Each page must read as Traditional Chinese: no catalogue key, no unfilled placeholder, no
 * English left from the catalogue, no Simplified-only character and no ASCII colon after a
 * Chinese label.
 */

const ALIPAY_FROZEN = 'https://excashier.alipay.com/standard/frozen.htm';
const PAYPAL_CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-HANT';

/** English catalogue texts long enough that finding one on a page means it was not translated. */
const ENGLISH = Object.values(en)
  .map((text) => text.split(/\{\w+\}/)[0]!)
  .filter((text) => text.length >= 12 && / /.test(text));

async function expectTraditionalChinese(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const text = await page.locator('body').innerText();
  expect(text).toMatch(/\p{Script=Han}/u);
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text).not.toMatch(
    /\b(?:state|cases|popup|contacts|options|locker|capture|check|panel|topic|evidence|region)\.[a-z][\w.-]*\b/,
  );
  expect(text).not.toMatch(/\p{Script=Han}\s*:/u);
  for (const english of ENGLISH) expect(text, english).not.toContain(english);
  const withoutAutonyms = text.replaceAll('简体中文', '');
  expect([...withoutAutonyms].filter((c) => SIMPLIFIED_ONLY.includes(c)).join('')).toBe('');
}

test('繁體中文 chosen in Options reaches every page, the prompt and the badge', async ({
  context,
  extension,
}) => {
  test.setTimeout(90_000);
  const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
  await options.getByRole('radio', { name: en['options.language.zh-Hant'] }).check();
  await expect(options.locator('h1')).toHaveText(zhHant['options.title']);
  await expectTraditionalChinese(options);

  // The in-page prompt and the toolbar tooltip on a frozen Alipay account.
  const alipay = await openWallet(context, extension, ALIPAY_FROZEN, 'account_locked');
  const prompt = await waitForPrompt(await cdpFor(alipay.page));
  expect(prompt.attributes).toEqual(expect.arrayContaining(['lang', 'zh-Hant']));
  expect(prompt.texts).toContain(zhHant['prompt.message.account_locked']);
  expect(prompt.buttons.map((b) => b.text)).toContain(zhHant['prompt.openHelp']);
  const sw = await extension.worker();
  const title = await sw.evaluate((tabId) => chrome.action.getTitle({ tabId }), alipay.tabId);
  expect(title).toBe(`錢包助手：${zhHant['state.account_locked']}`);

  // The popup and the side panel for a failed PayPal payment; save evidence from the popup.
  const paypal = await openWallet(context, extension, PAYPAL_CHECKOUT, 'payment_failed');
  const popup = await openExtensionPage(context, extension, `popup.html?tabId=${paypal.tabId}`);
  await expect(popup.locator('h1')).toHaveText(zhHant['state.payment_failed']);
  await expect(popup.locator('.checklist li').first()).toHaveText(
    zhHant['check.payment_failed.network'],
  );
  await popup.getByRole('button', { name: zhHant['capture.button'] }).click();
  await expect(popup.locator('.captures__item')).toHaveCount(1);
  await expectTraditionalChinese(popup);

  const panel = await openExtensionPage(context, extension, `sidepanel.html?tabId=${paypal.tabId}`);
  await expect(panel.locator('h1')).toHaveText(zhHant['state.payment_failed']);
  await expectTraditionalChinese(panel);

  // The evidence locker and the saved record.
  const locker = await context.newPage();
  await locker.goto(`chrome-extension://${extension.id}/locker.html`);
  await expect(locker.locator('h1')).toHaveText(zhHant['locker.title']);
  await expectTraditionalChinese(locker);
  await locker.getByRole('button', { name: zhHant['locker.open'], exact: true }).first().click();
  await expect(locker.getByText(zhHant['locker.detail.artifacts'])).toBeVisible();
  await expectTraditionalChinese(locker);

  // A case started from the detection, then the list of cases.
  const cases = await context.newPage();
  await cases.goto(`chrome-extension://${extension.id}/cases.html?start=${paypal.tabId}`);
  await expect(cases.locator('.case-status')).toHaveText(zhHant['cases.status.open']);
  await expect(cases.locator('select[name="description-language"]')).toHaveValue('zh-Hant');
  await expect(cases.locator('textarea.description').first()).toHaveValue(/^申訴：付款失敗/);
  await expectTraditionalChinese(cases);
  await cases.goto(`chrome-extension://${extension.id}/cases.html`);
  await expect(cases.locator('h1').first()).toHaveText(zhHant['cases.title']);
  await expectTraditionalChinese(cases);
});
