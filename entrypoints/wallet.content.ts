import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLiveDetector } from '../lib/detect/live';
import { compileRules, GENERIC_RULES } from '../lib/detect/rules';
import type { Detection } from '../lib/detect/types';

export default defineContentScript({
  // Generated from the provider registry (see wxt.config.ts), like the host permissions.
  matches: __WALLET_MATCH_PATTERNS__,
  runAt: 'document_idle',
  main(ctx) {
    const rules = compileRules(GENERIC_RULES);

    const report = (detection: Detection | null) => {
      if (ctx.isInvalid) return;
      browser.runtime
        .sendMessage({
          type: 'tab-state/report',
          payload: {
            url: location.href,
            state: detection?.state ?? null,
            confidence: detection?.confidence ?? null,
            ruleIds: detection?.ruleIds ?? [],
          },
        })
        .catch(() => {
          // The extension was reloaded or updated; this script is orphaned and stops here.
        });
    };

    const detector = createLiveDetector({
      doc: document,
      rules,
      onChange: report,
      schedule: (callback) => ctx.requestIdleCallback(callback, { timeout: 250 }),
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => detector.reset());
    detector.start();
  },
});
