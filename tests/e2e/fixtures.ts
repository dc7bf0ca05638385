import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { E2E_BUILD, launchWithExtension } from '../harness/browser.mjs';
import { serverFixture, type FixtureServer } from '../harness/server-fixture';

/** The extension's background, driven from the test through its service worker. */
export interface Extension {
  id: string;
  /** The service worker currently running (it can be restarted by a test). */
  worker(): Promise<Worker>;
  /** The browser tab id showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** `storage.session` value `tab:<tabId>`, or undefined. */
  tabState(tabId: number): Promise<Record<string, unknown> | undefined>;
  badgeText(tabId: number): Promise<string>;
  /** Waits until the tab's stored state has been written and satisfies `predicate`. */
  waitForTabState(
    tabId: number,
    predicate: (state: Record<string, unknown> | undefined) => boolean,
  ): Promise<Record<string, unknown> | undefined>;
}

export const test = base.extend<
  { context: BrowserContext; extension: Extension },
  { server: FixtureServer }
>({
  server: serverFixture,

  context: async ({ server }, use) => {
    const { context } = await launchWithExtension({
      extensionPath: E2E_BUILD,
      hostResolverRules: server.hostResolverRules,
    });
    await use(context);
    await context.close();
  },

  extension: async ({ context }, use) => {
    const running = () =>
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    const worker = async () => {
      // Poll as well as wait: a worker that starts between the check and the wait is not missed.
      for (;;) {
        const current = running();
        if (current) return current;
        await Promise.race([
          context.waitForEvent('serviceworker', { timeout: 0 }).catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, 100)),
        ]);
      }
    };
    const id = new URL((await worker()).url()).host;
    const extension: Extension = {
      id,
      worker,
      async tabIdOf(page) {
        const url = page.url();
        const sw = await worker();
        const ids = await sw.evaluate(
          async (target) =>
            (await chrome.tabs.query({})).filter((t) => t.url === target).map((t) => t.id),
          url,
        );
        if (ids.length !== 1) throw new Error(`Expected one tab at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
      async tabState(tabId) {
        const sw = await worker();
        return sw.evaluate(
          async (key) =>
            (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined,
          `tab:${tabId}`,
        );
      },
      async badgeText(tabId) {
        const sw = await worker();
        return sw.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
      },
      async waitForTabState(tabId, predicate) {
        let last: Record<string, unknown> | undefined;
        await expect
          .poll(async () => {
            last = await extension.tabState(tabId);
            return predicate(last);
          })
          .toBe(true);
        return last;
      },
    };
    await use(extension);
  },
});

export { expect };
