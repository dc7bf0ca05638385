// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARM_MS, landsOn, watchVisibility } from '../../components/prompt/in-page-prompt';

type Callback = (entries: Partial<IntersectionObserverEntry & { isVisible: boolean }>[]) => void;

/** A window whose IntersectionObserver the test drives; `v2` adds `isVisible` to its entries. */
function fakeView(v2: boolean) {
  let report: Callback = () => undefined;
  let options: IntersectionObserverInit & { trackVisibility?: boolean } = {};
  class Observer {
    constructor(callback: Callback, init: IntersectionObserverInit) {
      report = callback;
      options = init;
    }
    observe() {}
    disconnect() {}
  }
  class Entry {}
  if (v2) Object.defineProperty(Entry.prototype, 'isVisible', { value: false });
  const view = {
    IntersectionObserver: Observer,
    IntersectionObserverEntry: Entry,
  } as unknown as Window & typeof globalThis;
  return {
    view,
    report: (entry: Parameters<Callback>[0][0]) => report([entry]),
    options: () => options,
  };
}

afterEach(() => vi.useRealTimers());

describe('the prompt’s buttons act only once it has been seen', () => {
  it('with visibility tracking: armed after being fully visible for a while, disarmed at once when covered', () => {
    vi.useFakeTimers();
    const { view, report, options } = fakeView(true);
    const changes: boolean[] = [];
    const watch = watchVisibility(document.createElement('section'), view, (armed) =>
      changes.push(armed),
    );
    expect(watch.tracksOcclusion).toBe(true);
    expect(options()).toMatchObject({ trackVisibility: true });
    report({ isIntersecting: true, intersectionRatio: 1, isVisible: true });
    vi.advanceTimersByTime(ARM_MS - 1);
    expect(changes.at(-1)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(changes.at(-1)).toBe(true);
    // Something is laid over it: not visible, though still in the viewport.
    report({ isIntersecting: true, intersectionRatio: 1, isVisible: false });
    expect(changes.at(-1)).toBe(false);
    vi.advanceTimersByTime(10 * ARM_MS);
    expect(changes.at(-1)).toBe(false);
    // Seen again: armed again only after the full wait.
    report({ isIntersecting: true, intersectionRatio: 1, isVisible: true });
    vi.advanceTimersByTime(ARM_MS / 2);
    expect(changes.at(-1)).toBe(false);
    vi.advanceTimersByTime(ARM_MS);
    expect(changes.at(-1)).toBe(true);
    watch.stop();
  });

  it('without it: armed only while fully inside the viewport; a partly hidden card stays paused', () => {
    vi.useFakeTimers();
    const { view, report, options } = fakeView(false);
    const changes: boolean[] = [];
    const watch = watchVisibility(document.createElement('section'), view, (armed) =>
      changes.push(armed),
    );
    expect(watch.tracksOcclusion).toBe(false);
    expect(options()).not.toHaveProperty('trackVisibility');
    report({ isIntersecting: true, intersectionRatio: 0.6 });
    vi.advanceTimersByTime(5 * ARM_MS);
    expect(changes.every((c) => c === false)).toBe(true);
    report({ isIntersecting: true, intersectionRatio: 1 });
    vi.advanceTimersByTime(ARM_MS);
    expect(changes.at(-1)).toBe(true);
  });

  it('without any observer the buttons stay paused', () => {
    const changes: boolean[] = [];
    watchVisibility(document.createElement('section'), {} as Window & typeof globalThis, (a) =>
      changes.push(a),
    );
    expect(changes).toEqual([]);
  });

  it('a click counts only where it lands on the prompt itself', () => {
    const host = document.createElement('wallet-assist-prompt');
    document.body.append(host);
    const cover = document.createElement('div');
    const click = (detail: number) => new MouseEvent('click', { clientX: 10, clientY: 10, detail });
    const spy = vi.spyOn(document, 'elementFromPoint');
    spy.mockReturnValue(cover);
    expect(landsOn(host, click(1))).toBe(false);
    spy.mockReturnValue(host);
    expect(landsOn(host, click(1))).toBe(true);
    // A key press has no position: it acts on the focused button, which the person chose.
    spy.mockReturnValue(cover);
    expect(landsOn(host, click(0))).toBe(true);
  });
});
