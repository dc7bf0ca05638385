import type { PromptInput } from '../../lib/protocol/prompt';

/**
 * The in-page prompt: a small card in a corner of a wallet page, inside a closed shadow root.
 * Plain DOM (no framework) because it is injected into the page only when needed. It shows only
 * texts handed over by the background, never anything from the page; the page cannot reach into
 * it, restyle it (every host style is `!important` from inside the shadow tree, which beats the
 * page's own `!important` rules) or remove it for good while it is wanted.
 *
 * Nor can the page make the person click it unawares: its buttons act only on a real click that
 * lands on the card while the card has been fully visible, uncovered, for {@link ARM_MS} (see
 * {@link watchVisibility}); otherwise the click is ignored and the card says why.
 */

const PROMPT_TAG = 'wallet-assist-prompt';

const STYLE = `
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
.card {
  --bg: #ffffff; --text: #1c1917; --muted: #44403c; --border: #b45309; --accent: #0f766e;
  --accent-text: #ffffff; --focus: #1d4ed8;
  box-sizing: border-box;
  background: var(--bg);
  color: var(--text);
  border: 2px solid var(--border);
  border-radius: 12px;
  padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #292524; --text: #f5f5f4; --muted: #d6d3d1; --border: #fbbf24; --accent: #2dd4bf;
    --accent-text: #042f2e; --focus: #93c5fd; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: enter 180ms ease-out; }
  @keyframes enter { from { opacity: 0; translate: 0 8px; } to { opacity: 1; translate: 0 0; } }
}
.label { margin: 0 0 4px; font-weight: 700; font-size: 13px; color: var(--muted); }
.message { margin: 0 0 10px; font-size: 15px; font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button {
  font: inherit; font-size: 13px; font-weight: 600; cursor: pointer;
  border-radius: 8px; padding: 6px 10px; border: 1px solid var(--accent);
  background: transparent; color: var(--accent);
}
button.primary { background: var(--accent); color: var(--accent-text); }
button.quiet { border-color: transparent; color: var(--muted); text-decoration: underline; padding: 4px 6px; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button:disabled { opacity: 0.7; cursor: progress; }
.status { margin: 8px 0 0; font-size: 13px; color: var(--muted); }
.status:empty { display: none; }
`;

/**
 * How a save went, as far as the prompt needs to know: only whether a screenshot still needs a
 * click on the toolbar button (the page's contents never reach the prompt).
 */
export interface SaveOutcome {
  screenshotNeedsClick: boolean;
}

/** What the prompt can ask the background to do. */
export interface PromptActions {
  openHelp(): Promise<unknown>;
  saveEvidence(): Promise<SaveOutcome>;
  snooze(duration: 'day' | 'always'): Promise<unknown>;
}

/** How long the card must have been fully visible, uncovered, before its buttons act. */
export const ARM_MS = 600;

/**
 * Watches whether the card can be seen, calling `onChange(true)` once it has been fully visible
 * for {@link ARM_MS} and `onChange(false)` as soon as it is not. Where the browser tracks real
 * visibility (IntersectionObserver v2, `trackVisibility`: Chromium), anything drawn over the
 * card — a top-layer popover, a transparent overlay that lets clicks through, an opacity or
 * filter trick — counts as hidden. Elsewhere the card must be fully inside the viewport, and each
 * click is also checked against what is on top where it lands ({@link landsOn}).
 */
