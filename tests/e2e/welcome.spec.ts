import AxeBuilder from '@axe-core/playwright';
import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { expect, test } from './fixtures';
import { openExtensionPage } from './pages';

test.describe('first run', () => {
  test('the welcome page opens once at install and explains the extension', async ({
    context,
    extension,
  }) => {
    await expect
      .poll(() => context.pages().filter((p) => p.url().endsWith('/welcome.html')).length)
      .toBe(1);
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    expect(new URL(welcome.url()).host).toBe(extension.id);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(en['welcome.title']);
    for (const key of [
      'welcome.sites.title',
      'welcome.pin.title',
      'welcome.privacy.title',
      'welcome.choices.title',
    ] as const) {
      await expect(welcome.getByRole('heading', { name: en[key] })).toBeVisible();
    }
    await expect(welcome.getByText(en['welcome.pin.chromium'])).toBeVisible();
    await expect(welcome.getByText(en['welcome.privacy.uninstall'])).toBeVisible();
    await expect(welcome.locator('.providers-list')).toContainText('PayPal');
    await expect(welcome.locator('.providers-list')).toContainText('Alipay');
    const axe = await new AxeBuilder({ page: welcome }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('its language choice applies at once, and the options page leads back to it', async ({
    context,
    extension,
  }) => {
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    const link = options.getByRole('link', { name: en['options.welcome'] });
    await expect(link).toHaveAttribute('href', /\/welcome\.html$/);
    await options.goto(`chrome-extension://${extension.id}/welcome.html`);
    await options.getByRole('radio', { name: en['options.language.zh-CN'] }).check();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText(zhCN['welcome.title']);
    await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
