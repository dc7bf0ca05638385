/**
 * Functions injected into the captured page with `scripting.executeScript`. Each is serialised
 * on its own, so it must not use anything from outside its body (no imports, no helpers).
 */

/** What {@link readPageInPage} returns. */
export interface CollectedPage {
  /** The page's metrics (`null` for an error region). */
  info: {
    viewportWidth: number;
    viewportHeight: number;
    devicePixelRatio: number;
    language: string;
    scrollHeight: number;
  } | null;
  /** Inert HTML: active content removed, `default-src 'none'` CSP first in its head. */
  html: string;
  /** The visible text, block by block. */
  text: string;
}

/** What to read: the whole page, or the error region around the text that was matched. */
export type PageRequest = { kind: 'page' } | { kind: 'region'; matched: string[] };

/**
 * Reads the page in the tab: for `page`, its metrics, an inert copy of its HTML and its visible
 * text; for `region`, for each matched text the smallest element holding it, as inert HTML and
 * text. Runs in the page (serialised on its own: it uses nothing from outside its body).
 *
 * An inert copy keeps what the page showed and drops whatever could act when it is opened later,
 * by the person or by whoever receives it: scripts and `<noscript>`, frames and `srcdoc`, plugins,
 * `<base>`, `<link>`s (stylesheets, preloads, icons), `<meta http-equiv>` (refresh, cookies) and
 * token-like `<meta>`, event-handler attributes, `javascript:`/`vbscript:`/`data:` HTML URLs, form
 * actions, remote images and CSS `url()`/`@import`, hidden form fields (sign-in and CSRF tokens)
 * and password values. A `default-src 'none'` CSP goes first in its head as a second lock.
 */
