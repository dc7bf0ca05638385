import type { BlockMatch, BlockQuery, MatchReply, PageAnalyser } from './analyser';
import type { ExtractedFields } from '../tab-state';
import { baseLang } from './lang';
import {
  MAX_QUERY_BLOCK_CHARS,
  MAX_QUERY_BLOCKS,
  MAX_SCAN_CHARS,
  MAX_SCAN_ROOTS,
  MAX_SCAN_TOTAL_CHARS,
} from './limits';
import { decide, REGION_WEIGHT } from './engine';
import {
  blockOf,
  blockText,
  candidateBlocksAt,
  collectBlocks,
  createRegionContext,
  hasSkippedAncestor,
  isRendered,
  parentOf,
  regionOf,
  scanRoots,
  type RegionContext,
} from './snapshot';
import type { Detection, PageType, Region, RuleMatch } from './types';

/** What the live detector needs from its world; the content script passes the real things. */
export interface LiveDetectorOptions {
  doc: Document;
  /**
   * Reads what the page's candidate text says. The content script asks the background by
   * message (the rules and terms never enter the page); tests and evals pass an in-process one.
   */
  analyser: PageAnalyser;
  /** Called with the page's detection whenever it changes; `null` means nothing is wrong. */
  onChange: (detection: Detection | null) => void;
  /** Runs `callback` soon, preferably at idle time. */
  schedule: (callback: () => void) => void;
  /** Aborted when the content script is invalidated: the observer stops. */
  signal: AbortSignal;
  /**
   * Longest stretch of scanning in one task, in milliseconds: a batch that takes longer pauses
   * and goes on in the next `schedule` callback, so a large page never blocks its main thread
   * for long. Without it, every batch runs to its end at once (tests, evals).
   */
  sliceMs?: number;
  /**
   * Reads the facts (amount, merchant, …) from the texts around a detection. The content script
   * leaves it out: it sends the texts (`Detection.context`) and the background reads them, so
   * pages carry no extraction code. Tests and evals pass `extractFields`.
   */
  extractFields?: (texts: readonly string[]) => ExtractedFields;
}

export interface LiveDetector {
  /** Scans the whole document now and starts observing mutations. */
  start(): void;
  /**
   * The page changes URL in place (SPA route): forget everything and scan afresh. The next report
   * comes from that scan, even when it finds nothing, so it describes the new route.
   */
  reset(): void;
  /** Runs any pending mutation batch now (tests). */
  flush(): void;
  /** The detection last reported. */
  current(): Detection | null;
}

/** Attributes whose change can reveal or hide text. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'open', 'role'];

/** Above this many changed nodes in one batch, a full scan is cheaper than sorting them out. */
const FULL_SCAN_THRESHOLD = 400;

/**
 * Regions whose text never describes the problem's facts (amount, merchant, time); every other
 * does. Only content around a match is read, so key-value rows of a detail card count too.
 */
const NOT_FIELD_REGIONS: readonly Region[] = ['article', 'navigation', 'footer'];

/** The content script's {@link LiveDetectorOptions.sliceMs}: well under a 50 ms long task. */
export const SLICE_MS = 12;

/** Most blocks read for fields after a detection; their longest text. */
const MAX_FIELD_BLOCKS = 300;
const MAX_FIELD_BLOCK_CHARS = 400;

/**
 * Watches a wallet page: one full scan at start, then only the nodes that mutations add or
 * change, batched through `schedule`. A detected problem stays reported until the URL changes
 * (toasts vanish before people can react), so matches only accumulate within one URL.
 */
