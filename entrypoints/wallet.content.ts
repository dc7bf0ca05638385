import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLiveDetector } from '../lib/detect/live';
import type { DetectionRules } from '../lib/detect/provider-data';
import { compileRules } from '../lib/detect/rules';
import type { Detection } from '../lib/detect/types';

/** Asks the background for this wallet's rules; `null` when it refuses or is gone. */
async function loadRules(): Promise<DetectionRules | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'detect/rules', payload: {} })) as
      { ok: true; value: DetectionRules } | { ok: false } | undefined;
    return reply?.ok ? reply.value : null;
  } catch {
    // The extension was reloaded or updated; this script is orphaned.
    return null;
  }
}

async function run(ctx: ContentScriptContext): Promise<void> {
  const data = await loadRules();
  if (!data || ctx.isInvalid) return;
  const rules = compileRules(data.rules);

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
    hints: data,
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
