import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** Every permission either manifest asks for (the built manifests are checked in E2E too). */
const PERMISSIONS = [
  'activeTab',
  'scripting',
  'storage',
  'alarms',
  'notifications',
  'sidePanel',
  'pageCapture',
];

describe('store listing and privacy policy', () => {
  it('keeps the manifest description within the Chrome Web Store limit of 132 characters', () => {
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as {
        extDescription: { message: string };
      };
      expect([...messages.extDescription.message].length, locale).toBeLessThanOrEqual(132);
    }
  });

  for (const file of ['store/listing.en.md', 'store/listing.zh-CN.md']) {
    it(`${file} has every section a store asks for and justifies every permission`, () => {
      const text = read(file);
      for (const section of [
        'Short description',
        'Long description',
        'Single purpose',
        'Permissions',
        'Privacy practices',
      ]) {
        expect(text, section).toMatch(new RegExp(`^## .*${section}`, 'm'));
      }
      for (const permission of PERMISSIONS) expect(text, permission).toContain(`\`${permission}\``);
      expect(text).toContain('https://*.paypal.com/*');
      // The short description is the manifest's, within the same limit.
      const short = /## [^\n]*Short description[^\n]*\n+([\s\S]*?)\n\n/.exec(text)![1]!;
      expect([...short.replace(/\n/g, ' ')].length).toBeLessThanOrEqual(132);
    });
  }

  it('has a privacy policy in English and Chinese that says nothing is collected', () => {
    const policy = read('PRIVACY.md');
    expect(policy).toMatch(/What it collects: nothing/);
    expect(policy).toMatch(/收集什么：什么都不收集/);
    expect(policy).toMatch(/Uninstalling the extension deletes all of it/);
  });

  it('has store screenshots in English and Chinese and a changelog for this version', () => {
    for (const name of ['en-1-payment-failed-prompt.png', 'zh-1-account-frozen-prompt.png']) {
      expect(existsSync(resolve(ROOT, 'store/screenshots', name)), name).toBe(true);
    }
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'),
    );
  });
});
