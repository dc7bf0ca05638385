import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { expect, test } from './fixtures';
import {
  cdpFor,
  evaluateInPrompt,
  openExtensionPage,
  openWallet,
  readPrompt,
  waitForPrompt,
} from './help-helpers';

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-A11Y';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical axe violations, summarised for a readable failure. */
async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Axe cannot enter a closed shadow root. Through the DevTools protocol (which can), the test
 * copies the prompt's rendered shadow tree — same markup, same styles — into an open shadow root
 * on the same page and checks that copy.
 */
async function copyPromptForAxe(page: Page, cdp: CDPSession) {
  await evaluateInPrompt(
    cdp,
    `function () {
      const host = document.createElement('div');
      host.id = 'axe-prompt-copy';
      host.setAttribute('data-corner', 'top-left');
      const open = host.attachShadow({ mode: 'open' });
      for (const child of this.childNodes) open.append(child.cloneNode(true));
      document.body.append(host);
    }`,
  );
  await expect(page.locator('#axe-prompt-copy section')).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme} theme)`, () => {
    test.use({ colorScheme: scheme });

    test('popup, side panel and options have no serious or critical axe violations', async ({
      context,
      extension,
    }) => {
      const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
      const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popup.locator('.checklist')).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.getByText(en['panel.menu']).click();
      await popup.getByRole('button', { name: en['topic.password'] }).click();
      await expect(popup.locator('h1')).toHaveText(en['topic.password']);
      expect(await seriousViolations(popup)).toEqual([]);

      const panel = await openExtensionPage(context, extension, `sidepanel.html?tabId=${tabId}`);
      await panel.emulateMedia({ colorScheme: scheme });
      await expect(panel.locator('.checklist')).toBeVisible();
      expect(await seriousViolations(panel)).toEqual([]);

      const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
      await options.emulateMedia({ colorScheme: scheme });
      await expect(options.locator('h1')).toHaveText(en['options.title']);
      expect(await seriousViolations(options)).toEqual([]);
      // The theme follows the system.
      const background = await options.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe(scheme === 'dark' ? 'rgb(28, 25, 23)' : 'rgb(247, 247, 245)');
    });

    test('the in-page prompt has no serious or critical axe violations', async ({
      context,
      extension,
    }) => {
      const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
      await page.emulateMedia({ colorScheme: scheme });
      const cdp = await cdpFor(page);
      await waitForPrompt(cdp);
      await copyPromptForAxe(page, cdp);
      expect(await seriousViolations(page, '#axe-prompt-copy')).toEqual([]);
    });
  });
}

/**
 * The text of the focused element inside the prompt's closed shadow root (read through the
 * DevTools protocol), or the tag name of the page's focused element when focus is elsewhere.
 */
async function focusedName(page: Page, cdp: CDPSession): Promise<string> {
  const outside = await page.evaluate(() => document.activeElement?.localName ?? '');
  if (outside !== 'wallet-assist-prompt') return outside;
  return evaluateInPrompt<string>(
    cdp,
    'function () { return this.activeElement?.textContent ?? ""; }',
  );
}

test.describe('keyboard only', () => {
  test('the prompt is reachable with Tab and works with Enter, without taking focus first', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const cdp = await cdpFor(page);
    await waitForPrompt(cdp);
    // Its buttons act once it has been on screen for a moment (a person takes longer to get there).
    await expect.poll(async () => (await readPrompt(cdp))?.armed).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    const seen: string[] = [];
    for (let i = 0; i < 15 && !seen.includes(en['prompt.saveEvidence']); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedName(page, cdp));
    }
    expect(seen).toContain(en['prompt.openHelp']);
    expect(seen.at(-1)).toBe(en['prompt.saveEvidence']);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: { name?: { value?: string } }[];
        };
        return nodes.some((n) => n.name?.value === en['prompt.saved']);
      })
      .toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedName(page, cdp)).toBe(en['prompt.dismiss']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('wallet-assist-prompt').count()).toBe(0);
  });

  test('popup: tick a step, open the menu, pick a topic and start a case with the keyboard', async ({
    context,
    extension,
  }) => {
    const { tabId } = await openWallet(context, extension, CHECKOUT, 'payment_failed');
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('.checklist')).toBeVisible();
    const tabTo = async (predicate: string) => {
      for (let i = 0; i < 60; i++) {
        await popup.keyboard.press('Tab');
        const match = await popup.evaluate(
          (p) => document.activeElement?.matches(p) ?? false,
          predicate,
        );
        if (match) return;
      }
      throw new Error(`Tab never reached ${predicate}`);
    };
    await tabTo('.checklist input');
    await popup.keyboard.press('Space');
    await expect(popup.locator('.checklist input').first()).toBeChecked();

    await tabTo('.phone__copy');
    await tabTo('.start-case__button');
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const sw = await extension.worker();
        return sw.evaluate(async () =>
          (await chrome.tabs.query({})).some((t) =>
            (t.pendingUrl ?? t.url ?? '').includes('/cases.html'),
          ),
        );
      })
      .toBe(true);

    await popup.bringToFront();
    await tabTo('.menu summary');
    await popup.keyboard.press('Enter');
    await tabTo('.menu__item');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('h1')).toHaveText(en['state.payment_failed']);
    await expect(popup.locator('main')).toHaveAttribute('data-problem', 'payment_failed');
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('h1')).toHaveText(en['state.funds_missing']);
  });

  test('options: change the language with the keyboard', async ({ context, extension }) => {
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    await expect(options.locator('h1')).toHaveText(en['options.title']);
    await options.keyboard.press('Tab');
    await expect(options.getByRole('radio', { name: en['options.language.auto'] })).toBeFocused();
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('ArrowDown');
    await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
