import type { PageType } from './types';

/** Host prefixes that only ever serve help, community or marketing content. */
const HELP_HOST = /^(?:help|support|community|blog|developer|developers|newsroom|about|cshall)\./i;

/** Path segments of help centres, FAQs, legal pages and blogs across the supported wallets. */
const HELP_PATH =
  /\/(?:help|smarthelp|selfhelp|cshelp|myhelp|support|faq|faqs|hc|ajuda|ayuda|customer-service|legal|blog|community|articles?|questions?|newsroom|security-center|learn)(?:\/|$|[?#-])/i;

/** Titles of help content in the supported languages. */
const HELP_TITLE =
  /\b(?:help cent(?:er|re)|help & contact|customer service|support|faq|frequently asked|community|how to|guide|blog|centro de ayuda|central de ajuda|hilfe)\b|帮助中心|常见问题|客服中心|服务大厅|帮助与反馈|使用指南|社区|幫助中心|常見問題|客服中心|社群/i;

/** A heading phrased as a question ("Why is my account limited?") opens an article, not an alert. */
const QUESTION_HEADING =
  /[?？]\s*$|^(?:why|how|what|when|can|do|does|is|are)\b|^(?:为什么|为何|如何|怎么|怎样|什么|為什麼|為何|如何|怎麼)/iu;

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
 */
export function classifyPage(facts: PageFacts): PageType {
  let url: URL | null = null;
  try {
    url = new URL(facts.url);
  } catch {
    url = null;
  }
  if (url && (HELP_HOST.test(url.hostname) || HELP_PATH.test(url.pathname))) return 'help';
  if (url && matchesHint(facts.helpPaths, url.pathname)) return 'help';
  if (HELP_TITLE.test(facts.title)) return 'help';
  if (facts.firstHeading && QUESTION_HEADING.test(facts.firstHeading.trim())) return 'help';
  return 'app';
}
