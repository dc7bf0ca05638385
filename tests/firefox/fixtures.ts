import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { serverFixture, type FixtureServer } from '../harness/server-fixture';
import {
  evaluateInBrowserWindow,
  EXTENSION_ORIGIN,
  FIREFOX_E2E_BUILD,
  gotoExtensionPage,
  launchFirefox,
} from '../harness/firefox.mjs';
import type { FirefoxBrowser } from './firefox';

/** The extension pages' global (code run in the control page uses it). */
declare const browser: FirefoxBrowser;

/** What the in-page prompt shows, read inside its closed shadow root. */
export interface PromptView {
  hosts: number;
  /** `closed` when the page cannot reach inside. */
  mode: string | null;
  texts: string[];
  buttons: { text: string; x: number; y: number }[];
  /** The card has been fully visible long enough for its buttons to act (`data-armed`). */
  armed: boolean;
}

/**
 * The extension installed in a real Firefox, driven from a test. Firefox's background page is not
 * reachable over WebDriver BiDi, so everything goes through the "control page": the extension's
 * options page open in the first tab, which has the same APIs (`browser.*`, the extension's
 * IndexedDB and storage).
 */
export interface FirefoxExtension {
  browser: Browser;
  control: Page;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** The folder Firefox saves downloads to (a fresh one per test). */
  downloads: string;
  /** Runs `fn` in the control page and returns its (JSON-able) result. */
  run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Opens `url` in a new tab and waits for it to load. */
  open(url: string): Promise<Page>;
  /** The tab id of a web page opened by the test. */
  tabIdOf(page: Page): Promise<number>;
  tabState(tabId: number): Promise<Record<string, unknown> | undefined>;
  badgeText(tabId: number): Promise<string>;
  waitForTabState(
    tabId: number,
    predicate: (state: Record<string, unknown> | undefined) => boolean,
  ): Promise<Record<string, unknown> | undefined>;
  /** Opens `url` and waits until its tab's stored state is `state`. */
  openWallet(url: string, state: string | null): Promise<{ page: Page; tabId: number }>;
  /**
   * Opens an extension page (`popup.html?tabId=1`) in a tab of its own window (so the wallet tab
   * stays the active tab of its window), or with `{ window: false }` in a new tab of the current
   * window.
   */
  openPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /** What the extension's help page of one kind shows: its wallet and state, or null. */
  helpView(type: 'popup' | 'sidebar'): Promise<{ provider: string; state: string } | null>;
  /** The prompt in a tab, or null when there is none. */
  prompt(tabId: number): Promise<PromptView | null>;
  /**
   * Clicks a prompt button with the mouse, as a person would: once the card has been on screen
   * long enough for its buttons to act.
   */
  clickPrompt(page: Page, tabId: number, label: string): Promise<void>;
  /**
   * Presses the extension's keyboard shortcut: runs the key binding Firefox made of the manifest
   * command in the browser window (WebDriver BiDi cannot send keys to the window itself), as a
   * key press on it does. Returns the binding's key and modifiers.
   */
  pressShortcut(): Promise<{ key: string; modifiers: string }>;
  /** Addresses of the extension's open views of one kind (toolbar popup, sidebar, tab). */
  views(type: 'popup' | 'sidebar' | 'tab'): Promise<string[]>;
}

export const test = base.extend<
  {
    extensionPath: string;
    firefox: { browser: Browser; control: Page; downloads: string };
    ext: FirefoxExtension;
  },
  { server: FixtureServer }
