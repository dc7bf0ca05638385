import type { Region, TextBlock } from './types';

/** A text block that still knows its element, so visibility can be checked after a match. */
export interface DomBlock extends TextBlock {
  element: Element;
}

/** Elements whose text is never shown as page content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'TEXTAREA',
  'SELECT',
  'WALLET-ASSIST-PROMPT',
]);

/** Elements that start a new block of text; inline elements join their block. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OUTPUT',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ERROR_CLASS =
  /(?:^|[\s_-])(?:error|errors|invalid|alert|danger|failure|failed|warning)(?:$|[\s_-])/i;

/**
 * Cheap, attribute-only test for content that is certainly hidden. It never reads computed
 * style, so walking a page forces no style or layout work; elements hidden by stylesheets are
 * caught later by {@link isRendered}, and only for blocks that matched a rule.
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** True when `element` or an ancestor is skipped (see {@link isSkipped}). */
export function hasSkippedAncestor(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Per-scan context for region lookups: a cache per element and the ids of elements that
 * describe an invalid form field (`aria-errormessage` / `aria-describedby` of `aria-invalid`).
 */
export interface RegionContext {
  cache: WeakMap<Element, Region>;
  errorIds: Set<string>;
}

/** Builds a {@link RegionContext} for one document. */
export function createRegionContext(doc: Document): RegionContext {
  const errorIds = new Set<string>();
  for (const field of doc.querySelectorAll('[aria-invalid="true"]')) {
    for (const attr of ['aria-errormessage', 'aria-describedby']) {
      for (const id of (field.getAttribute(attr) ?? '').split(/\s+/)) if (id) errorIds.add(id);
    }
  }
  return { cache: new WeakMap(), errorIds };
}

/** The region of one element, judged from the element alone. */
function ownRegion(el: Element, errorIds: Set<string>): Region | null {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'alertdialog') return 'alert';
  if (tag === 'DIALOG' || role === 'dialog' || el.getAttribute('aria-modal') === 'true') {
    return 'dialog';
  }
  if (role === 'status' || el.hasAttribute('aria-live')) {
    return el.getAttribute('aria-live') === 'assertive' ? 'alert' : 'status';
  }
  if (el.id && errorIds.has(el.id)) return 'form-error';
  if (/^H[1-6]$/.test(tag) || role === 'heading') return 'heading';
  if (tag === 'NAV' || role === 'navigation' || role === 'menu' || role === 'menubar') {
    return 'navigation';
  }
  if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
  if (tag === 'ARTICLE' || role === 'article') return 'article';
  if (tag === 'MAIN' || role === 'main') return 'main';
  const cls = el.getAttribute('class');
  if (cls && ERROR_CLASS.test(cls)) {
    const form = el.closest('form');
    return form ? 'form-error' : 'alert';
  }
  return null;
}

/**
 * Region of an element: the nearest ancestor that says something decides, except that a
 * heading inside an alert or dialog belongs to the alert or dialog.
 */
export function regionOf(element: Element, context: RegionContext): Region {
  const cached = context.cache.get(element);
  if (cached) return cached;
  let found: Region = 'body';
  let heading = false;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const region = ownRegion(el, context.errorIds);
    if (region === null) continue;
    if (region === 'heading') {
      heading = true;
      continue;
    }
    found = region;
    break;
  }
  const region: Region = heading && (found === 'body' || found === 'main') ? 'heading' : found;
  context.cache.set(element, region);
  return region;
}

/** Whether text under `el` forms its own block: block-level tags, and inline elements that
 * announce something themselves (a `role`, a live region, a form-field error message). */
function startsBlock(el: Element, errorIds: ReadonlySet<string> | undefined): boolean {
  if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('role') || el.hasAttribute('aria-live')) return true;
  return errorIds !== undefined && el.id !== '' && errorIds.has(el.id);
}

/** The block element a node's text belongs to. */
export function blockOf(node: Node, errorIds?: ReadonlySet<string>): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !startsBlock(el, errorIds) && el.parentElement) {
    el = el.parentElement;
  }
  return el;
}

/**
 * Walks the text under `root` into blocks. Skipped subtrees (script, style, template, hidden
 * attributes, inline display:none) are never entered. Text from one block element is joined in
 * document order; whitespace is collapsed.
 */
export function snapshotDom(root: Node, context?: RegionContext): DomBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const regions = context ?? createRegionContext(doc);
  const texts = new Map<Element, string[]>();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkipped(node as Element) ? 2 /* REJECT */ : 3; /* SKIP */
      return 1; /* ACCEPT */
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (!value || !/\S/.test(value)) continue;
    const block = blockOf(node, regions.errorIds);
    if (!block) continue;
    const parts = texts.get(block);
    if (parts) parts.push(value);
    else texts.set(block, [value]);
  }
  const blocks: DomBlock[] = [];
  for (const [element, parts] of texts) {
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ element, text, region: regionOf(element, regions) });
  }
  return blocks;
}

/**
 * Whether the element is actually rendered and visible. Called only for blocks that matched a
 * rule, because it reads computed style.
 */
export function isRendered(element: Element): boolean {
  if (!element.isConnected) return false;
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean })
    .checkVisibility;
  if (typeof check === 'function') {
    return check.call(element, { checkOpacity: true, checkVisibilityCSS: true });
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
      return false;
    }
  }
  return true;
}
