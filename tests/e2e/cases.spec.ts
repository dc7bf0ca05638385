import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { addContact, createCase } from '../../lib/cases/operations';
import { toOffsetIso } from '../../lib/evidence/time';
import { E2E_BUILD, launchWithExtension } from '../harness/browser.mjs';
import { expect, test, type Extension } from './fixtures';
import { readCase } from './pages';
import type { BrowserContext, Page } from '@playwright/test';

/** A failed PayPal checkout, detected. */
async function failedCheckout(context: BrowserContext, extension: Extension) {
  const page = await context.newPage();
  await page.goto('https://www.paypal.com/checkoutnow?token=EC-CASES');
  const tabId = await extension.tabIdOf(page);
  const state = await extension.waitForTabState(tabId, (s) => s?.state === 'payment_failed');
  return { page, tabId, state: state! };
}

/** The case id in the page's address once the case is open. */
async function openedCaseId(page: Page): Promise<string> {
  await page.waitForURL(/#case=[0-9a-f-]{36}$/);
  return /#case=([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

/** Stores a capture with one PNG in the evidence database, as the capture button does. */
/**
 * Saves real evidence of the wallet tab through the extension (the test build may screenshot
 * any tab), then brings `page` back to the front. Returns the record id and its screenshot hash.
 */
async function storeCapture(page: Page, extension: Extension, tabId: number) {
  const sw = await extension.worker();
  await sw.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
  const reply = (await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'capture/visible', payload: { tabId: id } }),
    tabId,
  )) as { ok: boolean; value?: { id: string; artifacts: { kind: string; sha256: string }[] } };
  await page.bringToFront();
  expect(reply.ok).toBe(true);
  const screenshot = reply.value!.artifacts.find((a) => a.kind === 'screenshot-visible');
  expect(screenshot).toBeDefined();
  return { id: reply.value!.id, sha256: screenshot!.sha256 };
}

