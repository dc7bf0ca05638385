import { en } from '../../lib/i18n/en';
import { PROD_BUILD, launchWithExtension } from '../harness/browser.mjs';
import { expect, test } from './fixtures';
import { cdpFor, clickPromptButton, readPrompt, waitForPrompt } from './help-helpers';

/**
 * The in-page prompt's "save evidence now" in the production build, which has no `<all_urls>`:
 * the message is sent from the content script's own world (as the prompt does), and the page
 * snapshot and text are saved at once while the reply says a screenshot needs a click.
 */
test('in-page capture without a screenshot grant saves MHTML and text and asks for a click', async ({
  server,
}) => {
  const { context } = await launchWithExtension({
    extensionPath: PROD_BUILD,
    hostResolverRules: server.hostResolverRules,
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const contexts: { id: number; origin: string; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push(c));
    await cdp.send('Runtime.enable');
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-INPAGE');
    await expect
      .poll(() => contexts.some((c) => c.origin === `chrome-extension://${extensionId}`))
      .toBe(true);
    const world = contexts.findLast((c) => c.origin === `chrome-extension://${extensionId}`)!;
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.runtime.sendMessage({ type: 'capture/from-page', payload: {} })`,
    });
    const reply = result.value as {
      ok: boolean;
      value: { source: string; screenshotNeedsClick?: boolean; artifacts: { kind: string }[] };
    };
    expect(reply).toMatchObject({
      ok: true,
      value: { source: 'in-page', screenshotNeedsClick: true },
    });
    expect(reply.value.artifacts.map((a) => a.kind)).toEqual(['snapshot-mhtml', 'page-text']);

    // Stored, and readable from the extension's own pages.
    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extensionId}/locker.html`);
    await expect(locker.locator('.locker__record')).toHaveCount(1);
  } finally {
    await context.close();
  }
});

test('the prompt says the page copy was saved and a screenshot needs the toolbar button', async ({
  server,
}) => {
  const { context } = await launchWithExtension({
    extensionPath: PROD_BUILD,
    hostResolverRules: server.hostResolverRules,
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-INPAGE-PROMPT');
    const cdp = await cdpFor(page);
    const before = await waitForPrompt(cdp);
    await clickPromptButton(page, cdp, en['prompt.saveEvidence']);
    await expect
      .poll(async () => (await readPrompt(cdp))?.texts)
      .toContain(en['capture.needsClick']);
    const after = (await readPrompt(cdp))!;
    expect(after.texts).not.toContain(en['prompt.saved']);
    expect(en['capture.needsClick']).toContain('Alt+Shift+S');
    // Only our own texts: what the prompt showed before, plus the new status line.
    expect(after.texts).toEqual([...before.texts, en['capture.needsClick']]);
    expect(before.texts.every((text) => (Object.values(en) as string[]).includes(text))).toBe(true);

    // The page copy and its text were stored, without a screenshot.
    const locker = await context.newPage();
    await locker.goto(`chrome-extension://${extensionId}/locker.html`);
    await expect(locker.locator('.locker__record')).toHaveCount(1);
  } finally {
    await context.close();
  }
});