export function watchVisibility(
  target: Element,
  view: Window & typeof globalThis,
  onChange: (armed: boolean) => void,
): { tracksOcclusion: boolean; stop: () => void } {
  const Observer = view.IntersectionObserver;
  const Entry = view.IntersectionObserverEntry;
  const tracksOcclusion = Boolean(Entry && 'isVisible' in Entry.prototype);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seen = (visible: boolean) => {
    clearTimeout(timer);
    onChange(false);
    if (visible) timer = setTimeout(() => onChange(true), ARM_MS);
  };
  if (!Observer) {
    // No observer at all: keep the buttons paused rather than trust what cannot be checked.
    return { tracksOcclusion, stop: () => undefined };
  }
  const options = tracksOcclusion
    ? ({ threshold: [0.99], trackVisibility: true, delay: 100 } as IntersectionObserverInit)
    : { threshold: [0.99] };
  const observer = new Observer((entries) => {
    const entry = entries[entries.length - 1]!;
    const inView = entry.isIntersecting && entry.intersectionRatio >= 0.99;
    seen(
      tracksOcclusion ? inView && (entry as { isVisible?: boolean }).isVisible === true : inView,
    );
  }, options);
  observer.observe(target);
  return {
    tracksOcclusion,
    stop: () => {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}

/**
 * True when a click at the event's position lands on `host` (the card's shadow host is what the
 * document reports for any point inside the closed shadow root). A click from the keyboard
 * (`detail` 0) has no position and is taken as aimed.
 */
export function landsOn(host: Element, event: MouseEvent): boolean {
  if (event.detail === 0) return true;
  const top = host.ownerDocument.elementFromPoint(event.clientX, event.clientY);
  return top === host;
}

/** Visible modal dialogs of the wallet, which the prompt must not cover. */
function walletDialogRects(doc: Document): DOMRect[] {
  const dialogs = doc.querySelectorAll(
    'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]',
  );
  const rects: DOMRect[] = [];
  for (const dialog of dialogs) {
    if (dialog.localName === PROMPT_TAG) continue;
    const rect = dialog.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}

const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
type Corner = (typeof CORNERS)[number];

/** The first corner where a card of `width`×`height` overlaps none of `avoid`. */
export function chooseCorner(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  avoid: readonly { left: number; top: number; right: number; bottom: number }[],
): Corner {
  const margin = 16;
  for (const corner of CORNERS) {
    const left = corner.endsWith('left') ? margin : viewport.width - margin - size.width;
    const top = corner.startsWith('top') ? margin : viewport.height - margin - size.height;
    const box = { left, top, right: left + size.width, bottom: top + size.height };
    const clear = avoid.every(
      (r) =>
        r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom,
    );
    if (clear) return corner;
  }
  return 'bottom-right';
}

function button(
  doc: Document,
  text: string,
  className: string,
  onClick: () => void,
  allowed: (event: MouseEvent) => boolean,
) {
  const el = doc.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = text;
  el.addEventListener('click', (event) => {
    if (!allowed(event)) return;
    onClick();
  });
  return el;
}

/**
 * Creates (or updates) the prompt on `doc`. Returns a function that removes it. Focus is never
 * moved: the message is announced through a polite live region and the buttons sit last in the
 * page's tab order.
 */
export function mountPrompt(doc: Document, input: PromptInput, actions: PromptActions): () => void {
  const { locale, texts } = input;
  const host = doc.createElement(PROMPT_TAG);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    // The page defined this element itself and took its shadow root: show nothing rather than
    // something the page controls.
    return () => undefined;
  }
  host.setAttribute('data-corner', 'bottom-right');
  host.setAttribute('lang', locale);

  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', texts.label);
  const label = doc.createElement('p');
  label.className = 'label';
  label.textContent = texts.label;
  const message = doc.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'status');
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  let removed = false;
  let armed = false;
  // A click acts only if the person could see what they clicked (see `watchVisibility`).
  const allowed = (event: MouseEvent) => {
    if (event.isTrusted && armed && landsOn(host, event)) return true;
    event.preventDefault();
    event.stopImmediatePropagation();
    status.textContent = texts.covered;
    return false;
  };
  const arm = (on: boolean) => {
    armed = on;
    card.toggleAttribute('data-armed', on);
    if (on && status.textContent === texts.covered) status.textContent = '';
  };
  // Out of the way of the wallet's dialogs: placed on show, and again when focus moves (a
  // dialog that opens takes the focus) or the window is resized. No layout work otherwise.
  const place = () => {
    if (removed || !host.isConnected) return;
    const rect = card.getBoundingClientRect();
    host.setAttribute(
      'data-corner',
      chooseCorner(
        { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight },
        { width: rect.width, height: rect.height },
        walletDialogRects(doc),
      ),
    );
  };
  const view = doc.defaultView;
  const onFocus = (event: Event) => {
    if (event.target !== host) place();
  };
  doc.addEventListener('focusin', onFocus, true);
  view?.addEventListener('resize', place);
  const remove = () => {
    removed = true;
    observer.disconnect();
    visibility?.stop();
    doc.removeEventListener('focusin', onFocus, true);
    view?.removeEventListener('resize', place);
    host.remove();
  };
  const save = button(doc, texts.saveEvidence, '', allowedSave, allowed);
  function allowedSave() {
    save.disabled = true;
    status.textContent = texts.saving;
    actions.saveEvidence().then(
      (outcome) => {
        status.textContent = outcome.screenshotNeedsClick ? texts.savedNeedsClick : texts.saved;
        save.disabled = false;
      },
      () => {
        status.textContent = texts.saveFailed;
        save.disabled = false;
      },
    );
  }
  const snooze = (duration: 'day' | 'always') => () => {
    actions.snooze(duration).then(() => {
      // Say where help still is, then step away.
      primary.remove();
      secondary.remove();
      status.textContent = texts.snoozed;
      setTimeout(remove, 3000);
    }, remove);
  };
  const primary = doc.createElement('div');
  primary.className = 'row';
  primary.append(
    button(
      doc,
      texts.openHelp,
      'primary',
      () => void actions.openHelp().catch(() => undefined),
      allowed,
    ),
    save,
  );
  const secondary = doc.createElement('div');
  secondary.className = 'row';
  secondary.append(
    button(doc, texts.dismiss, 'quiet', remove, allowed),
    button(doc, texts.snoozeDay, 'quiet', snooze('day'), allowed),
    button(doc, texts.snoozeAlways, 'quiet', snooze('always'), allowed),
  );
  card.append(label, message, primary, secondary, status);
  root.append(style, card);

  // Page scripts may strip attributes or detach the element; put it back while it is wanted.
  const observer = new MutationObserver(() => {
    if (removed) return;
    if (!host.isConnected) (doc.body ?? doc.documentElement).after(host);
    if (host.getAttribute('style') !== null) host.removeAttribute('style');
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
  });

  doc.querySelectorAll(PROMPT_TAG).forEach((old) => old.remove());
  // After <body>, as the last child of <html>: outside the page's own layout flow.
  doc.documentElement.append(host);
  place();
  // Filled after insertion so screen readers announce it as a status change.
  message.textContent = texts.message;
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden'] });
  const visibility = view ? watchVisibility(card, view, arm) : null;
  return remove;
}
