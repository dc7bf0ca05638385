import { MAX_SCAN_ROOTS } from './limits';
import type { Region, TextBlock } from './types';

/** A text block that still knows its element, so visibility can be checked after a match. */
export interface DomBlock extends TextBlock {
  element: Element;
}

/** Elements whose text is never shown as page content. */
const SKIPPED_TAGS = new Set(
  'SCRIPT STYLE TEMPLATE NOSCRIPT SVG CANVAS IFRAME OBJECT EMBED TEXTAREA SELECT WALLET-ASSIST-PROMPT'.split(
    ' ',
  ),
);

/** Elements that start a new block of text; inline elements join their block. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER LABEL LEGEND LI MAIN NAV OL OUTPUT P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

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

/**
 * The element's parent, crossing out of an open shadow root to its host, so regions and hidden
 * ancestors are judged across component boundaries.
 */
export function parentOf(element: Element): Element | null {
  const parent = element.parentElement;
  if (parent) return parent;
  const node = element.parentNode;
  return node && node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null;
}

/** True when `element` or an ancestor is skipped (see {@link isSkipped}). */
export function hasSkippedAncestor(element: Element): boolean {
  for (let el: Element | null = element; el; el = parentOf(el)) {
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
  readonly errorIds: ReadonlySet<string>;
}

/**
 * Builds a {@link RegionContext} for one document. The form fields are looked up only when a
 * block is first judged: a page without candidate text never pays for it.
 */
export function createRegionContext(doc: Document): RegionContext {
  let errorIds: Set<string> | undefined;
  return {
    cache: new WeakMap(),
    get errorIds() {
      if (!errorIds) {
        errorIds = new Set();
        for (const field of doc.querySelectorAll('[aria-invalid="true"]')) {
          for (const attr of ['aria-errormessage', 'aria-describedby']) {
            for (const id of (field.getAttribute(attr) ?? '').split(/\s+/))
              if (id) errorIds.add(id);
          }
        }
      }
      return errorIds;
    },
  };
}

/** Class names of repeated entries in activity and history lists. */
const ROW_CLASS =
  /(?:^|[\s_-])(?:entry|record|activity|transaction|history|txn|ledger)s?(?:$|[\s_-])/i;

/**
 * Whether `el` is one entry of a list of like entries (a table row, a list item, or one of
 * several siblings sharing a row-like class): a transaction-history list, where a "failed"
 * status describes a past event.
 */
function isRow(el: Element, tag: string, role: string | null): boolean {
  if (role === 'row' || tag === 'TR') {
    const parent = el.parentElement;
    return parent !== null && parent.children.length >= 3;
  }
  if (tag === 'LI' || role === 'listitem') {
    const parent = el.parentElement;
    return parent !== null && parent.children.length >= 3;
  }
  const cls = el.getAttribute('class');
  if (!cls || !ROW_CLASS.test(cls)) return false;
  const parent = el.parentElement;
  if (!parent || parent.children.length < 3) return false;
  let alike = 0;
  for (const sibling of parent.children) if (sibling.getAttribute('class') === cls) alike++;
  return alike >= 3;
}

/** Regions that are only a hint: a nearer alert or dialog around them still decides. */
type SoftRegion = 'heading' | 'row';

/** The region of one element, judged from the element alone. */
function ownRegion(el: Element, errorIds: ReadonlySet<string>): Region | SoftRegion | null {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'alertdialog') return 'alert';
  if (tag === 'DIALOG' || role === 'dialog' || el.getAttribute('aria-modal') === 'true') {
    return 'dialog';
  }
  if (role === 'status' || el.hasAttribute('aria-live')) {
    const live = el.getAttribute('aria-live');
    if (live === 'off') return null;
    return live === 'assertive' ? 'alert' : 'status';
  }
  if (el.id && errorIds.has(el.id)) return 'form-error';
  if (/^H[1-6]$/.test(tag) || role === 'heading') return 'heading';
  if (tag === 'NAV' || role === 'navigation' || role === 'menu' || role === 'menubar') {
    return 'navigation';
  }
  if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
  // Quotes and sidebars speak about others' experience or related topics, like an article.
  if (tag === 'ARTICLE' || tag === 'BLOCKQUOTE' || tag === 'ASIDE' || role === 'article') {
    return 'article';
  }
  if (tag === 'MAIN' || role === 'main') return 'main';
  if (isRow(el, tag, role)) return 'row';
  const cls = el.getAttribute('class');
  if (cls && ERROR_CLASS.test(cls)) {
    const form = el.closest('form');
    return form ? 'form-error' : 'alert';
  }
  return null;
}

