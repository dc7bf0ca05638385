import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectReport } from '../lib/guard/collect';
import { createSend } from '../lib/protocol/client';

/**
 * The page guard's content script: registered by the background (never in the manifest) only
 * while the person has the guard on and has granted access to all sites, for every http(s) page
 * except the wallets' own. It reports to the background only when the page names a wallet or
 * has a wallet-like address; the background judges and, if it warns, shows the card itself.
 */
export default defineUnlistedScript(() => {
  const filter = __GUARD_PREFILTER__;
  const names = [new RegExp(filter.names, 'iu'), new RegExp(filter.exactNames, 'u')];
  const send = createSend(browser.runtime);
  /** True once a report was sent: the background has seen the page. */
  const check = (): boolean => {
    const report = collectReport(document, location.href, filter, names);
    if (!report) return false;
    // A refusal means the extension was reloaded or the guard turned off: nothing to do.
    send('guard/report', report).catch(() => undefined);
    return true;
  };
  // Pages that draw their content with scripts get one more look once they have.
  if (!check()) setTimeout(check, 2500);
});