export function createLiveDetector(options: LiveDetectorOptions): LiveDetector {
  const { doc, analyser, onChange, schedule, signal, extractFields } = options;
  const sliceMs = options.sliceMs ?? Infinity;
  let regions: RegionContext = createRegionContext(doc);
  /** Best matches so far on this URL, keyed by element and rule. */
  let matches = new Map<string, RuleMatch>();
  /** What kind of page this is, as the analyser last judged it. */
  let pageType: PageType = 'app';
  /** Text already read per element, so unchanged blocks are not read twice. */
  let scanned = new WeakMap<Element, string>();
  const elementIds = new WeakMap<Element, number>();
  let nextElementId = 1;
  let reported: Detection | null | undefined;
  let pending = new Set<Node>();
  let fullScanPending = false;
  let batchScheduled = false;
  /** The batch in progress, paused between two slices; null when none is. */
  let work: Iterator<Step> | null = null;
  /** The batch waits for the analyser's reply: nothing runs it until the reply comes. */
  let waiting = false;
  /** Elements of blocks that matched a rule on this URL (for field extraction). */
  let matchedElements = new Set<Element>();

  const idOf = (el: Element) => {
    let id = elementIds.get(el);
    if (id === undefined) {
      id = nextElementId++;
      elementIds.set(el, id);
    }
    return id;
  };

  /**
   * Waits for the analyser inside a batch: an in-process analyser answers at once; a reply by
   * message is yielded to {@link runBatch}, which resumes the batch when it arrives.
   */
  function* answer<T>(reply: T | Promise<T>): Generator<Step, T> {
    if (!(reply instanceof Promise)) return reply;
    const box: { value?: T; failed?: boolean } = {};
    yield reply.then(
      (value) => {
        box.value = value;
      },
      () => {
        box.failed = true;
      },
    );
    // The background is gone (the extension was reloaded or updated): this batch ends here.
    if (box.failed || box.value === undefined) throw new Unanswered();
    return box.value;
  }

  /** Reads the candidate blocks under `roots`, yielding between steps (a walk, a reply). */
  function* scan(roots: readonly Node[]): Generator<Step> {
    const all: Node[] = [];
    for (const root of roots) all.push(...(yield* scanRoots(root)));
    // A page whose text runs to megabytes (a 10 MB text node) is searched in its first part.
    let budget = MAX_SCAN_TOTAL_CHARS;
    const texts = all.slice(0, MAX_SCAN_ROOTS).map((root) => {
      const whole = budget > 0 ? (root.textContent ?? '') : '';
      const text = whole.slice(0, Math.min(MAX_SCAN_CHARS, budget));
      budget -= text.length;
      return text;
    });
    const lang = pageLang();
    const ranges = yield* answer(analyser.candidates({ texts, lang }));
    // The blocks that hold candidate words, once each, unless their text was read already.
    const blocks: { element: Element; query: BlockQuery }[] = [];
    const seen = new Set<Element>();
    for (let i = 0; i < all.length; i++) {
      for (const element of candidateBlocksAt(all[i]!, ranges[i] ?? [], regions)) {
        if (seen.has(element) || blocks.length >= MAX_QUERY_BLOCKS) continue;
        seen.add(element);
        const text = blockText(element, regions).slice(0, MAX_QUERY_BLOCK_CHARS);
        if (!text || scanned.get(element) === text) continue;
        const region = regionOf(element, regions);
        // Navigation and footers never speak of the person's own trouble: nothing to ask.
        if (REGION_WEIGHT[region] === 0) {
          scanned.set(element, text);
          continue;
        }
        blocks.push({ element, query: { text, region, actions: '' } });
      }
      yield;
    }
    if (blocks.length === 0) return;
    // The controls near each block (retry, another card, appeal …), read only for these blocks.
    for (const block of blocks) block.query.actions = actionsNear(block.element);
    const reply: MatchReply = yield* answer(
      analyser.match({
        url: doc.location.href,
        title: doc.title.slice(0, 500),
        heading: (doc.querySelector('h1')?.textContent ?? '').trim().slice(0, 500),
        lang,
        blocks: blocks.map((b) => b.query),
      }),
    );
    pageType = reply.pageType;
    blocks.forEach(({ element, query }, i) => keep(element, query.text, reply.blocks[i] ?? []));
  }

  /** Keeps what matched on one block, once the block proves visible. */
  function keep(element: Element, text: string, found: readonly BlockMatch[]): void {
    if (found.length === 0) {
      scanned.set(element, text);
      return;
    }
    // Only now, for a block that matched, pay for a style check. A hidden block is left
    // unmarked so it is read again when a mutation reveals it.
    if (!isRendered(element)) return;
    scanned.set(element, text);
    const key = idOf(element);
    matchedElements.add(element);
    for (const match of found) {
      const id = `${key}|${match.ruleId}`;
      const prior = matches.get(id);
      if (!prior || prior.score < match.score) matches.set(id, { ...match, text });
    }
  }

  /** The page's declared language, as the term files name languages. */
  const pageLang = () => baseLang(doc.documentElement.getAttribute('lang'));

  /**
   * The texts facts are read from: the supporting blocks first, then the content around them (a
   * few levels up: the card, dialog or form that holds the message), never a walk of the whole
   * page.
   */
  function contextOf(detection: Detection): string[] {
    const texts = [...(detection.matchedText ?? [])];
    const containers = new Set<Element>();
    for (const element of matchedElements) {
      if (!element.isConnected) continue;
      // A few levels up (a dialog's facts may sit in the page beside it); reading stops after
      // MAX_FIELD_BLOCKS blocks, so even the whole page costs little.
      let container: Element = element;
      for (let level = 0; level < 3; level++) container = parentOf(container) ?? container;
      containers.add(container);
    }
    for (const container of containers) {
      for (const block of collectBlocks(container, regions, MAX_FIELD_BLOCKS)) {
        if (texts.length >= MAX_FIELD_BLOCKS) break;
        if (block.text.length > MAX_FIELD_BLOCK_CHARS) continue;
        if (!NOT_FIELD_REGIONS.includes(regionOf(block.element, regions))) texts.push(block.text);
      }
    }
    return texts;
  }

  function evaluate(): void {
    const detection = matches.size === 0 ? null : decide([...matches.values()], pageType);
    if (reported !== undefined && sameDetection(reported, detection)) return;
    if (detection) {
      const context = contextOf(detection);
      if (context.length > 0) detection.context = context;
      const fields = extractFields?.(context);
      if (fields && Object.keys(fields).length > 0) detection.fields = fields;
    }
    reported = detection;
    onChange(detection);
  }

  /** One batch: the nodes changed since the last (or the whole page), then the verdict. */
  function* batch(): Generator<Step> {
    const nodes = pending;
    pending = new Set();
    regions = createRegionContext(doc);
    if (fullScanPending || nodes.size > FULL_SCAN_THRESHOLD) {
      fullScanPending = false;
      yield* scan([doc.body]);
    } else {
      yield* scan(topmostRoots(nodes, regions));
    }
    evaluate();
  }

  /**
   * Runs the batch in progress (or a new one) until it ends, waits for a reply, or `budget`
   * milliseconds have passed; then it goes on in the next scheduled callback (or when the reply
   * comes).
   */
  function runBatch(budget = sliceMs): void {
    batchScheduled = false;
    if (waiting || signal.aborted || !doc.body) return;
    const until = performance.now() + budget;
    try {
      work ??= batch();
      for (let step = work.next(); !step.done; step = work.next()) {
        if (step.value) {
          // A reply by message: the batch goes on in the first idle time after it comes, unless
          // it was dropped meanwhile (a route change starts afresh).
          const paused = work;
          waiting = true;
          void step.value.then(() => {
            if (work !== paused) return;
            waiting = false;
            requestBatch();
          });
          return;
        }
        if (performance.now() > until) {
          requestBatch();
          return;
        }
      }
      work = null;
      // Changes that arrived while the batch ran are the next batch's.
      if (pending.size > 0 || fullScanPending) requestBatch();
    } catch (error) {
      work = null;
      // The background is gone: this script is orphaned, nothing more to scan.
      if (error instanceof Unanswered) return;
      // The page broke a DOM API the scan relies on (a hostile or very unusual page): the last
      // report stands, and the next change is scanned afresh. Nothing escapes into the page.
      fullScanPending = true;
    }
  }

  function requestBatch(): void {
    if (batchScheduled || waiting || signal.aborted) return;
    batchScheduled = true;
    schedule(runBatch);
  }

  const observer = new MutationObserver((records) => {
    // A page changing thousands of nodes a second gets one full scan per batch, not a growing
    // list of nodes: memory and work stay bounded.
    if (!fullScanPending) {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const node of record.addedNodes) pending.add(node);
        } else {
          pending.add(record.target);
        }
      }
      if (pending.size > FULL_SCAN_THRESHOLD) {
        fullScanPending = true;
        pending = new Set();
      }
    }
    requestBatch();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    start() {
      if (signal.aborted) return;
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: VISIBILITY_ATTRIBUTES,
      });
      fullScanPending = true;
      runBatch();
    },
    reset() {
      work = null;
      waiting = false;
      matches = new Map();
      matchedElements = new Set();
      scanned = new WeakMap();
      pending = new Set();
      // Reported from the scan, not now: the Navigation API announces a route change before
      // `location` moves (Firefox sends no tab `loading` status for it either), so a report made
      // now would pair "nothing wrong" with the old route's address.
      reported = undefined;
      fullScanPending = true;
      requestBatch();
    },
    flush() {
      // A batch and the changes it left for the next; a page whose DOM keeps failing the scan
      // is not retried for ever.
      for (let round = 0; round < 3; round++) {
        if (!(work || batchScheduled || pending.size > 0 || fullScanPending)) break;
        runBatch(Infinity);
        batchScheduled = false;
      }
    },
    current: () => reported ?? null,
  };
}

