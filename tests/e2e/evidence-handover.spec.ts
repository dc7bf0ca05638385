import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { readPageInPage } from '../../lib/background/capture-page';
import { decodePng } from '../unit/png';
import { expect, test, type Extension } from './fixtures';
import { openExtensionPage, openRedactTool, readEvidence } from './pages';

const DETAILS = 'https://www.paypal.com/myaccount/details';
const SECRETS = ['4111 1111 1111 1111', '4111111111111111', 'li.wei@example.com', '138 0013 8000'];

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Exports everything from the locker with the default choices and returns the ZIP's files. */
async function exportAll(locker: Page) {
  const download = locker.waitForEvent('download');
  await locker.getByRole('button', { name: en['locker.exportAll'] }).click();
  await locker.getByRole('button', { name: en['export.download'] }).click();
  const bytes = new Uint8Array(readFileSync((await (await download).path())!));
  return { bytes, files: unzipSync(bytes) };
}

/** Captures the wallet page at `url` from its popup; returns the page and where its card number is. */
async function captureDetails(context: BrowserContext, extension: Extension) {
  const page = await context.newPage();
  await page.goto(DETAILS);
  const tabId = await extension.tabIdOf(page);
  await extension.waitForTabState(tabId, (s) => s !== undefined);
  const secret = await page.evaluate(() => {
    const r = document.querySelector('.secret')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, dpr: devicePixelRatio };
  });
  const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`, {
    width: 420,
    height: 760,
  });
  await popup.getByRole('button', { name: en['capture.button'] }).click();
  await expect(popup.locator('.captures__item')).toHaveCount(1);
  return { page, popup, secret };
}

test.describe('evidence a person can hand over', () => {
  test('a redacted record exports no original pixel of the marked area and none of the masked text', async ({
    context,
    extension,
  }) => {
    const { popup, secret } = await captureDetails(context, extension);
    const before = await readEvidence(popup);
    const original = before.records[0]!.artifacts.find((a) => a.kind === 'screenshot-visible')!;
    const originalPng = Buffer.from(
      before.blobs.find((b) => b.key === original.sha256)!.base64,
      'base64',
    );

    // Black out the card number in the locker, and save a masked copy of the text.
    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extension.id}/locker.html`);
    const { box, naturalWidth, drag } = await openRedactTool(locker);
    const scale = (box.width / naturalWidth) * secret.dpr;
    await drag(
      { x: box.x + (secret.left - 4) * scale, y: box.y + (secret.top - 4) * scale },
      { x: box.x + (secret.right + 4) * scale, y: box.y + (secret.bottom + 4) * scale },
    );
    await locker.getByRole('button', { name: en['locker.redactSave'] }).click();
    await expect(locker.locator('.locker__message')).toHaveText(en['locker.redacted']);
    await locker.locator('.locker__redact-text').first().click();
    await expect(locker.locator('.locker__message')).toHaveText(en['locker.redacted']);
    await locker.getByRole('button', { name: en['locker.back'] }).click();

    const { files } = await exportAll(locker);
    const paths = Object.keys(files);
    expect(paths.some((p) => p.includes(original.sha256))).toBe(false);
    expect(paths.filter((p) => p.endsWith('.mhtml'))).toEqual([]);
    for (const [path, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes, true);
      for (const secretText of SECRETS) expect(text, `${path}`).not.toContain(secretText);
    }

    // The exported picture is the original with the card number solid black, and nothing else
    // changed; the card's yellow (which appears nowhere else on the page) is gone entirely.
    const pngs = paths.filter((p) => p.endsWith('.png'));
    expect(pngs).toHaveLength(1);
    const redacted = decodePng(files[pngs[0]!]!);
    const source = decodePng(new Uint8Array(originalPng));
    expect([redacted.width, redacted.height]).toEqual([source.width, source.height]);
    const inside = (x: number, y: number) =>
      x >= secret.left * secret.dpr + 1 &&
      x < secret.right * secret.dpr - 1 &&
      y >= secret.top * secret.dpr + 1 &&
      y < secret.bottom * secret.dpr - 1;
    // Counted in plain code, checked once: an assertion per pixel would take minutes.
    let yellowBefore = 0;
    let yellowAfter = 0;
    let changedOutside = 0;
    let insideNotBlack = 0;
    let insideCount = 0;
    for (let y = 0; y < source.height; y++) {
      for (let x = 0; x < source.width; x++) {
        const i = (y * source.width + x) * 4;
        const [r, g, b] = redacted.rgba.subarray(i, i + 3);
        const [r0, g0, b0] = source.rgba.subarray(i, i + 3);
        const yellow = (rr: number, gg: number, bb: number) => rr > 240 && gg > 200 && bb < 120;
        if (yellow(r0!, g0!, b0!)) yellowBefore++;
        if (yellow(r!, g!, b!)) yellowAfter++;
        if (inside(x, y)) {
          insideCount++;
          if (r !== 0 || g !== 0 || b !== 0) insideNotBlack++;
        } else if (Math.abs(r! - r0!) + Math.abs(g! - g0!) + Math.abs(b! - b0!) > 6)
          changedOutside++;
      }
    }
    expect(insideCount).toBeGreaterThan(1000);
    expect(insideNotBlack).toBe(0);
    expect(yellowBefore).toBeGreaterThan(1000);
    expect(yellowAfter).toBe(0);
    // Only the marked box (with the few pixels around it the drag covered) turned black.
    expect(changedOutside).toBeLessThan(source.width * 40);

    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.leftOut.map((l: { reason: string }) => l.reason).sort()).toEqual([
      'redacted',
      'redacted',
      'redactedRecordPage',
    ]);
    expect(strFromU8(files['report.html']!)).toContain(en['report.choice.redacted']);
  });

  test('a statement from outside the browser is added, stored in pieces and exported with a matching hash', async ({
    context,
    extension,
  }) => {
    test.setTimeout(90_000);
    const size = 12 * 1024 * 1024;
    const pdf = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4) pdf.writeUInt32LE((i * 2654435761) >>> 0, i);
    pdf.write('%PDF-1.7\n', 0);
    const expected = sha(pdf);

    const locker = await openExtensionPage(context, extension, 'locker.html', { width: 1000 });
    await locker.getByText(en['addFile.title']).click();
    await locker.locator('.add-file input[type="file"]').setInputFiles({
      name: 'statement.pdf.exe',
      mimeType: 'application/octet-stream',
      buffer: pdf,
    });
    await locker.locator('.add-file select[name="category"]').selectOption('statement');
    await locker.locator('.add-file input[name="description"]').fill('November card statement');
    await locker.locator('.add-file input[name="cameFrom"]').fill('Bank app download');
    await locker.getByRole('button', { name: en['addFile.add'] }).click();
    await expect(locker.locator('.add-file__message')).toHaveText(
      en['addFile.added'].replace('{hash}', expected.slice(0, 12)),
      { timeout: 60_000 },
    );
    await expect(locker.locator('.locker__record')).toHaveCount(1);
    await expect(locker.locator('.locker__record')).toContainText('November card statement');

    // A program pretending to be a PDF is refused, and nothing is kept.
    await locker.locator('.add-file input[type="file"]').setInputFiles({
      name: 'statement.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\u0090\u0000 not a statement'),
    });
    await locker.getByRole('button', { name: en['addFile.add'] }).click();
    await expect(locker.locator('.add-file__message')).toHaveText(en['addFile.unsupported']);
    await locker.reload();
    await expect(locker.locator('.locker__record')).toHaveCount(1);

    const { files } = await exportAll(locker);
    const exported = files[`artifacts/${expected}.pdf`]!;
    expect(exported.length).toBe(size);
    expect(sha(exported)).toBe(expected);
    expect(strFromU8(files['report.html']!)).toContain('Bank app download');
  });

  test('a saved HTML copy is inert when opened: no script runs, nothing loads, nothing navigates', async ({
    context,
  }) => {
    const source = await context.newPage();
    await source.goto('https://www.paypal.com/checkoutnow?token=EC-INERT');
    // A page that tries every way to act when its copy is opened later.
    await source.setContent(`<!doctype html><html><head>
      <meta http-equiv="refresh" content="1; url=https://www.paypal.com/stolen">
      <base href="https://www.paypal.com/evil/">
      <link rel="stylesheet" href="https://www.paypal.com/evil.css">
      <meta name="csrf-token" content="TOKEN-123"></head>
      <body onload="window.parent.postMessage('ran', '*'); window.ran = 'onload'">
      <div role="alert" onmouseover="window.ran = 'hover'">We couldn't complete your payment.</div>
      <iframe srcdoc="<script>parent.ran = 'srcdoc'</script>"></iframe>
      <a id="go" href="javascript:window.ran='link'">Try again</a>
      <img src="https://www.paypal.com/pixel.gif" onerror="window.ran = 'onerror'">
      <svg><a href="javascript:window.ran='svg'"><text y="20">x</text></a></svg>
      <form action="https://www.paypal.com/post"><input type="hidden" name="_csrf" value="HIDDEN-456"></form>
      <script>window.ran = 'script'</script></body></html>`);
    const { html } = await source.evaluate(readPageInPage, { kind: 'page' as const });

    const viewer = await context.newPage();
    const requests: string[] = [];
    await viewer.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await viewer.setContent(html);
    await viewer.hover('[role="alert"]');
    await viewer.click('#go').catch(() => undefined);
    await viewer.waitForTimeout(1500);
    expect(
      await viewer.evaluate(() => (window as unknown as { ran?: string }).ran),
    ).toBeUndefined();
    expect(requests).toEqual([]);
    expect(viewer.url()).toBe('about:blank');
    expect(html).not.toContain('TOKEN-123');
    expect(html).not.toContain('HIDDEN-456');
    expect(await viewer.locator('[role="alert"]').textContent()).toBe(
      "We couldn't complete your payment.",
    );
  });
});