test.describe('complaint cases', () => {
  test('detect → start a case → log a call → the reminder fires → export', async ({
    context,
    extension,
    server,
  }) => {
    test.setTimeout(90_000);
    const { tabId, state } = await failedCheckout(context, extension);
    // The fields the detector extracts from the page (untrusted text), set here explicitly so
    // the test does not depend on which fields the fixture's extractor finds.
    const fields = {
      amountText: '$24.50 USD',
      amount: '24.50',
      currency: 'USD',
      merchant: 'Coffee Corner <b>Ltd.</b>',
      transactionId: '7XK29341AB',
    };
    const sw0 = await extension.worker();
    await sw0.evaluate(([key, value]) => chrome.storage.session.set({ [key as string]: value }), [
      `tab:${tabId}`,
      { ...state, fields },
    ] as const);

    // Start the case from the detection in one click (the address the popup links to).
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extension.id}/cases.html`);
    const capture = await storeCapture(page, extension, tabId);
    await page.goto(`chrome-extension://${extension.id}/cases.html?start=${tabId}`);
    const caseId = await openedCaseId(page);
    await expect(page.locator('.case-status')).toHaveText('Open');

    // Link the saved evidence: the description lists it with its hash.
    await page
      .locator(`.evidence-list--available li[data-capture-id="${capture.id}"] button`)
      .click();
    await expect(page.locator(`.evidence-list li[data-sha256="${capture.sha256}"]`)).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('PayPal — Payment failed');

    // Facts are prefilled from the page and editable, marked as read from the page until checked;
    // until then the description leaves them out.
    await expect(page.locator('input[name="merchant"]')).toHaveValue(fields.merchant);
    await expect(page.locator('label[data-unconfirmed]:has(input[name="merchant"])')).toContainText(
      'Read from the page — check',
    );
    await expect(page.locator('textarea.description').first()).toHaveValue(
      /Merchant or recipient: \[read from the page — please check\]/,
    );
    expect((await readCase(page, caseId)).unconfirmed).toContain('merchant');
    await expect(page.locator('input[name="transactionId"]')).toHaveValue('7XK29341AB');
    await expect(page.locator('b')).toHaveCount(0);
    await page.locator('textarea[name="tried"]').fill('Tried again once; the balance is enough');
    await page.locator('.facts-form button[type="submit"]').click();
    await expect(page.locator('.facts-form [role="status"]')).toHaveText('Saved');
    await expect(page.locator('label[data-unconfirmed]')).toHaveCount(0);

    // The description carries the facts.
    const description = page.locator('textarea.description').first();
    await expect(description).toHaveValue(/Merchant or recipient: Coffee Corner <b>Ltd\.<\/b>/);
    await expect(description).toHaveValue(/Amount: USD 24\.50/);
    await expect(description).toHaveValue(
      new RegExp(`1\\. Screenshot, .*SHA-256 ${capture.sha256}`),
    );
    await expect(description).toHaveValue(/What I have already tried: Tried again once/);
    await page.locator('select[name="description-language"]').selectOption('zh-CN');
    await expect(description).toHaveValue(/您好：/);

    // Log a call.
    const form = page.locator('form.contact-form');
    await form.locator('input[name="agentName"]').fill('Jordan');
    await form.locator('input[name="employeeId"]').fill('E-4471');
    await form.locator('input[name="reference"]').fill('PP-D-99812');
    await form.locator('input[name="promised"]').fill('A refund decision');
    await form.locator('button[type="submit"]').click();
    await expect(page.locator('.contact-list li')).toHaveCount(1);
    await expect(page.locator('.contact-list')).toContainText('Jordan');
    await expect(page.locator('.case-status')).toHaveText('Waiting for the provider');

    // Escalation for the person's region (from the browser language, en-US): the clocks that
    // count from the first contact have started.
    await expect(page.locator('select[name="region"]')).toHaveValue('US');
    await expect(page.locator('.channel[data-channel="us-cfpb"] h3')).toHaveText(
      'Consumer Financial Protection Bureau (CFPB)',
    );
    await expect(page.locator('.clocks li[data-clock="reg-e-investigate"]')).toHaveAttribute(
      'data-passed',
      'false',
    );
    await expect(page.locator('.clocks li[data-clock="reg-e-investigate"]')).toContainText(
      '0 business day(s) so far, 10 left',
    );
    await expect(page.locator('.clocks li[data-clock="cfpb-response"]')).toHaveAttribute(
      'data-passed',
      'not-started',
    );

    await expect(page.locator('.clock-summary li[data-clock="reg-e-notice"]')).toContainText(
      'Your deadline',
    );

    const stored = await readCase(page, caseId);
    expect(stored.status).toBe('waiting_for_provider');
    expect(stored.contacts[0]).toMatchObject({
      agentName: 'Jordan',
      employeeId: 'E-4471',
      reference: 'PP-D-99812',
    });

    // The reminder is scheduled for 7 days (the default) after the call…
    const sw = await extension.worker();
    const alarmName = `case:${caseId}`;
    const alarm = await sw.evaluate((name) => chrome.alarms.get(name), alarmName);
    expect(alarm).toBeDefined();
    const expected = Date.parse(stored.lastNewsAt) + 7 * 86_400_000;
    expect(Math.abs(alarm!.scheduledTime - expected)).toBeLessThan(2000);

    // …and, with the alarm moved to now, it fires: a notification and a timeline entry.
    await sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 200 }), alarmName);
    await expect
      .poll(
        async () => (await readCase(page, caseId)).timeline.some((e) => e.kind === 'reminder'),
        {
          timeout: 45_000,
        },
      )
      .toBe(true);
    const notifications = await (
      await extension.worker()
    ).evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toContain(alarmName);
    // The next reminder is scheduled again, days away.
    const next = await (
      await extension.worker()
    ).evaluate((name) => chrome.alarms.get(name), alarmName);
    expect(next!.scheduledTime).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    // Export the case as a ZIP and check what is inside.
    await page.reload();
    await expect(page.locator('.timeline li[data-kind="reminder"]')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export case (ZIP)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^case-paypal-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    const zipBytes = new Uint8Array(await readFile((await file.path())!));
    const zip = unzipSync(zipBytes);
    const caseJson = JSON.parse(strFromU8(zip['case/case.json']!)) as {
      id: string;
      contacts: unknown[];
    };
    expect(caseJson.id).toBe(caseId);
    expect(caseJson.contacts).toHaveLength(1);
    const report = strFromU8(zip['case/report.html']!);
    expect(report).toContain('Jordan');
    expect(report).toContain('E-4471');
    expect(report).toContain('Coffee Corner &lt;b&gt;Ltd.&lt;/b&gt;');
    expect(report).not.toContain('<b>');
    expect(strFromU8(zip['case/description-written.zh-CN.txt']!)).toContain('工号 E-4471');
    const png = zip[`artifacts/${capture.sha256}.png`];
    expect(png, 'the linked screenshot is in the bundle').toBeDefined();
    expect(createHash('sha256').update(png!).digest('hex')).toBe(capture.sha256);
    expect(report).toContain(capture.sha256);
    // The bundle is an evidence bundle: its manifest lists every file with its SHA-256.
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
      format: string;
      records: { path: string; sha256: string; count: number };
      artifacts: { path: string; sha256: string }[];
      report: { path: string; sha256: string };
      extraFiles: { path: string; sha256: string }[];
    };
    expect(manifest.format).toBe('wallet-assist-evidence');
    expect(manifest.records.count).toBe(1);
    expect(manifest.artifacts.map((a) => a.sha256)).toContain(capture.sha256);
    expect(manifest.extraFiles.map((f) => f.path)).toEqual(
      expect.arrayContaining(['case/case.json', 'case/report.html']),
    );
    const listed = [
      manifest.records,
      manifest.report,
      ...manifest.artifacts,
      ...manifest.extraFiles,
    ];
    expect(listed.map((f) => f.path).sort()).toEqual(
      Object.keys(zip)
        .filter((p) => p !== 'manifest.json')
        .sort(),
    );
    for (const entry of listed) {
      expect(createHash('sha256').update(zip[entry.path]!).digest('hex'), entry.path).toBe(
        entry.sha256,
      );
    }
    const records = JSON.parse(strFromU8(zip['records.json']!)) as { id: string }[];
    expect(records.map((r) => r.id)).toEqual([capture.id]);

    // The cases page imports the bundle: a changed case file is refused, nothing stored changes…
    await page.goto(`chrome-extension://${extension.id}/cases.html`);
    await expect(page.locator('.case-list li')).toHaveCount(1);
    const tampered = {
      ...zip,
      'case/case.json': strToU8(JSON.stringify({ ...caseJson, id: crypto.randomUUID() })),
    };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'case.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync(tampered)),
    });
    await expect(page.locator('.import-status')).toContainText(
      'The case bundle was not imported, nothing was changed: the SHA-256 of case/case.json does not match the manifest',
    );
    // …and the genuine bundle passes its check, then meets the case already stored.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'case.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipBytes),
    });
    await expect(page.locator('.import-status')).toContainText(
      `a case with id ${caseId} already exists`,
    );
    await page.reload();
    await expect(page.locator('.case-list li')).toHaveCount(1);

    // In a fresh profile the bundle brings the case back with its evidence.
    const { context: other } = await launchWithExtension({
      extensionPath: E2E_BUILD,
      hostResolverRules: server.hostResolverRules,
    });
    try {
      const sw = other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
      const otherId = new URL(sw.url()).host;
      const fresh = await other.newPage();
      await fresh.goto(`chrome-extension://${otherId}/cases.html`);
      await fresh.locator('input[type="file"]').setInputFiles({
        name: 'case.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(zipBytes),
      });
      expect(await openedCaseId(fresh)).toBe(caseId);
      expect((await readCase(fresh, caseId)).contacts).toHaveLength(1);
      const locker = await other.newPage();
      await locker.goto(`chrome-extension://${otherId}/locker.html`);
      await expect(locker.locator('.locker__record')).toHaveCount(1);
    } finally {
      await other.close();
    }
  });

  test('starts a case for an undetected problem and refuses a bad import', async ({
    context,
    extension,
  }) => {
    const page = await context.newPage();
    await page.goto(
      `chrome-extension://${extension.id}/cases.html?start=new&provider=wise&state=funds_missing`,
    );
    const caseId = await openedCaseId(page);
    await expect(page.locator('h1')).toHaveText('Wise — Money not arrived');

    // Importing a case with an unknown field is refused with a clear message; nothing changes.
    await page.goto(`chrome-extension://${extension.id}/cases.html`);
    await expect(page.locator('.case-list li')).toHaveCount(1);
    const stored = await readCase(page, caseId);
    const bad = JSON.stringify({ ...stored, id: crypto.randomUUID(), injected: '<b>x</b>' });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'case.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    await expect(page.locator('.import-status')).toContainText('not valid');
    await expect(page.locator('.import-status')).toContainText('injected');
    await page.reload();
    await expect(page.locator('.case-list li')).toHaveCount(1);
  });
});