function sameDetection(a: Detection | null, b: Detection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.state === b.state && a.ruleIds.join() === b.ruleIds.join();
}

/**
 * Turns changed nodes into the smallest set of block elements to rescan: each node's block
 * (a changed word must be matched with the rest of its sentence), skipping nodes that left the
 * document or sit in hidden subtrees, and dropping roots inside other roots.
 */
function topmostRoots(nodes: Iterable<Node>, regions: RegionContext): Element[] {
  const roots = new Set<Element>();
  for (const node of nodes) {
    if (!node.isConnected) continue;
    const block = blockOf(node, regions.errorIds);
    if (!block || hasSkippedAncestor(block)) continue;
    roots.add(block);
  }
  return [...roots].filter((root) => {
    for (let el = root.parentElement; el; el = el.parentElement) if (roots.has(el)) return false;
    return true;
  });
}

/** What counts as a control whose label says what a problem offers. */
const CONTROL = 'button, a, [role="button"], input[type="submit"]';

/**
 * Elements looked at for controls around one block, after it and before it in its card: a card
 * that turns out to be a page's main column with thousands of rows costs no more than a small one.
 */
const ELEMENTS_AFTER = 300;
const ELEMENTS_BEFORE = 100;

/**
 * The labels of the controls near `element` (in its card or dialog: a few levels up) that the
 * analyser reads for what a problem offers: retry, another card or payment method, appeal,
 * contact. Only their own text, at most a dozen; the nearest elements first, since a message's
 * buttons sit right after it (or before it: a close button).
 */
