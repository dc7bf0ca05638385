import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { baseLang, ConceptSet } from '../lib/detect/concept-engine';
import { createLiveDetector, SLICE_MS } from '../lib/detect/live';
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

  // In a wallet's frame inside another page (an embedded checkout) the report says so by its
  // type; the background checks it against the frame the browser names.
  const type = window === window.top ? 'tab-state/report' : 'tab-state/frame-report';
  const report = (detection: Detection | null) => {
    if (ctx.isInvalid) return;
    send(type, {
      url: location.href,
      state: detection?.state ?? null,
      confidence: detection?.confidence ?? null,
      ruleIds: detection?.ruleIds ?? [],
      ...(detection?.matchedText ? { matchedText: detection.matchedText } : {}),
      ...(detection?.context ? { contextText: detection.context.slice(0, 300) } : {}),
    }).catch(() => {
      // Orphaned (see above): nothing to report to.
    });
  };

  const detector = createLiveDetector({
    doc: document,
    rules,
    onChange: report,
    schedule: (callback) => ctx.requestIdleCallback(callback, { timeout: 250 }),
    // Scans pause every few milliseconds and go on when the page is idle again.
    sliceMs: SLICE_MS,
    signal: ctx.signal,
    hints: data,
    trigger: data.trigger,
    ruleTrigger: data.ruleTrigger,
    concepts: new ConceptSet(data.concepts, data.langs),
    requestTerms: (langs) => send('detect/terms', { langs }),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => detector.reset());
  // The first scan waits for the page to be idle (at most a quarter of a second), like every
  // later batch: a page that is still busy loading keeps its main thread.
  ctx.requestIdleCallback(() => detector.start(), { timeout: 250 });
}

export default defineContentScript({
  // Generated from the provider registry (see wxt.config.ts), like the host permissions. In
  // every frame, so a wallet's checkout framed in a shop's page is read too; the matches keep
  // it to wallet hosts, never the shop's own page.
  matches: __WALLET_MATCH_PATTERNS__,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});
