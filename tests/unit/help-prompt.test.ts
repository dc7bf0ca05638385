import { describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/router';
import { chooseCorner } from '../../components/prompt/in-page-prompt';
import { forgetTicks, readTicks, setTick } from '../../lib/checklists/ticks';
import { catalogue, translate } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import {
  promptDecision,
  promptHost,
  problemCleared,
  promptTexts,
  showPrompt,
} from '../../lib/background/prompt';
import {
  DEFAULT_SETTINGS,
  forgetSilence,
  getSettings,
  silenceFromPage,
  undoableSilence,
  undoSilence,
  updateSettings,
  type Settings,
} from '../../lib/settings';

const NOW = new Date('2026-11-25T10:00:00Z');
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('when the in-page prompt is shown', () => {
  it('shows on a problem by default', () => {
    expect(promptDecision(DEFAULT_SETTINGS, 'paypal', 'https://www.paypal.com/x', NOW)).toBe(
      'show',
    );
  });
  it('never shows for a wallet the person switched off', () => {
    const s = settings({ disabledProviders: ['paypal'] });
    expect(promptDecision(s, 'paypal', 'https://www.paypal.com/x', NOW)).toBe('providerDisabled');
    expect(promptDecision(s, 'wise', 'https://wise.com/home', NOW)).toBe('show');
  });
  it('respects a snooze until it runs out, and "always" for good', () => {
    const day = settings({ snoozedSites: { 'www.paypal.com': '2026-11-26T09:00:00.000Z' } });
    expect(promptDecision(day, 'paypal', 'https://www.paypal.com/x', NOW)).toBe('snoozed');
    expect(
      promptDecision(day, 'paypal', 'https://www.paypal.com/x', new Date('2026-11-26T09:00:01Z')),
    ).toBe('show');
    expect(promptDecision(day, 'paypal', 'https://checkout.paypal.com/x', NOW)).toBe('show');
    const always = settings({ snoozedSites: { 'www.paypal.com': 'always' } });
    expect(
      promptDecision(always, 'paypal', 'https://www.paypal.com/x', new Date('2030-01-01')),
    ).toBe('snoozed');
  });
  it('reads the host from the URL only', () => {
    expect(promptHost('https://www.paypal.com/a?b')).toBe('www.paypal.com');
    expect(promptHost('not a url')).toBeNull();
    expect(promptHost(undefined)).toBeNull();
  });
});

describe('problemCleared', () => {
  it('is true only when a problem turns into nothing', () => {
    expect(
      problemCleared({ oldValue: { state: 'payment_failed' }, newValue: { state: null } }),
    ).toBe(true);
    expect(problemCleared({ oldValue: { state: null }, newValue: { state: null } })).toBe(false);
    expect(problemCleared({ oldValue: { state: 'payment_failed' }, newValue: undefined })).toBe(
      false,
    );
    expect(problemCleared({ oldValue: undefined, newValue: { state: null } })).toBe(false);
    expect(
      problemCleared({
        oldValue: { state: 'payment_failed' },
        newValue: { state: 'account_locked' },
      }),
    ).toBe(false);
  });
});

describe('prompt texts', () => {
  it('are taken from the catalogue for the state', () => {
    const texts = promptTexts('en', 'account_locked');
    expect(texts.message).toBe(en['prompt.message.account_locked']);
    expect(texts.snoozeAlways).toBe(en['prompt.snoozeAlways']);
  });

  it('say how to add a screenshot when only the page copy could be saved', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const texts = promptTexts(locale, 'payment_failed');
      expect(texts.savedNeedsClick).toBe(translate(locale, 'capture.needsClick'));
      expect(texts.savedNeedsClick).toContain('Alt+Shift+S');
      expect(texts.savedNeedsClick).not.toBe(texts.saved);
    }
  });
});

