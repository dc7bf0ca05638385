import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLiveDetector } from '../lib/detect/live';
import { detectionDataForHost } from '../lib/detect/provider-data';
import { compileRules, GENERIC_RULES } from '../lib/detect/rules';
import type { Detection } from '../lib/detect/types';

export default defineContentScript({
  // Generated from the provider registry (see wxt.config.ts), like the host permissions.
  matches: __WALLET_MATCH_PATTERNS__,
  runAt: 'document_idle',
  main(ctx) {
    const provider = detectionDataForHost(__WALLET_DETECTION__, location.hostname);
    const rules = compileRules([...(provider?.rules ?? []), ...GENERIC_RULES]);

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
            ...(detection?.fields ? { fields: detection.fields } : {}),
            ...(detection?.matchedText ? { matchedText: detection.matchedText } : {}),
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
      hints: provider,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => detector.reset());
    detector.start();
  },
});
