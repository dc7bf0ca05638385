/**
 * The browser API as the content script uses it, without webextension-polyfill. Chromium's MV3
 * `chrome.runtime.sendMessage` and Firefox's `browser.runtime.sendMessage` both return promises,
 * and the content script needs nothing else, so shipping the 10 KB polyfill to every wallet page
 * would buy nothing. The build aliases `wxt/browser` to this module for the content script only
 * (see `wxt.config.ts`); the background and extension pages keep the polyfill and still validate
 * every message with zod.
 */
interface RuntimeLite {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

interface BrowserLite {
  runtime: RuntimeLite;
}

const scope = globalThis as unknown as { browser?: BrowserLite; chrome?: BrowserLite };

/** `browser` where the browser provides it (Firefox), else `chrome` (Chromium). */
export const browser: BrowserLite = scope.browser?.runtime ? scope.browser : scope.chrome!;
