import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLiveDetector, SLICE_MS } from '../lib/detect/live';
import type { PageContext } from '../lib/detect/page-context';
import type { Detection } from '../lib/detect/types';
import { createSend } from '../lib/protocol/client';

function run(ctx: PageContext): void {
  const send = createSend(browser.runtime);
  // In a wallet's frame inside another page (an embedded checkout) the report says so by its
  // type; the background checks it against the frame the browser names.
  const top = window === window.top;
  const type = top ? 'tab-state/report' : 'tab-state/frame-report';
  // A new document starts as "nothing wrong" in the background (it resets the tab as the
  // document loads), so a top page's first report is sent only when it has something to say. A
  // frame reports every time: the tab's page did not change when the frame did. After a route
  // change every report is sent, since the tab's state still describes the route before.
  let quietStart = top;
  const report = (detection: Detection | null) => {
    if (ctx.isInvalid || (detection === null && quietStart)) return;
    quietStart = false;
    send(type, {
      url: location.href,
      state: detection?.state ?? null,
      confidence: detection?.confidence ?? null,
      ruleIds: detection?.ruleIds ?? [],
      ...(detection?.matchedText ? { matchedText: detection.matchedText } : {}),
      ...(detection?.context ? { contextText: detection.context.slice(0, 300) } : {}),
    }).catch(() => {
      // The background is gone because the extension was reloaded or updated: this script is
      // orphaned, with nothing to report to.
    });
  };

  const detector = createLiveDetector({
    doc: document,
    // The page's text is read in the background, which has the rules and every language's
    // terms compiled already: this script carries the engine's eyes, not its words. A refusal
    // or a background that is gone ends the scan (see `createLiveDetector`).
    analyser: {
      candidates: (query) => send('detect/candidates', query),
      match: (query) => send('detect/match', query),
    },
    onChange: report,
    schedule: (callback) => ctx.requestIdleCallback(callback, { timeout: 250 }),
    // Scans pause every few milliseconds and go on when the page is idle again.
    sliceMs: SLICE_MS,
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    quietStart = false;
    detector.reset();
  });
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
    run(ctx);
  },
});
