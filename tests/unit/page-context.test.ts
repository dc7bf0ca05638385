// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../lib/detect/page-context';

/** The extension API as a content script's world has it (tests run with a fake one). */
const world = globalThis as { browser?: { runtime?: { id?: string } } };
const fake = world.browser;

describe("the wallet content script's context", () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers();
    world.browser = { runtime: { id: 'wallet-assist' } };
    ctx = new ContentScriptContext();
  });
  afterEach(() => {
    world.browser = fake;
    vi.useRealTimers();
  });

  it('says nothing to the page when it starts', () => {
    const heard = vi.fn();
    window.addEventListener('message', heard);
    document.addEventListener('wxt:content-script-started', heard);
    new ContentScriptContext();
    vi.runAllTimers();
    expect(heard).not.toHaveBeenCalled();
  });

  it('calls back when the page changes its address in place, once per change', () => {
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState({}, '', '/app/home');
    vi.advanceTimersByTime(1100);
    history.pushState({}, '', '/app/home');
    vi.advanceTimersByTime(1100);
    expect(changed).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/app/wallet');
    vi.advanceTimersByTime(1100);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stops everything once the extension is gone', () => {
    const changed = vi.fn();
    const clicked = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    ctx.addEventListener(document, 'click', clicked);
    expect(ctx.isInvalid).toBe(false);
    world.browser = { runtime: {} };
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    history.pushState({}, '', '/app/elsewhere');
    vi.advanceTimersByTime(1100);
    document.body.click();
    expect(changed).not.toHaveBeenCalled();
    expect(clicked).not.toHaveBeenCalled();
  });
});