test.describe('complaint cases: side-panel call log and accessibility', () => {
  test('the quick call log writes to the open case of the tab’s wallet', async ({
    context,
    extension,
  }) => {
    const { tabId } = await failedCheckout(context, extension);
    const quick = await context.newPage();
    await quick.goto(`chrome-extension://${extension.id}/cases.html?quick=${tabId}`);
    await expect(quick.locator('.quick-call-log')).toContainText('No open case for this wallet.');

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extension.id}/cases.html?start=${tabId}`);
    const caseId = await openedCaseId(page);

    await quick.reload();
    await expect(quick.locator('.quick-call-log')).toContainText('Case: PayPal — Payment failed');
    await quick.locator('input[name="agentName"]').fill('Sam');
    await quick.locator('input[name="employeeId"]').fill('77-1');
    await quick.getByRole('button', { name: 'Save call' }).click();
    await expect(quick.locator('.quick-call-log [role="status"]')).toHaveText(
      'Call saved to the case.',
    );
    const stored = await readCase(page, caseId);
    expect(stored.contacts).toEqual([
      expect.objectContaining({ channel: 'phone', agentName: 'Sam', employeeId: '77-1' }),
    ]);
    expect(stored.status).toBe('waiting_for_provider');
  });

  test('the case page has no detectable accessibility violations', async ({
    context,
    extension,
  }) => {
    const { tabId } = await failedCheckout(context, extension);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extension.id}/cases.html?start=${tabId}`);
    await openedCaseId(page);
    await expect(page.locator('.case-status')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

test.describe('complaint cases: escalation clocks', () => {
  test('an imported UK case whose provider has had 15 business days says the FOS is open', async ({
    context,
    extension,
  }) => {
    const moment = (daysAgo: number) => ({
      now: new Date(Date.now() - daysAgo * 86_400_000),
      offsetMinutes: 0,
    });
    const started = createCase(
      {
        id: crypto.randomUUID(),
        providerId: 'wise',
        state: 'funds_missing',
        region: 'GB',
        facts: { merchant: 'Landlord Ltd', amount: '900.00', currency: 'GBP' },
      },
      moment(40),
    );
    const complained = addContact(
      started,
      {
        id: crypto.randomUUID(),
        channel: 'chat',
        at: toOffsetIso(moment(30).now, 0),
        reference: 'W-1',
      },
      moment(30),
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extension.id}/cases.html`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'case.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(complained)),
    });
    expect(await openedCaseId(page)).toBe(complained.id);
    await expect(page.locator('.clock-summary')).toContainText(
      'The provider has had 15 business days: unless it told you why it needs up to 35, you may now go to the FOS.',
    );
    await expect(page.locator('.clocks li[data-clock="fos-payment-services"]')).toHaveAttribute(
      'data-passed',
      'true',
    );
    await expect(page.locator('.clocks li[data-clock="fos-eight-weeks"]')).toHaveAttribute(
      'data-passed',
      'false',
    );
    await expect(page.locator('.clocks li[data-clock="fos-refer-within"]')).toHaveAttribute(
      'data-passed',
      'not-started',
    );
    await page
      .locator('.channel[data-channel="uk-fos"]')
      .getByRole('button', { name: 'I have escalated here' })
      .click();
    await expect(page.locator('.case-status')).toHaveText('Escalated');
  });
});
