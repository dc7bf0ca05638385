/**
 * How help centres, FAQs, community forums and blogs look, for every wallet alike: sources of
 * case-insensitive regular expressions. The background judges a page with them
 * (`DetectionRules.page`), so the content script carries none of these words.
 */
export interface PageHints {
  /** Host prefixes that only ever serve help, community or marketing content. */
  host: string;
  /** Path segments of help centres, FAQs, legal pages and blogs. */
  path: string;
  /** Titles of help content in the supported languages. */
  title: string;
  /** A heading phrased as a question ("Why is my account limited?") opens an article. */
  question: string;
}

export const GENERIC_PAGE_HINTS: PageHints = {
  host: String.raw`^(?:help|support|community|blog|developer|developers|newsroom|about|cshall)\.`,
  path: String.raw`\/(?:help|smarthelp|selfhelp|cshelp|myhelp|support|faq|faqs|hc|ajuda|ayuda|customer-service|legal|blog|community|articles?|questions?|newsroom|security-center|learn)(?:\/|$|[?#-])`,
  title: String.raw`\b(?:help cent(?:er|re)|help & contact|customer service|support|faq|frequently asked|community|how to|guide|blog|centro de ayuda|central de ajuda|hilfe)\b|帮助中心|常见问题|客服中心|服务大厅|帮助与反馈|使用指南|社区|幫助中心|常見問題|客服中心|社群`,
  question: String.raw`[?？]\s*$|^(?:why|how|what|when|can|do|does|is|are)\b|^(?:为什么|为何|如何|怎么|怎样|什么|為什麼|為何|如何|怎麼)`,
};
