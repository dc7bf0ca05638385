import type { Page } from 'puppeteer-core';
import { readCase } from '../e2e/pages';
import { expect, test } from './fixtures';
import type { FirefoxBrowser } from './firefox';

/** The extension pages' global (code run in the control page uses it). */
declare const browser: FirefoxBrowser;

/** The case id in the page's address once the case is open. */
async function openedCaseId(page: Page): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = /#case=([0-9a-f-]{36})$/.exec(await page.evaluate(() => location.href))?.[1];
      return id;
    })
    .toBeDefined();
  return id!;
}

test.describe('Firefox: complaint cases', () => {
  test('detect → start a case → log a call → the reminder fires', async ({ ext }) => {
    test.setTimeout(60_000);
    const { tabId } = await ext.openWallet(
      'https://www.paypal.com/checkoutnow?token=EC-FXCASE',
      'payment_failed',
    );
    const page = await ext.openPage(`cases.html?start=${tabId}`);
    const caseId = await openedCaseId(page);
    await expect.poll(() => page.$eval('.case-status', (el) => el.textContent)).toBe('Open');
    await expect
      .poll(() => page.$eval('h1', (el) => el.textContent))
      .toBe('PayPal — Payment failed');

    await page.type('form.contact-form input[name="agentName"]', 'Jordan');
    await page.type('form.contact-form input[name="reference"]', 'PP-D-99812');
    await page.click('form.contact-form button[type="submit"]');
    await expect.poll(() => page.$$eval('.contact-list li', (l) => l.length)).toBe(1);
    await expect
      .poll(() => page.$eval('.case-status', (el) => el.textContent))
      .toBe('Waiting for the provider');
    const stored = await readCase(page, caseId);
    expect(stored.contacts[0]).toMatchObject({ agentName: 'Jordan', reference: 'PP-D-99812' });

    // The reminder is scheduled for 7 days (the default) after the call…
    const alarmName = `case:${caseId}`;
    const alarm = await ext.run((name) => browser.alarms.get(name), alarmName);
    expect(
      Math.abs(alarm!.scheduledTime - (Date.parse(stored.lastNewsAt) + 7 * 86_400_000)),
    ).toBeLessThan(2000);
    // …and, moved to now, it fires: a notification and a timeline entry. Headless Firefox has no
    // alert service to show the notification in, so it closes it at once: its events prove it.
    await ext.run(() => {
      const seen: string[] = [];
      (globalThis as { notified?: string[] }).notified = seen;
      browser.notifications.onShown.addListener((id) => seen.push(id));
      browser.notifications.onClosed.addListener((id) => seen.push(id));
    });
    await ext.run((name) => browser.alarms.create(name, { when: Date.now() + 200 }), alarmName);
    await expect
      .poll(
        async () => (await readCase(page, caseId)).timeline.some((e) => e.kind === 'reminder'),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    await expect
      .poll(() => ext.run(() => (globalThis as { notified?: string[] }).notified))
      .toContain(alarmName);
  });
});
