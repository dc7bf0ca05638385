import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeAfterInstall } from '../../lib/background/welcome';
import {
  compareVersions,
  NOTABLE_CHANGES,
  notableSince,
  pageAfterInstall,
  type NotableChange,
} from '../../lib/welcome';

const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
) as { version: string };

/** Two made-up notable releases (their texts are any existing keys). */
const CHANGES: NotableChange[] = [
  { version: '0.3.0', text: 'welcome.privacy.local' },
  { version: '1.0.0', text: 'welcome.privacy.uninstall' },
];

describe('the welcome page after install and update', () => {
  it('opens after an install', () => {
    expect(pageAfterInstall({ reason: 'install' }, '0.1.0', CHANGES)).toBe('/welcome.html');
  });

  it('opens nothing after an update without notable changes', () => {
    expect(
      pageAfterInstall({ reason: 'update', previousVersion: '0.3.0' }, '0.4.2', CHANGES),
    ).toBeNull();
    expect(pageAfterInstall({ reason: 'update', previousVersion: '0.1.0' }, '0.2.0')).toBeNull();
  });

  it('opens the notable changes after an update that crosses one', () => {
    expect(pageAfterInstall({ reason: 'update', previousVersion: '0.2.9' }, '1.0.0', CHANGES)).toBe(
      '/welcome.html?updated=0.2.9',
    );
    expect(notableSince('0.2.9', '1.0.0', CHANGES).map((c) => c.version)).toEqual([
      '0.3.0',
      '1.0.0',
    ]);
    expect(notableSince('0.3.0', '0.9.0', CHANGES)).toEqual([]);
  });

  it('opens nothing when the browser itself updated', () => {
    expect(pageAfterInstall({ reason: 'browser_update' }, '1.0.0', CHANGES)).toBeNull();
    expect(pageAfterInstall({ reason: 'chrome_update' }, '1.0.0', CHANGES)).toBeNull();
  });

  it('compares versions part by part', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });

  it('lists notable changes oldest first, none newer than this version (package.json)', () => {
    const versions = NOTABLE_CHANGES.map((c) => c.version);
    expect([...versions].sort(compareVersions)).toEqual(versions);
    for (const change of NOTABLE_CHANGES) {
      expect(compareVersions(change.version, version)).toBeLessThanOrEqual(0);
    }
  });

  it('the background opens the page in a new tab after an install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await welcomeAfterInstall({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/^chrome-extension:\/\/[^/]+\/welcome\.html$/),
    });
    create.mockClear();
    await welcomeAfterInstall({ reason: 'update', previousVersion: version });
    expect(create).not.toHaveBeenCalled();
  });
});