export function readPageInPage(request: PageRequest): CollectedPage {
  // Nothing loads or runs when the copy is opened; inline styles stay, so it looks like the page.
  const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  const REMOVE = [
    'script',
    'noscript',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'base',
    'link',
    'meta[http-equiv]',
    'foreignObject',
  ].join(',');
  const URL_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data', 'lowsrc']);
  const hidesSecrets = (el: Element) =>
    (el.localName === 'meta' && /csrf|xsrf|token|nonce/i.test(el.getAttribute('name') ?? '')) ||
    (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden');
  const dangerousUrl = (value: string) => {
    // Browsers ignore control characters and spaces in a scheme: strip them before looking.
    let compact = '';
    for (const char of value) if (char.charCodeAt(0) > 0x20) compact += char.toLowerCase();
    return (
      /^(javascript|vbscript|livescript):/.test(compact) ||
      /^data:(?!image\/(png|jpeg|gif|webp);)/.test(compact)
    );
  };
  const inertCss = (css: string) =>
    css.replace(/@import[^;]*;?/gi, '').replace(/url\(\s*(['"]?)(?!data:image\/)[^)]*\)/gi, 'none');
  const makeInert = (root: Element) => {
    for (const el of Array.from(root.querySelectorAll(REMOVE))) el.remove();
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      if (hidesSecrets(el)) {
        el.remove();
        continue;
      }
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value;
        if (
          name.startsWith('on') ||
          name === 'srcdoc' ||
          name === 'formaction' ||
          name === 'action' ||
          name === 'ping' ||
          name === 'nonce' ||
          dangerousUrl(value) ||
          (URL_ATTRIBUTES.has(name) && !/^data:image\//i.test(value.trim())) ||
          (name.endsWith('href') && el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        ) {
          el.removeAttribute(attr.name);
        } else if (name === 'style') {
          el.setAttribute('style', inertCss(value));
        }
      }
      if (el.localName === 'style') el.textContent = inertCss(el.textContent ?? '');
      if (
        el.localName === 'input' &&
        (el.getAttribute('type') ?? '').toLowerCase() === 'password'
      ) {
        el.removeAttribute('value');
      }
    }
    return root;
  };

  if (request.kind === 'region') {
    const found: Element[] = [];
    const wanted = request.matched
      .map((m) => m.replace(/\s+/g, ' ').trim())
      .filter((m) => m.length > 0);
    if (wanted.length > 0 && document.body) {
      // Subtrees whose text holds no match are skipped whole, so the walk stays short.
      const holds = (el: Element) => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ');
        return wanted.some((w) => text.includes(w));
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          (node as Element).matches('script,style,template,noscript') || !holds(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      let best: Element[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node as Element;
        best = [...best.filter((b) => !b.contains(el)), el];
      }
      found.push(...best.slice(0, 10));
    }
    const html = found.map((el) => makeInert(el.cloneNode(true) as Element).outerHTML).join('\n');
    const text = found.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n');
    const head = `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta charset="utf-8"></head><body>`;
    return {
      info: null,
      html: html ? `${head}${html}</body></html>` : '',
      text: text || wanted.join('\n'),
    };
  }

  const MAX_TEXT = 2_000_000;
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(
    document.body ?? document.documentElement,
    NodeFilter.SHOW_TEXT,
  );
  const visible = new Map<Element, boolean>();
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    const value = node.nodeValue?.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!value || !parent) continue;
    if (parent.closest('script,style,template,noscript')) continue;
    if (skip.has(parent.tagName.toUpperCase())) continue;
    let shown = visible.get(parent);
    if (shown === undefined) {
      shown =
        typeof parent.checkVisibility === 'function'
          ? parent.checkVisibility({
              visibilityProperty: true,
              opacityProperty: true,
            } as CheckVisibilityOptions)
          : true;
      visible.set(parent, shown);
    }
    if (!shown) continue;
    parts.push(value);
    length += value.length + 1;
  }
  const clone = makeInert(document.documentElement.cloneNode(true) as Element);
  let head = clone.querySelector('head');
  if (!head) {
    head = document.createElement('head');
    clone.prepend(head);
  }
  const csp = document.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', CSP);
  head.prepend(csp);
  return {
    info: {
      viewportWidth: Math.round(window.innerWidth),
      viewportHeight: Math.round(window.innerHeight),
      devicePixelRatio: window.devicePixelRatio || 1,
      language: (document.documentElement.lang || '').slice(0, 35),
      scrollHeight: Math.round(
        Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0),
      ),
    },
    html: `<!DOCTYPE html>\n${clone.outerHTML}`,
    text: parts.join('\n').slice(0, MAX_TEXT),
  };
}

/**
 * Scrolls the page to `y` and, when `hideFixed`, hides fixed and sticky elements (so headers
 * and banners appear once, on the first screen); `restore` undoes both. Resolves after two
 * frames so the screenshot shows the new position. Runs in the page.
 *
 * While a capture runs, a guard in the extension's isolated world of the tab remembers where the
 * page was and puts it back by itself if no next step arrives within a few seconds: a worker
 * stopped mid-capture (the browser may stop it at any time) cannot leave the page scrolled away
 * with its header hidden. A restarted worker also restores it (`restoreInterruptedCaptures`).
 */
export function scrollPageInPage(
  y: number,
  hideFixed: boolean,
  restore: { x: number; y: number } | null,
): Promise<{ scrollY: number }> {
  const MARK = 'data-wallet-assist-hidden';
  const GUARD_MS = 8000;
  type Guard = { x: number; y: number; timer: ReturnType<typeof setTimeout> };
  const scope = globalThis as { walletAssistCaptureGuard?: Guard };
  const undo = (to: { x: number; y: number }) => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[${MARK}]`))) {
      el.style.visibility = el.getAttribute(MARK) ?? '';
      el.removeAttribute(MARK);
    }
    window.scrollTo(to.x, to.y);
  };
  if (restore) {
    if (scope.walletAssistCaptureGuard) clearTimeout(scope.walletAssistCaptureGuard.timer);
    delete scope.walletAssistCaptureGuard;
    undo(restore);
  } else {
    const guard = scope.walletAssistCaptureGuard;
    const from = guard ?? { x: window.scrollX, y: window.scrollY };
    if (guard) clearTimeout(guard.timer);
    scope.walletAssistCaptureGuard = {
      x: from.x,
      y: from.y,
      timer: setTimeout(() => {
        delete scope.walletAssistCaptureGuard;
        undo(from);
      }, GUARD_MS),
    };
    if (hideFixed && !document.querySelector(`[${MARK}]`)) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const position = getComputedStyle(el).position;
        if (position === 'fixed' || position === 'sticky') {
          el.setAttribute(MARK, el.style.visibility);
          el.style.visibility = 'hidden';
        }
      }
    }
    window.scrollTo(0, y);
  }
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => resolve({ scrollY: Math.round(window.scrollY) })),
    ),
  );
}

/** Where the page is scrolled to now. Runs in the page. */
export function scrollPositionInPage(): { x: number; y: number } {
  return { x: window.scrollX, y: window.scrollY };
}
