import { en } from '../../lib/i18n/en';
import { zhCN } from '../../lib/i18n/zh-CN';
import { SETTINGS_VERSION } from '../../lib/settings/schema';
import v1Fixture from '../fixtures/settings/v1.json' with { type: 'json' };
import { expect, test, type Extension } from './fixtures';
import { openExtensionPage } from './help-helpers';

/** Everything under `storage.local` that belongs to the settings. */
async function storedSettingsKeys(extension: Extension) {
  const sw = await extension.worker();
  return sw.evaluate(() => chrome.storage.local.get(['settings', 'settings.invalid']));
}

/** Stores `value` under `settings`, as some earlier or later build left it. */
async function seedSettings(extension: Extension, value: unknown) {
  const sw = await extension.worker();
  await sw.evaluate((settings) => chrome.storage.local.set({ settings }), value);
}

test.describe('options: settings that could not be read', () => {
  test('lists a bad setting, keeps its value while others change, and discards it on request', async ({
    context,
    extension,
  }) => {
    await seedSettings(extension, { ...v1Fixture, language: 'fr-FR' });
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    await expect(options.getByRole('heading', { name: en['options.invalid.title'] })).toBeVisible();
    const row = options.locator('[data-invalid-field="language"]');
    await expect(row).toContainText(en['options.language']);
    await expect(row).toContainText('"fr-FR"');
    // The pages follow the browser meanwhile, and the row says so.
    await expect(row).toContainText(en['options.invalid.language']);
    await expect(options.getByRole('radio', { name: en['options.language.auto'] })).toBeChecked();

    await options.getByRole('checkbox', { name: 'Alipay', exact: true }).uncheck();
    await expect
      .poll(async () => (await storedSettingsKeys(extension))['settings.invalid'])
      .toEqual([expect.objectContaining({ field: 'language', raw: 'fr-FR' })]);
    expect((await storedSettingsKeys(extension)).settings).toMatchObject({
      schemaVersion: SETTINGS_VERSION,
      language: 'auto',
      disabledProviders: [...v1Fixture.disabledProviders, 'alipay'],
    });
    await expect(row).toBeVisible();

    const discard = en['options.invalid.discard'].replace('{field}', en['options.language']);
    await options.getByRole('button', { name: discard }).click();
    await expect(options.getByRole('heading', { name: en['options.invalid.title'] })).toHaveCount(
      0,
    );
    expect(await storedSettingsKeys(extension)).not.toHaveProperty(['settings.invalid']);
  });

  test('shows settings from a newer version and does not save over them', async ({
    context,
    extension,
  }) => {
    const newer = { ...v1Fixture, schemaVersion: 99, theme: 'dark' };
    await seedSettings(extension, newer);
    const options = await openExtensionPage(context, extension, 'options.html', { width: 800 });
    // The language it could read (zh-CN) is in effect.
    await expect(options.locator('h1')).toHaveText(zhCN['options.title']);
    await expect(options.getByRole('alert')).toContainText('99');
    // The change is refused, and the page goes back to what is stored.
    await options.getByRole('radio', { name: zhCN['options.language.en'] }).click();
    await expect(options.getByRole('status')).toContainText(
      zhCN['options.saveFailed'].replace('{error}', ''),
    );
    await expect(
      options.getByRole('radio', { name: zhCN['options.language.zh-CN'] }),
    ).toBeChecked();
    expect((await storedSettingsKeys(extension)).settings).toEqual(newer);
  });
});
