import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { baseLang, ConceptSet } from '../lib/detect/concept-engine';
import { createLiveDetector } from '../lib/detect/live';
import { compileRules } from '../lib/detect/rules';
import type { Detection } from '../lib/detect/types';
import { createSend } from '../lib/protocol/client';

async function run(ctx: ContentScriptContext): Promise<void> {
  const send = createSend(browser.runtime);
  // `null` when the background refuses, or is gone because the extension was reloaded or
  // updated: this script is then orphaned and stops here.
  // The page's own language (when it names one we may have terms for) comes with the rules.
  const pageLang = baseLang(document.documentElement.getAttribute('lang'));
  const langs = pageLang && /^(?:[a-z]{2,3}|zh-Han[st])$/.test(pageLang) ? [pageLang] : [];
  const data = await send('detect/rules', { langs }).catch(() => null);
  if (!data || ctx.isInvalid) return;
  const rules = compileRules(data.rules);

  const report = (detection: Detection | null) => {
    if (ctx.isInvalid) return;
    send('tab-state/report', {
      url: location.href,
      state: detection?.state ?? null,
      confidence: detection?.confidence ?? null,
      ruleIds: detection?.ruleIds ?? [],
      ...(detection?.fields ? { fields: detection.fields } : {}),
      ...(detection?.matchedText ? { matchedText: detection.matchedText } : {}),
    }).catch(() => {
      // Orphaned (see above): nothing to report to.
    });
  };

  const detector = createLiveDetector({
    doc: document,
    rules,
    onChange: report,
    schedule: (callback) => ctx.requestIdleCallback(callback, { timeout: 250 }),
    signal: ctx.signal,
    hints: data,
    concepts: new ConceptSet(data.concepts, data.langs),
    requestTerms: (langs) => send('detect/terms', { langs }),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => detector.reset());
  detector.start();
}

export default defineContentScript({
  // Generated from the provider registry (see wxt.config.ts), like the host permissions.
  matches: __WALLET_MATCH_PATTERNS__,
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});
