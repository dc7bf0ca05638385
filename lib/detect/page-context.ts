/*
 * The content script's context on a wallet page, in place of the framework's own (the build
 * resolves `wxt/utils/content-script-context` to this file for content scripts only; see
 * wxt.config.ts). The framework's context announces every start to the page with
 * `window.postMessage`, which costs each wallet page load a structured clone and a `message`
 * event that the page's own listeners then run for, and tells the page that the extension is
 * there. This one does only what the wallet script uses, and says nothing to the page.
 */

/** What the wallet content script uses of its context. */
export interface PageContext {
  /** Aborted once the extension is gone (reloaded, updated, removed): listeners stop. */
  readonly signal: AbortSignal;
  /** True once the extension is gone; checking it notices that and aborts `signal`. */
  readonly isInvalid: boolean;
  /** `requestIdleCallback` that never calls back after the context was invalidated. */
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number;
  /**
   * `target.addEventListener` until the context is invalidated. `wxt:locationchange` is the
   * page changing its address in place (an SPA route): fired from the Navigation API's
   * `navigate` event where the browser has one, else noticed within a second.
   */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
}

const LOCATION_CHANGE = 'wxt:locationchange';

/** The extension's id as this script's world sees it: gone once the extension is. */
function runtimeId(): string | undefined {
  const world = globalThis as {
    browser?: { runtime?: { id?: string } };
    chrome?: typeof world.browser;
  };
  return (world.browser ?? world.chrome)?.runtime?.id;
}

/** Named as the framework's class, which its content-script wrapper constructs and passes to `main`. */
export class ContentScriptContext implements PageContext {
  private readonly controller = new AbortController();
  /** Called when the page changes its address in place. */
  private readonly locationHandlers: ((event: Event) => void)[] = [];
  private watching = false;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && runtimeId() == null) this.controller.abort();
    return this.controller.signal.aborted;
  }

  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number {
    const id = requestIdleCallback(() => {
      if (!this.isInvalid) callback();
    }, options);
    this.signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void {
    if (type === LOCATION_CHANGE) {
      this.locationHandlers.push(handler);
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler, { signal: this.signal });
  }

  /** Starts noticing address changes made in place, once. */
  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      last = next;
      if (this.isInvalid) return;
      const event = new Event(LOCATION_CHANGE);
      for (const handler of this.locationHandlers) handler(event);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener(
        'navigate',
        (event) => changed((event as Event & { destination: { url: string } }).destination.url),
        { signal: this.signal },
      );
      return;
    }
    const timer = setInterval(() => {
      if (this.isInvalid) clearInterval(timer);
      else changed(location.href);
    }, 1000);
    this.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }
}
