import { en } from '../../lib/i18n/en';
import { getProvider } from '../../lib/providers';
import { expect, test } from './fixtures';
import {
  boxOf,
  cdpFor,
  openExtensionPage,
  openWallet,
  readPrompt,
  storedSettings,
  waitForPrompt,
} from './help-helpers';

const HOSTILE = 'https://www.paypal.com/checkout/hostile';
const FAKE_NUMBERS = ['555-0199', '555 0199', '400-000-0000'];

test.describe('a hostile wallet page', () => {
  test('cannot reach into, relabel, restyle or remove the prompt', async ({
    context,
    extension,
  }) => {
    const { page } = await openWallet(context, extension, HOSTILE, 'payment_failed');
    const cdp = await cdpFor(page);
    await waitForPrompt(cdp);
    await expect
      .poll(() =>
        page.evaluate(() => (window as { __hostile?: { done?: boolean } }).__hostile?.done),
      )
      .toBe(true);
    const attempts = await page.evaluate(
      () =>
        (window as unknown as { __hostile: { attempts: { what: string; value: string }[] } })
          .__hostile.attempts,
    );
    // No extension messaging for pages, no shadow root to read, no second shadow root to attach.
    expect(attempts).toEqual([
      { what: 'chrome.runtime.sendMessage available', value: 'undefined' },
      { what: 'shadowRoot', value: 'null' },
      { what: 'attachShadow', value: 'NotSupportedError' },
    ]);

    // The page removed it and hid it with inline and !important styles: it is back, visible,
    // showing only our text; the page's "call this number" text in the element is not rendered.
    const view = await waitForPrompt(cdp);
    expect(view.hosts).toBe(1);
    expect(view.texts).toContain(en['prompt.message.payment_failed']);
    expect(view.texts.join(' ')).not.toMatch(/\d/);
    expect(view.lightTexts.join(' ')).toContain('555-0199');
    const box = await boxOf(cdp, view.cardBackendNodeId);
    expect(box?.width ?? 0).toBeGreaterThan(100);
    const viewport = page.viewportSize()!;
    expect(box!.x).toBeGreaterThan(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    const hostStyle = await page.evaluate(() => {
      const el = document.querySelector('wallet-assist-prompt')!;
      const s = getComputedStyle(el);
      return {
        display: s.display,
        visibility: s.visibility,
        opacity: s.opacity,
        transform: s.transform,
      };
    });
    expect(hostStyle).toEqual({
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
    });
    // What a screen reader gets: our message, never the page's number.
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { name?: { value?: string } }[];
    };
    const names = nodes.map((n) => n.name?.value ?? '');
    expect(names).toContain(en['prompt.openHelp']);
    expect(names.some((n) => n.includes('for PayPal support'))).toBe(false);
  });

  test('forged page messages and events change nothing the extension stores or shows', async ({
    context,
    extension,
  }) => {
    const { page, tabId } = await openWallet(context, extension, HOSTILE, 'payment_failed');
    await waitForPrompt(await cdpFor(page));
    await expect
      .poll(() =>
        page.evaluate(() => (window as { __hostile?: { done?: boolean } }).__hostile?.done),
      )
      .toBe(true);
    // More forgeries, directly from the page's own world.
    await page.evaluate(() => {
      for (const type of ['prompt/snooze', 'capture/from-page', 'tab-state/report']) {
        window.postMessage({ type, payload: { duration: 'always', state: null } }, '*');
        window.dispatchEvent(new CustomEvent('message', { detail: { type } }));
      }
    });
    await page.waitForTimeout(500);
    expect((await extension.tabState(tabId))?.state).toBe('payment_failed');
    expect((await storedSettings(extension)).snoozedSites ?? {}).toEqual({});

    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`);
    await expect(popup.locator('h1')).toHaveText(en['state.payment_failed']);
    const text = await popup.locator('main').innerText();
    for (const fake of FAKE_NUMBERS) expect(text).not.toContain(fake);
    const paypal = getProvider('paypal')!;
    const vetted = paypal.contacts.phones.map((p) => p.number);
    for (const number of await popup.locator('.phone__number').allTextContents()) {
      expect(vetted).toContain(number.trim());
    }
    // Every link the popup offers goes to the wallet's own pages, a tel: from the registry, or
    // an extension page; none to the page's fake number.
    const hrefs = await popup
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const ownPages = `chrome-extension://${extension.id}/`;
    for (const href of hrefs) {
      if (href.startsWith(ownPages)) continue;
      expect(href).toMatch(/^(https:\/\/([a-z0-9-]+\.)*paypal\.com\/|tel:|mailto:)/);
      expect(href).not.toContain('8885550199');
    }
    const captures = await popup.locator('.captures__item').count();
    expect(captures).toBe(0);
  });

  test('a page that defines wallet-assist-prompt itself gets no prompt it could control', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      class Fake extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).textContent = 'Call +1 (888) 555-0199';
        }
      }
      customElements.define('wallet-assist-prompt', Fake);
    });
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-DEFINED');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    await page.waitForTimeout(1000);
    // Our script found the element already taken and showed nothing; the badge still works.
    const view = await readPrompt(await cdpFor(page));
    expect(view?.texts.some((t) => t.includes(en['prompt.openHelp'])) ?? false).toBe(false);
    await expect.poll(() => extension.badgeText(tabId)).not.toBe('');
  });
});