/**
 * Region of an element: the nearest ancestor that says something decides, except that a
 * heading or a list row inside an alert or dialog belongs to the alert or dialog, and a row
 * wins over the plain page around it.
 */
export function regionOf(element: Element, context: RegionContext): Region {
  const cached = context.cache.get(element);
  if (cached) return cached;
  let found: Region = 'body';
  let heading = false;
  let row = false;
  for (let el: Element | null = element; el; el = parentOf(el)) {
    const region = ownRegion(el, context.errorIds);
    if (region === null) continue;
    if (region === 'heading') {
      heading = true;
      continue;
    }
    if (region === 'row') {
      row = true;
      continue;
    }
    found = region;
    break;
  }
  const plain = found === 'body' || found === 'main';
  const region: Region = row && plain ? 'row' : heading && plain ? 'heading' : found;
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
  while (el && !startsBlock(el, errorIds)) {
    const parent = parentOf(el);
    if (!parent) break;
    el = parent;
  }
  return el;
}

/** A block's text and element, before its region is known. */
export interface RawBlock {
  element: Element;
  text: string;
}

/** Text blocks are cut at this length while collecting, so one huge node stays cheap. */
const MAX_COLLECT_CHARS = 8000;

/**
 * Walks the text under `root` into blocks without judging regions (that is paid only for blocks
 * that match). Skipped subtrees (script, style, template, hidden attributes, inline
 * display:none) are never entered; open shadow roots and same-origin frames are read too.
 * Text from one block element is joined in document order; whitespace is collapsed.
 */
export function collectBlocks(
  root: Node,
  context: RegionContext,
  maxBlocks = Number.POSITIVE_INFINITY,
): RawBlock[] {
  const texts = new Map<Element, string[]>();
  const blockCache = new Map<Element, Element | null>();
  const roots: Node[] = [root];
  for (let i = 0; i < roots.length && i < MAX_SCAN_ROOTS; i++) {
    const current = roots[i]!;
    const doc = current.ownerDocument ?? (current as Document);
    const walker = doc.createTreeWalker(current, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode(node) {
        if (node.nodeType !== 1) return 1; /* ACCEPT */
        const el = node as Element;
        if (el.tagName === 'IFRAME') {
          const inner = frameBody(el);
          if (inner) roots.push(inner);
          return 2; /* REJECT */
        }
        if (isSkipped(el)) return 2; /* REJECT */
        if (el.shadowRoot) roots.push(el.shadowRoot);
        return 3; /* SKIP */
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue;
      if (!value || !/\S/.test(value)) continue;
      const parent = node.parentElement;
      if (!parent) continue;
      let block = blockCache.get(parent);
      if (block === undefined) {
        block = blockOf(parent, context.errorIds);
        blockCache.set(parent, block);
      }
      if (!block) continue;
      const parts = texts.get(block);
      if (!parts && texts.size >= maxBlocks) break;
      if (parts) {
        if (parts.length < 400) parts.push(value.slice(0, MAX_COLLECT_CHARS));
      } else texts.set(block, [value.slice(0, MAX_COLLECT_CHARS)]);
    }
  }
  const blocks: RawBlock[] = [];
  for (const [element, parts] of texts) {
    const joined = parts.length === 1 ? parts[0]! : parts.join(' ');
    const text = joined.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ element, text });
  }
  return blocks;
}

/**
 * The body of a frame that has no address of its own (`about:blank`, `srcdoc`): its content is
 * the page's own. A frame with an address is left to the content script that runs in it when it
 * is a registered wallet host (and to nobody otherwise), so a page never speaks for a frame.
 */
function frameBody(frame: Element): HTMLElement | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    if (!doc) return null;
    const href = doc.location?.href ?? '';
    return href === 'about:blank' || href === 'about:srcdoc' ? doc.body : null;
  } catch {
    return null;
  }
}

