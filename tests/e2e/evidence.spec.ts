import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { en } from '../../lib/i18n/en';
import { expect, test, type Extension } from './fixtures';
import type { BrowserContext } from '@playwright/test';
import {
  expectWhole,
  openExtensionPage,
  openRedactTool,
  readEvidence,
  watchWorker,
  type StoredArtifact,
  type StoredRecord,
} from './pages';

const LONG_PAGE = 'https://www.paypal.com/myaccount/statement-long';

/** Opens the popup for `tabId` in its own window, so the wallet tab stays active in its own. */
const openPopupFor = (context: BrowserContext, extension: Extension, tabId: number) =>
  openExtensionPage(context, extension, `popup.html?tabId=${tabId}`, { width: 420, height: 760 });

test.describe('evidence', () => {
  test('the popup saves screenshot, MHTML, text and metadata with correct hashes', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-EVIDENCE');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    const popup = await openPopupFor(context, extension, tabId);

    await popup.getByRole('button', { name: en['capture.button'] }).click();
    await expect(popup.locator('.capture__status')).toContainText(/[0-9a-f]{12}/);
    await expect(popup.locator('.captures__item')).toHaveCount(1);

    const evidence = await readEvidence(popup);
    expect(evidence.records).toHaveLength(1);
    const [record] = evidence.records;
    expect(record).toMatchObject({
      url: 'https://www.paypal.com/checkoutnow?token=EC-EVIDENCE',
      source: 'extension-page',
      chain: { seq: 1, prevHash: null },
    });
    expect(record!.artifacts.map((a) => [a.kind, a.mimeType])).toEqual([
      ['screenshot-visible', 'image/png'],
      ['snapshot-mhtml', 'multipart/related'],
      ['page-text', 'text/plain'],
    ]);
    expectWhole(evidence);
    const text = evidence.blobs.find((b) => b.key === record!.artifacts[2]!.sha256)!;
    expect(Buffer.from(text.base64, 'base64').toString('utf8')).toMatch(/PayPal/);
    const mhtml = evidence.blobs.find((b) => b.key === record!.artifacts[1]!.sha256)!;
    expect(Buffer.from(mhtml.base64, 'base64').toString('utf8')).toMatch(/^From: |MIME-Version/m);
    await expect(popup.locator('a.capture__locker')).toHaveAttribute('href', /\/locker\.html$/);
  });

  test('a 10-screen page is captured whole, with progress, and the fixed header once', async ({
    context,
    extension,
  }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await page.goto(LONG_PAGE);
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    const popup = await openPopupFor(context, extension, tabId);
    const started = Date.now();
    await popup.getByRole('button', { name: en['capture.fullPage'] }).click();
    await expect(popup.locator('.capture__progress progress')).toBeVisible();
    await expect(popup.locator('.capture__status')).toContainText(/[0-9a-f]{12}/, {
      timeout: 30_000,
    });
    // Ten screens at the browser's limit of two captures a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);

    const evidence = await readEvidence(popup);
    expectWhole(evidence);
    const record = evidence.records[0]!;
    const tiles = record.artifacts.filter((a) => a.kind === 'screenshot-full');
    expect(tiles).toHaveLength(1);
    expect(record.page!.scrollHeight).toBe(8000);
    // The scroll position is restored.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Decode the stitched PNG in an extension page and count the rows of header magenta.
    const png = evidence.blobs.find((b) => b.key === tiles[0]!.sha256)!.base64;
    const measured = await popup.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const column = ctx.getImageData(2, 0, 1, bitmap.height).data;
      let magentaRows = 0;
      for (let y = 0; y < bitmap.height; y++) {
        const [r, g, b] = [column[y * 4]!, column[y * 4 + 1]!, column[y * 4 + 2]!];
        if (r > 240 && g < 20 && b > 240) magentaRows++;
      }
      return { width: bitmap.width, height: bitmap.height, magentaRows };
    }, png);
    const dpr = record.page!.devicePixelRatio;
    expect(measured.height).toBe(Math.round(8000 * dpr));
    expect(measured.magentaRows).toBe(Math.round(60 * dpr));
  });

  test('a worker stopped mid-capture leaves the record whole or absent', async ({
    context,
    extension,
  }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await page.goto(LONG_PAGE);
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s !== undefined);
    const popup = await openPopupFor(context, extension, tabId);
    const worker = await watchWorker(popup, extension);

    await popup.getByRole('button', { name: en['capture.fullPage'] }).click();
    // Stop the worker while it is scrolling and capturing (a few screens in).
    await expect(popup.locator('.capture__progress progress')).toBeVisible();
    await expect
      .poll(async () =>
        Number(await popup.locator('.capture__progress progress').getAttribute('value')),
      )
      .toBeGreaterThanOrEqual(2);
    await worker.stop();
    await expect(popup.locator('.capture__status')).toContainText(
      en['capture.failed'].split(':')[0]!,
    );

    const after = await readEvidence(popup);
    expect(after.records).toHaveLength(0);
    expect(after.blobs).toHaveLength(0);
    // The page is put back by itself: scrolled to where it was, its fixed header shown again.
    await expect
      .poll(
        () =>
          page.evaluate(() => ({
            scrollY: window.scrollY,
            hidden: document.querySelectorAll('[data-wallet-assist-hidden]').length,
          })),
        { timeout: 15_000 },
      )
      .toEqual({ scrollY: 0, hidden: 0 });

    // A new capture wakes a new worker and lands whole, first in the chain.
    await popup.reload();
    await popup.getByRole('button', { name: en['capture.button'] }).click();
    await expect(popup.locator('.captures__item')).toHaveCount(1);
    const evidence = await readEvidence(popup);
    expect(evidence.records).toHaveLength(1);
    expect(evidence.records[0]!.chain).toMatchObject({ seq: 1, prevHash: null });
    expectWhole(evidence);
  });

  test('the locker lists, exports, deletes with a log, re-imports and verifies', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-LOCKER');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    const popup = await openPopupFor(context, extension, tabId);
    for (let i = 1; i <= 2; i++) {
      await popup.getByRole('button', { name: en['capture.button'] }).click();
      await expect(popup.locator('.captures__item')).toHaveCount(i);
    }

    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extension.id}/locker.html`);
    await expect(locker.locator('.locker__record')).toHaveCount(2);
    await expect(locker.locator('img.locker__thumb[src^="blob:"]')).toHaveCount(2);
    await expect(locker.locator('.locker__usage')).toContainText(/\d/);

    // Filter by state: nothing is "account locked".
    await locker.getByLabel(en['locker.filter.state']).selectOption('account_locked');
    await expect(locker.locator('.locker__record')).toHaveCount(0);
    await locker.getByLabel(en['locker.filter.state']).selectOption('');

    const download = locker.waitForEvent('download');
    await locker.getByRole('button', { name: en['locker.exportAll'] }).click();
    // The panel says what goes out; exact page copies (MHTML) stay behind unless ticked.
    await expect(locker.locator('.export-panel')).toContainText(
      en['export.title'].replace('{count}', '2'),
    );
    await expect(locker.locator('.export-panel__warning')).toHaveText(
      en['export.pageCopies.warning'],
    );
    await locker.getByRole('button', { name: en['export.download'] }).click();
    const zipPath = await (await download).path();
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.records.count).toBe(2);
    for (const entry of manifest.artifacts) {
      expect(createHash('sha256').update(files[entry.path]!).digest('hex')).toBe(entry.sha256);
    }
    expect(strFromU8(files['report.html']!)).toContain('checkoutnow?token=EC-LOCKER');

    // Open one, delete it (logged); the chain still verifies.
    locker.on('dialog', (dialog) => void dialog.accept());
    await locker
      .locator('.locker__record')
      .first()
      .getByRole('button', { name: en['locker.open'] })
      .click();
    await expect(locker.locator('.locker__detail img.locker__shot')).toHaveCount(1);
    await locker.getByRole('button', { name: en['locker.delete'] }).click();
    await expect(locker.locator('.locker__record')).toHaveCount(1);
    await locker.getByRole('button', { name: en['locker.verify'] }).click();
    await expect(locker.locator('.locker__verify-result')).toHaveText(
      en['locker.verifyOk'].replace('{count}', '1'),
    );

    // Import the bundle: the deleted record comes back, the other was already there.
    await locker.locator('input.locker__import').setInputFiles(zipPath);
    await expect(locker.locator('.locker__message')).toHaveText(
      en['locker.imported'].replace('{imported}', '1').replace('{present}', '1'),
    );
    await expect(locker.locator('.locker__record')).toHaveCount(2);
    await locker.getByRole('button', { name: en['locker.verify'] }).click();
    await expect(locker.locator('.locker__verify-result')).toHaveText(
      en['locker.verifyOk'].replace('{count}', '2'),
    );

    // A damaged bundle is refused and names the problem.
    const bad = Buffer.from('not a zip');
    await locker.locator('input.locker__import').setInputFiles({
      name: 'bad.zip',
      mimeType: 'application/zip',
      buffer: bad,
    });
    await expect(locker.locator('.locker__message')).toContainText(en['import.problem.notZip']);
    await expect(locker.locator('.locker__record')).toHaveCount(2);
  });

  test('the moment of detection waits as pending in the popup and can be kept', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-MOMENT');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    const popup = await openPopupFor(context, extension, tabId);
    await expect(popup.locator('.capture__pending')).toHaveCount(1);
    await expect(popup.locator('.captures__item')).toHaveCount(0);
    await popup.getByRole('button', { name: en['capture.keep'] }).click();
    await expect(popup.locator('.capture__status')).toHaveText(en['capture.kept']);
    await expect(popup.locator('.capture__pending')).toHaveCount(0);
    await expect(popup.locator('.captures__item')).toHaveCount(1);
    const evidence = await readEvidence(popup);
    expect(evidence.records).toMatchObject([{ source: 'detection', chain: { seq: 1 } }]);
    expect(evidence.records[0]!.artifacts.map((a) => a.kind)).toContain('screenshot-visible');
    expectWhole(evidence);
  });

  test('redaction saves a blacked-out copy naming the original, which stays unchanged', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-REDACT');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    const popup = await openPopupFor(context, extension, tabId);
    await popup.getByRole('button', { name: en['capture.button'] }).click();
    await expect(popup.locator('.captures__item')).toHaveCount(1);
    const before = await readEvidence(popup);
    const original = before.records[0]!.artifacts[0]!;

    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extension.id}/locker.html`);
    const { box, drag } = await openRedactTool(locker);
    await drag(
      { x: box.x + 10, y: box.y + 10 },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    await expect(locker.locator('.redact__mark')).toHaveCount(1);
    await locker.getByRole('button', { name: en['locker.redactSave'] }).click();
    await expect(locker.locator('.locker__message')).toHaveText(en['locker.redacted']);

    const after = await readEvidence(locker);
    const record = after.records[0]! as StoredRecord & {
      redactions: StoredArtifact[] & { derivedFrom?: string }[];
    };
    expect(record.artifacts).toEqual(before.records[0]!.artifacts);
    expect(record.redactions).toHaveLength(1);
    expect(record.redactions[0]).toMatchObject({
      kind: 'redacted-screenshot',
      derivedFrom: original.sha256,
    });
    expectWhole({ records: [{ ...record, artifacts: record.redactions }], blobs: after.blobs });
    const originalBytes = after.blobs.find((b) => b.key === original.sha256)!.base64;
    expect(originalBytes).toBe(before.blobs.find((b) => b.key === original.sha256)!.base64);
    // The marked area is solid black in the copy.
    const redacted = after.blobs.find((b) => b.key === record.redactions[0]!.sha256)!.base64;
    const pixel = await locker.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return [
        ...ctx.getImageData(Math.round(bitmap.width / 4), Math.round(bitmap.height / 4), 1, 1).data,
      ];
    }, redacted);
    expect(pixel).toEqual([0, 0, 0, 255]);
  });

  test('the locker and its detail view pass an accessibility check', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-AXE');
    const tabId = await extension.tabIdOf(page);
    await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
    const popup = await openPopupFor(context, extension, tabId);
    await popup.getByRole('button', { name: en['capture.button'] }).click();
    await expect(popup.locator('.captures__item')).toHaveCount(1);
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extension.id}/locker.html`);
    await expect(locker.locator('img.locker__thumb[src^="blob:"]')).toHaveCount(1);
    expect((await new AxeBuilder({ page: locker }).analyze()).violations).toEqual([]);
    await locker.getByRole('button', { name: en['locker.open'] }).click();
    await expect(locker.locator('.locker__detail img.locker__shot')).toHaveCount(1);
    expect((await new AxeBuilder({ page: locker }).analyze()).violations).toEqual([]);
  });
});
