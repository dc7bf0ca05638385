import { baseLang, type ConceptSet, type PrecompiledLang } from './concept-engine';
import type { ExtractedFields } from '../tab-state';
import { decide, matchBlock, type BlockContext } from './engine';
import { classifyPage, matchesHint } from './page-type';
import type { CompiledRule } from './rules';
import {
  blockOf,
  collectBlocks,
  collectCandidateBlocks,
  createRegionContext,
  hasSkippedAncestor,
  isRendered,
  parentOf,
  regionOf,
  type RegionContext,
} from './snapshot';
import type { Detection, Region, RuleMatch } from './types';

/** What the live detector needs from its world; the content script passes the real things. */
export interface LiveDetectorOptions {
  doc: Document;
  rules: readonly CompiledRule[];
  /** Called with the page's detection whenever it changes; `null` means nothing is wrong. */
  onChange: (detection: Detection | null) => void;
  /** Runs `callback` soon, preferably at idle time. */
  schedule: (callback: () => void) => void;
  /** Aborted when the content script is invalidated: the observer stops. */
  signal: AbortSignal;
  /** The provider's page hints (path patterns of help pages and activity lists). */
  hints?: { help?: readonly string[]; history?: readonly string[] };
  /** Source of the rules' prefilter (`TRIGGER`, sent with the rules). */
  trigger?: string;
  /** Concept terms per language; without them only the rules run. */
  concepts?: ConceptSet;
  /**
   * Fetches the terms of languages the page turned out to need (the background has them); the
   * page is then scanned again with them.
   */
  requestTerms?: (langs: string[]) => Promise<readonly PrecompiledLang[]>;
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
 * Regions whose text may describe the problem's facts (amount, merchant, time). Only content
 * around a match is read, so key-value rows of a detail card count too.
 */
const FIELD_REGIONS: ReadonlySet<Region> = new Set([
  'row',
  'alert',
  'dialog',
  'status',
  'form-error',
  'heading',
  'main',
  'body',
]);

/** Most blocks read for fields after a detection; their longest text. */
const MAX_FIELD_BLOCKS = 300;
const MAX_FIELD_BLOCK_CHARS = 400;

/**
 * Watches a wallet page: one full scan at start, then only the nodes that mutations add or
 * change, batched through `schedule`. A detected problem stays reported until the URL changes
 * (toasts vanish before people can react), so matches only accumulate within one URL.
 */
export function createLiveDetector(options: LiveDetectorOptions): LiveDetector {
  const { doc, rules, onChange, schedule, signal, hints, concepts, requestTerms, extractFields } =
    options;
  /** Languages already asked for, so a language is fetched at most once. */
  const requested = new Set<string>();
  const triggers = createTriggers(concepts, options.trigger);
  /** The rules' own prefilter: a block found by a concept word alone runs no rule. */
  const ruleTrigger = options.trigger ? new RegExp(options.trigger, 'i') : undefined;
  let pageLang: string | null = null;
  let failurePage = false;
  let regions: RegionContext = createRegionContext(doc);
  /** Best matches so far on this URL, keyed by element and rule. */
  let matches = new Map<string, RuleMatch>();
  /** Text already matched per element, so unchanged blocks are not matched twice. */
  let scanned = new WeakMap<Element, string>();
  const elementIds = new WeakMap<Element, number>();
  let nextElementId = 1;
  let reported: Detection | null | undefined;
  let pending = new Set<Node>();
  let fullScanPending = false;
  let batchScheduled = false;
  let historyPage = false;
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
   * Whether a control near `element` (its card or dialog: a few levels up) offers what a
   * problem needs: retry, another card or payment method, appeal, contact. Read only for
   * candidate blocks, and only their controls' own text.
   */
  function actionNear(element: Element): boolean {
    const container = cardOf(element);
    const labels: string[] = [];
    const controls = container.querySelectorAll('button, a, [role="button"], input[type="submit"]');
    for (let i = 0; i < controls.length && i < 12; i++) {
      const control = controls[i]!;
      labels.push((control.textContent || control.getAttribute('value') || '').slice(0, 80));
    }
    return labels.length > 0 && concepts!.hasAction(labels.join(' · '), pageLang);
  }

  function scan(root: Node): void {
    for (const block of collectCandidateBlocks(root, regions, (text) =>
      triggers.all(text, pageLang),
    )) {
      if (scanned.get(block.element) === block.text) continue;
      // Most blocks carry no trigger word at all: they cost one test and no region lookup.
      if (!triggers.one(block.text, pageLang).test(block.text)) {
        scanned.set(block.element, block.text);
        continue;
      }
      let region = regionOf(block.element, regions);
      if (historyPage && (region === 'main' || region === 'body')) region = 'row';
      const context: BlockContext = {
        failurePage,
        action: concepts ? actionNear(block.element) : false,
      };
      const found = matchBlock({ text: block.text, region }, rules, {
        concepts,
        pageLang,
        context,
        trigger: ruleTrigger,
      });
      if (found.length === 0) {
        scanned.set(block.element, block.text);
        continue;
      }
      // Only now, for a block that matched, pay for a style check. A hidden block is left
      // unmarked so it is matched again when a mutation reveals it.
      if (!isRendered(block.element)) continue;
      scanned.set(block.element, block.text);
      const key = idOf(block.element);
      matchedElements.add(block.element);
      for (const match of found) {
        const id = `${key}|${match.ruleId}`;
        const prior = matches.get(id);
        if (!prior || prior.score < match.score) matches.set(id, match);
      }
    }
  }

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
        if (FIELD_REGIONS.has(regionOf(block.element, regions))) texts.push(block.text);
      }
    }
    return texts;
  }

  function evaluate(): void {
    const pageType = classifyPage({
      url: doc.location.href,
      title: doc.title,
      firstHeading: doc.querySelector('h1')?.textContent ?? undefined,
      helpPaths: hints?.help,
    });
    const detection = decide([...matches.values()], pageType);
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

  function runBatch(): void {
    batchScheduled = false;
    if (signal.aborted || !doc.body) return;
    const nodes = pending;
    pending = new Set();
    try {
      regions = createRegionContext(doc);
      if (fullScanPending || nodes.size > FULL_SCAN_THRESHOLD) {
        fullScanPending = false;
        historyPage = matchesHint(hints?.history, doc.location.pathname);
        pageLang = baseLang(doc.documentElement.getAttribute('lang'));
        failurePage = isFailurePage(doc, concepts, pageLang);
        scan(doc.body);
      } else {
        for (const root of topmostRoots(nodes, regions)) scan(root);
      }
      evaluate();
      fetchMissingTerms();
    } catch {
      // The page broke a DOM API the scan relies on (a hostile or very unusual page): the last
      // report stands, and the next change is scanned afresh. Nothing escapes into the page.
      fullScanPending = true;
    }
  }

  /** Asks for the terms of languages the page needed and scans again once they arrive. */
  function fetchMissingTerms(): void {
    if (!concepts || !requestTerms) return;
    const langs = concepts.missing().filter((l) => !requested.has(l));
    if (langs.length === 0) return;
    for (const l of langs) requested.add(l);
    requestTerms(langs).then(
      (terms) => {
        if (signal.aborted || terms.length === 0) return;
        concepts.add(terms);
        scanned = new WeakMap();
        fullScanPending = true;
        requestBatch();
      },
      () => undefined, // The background is gone (extension reloaded): nothing more to do.
    );
  }

  function requestBatch(): void {
    if (batchScheduled || signal.aborted) return;
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
      if (batchScheduled || pending.size > 0 || fullScanPending) runBatch();
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

/** Words of failure in an address (`/checkout/failed`, `/payment-error`, `?status=declined`). */
const FAILURE_URL = /fail|error|declin|reject|refus|denied|unsuccess/i;

/** A result page whose address or title says that something failed. */
function isFailurePage(doc: Document, concepts: ConceptSet | undefined, pageLang: string | null) {
  const { pathname, search } = doc.location;
  if (FAILURE_URL.test(pathname) || FAILURE_URL.test(search)) return true;
  if (!concepts || !doc.title) return false;
  return concepts.analyse([doc.title.slice(0, 200)], pageLang).some((s) => !s.ruledOut);
}

/**
 * Candidate-word patterns: the rules' trigger plus the predicate words of the languages a text is
 * written in, built once per set of languages.
 */
function createTriggers(concepts: ConceptSet | undefined, ruleTrigger = '(?!)') {
  const cache = new Map<string, { all: RegExp; one: RegExp }>();
  const get = (text: string, pageLang: string | null) => {
    const langs = concepts ? concepts.languagesOf(text, pageLang) : [];
    const key = langs.join(',');
    let found = cache.get(key);
    if (!found) {
      const words = concepts?.triggerSource(langs);
      const source = words ? `${ruleTrigger}|${words}` : ruleTrigger;
      // Plain case-insensitive matching (no `u`): the words are literal and scanning a page's
      // whole text this way is several times faster.
      found = { all: new RegExp(source, 'gi'), one: new RegExp(source, 'i') };
      cache.set(key, found);
    }
    return found;
  };
  return {
    all: (text: string, pageLang: string | null) => get(text, pageLang).all,
    one: (text: string, pageLang: string | null) => get(text, pageLang).one,
  };
}

/**
 * The card, dialog or form around a block: a few levels up, but never the page's body, whose
 * controls and text belong to everything on the page.
 */
function cardOf(element: Element): Element {
  let container = element;
  for (let level = 0; level < 3; level++) {
    const parent = parentOf(container);
    if (!parent || /^(?:BODY|HTML)$/.test(parent.tagName)) break;
    container = parent;
  }
  return container;
}
