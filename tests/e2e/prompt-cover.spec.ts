import { en } from '../../lib/i18n/en';
import { expect, test } from './fixtures';
import {
  boxOf,
  cdpFor,
  clickPromptButton,
  openExtensionPage,
  openWallet,
  readPrompt,
  storedSettings,
  waitForPrompt,
} from './help-helpers';

const COVERED = 'https://www.paypal.com/checkout/cover';

test.describe('a prompt that cannot be clicked through', () => {
  test('ignores clicks while a top-layer popover covers it, acts once it is seen, and the silence can be undone in the popup', async ({
    context,
    extension,
  }) => {
    const { page, tabId } = await openWallet(context, extension, COVERED, 'payment_failed');
    const cdp = await cdpFor(page);
    await expect.poll(async () => (await readPrompt(cdp))?.armed).toBe(true);

    // The page lays its own card over the prompt; it lets clicks through to what is beneath.
    await page.evaluate(() => (window as unknown as { coverPrompt(): void }).coverPrompt());
    const view = await waitForPrompt(cdp);
    const never = view.buttons.find((b) => b.text === en['prompt.snoozeAlways'])!;
    const box = (await boxOf(cdp, never.backendNodeId))!;
    // What the person sees at that point is the page's card (open in the top layer), not the
    // prompt; the card lets clicks through, so hit testing alone would still find the prompt.
    expect(
      await page.evaluate(
        ([x, y]) => {
          const cover = document.getElementById('cover')!;
          const r = cover.getBoundingClientRect();
          return (
            cover.matches(':popover-open') &&
            x! > r.left &&
            x! < r.right &&
            y! > r.top &&
            y! < r.bottom
          );
        },
        [box.x + box.width / 2, box.y + box.height / 2],
      ),
    ).toBe(true);
    await expect.poll(async () => (await readPrompt(cdp))?.armed).toBe(false);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await readPrompt(cdp))?.texts).toContain(en['prompt.covered']);
    await page.waitForTimeout(500);
    expect((await storedSettings(extension)).snoozedSites ?? {}).toEqual({});

    // Uncovered and seen long enough, the same click works.
    await page.evaluate(() => (window as unknown as { uncoverPrompt(): void }).uncoverPrompt());
    await clickPromptButton(page, cdp, en['prompt.snoozeAlways']);
    await expect
      .poll(async () => (await storedSettings(extension)).snoozedSites)
      .toEqual({ 'www.paypal.com': 'always' });

    // The extension's own popup for that site says so, and undoes it.
    const popup = await openExtensionPage(context, extension, `popup.html?tabId=${tabId}`, {
      width: 420,
      height: 760,
    });
    const notice = popup.locator('.silence-notice');
    await expect(notice).toContainText('www.paypal.com');
    await notice.getByRole('button', { name: en['silence.undo'] }).click();
    await expect(popup.locator('.silence-notice')).toHaveText(
      en['silence.undone'].replace('{host}', 'www.paypal.com'),
    );
    expect((await storedSettings(extension)).snoozedSites).toEqual({});
  });
});
