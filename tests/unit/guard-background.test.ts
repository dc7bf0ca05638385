import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  GUARD_SCRIPT_ID,
  onGuardNavigation,
  onGuardPermissionRemoved,
  syncGuard,
} from '../../lib/background/guard';
import { handleMessage } from '../../lib/background/router';
import { guardKey } from '../../lib/guard/state';
import { getSettings, updateSettings } from '../../lib/settings';

const LOOKALIKE = 'https://paypal-resolution-center.com/login';
const guardSender = (url = LOOKALIKE): Browser.runtime.MessageSender => ({
  id: browser.runtime.id,
  url,
  frameId: 0,
  tab: { id: 21, url, windowId: 1 } as Browser.tabs.Tab,
});
const guardReport = (url = LOOKALIKE) => ({
  type: 'guard/report',
  payload: {
    url,
    title: 'Resolution Center',
    headings: [],
    password: false,
    form: '',
    candidates: [],
  },
});
const stored = async (tabId: number) =>
  (await browser.storage.session.get(guardKey(tabId)))[guardKey(tabId)];

let permitted = true;
let registered: { id: string }[] = [];
const executed = vi.fn();

beforeEach(() => {
  permitted = true;
  registered = [];
  executed.mockReset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => permitted);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => registered as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as { id: string }[]));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: unknown) => {
    executed(options);
    return [];
  }) as typeof fakeBrowser.scripting.executeScript);
});
afterEach(() => vi.restoreAllMocks());

describe('the page guard in the background', () => {
  it('is off by default: no script registered, a report from a page is not listened to', async () => {
    await syncGuard();
    expect(registered).toEqual([]);
    expect(await handleMessage(guardReport(), guardSender())).toEqual({
      ok: true,
      value: { warned: false },
    });
    expect(await stored(21)).toBeUndefined();
  });

  it('registers its script, except on wallet hosts, once switched on and permitted', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: true } }));
    await syncGuard();
    expect(registered).toHaveLength(1);
    const [script] = vi.mocked(fakeBrowser.scripting.registerContentScripts).mock.calls[0]![0];
    expect(script).toMatchObject({ id: GUARD_SCRIPT_ID, js: ['guard.js'], allFrames: false });
    expect(script!.excludeMatches).toContain('https://*.paypal.com/*');
  });

  it('stores the warning, sets the badge and shows the card when it warns', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: true } }));
    expect(await handleMessage(guardReport(), guardSender())).toEqual({
      ok: true,
      value: { warned: true },
    });
    expect(await stored(21)).toMatchObject({
      kind: 'lookalike',
      providerId: 'paypal',
      url: LOOKALIKE,
    });
    expect(await browser.action.getBadgeText({ tabId: 21 })).toBe('!');
    expect(executed).toHaveBeenCalledWith(
      expect.objectContaining({ files: ['/guard-warning.js'] }),
    );
  });

  it('stores nothing for a page it does not warn on', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: true } }));
    const url = 'https://news.example.com/';
    expect(await handleMessage(guardReport(url), guardSender(url))).toEqual({
      ok: true,
      value: { warned: false },
    });
    expect(await stored(21)).toBeUndefined();
  });

  it('forgets a warning when the tab leaves the page, not when only the fragment changes', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: true } }));
    await handleMessage(guardReport(), guardSender());
    await onGuardNavigation(21, `${LOOKALIKE}#step2`);
    expect(await stored(21)).toBeDefined();
    await onGuardNavigation(21, 'https://example.org/');
    expect(await stored(21)).toBeUndefined();
  });

  it('turns off cleanly when the permission is withdrawn: setting off, script and warnings gone', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: true } }));
    await syncGuard();
    await handleMessage(guardReport(), guardSender());
    permitted = false;
    await onGuardPermissionRemoved();
    expect((await getSettings(browser.storage.local)).guard.enabled).toBe(false);
    expect(registered).toEqual([]);
    expect(await stored(21)).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: 21 })).toBe('');
    // Nothing else changed: the rest of the settings are as they were.
    expect((await getSettings(browser.storage.local)).language).toBe('auto');
  });
});