>({
  server: serverFixture,

  extensionPath: FIREFOX_E2E_BUILD,

  firefox: async ({ server, extensionPath }, use) => {
    const downloads = mkdtempSync(join(tmpdir(), 'wallet-assist-downloads-'));
    const launched = await launchFirefox({ extensionPath, server, downloadDir: downloads });
    await use({ ...launched, downloads });
    await launched.browser.close();
  },

  ext: async ({ firefox }, use) => {
    const { browser: firefoxBrowser, control, downloads } = firefox;
    const run: FirefoxExtension['run'] = (fn, arg) =>
      control.evaluate(fn as (a: unknown) => never, arg as unknown);
    const ext: FirefoxExtension = {
      browser: firefoxBrowser,
      control,
      origin: EXTENSION_ORIGIN,
      downloads,
      run,
      async open(url) {
        const page = await firefoxBrowser.newPage();
        await page.goto(url);
        return page;
      },
      async tabIdOf(page) {
        const url = page.url();
        const ids = await run(
          async (target) =>
            (await browser.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
          url,
        );
        if (ids.length !== 1) throw new Error(`Expected one tab at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
      tabState: (tabId) =>
        run(
          async (key) =>
            (await browser.storage.session.get(key))[key] as Record<string, unknown> | undefined,
          `tab:${tabId}`,
        ),
      badgeText: (tabId) => run((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId),
      async waitForTabState(tabId, predicate) {
        let last: Record<string, unknown> | undefined;
        await expect
          .poll(async () => {
            last = await ext.tabState(tabId);
            return predicate(last);
          })
          .toBe(true);
        return last;
      },
      async openWallet(url, state) {
        const page = await ext.open(url);
        const tabId = await ext.tabIdOf(page);
        await ext.waitForTabState(tabId, (s) => s !== undefined && s.state === state);
        return { page, tabId };
      },
      async openPage(path, options = {}) {
        const page = await firefoxBrowser.newPage({
          type: options.window === false ? 'tab' : 'window',
        });
        return gotoExtensionPage(page, `${EXTENSION_ORIGIN}/${path}`);
      },
      prompt: (tabId) =>
        run(async (id) => {
          const [result] = await browser.scripting.executeScript({
            target: { tabId: id },
            // Runs in the extension's isolated world of the tab, where Firefox lets extension
            // code see a closed shadow root (`openOrClosedShadowRoot`); the page cannot.
            func: () => {
              const hosts = document.querySelectorAll('wallet-assist-prompt');
              const host = hosts[0] as
                (Element & { openOrClosedShadowRoot?: ShadowRoot | null }) | undefined;
              const root = host?.openOrClosedShadowRoot;
              if (!host || !root) return null;
              const texts: string[] = [];
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentElement?.localName === 'style') continue;
                const text = node.nodeValue?.trim();
                if (text) texts.push(text);
              }
              const buttons = [...root.querySelectorAll('button')].map((button) => {
                const box = button.getBoundingClientRect();
                return {
                  text: button.textContent?.trim() ?? '',
                  x: box.x + box.width / 2,
                  y: box.y + box.height / 2,
                };
              });
              const armed = root.querySelector('.card')?.hasAttribute('data-armed') ?? false;
              return { hosts: hosts.length, mode: root.mode, texts, buttons, armed };
            },
          });
          return (result?.result ?? null) as PromptView | null;
        }, tabId),
      async clickPrompt(page, tabId, label) {
        let view: PromptView | null = null;
        await expect
          .poll(async () => {
            view = await ext.prompt(tabId);
            return view?.armed ? view.buttons.map((b) => b.text) : [];
          })
          .toContain(label);
        const button = view!.buttons.find((b) => b.text === label)!;
        await page.mouse.click(button.x, button.y);
      },
      helpView: (type) =>
        run((kind) => {
          const [view] = browser.extension.getViews({ type: kind });
          const main = view?.document.querySelector<HTMLElement>('main.popup');
          return main
            ? { provider: main.dataset.provider ?? '', state: main.dataset.state ?? '' }
            : null;
        }, type),
      pressShortcut: () =>
        evaluateInBrowserWindow(
          firefoxBrowser,
          `(() => {
            const key = [...document.querySelectorAll('key')].find((k) =>
              k.parentNode?.id?.startsWith('ext-keyset-id-wallet-assist'));
            key.doCommand();
            return { key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') };
          })()`,
        ),
      views: (type) =>
        run(
          (kind) => browser.extension.getViews({ type: kind }).map((view) => view.location.href),
          type,
        ),
    };
    await use(ext);
  },
});

export { expect };
