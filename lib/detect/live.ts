import {
  baseLang,
  languagesFor,
  lowerText,
  type ConceptSet,
  type PrecompiledLang,
} from './concept-engine';
import type { ExtractedFields } from '../tab-state';
import { decide, matchBlock, type BlockContext } from './engine';
import type { PageHints } from './page-hints';
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
  /**
   * The provider's page hints (path patterns of help pages and activity lists) and what help
   * pages look like on every wallet (`DetectionRules.page`).
   */
  hints?: { help?: readonly string[]; history?: readonly string[]; page?: PageHints };
  /**
   * Source of the scan's candidate filter, for lower-cased text (`DetectionRules.trigger`: the
   * rules' words and the predicate words of the languages in `concepts`). Without it, no block
   * is a candidate.
   */
  trigger?: string;
  /** Source of the rules' own prefilter (`DetectionRules.ruleTrigger`); without it rules run on every candidate. */
  ruleTrigger?: string;
  /** Concept terms per language; without them only the rules run. */
  concepts?: ConceptSet;
  /**
   * Fetches the terms of languages the page turned out to need (the background has them); the
   * page is then scanned again with them.
   */
  requestTerms?: (langs: string[]) => Promise<readonly PrecompiledLang[]>;
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
  const { doc, rules, onChange, schedule, signal, hints, concepts, requestTerms, extractFields } =
    options;
  const sliceMs = options.sliceMs ?? Infinity;
  /** Languages already asked for, so a language is fetched at most once. */
  const requested = new Set<string>();
  /** Languages whose rules have run once (compiled), see {@link prepare}. */
  const rulesReady = new Set<string>();
  /** The candidate filter: grows by a language's words when its terms arrive. */
  let candidateSource = options.trigger ?? '(?!)';
  let candidates = new RegExp(candidateSource, 'g');
  let candidatesReady = false;
  /** The rules' own prefilter: a block found by a concept word alone runs no rule. */
  const ruleTrigger = options.ruleTrigger ? new RegExp(options.ruleTrigger) : undefined;
  let pageLang: string | null = null;
  /** Whether the page is a result page that says it failed: read once a block needs it. */
  let failurePage: boolean | undefined;
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
  /** The batch in progress, paused between two slices; null when none is. */
  let work: Iterator<void> | null = null;
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

  /**
   * Compiles what reading `text` needs and has not run yet (its languages' terms and rules), one
   * language at a time, a step each: the costly part of a first scan, spread over slices.
   */
  function* prepare(text: string): Generator<void> {
    for (const lang of languagesFor(text, pageLang)) {
      if (concepts?.prepare(lang)) yield;
      if (rulesReady.has(lang)) continue;
      rulesReady.add(lang);
      for (const rule of rules) if (rule.lang === lang) rule.regex.test('');
      yield;
    }
  }

  /** The candidate filter for one root's text; notes the languages the text needs. */
  function candidatesFor(text: string): RegExp {
    concepts?.languagesOf(text, pageLang);
    return candidates;
  }

  /** Scans the candidate blocks under `root`, yielding after each step (a block, a walk). */
  function* scan(root: Node): Generator<void> {
    for (const block of collectCandidateBlocks(root, regions, candidatesFor)) {
      yield;
      if (block === null || scanned.get(block.element) === block.text) continue;
      // Most blocks carry no trigger word at all: they cost one test and no region lookup.
      candidates.lastIndex = 0;
      if (!candidates.test(lowerText(block.text))) {
        scanned.set(block.element, block.text);
        continue;
      }
      yield* prepare(block.text);
      let region = regionOf(block.element, regions);
      if (historyPage && (region === 'main' || region === 'body')) region = 'row';
      failurePage ??= isFailurePage(doc, concepts, pageLang);
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
        if (!NOT_FIELD_REGIONS.includes(regionOf(block.element, regions))) texts.push(block.text);
      }
    }
    return texts;
  }

  function evaluate(): void {
    // Nothing matched: the page's type (its title and first heading) need not be read.
    const detection =
      matches.size === 0
        ? null
        : decide(
            [...matches.values()],
            classifyPage(
              {
                url: doc.location.href,
                title: doc.title,
                firstHeading: doc.querySelector('h1')?.textContent ?? undefined,
                helpPaths: hints?.help,
              },
              hints?.page,
            ),
          );
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
  function* batch(): Generator<void> {
    // The candidate filter is compiled when it first runs: a step of its own, before the search.
    if (!candidatesReady) {
      candidates.test('');
      candidatesReady = true;
      yield;
    }
    const nodes = pending;
    pending = new Set();
    regions = createRegionContext(doc);
    if (fullScanPending || nodes.size > FULL_SCAN_THRESHOLD) {
      fullScanPending = false;
      historyPage = matchesHint(hints?.history, doc.location.pathname);
      pageLang = baseLang(doc.documentElement.getAttribute('lang'));
      failurePage = undefined;
      yield* scan(doc.body);
    } else {
      for (const root of topmostRoots(nodes, regions)) yield* scan(root);
    }
    evaluate();
    fetchMissingTerms();
  }

  /**
   * Runs the batch in progress (or a new one) until it ends or `budget` milliseconds have
   * passed; then it goes on in the next scheduled callback.
   */
  function runBatch(budget = sliceMs): void {
    batchScheduled = false;
    if (signal.aborted || !doc.body) return;
    const until = performance.now() + budget;
    try {
      work ??= batch();
      while (!work.next().done) {
        if (performance.now() > until) {
          requestBatch();
          return;
        }
      }
      work = null;
      // Changes that arrived while the batch ran are the next batch's.
      if (pending.size > 0 || fullScanPending) requestBatch();
    } catch {
      // The page broke a DOM API the scan relies on (a hostile or very unusual page): the last
      // report stands, and the next change is scanned afresh. Nothing escapes into the page.
      work = null;
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
        for (const t of terms) if (t.trigger) candidateSource += `|${t.trigger}`;
        candidates = new RegExp(candidateSource, 'g');
        candidatesReady = false;
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
      work = null;
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
 * The card, dialog or form around a block: a few levels up, but never the page's body, whose
 * controls and text belong to everything on the page, nor a container of many parts (a page's
 * main column), whose controls would be looked up across the whole page.
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
