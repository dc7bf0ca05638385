import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { getProvider } from '../../lib/providers';
import { expect, test, type Extension } from './fixtures';
import { cdpFor, openExtensionPage, readPrompt, waitForPrompt } from './help-helpers';

const TAG = 'wallet-assist-warning';
/** PayPal's official numbers: the only numbers a warning about PayPal may show. */
const PAYPAL_DIGITS = getProvider('paypal')!.contacts.phones.map((p) =>
  p.number.replace(/\D/g, ''),
);

/** Turns the page guard on from the options page, as a person would, and waits for its script. */
async function turnGuardOn(context: BrowserContext, extension: Extension) {
  const options = await openExtensionPage(context, extension, 'options.html');
  const toggle = options.locator('input[name="guard"]');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
  const sw = await extension.worker();
  await expect
    .poll(() =>
      sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
    )
    .toBe(1);
  await options.close();
}

async function guardState(extension: Extension, tabId: number) {
  const sw = await extension.worker();
  return sw.evaluate(
    async (key) =>
      (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined,
    `guard:${tabId}`,
  );
}

async function open(context: BrowserContext, extension: Extension, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await extension.tabIdOf(page) };
}

/** Every run of 5 or more digits in the card, which must all be PayPal's official numbers. */
function numbersIn(texts: string[]): string[] {
  return (
    texts
      .join(' ')
      .replace(/[\s().-]/g, '')
      .match(/\d{5,}/g) ?? []
  ).filter((digits) => !PAYPAL_DIGITS.some((official) => digits === official));
}

/** Waits until the guard has looked at the page and says nothing (no state, no card, no badge). */
async function expectQuiet(page: Page, extension: Extension, tabId: number) {
  // The guard reports within moments of load and once more after 2.5 s: wait past both.
  await page.waitForTimeout(3500);
  expect(await guardState(extension, tabId)).toBeUndefined();
  expect(await page.locator(TAG).count()).toBe(0);
  await expect.poll(() => extension.badgeText(tabId)).toBe('');
}

test.describe('page guard', () => {
  test('is off by default: a look-alike page gets no warning until the person turns it on', async ({
    context,
    extension,
  }) => {
    const sw = await extension.worker();
    expect(
      await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
    ).toBe(0);
    const { page, tabId } = await open(context, extension, 'https://paypal-resolution-center.com/');
    await expectQuiet(page, extension, tabId);
  });

  test('warns on a look-alike wallet address, in a card of its own with the official route', async ({
    context,
    extension,
  }) => {
    await turnGuardOn(context, extension);
    const url = 'https://paypal-resolution-center.com/';
    const { page, tabId } = await open(context, extension, url);
    await expect
      .poll(() => guardState(extension, tabId))
      .toMatchObject({ kind: 'lookalike', providerId: 'paypal', url });
    const state = await guardState(extension, tabId);
    expect(state!.detectedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(state).not.toHaveProperty('number');
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
    const view = await waitForPrompt(await cdpFor(page), TAG);
    expect(view.hosts).toBe(1);
    expect(view.shadowRootType).toBe('closed');
    expect(view.texts).toContain(en['guard.title.lookalike'].replace('{provider}', 'PayPal'));
    expect(view.texts).toContain(en['guard.route']);
    expect(numbersIn(view.texts)).toEqual([]);
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, TAG)).toBeNull();
  });

  test('warns on a fake customer-service number, without repeating it', async ({
    context,
    extension,
  }) => {
    await turnGuardOn(context, extension);
    const { page, tabId } = await open(context, extension, 'https://help-desk-numbers.com/paypal');
    await expect
      .poll(() => guardState(extension, tabId))
      .toMatchObject({ kind: 'fake-number', providerId: 'paypal', number: '1-844-350-6444' });
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
    const view = await waitForPrompt(await cdpFor(page), TAG);
    expect(view.texts.join(' ')).not.toContain('350-6444');
    expect(numbersIn(view.texts)).toEqual([]);
  });

  test('warns on a wallet sign-in lure on a site that is not the wallet’s', async ({
    context,
    extension,
  }) => {
    await turnGuardOn(context, extension);
    const { page, tabId } = await open(
      context,
      extension,
      'https://account-review-center.com/login',
    );
    await expect
      .poll(() => guardState(extension, tabId))
      .toMatchObject({ kind: 'lure', providerId: 'paypal' });
    const view = await waitForPrompt(await cdpFor(page), TAG);
    expect(view.texts).toContain(en['guard.title.lure']);
    // The popup of that tab says why, above PayPal's official contacts.
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('main')).toHaveAttribute('data-guard', 'lure');
    await expect(popup.getByText(en['guard.popup'])).toBeVisible();
  });

  test('says nothing on the wallet’s own pages or on a news article about scams', async ({
    context,
    extension,
  }) => {
    await turnGuardOn(context, extension);
    for (const url of [
      'https://news.example.com/scam-numbers',
      'https://www.paypal-community.com/',
      'https://www.paypal.com/smarthelp/article/faq1',
    ]) {
      const { page, tabId } = await open(context, extension, url);
      await expectQuiet(page, extension, tabId);
      await page.close();
    }
  });

  test('keeps its card against a hostile page, which can neither read, hide nor relabel it', async ({
    context,
    extension,
  }) => {
    await turnGuardOn(context, extension);
    const { page } = await open(context, extension, 'https://account-review-center.com/hostile');
    const cdp = await cdpFor(page);
    await waitForPrompt(cdp, TAG);
    await expect
      .poll(() =>
        page.evaluate(() => (window as { __hostile?: { done?: boolean } }).__hostile?.done),
      )
      .toBe(true);
    const view = await waitForPrompt(cdp, TAG);
    expect(view.hosts).toBe(1);
    expect(view.texts).toContain(en['guard.title.lure']);
    expect(view.attributes).not.toContain('style');
    expect(view.attributes).not.toContain('hidden');
    expect(numbersIn(view.texts)).toEqual([]);
    const attempts = await page.evaluate(
      () =>
        (window as unknown as { __hostile: { attempts: { what: string; value: string }[] } })
          .__hostile.attempts,
    );
    expect(attempts).toContainEqual({ what: 'shadowRoot', value: 'null' });
    expect(attempts).toContainEqual({ what: 'attachShadow', value: 'NotSupportedError' });
    expect(await page.locator(TAG).count()).toBe(1);
  });

  test('turned off, it removes its script and its warnings', async ({ context, extension }) => {
    await turnGuardOn(context, extension);
    const { page, tabId } = await open(context, extension, 'https://paypal-resolution-center.com/');
    await expect.poll(() => guardState(extension, tabId)).toBeDefined();
    const options = await openExtensionPage(context, extension, 'options.html');
    await options.locator('input[name="guard"]').uncheck();
    const sw = await extension.worker();
    await expect
      .poll(() =>
        sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
      )
      .toBe(0);
    await expect.poll(() => guardState(extension, tabId)).toBeUndefined();
    await expect.poll(() => extension.badgeText(tabId)).toBe('');
    await page.reload();
    expect(await readPrompt(await cdpFor(page), TAG)).toBeNull();
  });
});