describe('showPrompt', () => {
  const event = {
    tabId: 7,
    tabState: {
      providerId: 'paypal',
      state: 'payment_failed' as const,
      url: 'https://www.paypal.com/checkoutnow',
      detectedAt: '2026-11-25T10:00:00.000+00:00',
      confidence: 0.9,
      ruleIds: ['r'],
    },
  };
  const stubScripting = () => {
    const calls: unknown[] = [];
    const scripting = { executeScript: vi.fn(async (arg: unknown) => (calls.push(arg), [])) };
    Object.assign(fakeBrowser, { scripting });
    return calls as { files?: string[]; args?: unknown[]; target: unknown }[];
  };

  it('injects the prompt script, then hands it the texts in the UI locale', async () => {
    const calls = stubScripting();
    expect(await showPrompt(event, NOW)).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ target: { tabId: 7, frameIds: [0] }, files: ['/prompt.js'] });
    const [input] = calls[1]!.args as [{ locale: string; texts: { message: string } }];
    // Follow the browser (the fake browser's UI language is en-US).
    expect(input).toMatchObject({
      locale: 'en',
      texts: { message: en['prompt.message.payment_failed'] },
    });
  });

  it('speaks the language chosen in the settings, decided by the background', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, language: 'zh-Hant' }));
    const calls = stubScripting();
    await showPrompt(event, NOW);
    const [input] = calls[1]!.args as [{ locale: string; texts: { message: string } }];
    expect(input.locale).toBe('zh-Hant');
    expect(input.texts.message).toBe(catalogue('zh-Hant')['prompt.message.payment_failed']);
  });

  it("draws nothing into a shop's page for a problem found in a wallet frame inside it", async () => {
    const calls = stubScripting();
    const framed = { ...event, tabState: { ...event.tabState, frameId: 4 } };
    expect(await showPrompt(framed, NOW)).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('injects nothing on a snoozed site', async () => {
    const calls = stubScripting();
    await silenceFromPage(browser.storage.local, 'www.paypal.com', 'day', NOW);
    expect(await showPrompt(event, NOW)).toBe(false);
    expect(calls).toHaveLength(0);
  });
});

describe('silencing the prompt from the page', () => {
  const local = () => browser.storage.local;

  it('stores a day from now, or always, keeping other settings', async () => {
    await updateSettings(local(), (s) => ({ ...s, disabledProviders: ['wise'] }));
    expect(await silenceFromPage(local(), 'www.paypal.com', 'day', NOW)).toBe(
      '2026-11-26T10:00:00.000Z',
    );
    await silenceFromPage(local(), 'excashier.alipay.com', 'always', NOW);
    const stored = await getSettings(local());
    expect(stored.snoozedSites).toEqual({
      'www.paypal.com': '2026-11-26T10:00:00.000Z',
      'excashier.alipay.com': 'always',
    });
    expect(stored.disabledProviders).toEqual(['wise']);
  });

  it('can be undone from the extension’s own pages for a week, restoring what was set before', async () => {
    await updateSettings(local(), (s) => ({
      ...s,
      snoozedSites: { 'www.paypal.com': '2026-11-25T12:00:00.000Z' },
    }));
    await silenceFromPage(local(), 'www.paypal.com', 'always', NOW);
    expect(await undoableSilence(local(), 'www.paypal.com', NOW)).toMatchObject({
      until: 'always',
      previous: '2026-11-25T12:00:00.000Z',
    });
    expect(
      await undoableSilence(local(), 'www.paypal.com', new Date(NOW.getTime() + 8 * 86_400_000)),
    ).toBeNull();
    await undoSilence(local(), 'www.paypal.com');
    expect((await getSettings(local())).snoozedSites).toEqual({
      'www.paypal.com': '2026-11-25T12:00:00.000Z',
    });
    expect(await undoableSilence(local(), 'www.paypal.com', NOW)).toBeNull();
  });

  it('is not offered again once confirmed, or once the options page changed it', async () => {
    await silenceFromPage(local(), 'www.paypal.com', 'always', NOW);
    await forgetSilence(local(), 'www.paypal.com');
    expect(await undoableSilence(local(), 'www.paypal.com', NOW)).toBeNull();
    expect((await getSettings(local())).snoozedSites).toEqual({ 'www.paypal.com': 'always' });

    await silenceFromPage(local(), 'wise.com', 'day', NOW);
    await updateSettings(local(), (s) => ({ ...s, snoozedSites: {} }));
    expect(await undoableSilence(local(), 'wise.com', NOW)).toBeNull();
  });
});

describe('checklist ticks', () => {
  const session = fakeBrowser.storage.session;
  it('are remembered per tab and per list, and forgotten with the tab', async () => {
    await setTick(session, 1, 'payment_failed', 'check.payment_failed.network', true);
    await setTick(session, 1, 'payment_failed', 'check.payment_failed.balance', true);
    await setTick(session, 1, 'payment_failed', 'check.payment_failed.network', false);
    await setTick(session, 2, 'payment_failed', 'check.payment_failed.network', true);
    expect(await readTicks(session, 1, 'payment_failed')).toEqual(['check.payment_failed.balance']);
    expect(await readTicks(session, 1, 'topic.security')).toEqual([]);
    expect(await readTicks(session, 2, 'payment_failed')).toEqual(['check.payment_failed.network']);
    await forgetTicks(session, 1);
    expect(await readTicks(session, 1, 'payment_failed')).toEqual([]);
    expect(await readTicks(session, 2, 'payment_failed')).toHaveLength(1);
  });

  it('ignore malformed stored data', async () => {
    await fakeBrowser.storage.session.set({ 'checks:3': { payment_failed: 'nope', x: [1, 'a'] } });
    expect(await readTicks(session, 3, 'payment_failed')).toEqual([]);
    expect(await readTicks(session, 3, 'x')).toEqual(['a']);
  });
});

