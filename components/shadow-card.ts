/**
 * What the extension's cards inside web pages share (the in-page prompt on wallet pages, the
 * page guard's warning elsewhere): a host element with a closed shadow root whose every style is
 * `!important` from inside the shadow tree (which beats the page's own `!important` rules), and
 * a watch that puts the card back when the page detaches, hides or restyles it while it is
 * wanted. Plain DOM: these run inside web pages, injected only when needed.
 */

/** The host element's own styles: fixed in a corner, over the page, untouchable by it. */
export const HOST_STYLE = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  z-index: 2147483000 !important;
  width: min(360px, calc(100vw - 32px)) !important;
  margin: 0 !important;
  padding: 0 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  pointer-events: auto !important;
  contain: layout style !important;
}
:host([data-corner='bottom-right']) { right: 16px !important; bottom: 16px !important; top: auto !important; left: auto !important; }
:host([data-corner='bottom-left']) { left: 16px !important; bottom: 16px !important; top: auto !important; right: auto !important; }
:host([data-corner='top-right']) { right: 16px !important; top: 16px !important; bottom: auto !important; left: auto !important; }
:host([data-corner='top-left']) { left: 16px !important; top: 16px !important; bottom: auto !important; right: auto !important; }
`;

/**
 * A watch that puts `host` back whenever the page detaches it or sets `style` / `hidden` on it,
 * while `wanted()` says so: `start` once the card is in the page, `stop` when it goes.
 */
export function keepInPlace(
  doc: Document,
  host: HTMLElement,
  wanted: () => boolean,
): { start(): void; stop(): void } {
  const observer = new MutationObserver(() => {
    if (!wanted()) return;
    if (!host.isConnected) (doc.body ?? doc.documentElement).after(host);
    if (host.getAttribute('style') !== null) host.removeAttribute('style');
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
  });
  return {
    start() {
      observer.observe(doc.documentElement, { childList: true });
      observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden'] });
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * A new card host `tag` with its closed shadow root, placed in `corner` and in `locale`; `null`
 * when the page defined this element itself and took its shadow root (then nothing is shown
 * rather than something the page controls).
 */
export function createCardHost(
  doc: Document,
  tag: string,
  corner: 'bottom-right' | 'top-right',
  locale: string,
): { host: HTMLElement; root: ShadowRoot } | null {
  const host = doc.createElement(tag);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  host.setAttribute('data-corner', corner);
  host.setAttribute('lang', locale);
  return { host, root };
}