test.describe('number check from the context menu', () => {
  test('a selected fake number gets “known fake”, an official one its owner and source', async ({
    context,
    extension,
  }) => {
    const { tabId } = await open(context, extension, 'https://news.example.com/scam-numbers');
    const sw = await extension.worker();
    const check = async (selectionText: string) => {
      const opened = context.waitForEvent('page', (p) =>
        p.url().includes('popup.html?check=pending'),
      );
      await sw.evaluate(
        ({ selectionText, tabId }) =>
          (
            globalThis as unknown as {
              walletAssistTest: {
                onNumberMenuClicked: (info: unknown, tab: unknown) => Promise<void>;
              };
            }
          ).walletAssistTest.onNumberMenuClicked(
            { menuItemId: 'wallet-assist-check-number', selectionText },
            { id: tabId },
          ),
        { selectionText, tabId },
      );
      return opened;
    };
    const fake = await check('1844-350-6444');
    await expect(fake.locator('[data-kind="fake"]')).toContainText(en['numbers.fake']);
    const official = await check(' (402) 935-7733 ');
    const answer = official.locator('[data-kind="official"]');
    await expect(answer).toContainText('PayPal');
    await expect(answer.locator('[data-source-kind="official"]')).toContainText('November 2026');
    const unknown = await check('+1 (888) 555-0199');
    await expect(unknown.locator('[data-kind="unknown"]')).toContainText(en['numbers.unknown']);
    const words = await check('call me maybe');
    await expect(words.locator('[data-kind="invalid"]')).toContainText(en['numbers.invalid']);
    // The selection went only to the extension: nothing of it is left in session storage.
    expect(
      await sw.evaluate(async () => Object.keys(await chrome.storage.session.get(null))),
    ).not.toContain('numbers:pending');
  });
});

test.describe('directory', () => {
  test('on a page that is no wallet’s, the popup lists every wallet: one click shows its contacts', async ({
    context,
    extension,
  }) => {
    const { tabId } = await open(context, extension, 'https://news.example.com/scam-numbers');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.getByRole('heading', { name: en['directory.title'] })).toBeVisible();
    await popup.getByPlaceholder(en['directory.search.placeholder']).fill('支付宝');
    await popup.getByRole('button', { name: 'Official contacts of Alipay', exact: true }).click();
    const entry = popup.locator('[data-directory-provider="alipay"]');
    await expect(entry.locator('.contacts__inapp')).toBeVisible();
    await expect(entry.locator('.phone__number')).toHaveText('95188');
    await expect(entry.locator('.scams')).toContainText(en['scams.safeAccount']);
    // An app-only wallet: no website flow, its contacts all the same.
    await popup.getByRole('button', { name: en['directory.back'] }).click();
    await popup.getByPlaceholder(en['directory.search.placeholder']).fill('');
    await popup
      .getByRole('button', { name: 'Official contacts of Apple Pay', exact: true })
      .click();
    await expect(popup.locator('[data-directory-provider="applepay"]')).toContainText(
      en['directory.appOnly'],
    );
  });
});