/** Walks `root` into blocks with their regions (see {@link collectBlocks}). */
export function snapshotDom(root: Node, context?: RegionContext): DomBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const regions = context ?? createRegionContext(doc);
  return collectBlocks(root, regions).map((b) => ({ ...b, region: regionOf(b.element, regions) }));
}

/**
 * Whether the element is actually rendered and visible. Called only for blocks that matched a
 * rule, because it reads computed style. Every browser the extension runs in (Chrome 116,
 * Firefox 140) has `checkVisibility`.
 */
export function isRendered(element: Element): boolean {
  return (
    element.isConnected && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  );
}

/**
 * The roots a scan of `root` reads: `root` itself, then the open shadow roots and same-origin
 * frame bodies in it and in them (at most {@link MAX_SCAN_ROOTS}). A generator that yields `null` every few
 * thousand elements, so a caller can pause the walk and leave the page its main thread; its
 * return value is the list.
 */
export function* scanRoots(root: Node): Generator<null, Node[], undefined> {
  const roots: Node[] = [root];
  // A component added whole (a toast rendered in its own shadow root) is itself the root.
  const own = (root as Element).shadowRoot;
  if (own) roots.push(own);
  for (let i = 0; i < roots.length && i < MAX_SCAN_ROOTS; i++) {
    const current = roots[i]!;
    yield* shadowHostsAndFrames(current, current.ownerDocument ?? (current as Document), roots);
  }
  return roots.slice(0, MAX_SCAN_ROOTS);
}

/** Elements walked between two pauses of {@link scanRoots}. */
const WALK_STEP = 2048;

/**
 * Adds to `roots` the open shadow roots and same-origin frame bodies directly under `root` (not
 * nested ones), yielding `null` every {@link WALK_STEP} elements.
 */
function* shadowHostsAndFrames(root: Node, doc: Document, roots: Node[]): Generator<null> {
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  let walked = 0;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    else if (el.tagName === 'IFRAME') {
      const body = frameBody(el);
      if (body) roots.push(body);
    }
    if (++walked % WALK_STEP === 0) yield null;
  }
}

/**
 * The block elements under `root` whose text nodes overlap a candidate word, found without
 * visiting the rest of the page from script: `ranges` are offsets in `root.textContent` (start
 * and end, in pairs, ascending), and the text nodes that hold them are located by summing text
 * lengths over a native text-node walk that stops after the last range. On a page of 50,000
 * nodes this costs a few milliseconds, where visiting every node from script costs tens.
 */
export function candidateBlocksAt(
  root: Node,
  ranges: readonly number[],
  context: RegionContext,
): Element[] {
  if (ranges.length === 0) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: Element[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let offset = 0;
  let r = 0;
  for (let node = walker.nextNode(); node && r < ranges.length; node = walker.nextNode()) {
    const end = offset + (node as Text).length;
    // Skip ranges that ended before this node; the node holds a candidate if one starts before it ends.
    while (r < ranges.length && ranges[r + 1]! <= offset) r += 2;
    if (r < ranges.length && ranges[r]! < end) {
      const parent = node.parentElement;
      const block = parent && !isSkipped(parent) ? blockOf(parent, context.errorIds) : null;
      if (block && blocks[blocks.length - 1] !== block && !hasSkippedAncestor(block)) {
        blocks.push(block);
      }
    }
    offset = end;
  }
  return blocks;
}

/** The text of one block: its own text nodes, not those of hidden parts or nested blocks. */
export function blockText(block: Element, context: RegionContext): string {
  const doc = block.ownerDocument;
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(block, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType !== 1) return 1; /* ACCEPT */
      const el = node as Element;
      if (isSkipped(el) || startsBlock(el, context.errorIds)) return 2; /* REJECT */
      return 3; /* SKIP */
    },
  });
  for (let node = walker.nextNode(); node && length < MAX_COLLECT_CHARS; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (!value) continue;
    parts.push(value.length > MAX_COLLECT_CHARS ? value.slice(0, MAX_COLLECT_CHARS) : value);
    length += value.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
