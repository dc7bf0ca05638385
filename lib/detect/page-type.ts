import type { PageHints } from './page-hints';
import type { PageType } from './types';

/** What the page is, from evidence that costs nothing to read. */
export interface PageFacts {
  url: string;
  title: string;
  /** Text of the first top-level heading, if any. */
  firstHeading?: string;
  /** The provider's own help-page path patterns (regular-expression sources). */
  helpPaths?: readonly string[];
}

/** Compiled provider path hints, cached per source so a page check compiles nothing. */
const hintCache = new Map<string, RegExp | null>();

/** True when one of `sources` matches `path`; broken patterns never match. */
export function matchesHint(sources: readonly string[] | undefined, path: string): boolean {
  if (!sources) return false;
  for (const source of sources) {
    let regex = hintCache.get(source);
    if (regex === undefined) {
      try {
        regex = new RegExp(source, 'i');
      } catch {
        regex = null;
      }
      hintCache.set(source, regex);
    }
    if (regex?.test(path)) return true;
  }
  return false;
}

/**
 * Recognises help centres, FAQs, community forums and blogs. Those pages discuss failed payments
 * and limited accounts without either happening to the reader, so their matches count less.
 * `hints` say what such pages look like (`GENERIC_PAGE_HINTS`).
 */
export function classifyPage(facts: PageFacts, hints?: PageHints): PageType {
  let url: URL | null = null;
  try {
    url = new URL(facts.url);
  } catch {
    url = null;
  }
  if (url && matchesHint(facts.helpPaths, url.pathname)) return 'help';
  if (!hints) return 'app';
  if (url && (matchesHint([hints.host], url.hostname) || matchesHint([hints.path], url.pathname))) {
    return 'help';
  }
  if (matchesHint([hints.title], facts.title)) return 'help';
  if (facts.firstHeading && matchesHint([hints.question], facts.firstHeading.trim())) return 'help';
  return 'app';
}
