import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readSummariesEarly, type EarlyScope } from '../lib/client/early-summaries';

/**
 * The locker's first script, a plain one in its page's head (entrypoints/locker/index.html):
 * it starts reading the light index before the page's modules have even loaded, and leaves the
 * read where the page's code takes it (`takeEarlySummaries`).
 */
export default defineUnlistedScript(() => {
  (globalThis as EarlyScope).walletAssistEarlySummaries = readSummariesEarly();
});