describe('prompt placement', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 360, height: 150 };
  it('uses the bottom-right corner when nothing is there', () => {
    expect(chooseCorner(viewport, size, [])).toBe('bottom-right');
  });
  it('moves away from a wallet dialog that covers the corner', () => {
    const sheet = { left: 500, top: 500, right: 1000, bottom: 800 };
    expect(chooseCorner(viewport, size, [sheet])).toBe('bottom-left');
    const bottom = { left: 0, top: 600, right: 1000, bottom: 800 };
    expect(chooseCorner(viewport, size, [bottom])).toBe('top-right');
  });
});

describe('prompt messages', () => {
  const PAYPAL = 'https://www.paypal.com/checkoutnow?token=EC-1';
  const wallet = (url = PAYPAL, frameId = 0): Browser.runtime.MessageSender => ({
    id: browser.runtime.id,
    url,
    frameId,
    tab: { id: 7, url, windowId: 1 } as Browser.tabs.Tab,
  });

  it('snooze the sender’s own host, never one named by the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const forged = await handleMessage(
      { type: 'prompt/snooze', payload: { duration: 'always', host: 'www.venmo.com' } },
      wallet(),
    );
    expect(forged).toMatchObject({ ok: false, code: 'invalidMessage' });
    const reply = await handleMessage(
      { type: 'prompt/snooze', payload: { duration: 'always' } },
      wallet(),
    );
    expect(reply).toEqual({ ok: true, value: { host: 'www.paypal.com', until: 'always' } });
    expect((await getSettings(browser.storage.local)).snoozedSites).toEqual({
      'www.paypal.com': 'always',
    });
    // Chosen on the page: the extension's own pages offer to undo it.
    expect(await undoableSilence(browser.storage.local, 'www.paypal.com')).toMatchObject({
      until: 'always',
      previous: null,
    });
  });

  it('are refused from frames, from pages that are not wallets and from other extensions', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = { type: 'prompt/snooze', payload: { duration: 'day' } };
    expect(await handleMessage(message, wallet(PAYPAL, 3))).toMatchObject({ code: 'forbidden' });
    expect(await handleMessage(message, wallet('https://example.com/'))).toMatchObject({
      code: 'forbidden',
    });
    expect(await handleMessage(message, { ...wallet(), id: 'another' })).toMatchObject({
      code: 'forbidden',
    });
    expect((await getSettings(browser.storage.local)).snoozedSites).toEqual({});
  });

  describe('open help in Firefox (a sidebar, which only a click in our own pages may open)', () => {
    /**
     * Gives the fake browser Firefox's sidebar and toolbar-button APIs (MV2: `browserAction`, no
     * `action`) for one test.
     */
    function firefoxApis(sidebarOpen: boolean) {
      const fake = fakeBrowser as unknown as Record<string, unknown>;
      const action = fake.action;
      const apis = {
        sidebarAction: {
          isOpen: vi.fn(async () => sidebarOpen),
          open: vi.fn(async () => {
            throw new Error('sidebarAction.open may only be called from a user input handler');
          }),
        },
        browserAction: { openPopup: vi.fn(async () => undefined) },
      };
      Object.assign(fake, apis, { action: undefined });
      return {
        ...apis,
        [Symbol.dispose]: () => {
          delete fake.sidebarAction;
          delete fake.browserAction;
          fake.action = action;
        },
      };
    }

    it('leaves an open sidebar to follow the tab', async () => {
      using apis = firefoxApis(true);
      const reply = await handleMessage({ type: 'prompt/open-help', payload: {} }, wallet());
      expect(reply).toEqual({ ok: true, value: { opened: 'sidePanel' } });
      expect(apis.sidebarAction.isOpen).toHaveBeenCalledWith({ windowId: 1 });
      expect(apis.browserAction.openPopup).not.toHaveBeenCalled();
    });

    it('opens the toolbar popup of the tab’s window when the sidebar is closed', async () => {
      using apis = firefoxApis(false);
      const create = vi.spyOn(fakeBrowser.windows, 'create');
      const reply = await handleMessage({ type: 'prompt/open-help', payload: {} }, wallet());
      expect(reply).toEqual({ ok: true, value: { opened: 'popup' } });
      expect(apis.browserAction.openPopup).toHaveBeenCalledWith({ windowId: 1 });
      expect(create).not.toHaveBeenCalled();
    });
  });

  it('open help falls back to a window with the help for the tab when no panel can open', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const reply = await handleMessage({ type: 'prompt/open-help', payload: {} }, wallet());
    expect(reply).toEqual({ ok: true, value: { opened: 'window' } });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/popup\.html\?tabId=7$/) }),
    );
  });
});
