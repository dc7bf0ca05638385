import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../lib/i18n/en';
import { readEvidence } from '../e2e/pages';
import { FIREFOX_PROD_BUILD } from '../harness/firefox.mjs';
import { expect, test } from './fixtures';

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-FXPROD';

// The build people install: host access to the wallets only (`<all_urls>` only as an optional
// permission nobody granted here), so screenshots need the person's click (toolbar button or
// shortcut).
test.use({ extensionPath: FIREFOX_PROD_BUILD });

test.describe('Firefox: the production build', () => {
  test('asks for no broad host access and still detects, badges and opens help', async ({
    ext,
  }) => {
    const manifest = JSON.parse(
      readFileSync(join(FIREFOX_PROD_BUILD, 'manifest.json'), 'utf8'),
    ) as { permissions: string[]; optional_permissions?: string[] };
    // All sites only as an optional permission, asked for from a click; never at install.
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.permissions.filter((p) => p.includes('://'))).toEqual(
      manifest.permissions.filter((p) => p.startsWith('https://')),
    );
    expect(manifest.optional_permissions).toContain('<all_urls>');
    const { page, tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    await expect.poll(() => ext.badgeText(tabId)).toBe('!');
    await ext.clickPrompt(page, tabId, en['prompt.openHelp']);
    await expect
      .poll(() => ext.helpView('popup'))
      .toEqual({ provider: 'paypal', state: 'payment_failed' });
  });

  test('capture says which click it needs; the shortcut is that click', async ({ ext }) => {
    const { page, tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');

    // From the prompt: the page copy and text are kept, and the prompt says how to add a
    // screenshot.
    await ext.clickPrompt(page, tabId, en['prompt.saveEvidence']);
    await expect
      .poll(async () => (await ext.prompt(tabId))?.texts ?? [])
      .toContain(en['capture.needsClick']);
    const [fromPage] = (await readEvidence(ext.control)).records;
    expect(fromPage!.artifacts.map((a) => a.kind)).toEqual(['snapshot-html', 'page-text']);

    // From a help page that no toolbar click opened: refused, with the click to make.
    const popup = await ext.openPage(`popup.html?tabId=${tabId}`);
    const button = await popup.waitForSelector(`button::-p-text(${en['capture.button']})`);
    await button!.click();
    await expect
      .poll(() => popup.$eval('.capture__status', (el) => el.textContent))
      .toContain(en['error.captureDenied']);

    // The keyboard shortcut grants the tab, as a toolbar click does: now with a screenshot.
    await page.bringToFront();
    await ext.pressShortcut();
    await expect
      .poll(async () => (await readEvidence(ext.control)).records.map((r) => r.source))
      .toContain('shortcut');
    const shortcut = (await readEvidence(ext.control)).records.find((r) => r.source === 'shortcut');
    expect(shortcut!.artifacts.map((a) => a.kind)).toContain('screenshot-visible');
  });
});
