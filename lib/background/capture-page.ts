/**
 * Functions injected into the captured page with `scripting.executeScript`. Each is serialised
 * on its own, so it must not use anything from outside its body (no imports, no helpers).
 */

/** What {@link collectPageInPage} returns. */
export interface CollectedPage {
  info: {
    viewportWidth: number;
    viewportHeight: number;
    devicePixelRatio: number;
    language: string;
    scrollHeight: number;
  };
  /** Serialised HTML with scripts removed (a safe-to-open copy; MHTML is the faithful one). */
  html: string;
  /** The visible text, block by block. */
  text: string;
}

/** Reads the page's metrics, its serialised HTML and its visible text. Runs in the page. */
export function collectPageInPage(): CollectedPage {
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
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const script of Array.from(clone.querySelectorAll('script'))) script.remove();
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
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
    html: doctype + clone.outerHTML,
    text: parts.join('\n').slice(0, MAX_TEXT),
  };
}

/**
 * Scrolls the page to `y` and, when `hideFixed`, hides fixed and sticky elements (so headers
 * and banners appear once, on the first screen); `restore` undoes both. Resolves after two
 * frames so the screenshot shows the new position. Runs in the page.
 */
export function scrollPageInPage(
  y: number,
  hideFixed: boolean,
  restore: { x: number; y: number } | null,
): Promise<{ scrollY: number }> {
  const MARK = 'data-wallet-assist-hidden';
  if (restore) {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[${MARK}]`))) {
      el.style.visibility = el.getAttribute(MARK) ?? '';
      el.removeAttribute(MARK);
    }
    window.scrollTo(restore.x, restore.y);
  } else {
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

/**
 * The error region at the moment of detection: for each matched text, the smallest element
 * holding it, as serialised HTML (scripts removed) and text. Runs in the page.
 */
export function errorRegionInPage(matched: string[]): { html: string; text: string } {
  const found: Element[] = [];
  const wanted = matched.map((m) => m.replace(/\s+/g, ' ').trim()).filter((m) => m.length > 0);
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
  const html = found
    .map((el) => {
      const clone = el.cloneNode(true) as Element;
      for (const script of Array.from(clone.querySelectorAll('script'))) script.remove();
      return clone.outerHTML;
    })
    .join('\n');
  const text = found.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n');
  return { html, text: text || wanted.join('\n') };
}