function actionsNear(element: Element): string {
  const labels: string[] = [];
  let budget = ELEMENTS_AFTER;
  const more = () => budget > 0 && labels.length < 12;
  const take = (el: Element) => {
    if (el.matches(CONTROL)) {
      labels.push((el.textContent || el.getAttribute('value') || '').slice(0, 80));
    }
    budget--;
  };
  // What follows the block in its card, in document order: its own content, then the rest.
  const card = cardOf(element);
  const walker = element.ownerDocument.createTreeWalker(card, 0x1 /* SHOW_ELEMENT */);
  walker.currentNode = element;
  for (let el = walker.nextNode(); el && more(); el = walker.nextNode()) take(el as Element);
  // Then what precedes it, nearest first: each earlier sibling, level by level up to the card.
  budget = ELEMENTS_BEFORE;
  for (let node: Element = element; node !== card && more(); node = node.parentElement ?? card) {
    for (
      let prev = node.previousElementSibling;
      prev && more();
      prev = prev.previousElementSibling
    ) {
      const inner = element.ownerDocument.createTreeWalker(prev, 0x1 /* SHOW_ELEMENT */);
      for (let el: Node | null = prev; el && more(); el = inner.nextNode()) take(el as Element);
    }
  }
  return labels.join(' · ');
}

/**
 * The card, dialog or form around a block: a few levels up, but never the page's body, whose
 * controls and text belong to everything on the page, nor a container of many parts (a page's
 * main column).
 */
function cardOf(element: Element): Element {
  let container = element;
  for (let level = 0; level < 3; level++) {
    const parent = parentOf(container);
    if (!parent || /^(?:BODY|HTML)$/.test(parent.tagName) || parent.childElementCount > 24) break;
    container = parent;
  }
  return container;
}

/** A batch's step: nothing (a pause point) or a reply the batch waits for. */
type Step = Promise<void> | null | void;

/** The analyser did not answer: the extension is gone, and the batch ends. */
class Unanswered extends Error {}
