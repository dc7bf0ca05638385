import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { en } from '../../lib/i18n/en';
import { expectWhole, readEvidence } from '../e2e/pages';
import { expect, test, type FirefoxExtension } from './fixtures';

const CHECKOUT = 'https://www.paypal.com/checkoutnow?token=EC-FXEVIDENCE';

/** Clicks the button whose text is `label`. */
async function clickButton(page: Page, label: string) {
  const button = await page.waitForSelector(`button::-p-text(${label})`);
  await button!.click();
}

/** Waits until the first element matching `selector` contains `text` (or matches it). */
async function waitForText(page: Page, selector: string, text: string | RegExp) {
  const poll = expect.poll(() =>
    page.$eval(selector, (el) => el.textContent ?? '').catch(() => ''),
  );
  await (typeof text === 'string' ? poll.toContain(text) : poll.toMatch(text));
}

/** The ZIP files Firefox has finished saving. */
function savedZips(ext: FirefoxExtension): string[] {
  return readdirSync(ext.downloads).filter((name) => name.endsWith('.zip'));
}

test.describe('Firefox: evidence', () => {
  test('the popup saves a screenshot, the page’s HTML and text, each with its SHA-256', async ({
    ext,
  }) => {
    const { tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    const popup = await ext.openPage(`popup.html?tabId=${tabId}`);
    await clickButton(popup, en['capture.button']);
    await waitForText(popup, '.capture__status', /[0-9a-f]{12}/);

    const evidence = await readEvidence(popup);
    expect(evidence.records).toHaveLength(1);
    const [record] = evidence.records;
    expect(record).toMatchObject({ url: CHECKOUT, source: 'extension-page', chain: { seq: 1 } });
    // Firefox has no MHTML: the page copy is its HTML, without scripts.
    expect(record!.artifacts.map((a) => [a.kind, a.mimeType])).toEqual([
      ['screenshot-visible', 'image/png'],
      ['snapshot-html', 'text/html'],
      ['page-text', 'text/plain'],
    ]);
    expectWhole(evidence);
    const bytes = (kind: string) =>
      Buffer.from(
        evidence.blobs.find(
          (b) => b.key === record!.artifacts.find((a) => a.kind === kind)!.sha256,
        )!.base64,
        'base64',
      );
    expect(bytes('screenshot-visible').subarray(1, 4).toString()).toBe('PNG');
    const html = bytes('snapshot-html').toString('utf8');
    expect(html).toMatch(/Coffee Corner Ltd/);
    expect(html).not.toMatch(/<script/i);
    expect(bytes('page-text').toString('utf8')).toMatch(/PayPal/);
  });

  test('the keyboard shortcut (Alt+Shift+S) saves evidence of the active tab', async ({ ext }) => {
    const { page } = await ext.openWallet(CHECKOUT, 'payment_failed');
    await page.bringToFront();
    const binding = await ext.pressShortcut();
    expect(binding).toEqual({ key: 'S', modifiers: 'alt,shift' });
    await expect
      .poll(async () => (await readEvidence(ext.control)).records.map((r) => r.source))
      .toEqual(['shortcut']);
    const [record] = (await readEvidence(ext.control)).records;
    expect(record!.artifacts.map((a) => a.kind)).toContain('screenshot-visible');
  });

  test('the locker exports a checkable ZIP and re-imports a deleted record', async ({ ext }) => {
    test.setTimeout(45_000);
    const { tabId } = await ext.openWallet(CHECKOUT, 'payment_failed');
    const popup = await ext.openPage(`popup.html?tabId=${tabId}`);
    await clickButton(popup, en['capture.button']);
    await waitForText(popup, '.capture__status', /[0-9a-f]{12}/);

    const locker = await ext.openPage('locker.html');
    await expect.poll(() => locker.$$eval('.locker__record', (l) => l.length)).toBe(1);
    await clickButton(locker, en['locker.exportAll']);
    // The export panel says what goes out; the ZIP comes from its own button.
    await clickButton(locker, en['export.download']);
    await expect.poll(() => savedZips(ext).length).toBe(1);
    const zipPath = join(ext.downloads, savedZips(ext)[0]!);
    let files: Record<string, Uint8Array> = {};
    await expect
      .poll(() => {
        try {
          files = unzipSync(new Uint8Array(readFileSync(zipPath)));
          return true;
        } catch {
          return false; // still being written
        }
      })
      .toBe(true);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.records.count).toBe(1);
    for (const entry of manifest.artifacts) {
      expect(createHash('sha256').update(files[entry.path]!).digest('hex')).toBe(entry.sha256);
    }
    expect(strFromU8(files['report.html']!)).toContain('checkoutnow?token=EC-FXEVIDENCE');

    // Delete it (confirmed), then import the bundle: it comes back and the chain verifies.
    locker.on('dialog', (dialog) => void dialog.accept());
    await clickButton(locker, en['locker.open']);
    await clickButton(locker, en['locker.delete']);
    await expect.poll(() => locker.$$eval('.locker__record', (l) => l.length)).toBe(0);
    const input = await locker.$('input.locker__import');
    await input!.uploadFile(zipPath);
    await waitForText(
      locker,
      '.locker__message',
      en['locker.imported'].replace('{imported}', '1').replace('{present}', '0'),
    );
    await expect.poll(() => locker.$$eval('.locker__record', (l) => l.length)).toBe(1);
    await clickButton(locker, en['locker.verify']);
    await waitForText(
      locker,
      '.locker__verify-result',
      en['locker.verifyOk'].replace('{count}', '1'),
    );
  });
});
