import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountWarning } from '../components/guard/warning-card';
import { createSend } from '../lib/protocol/client';
import type { GuardWarningScope } from '../lib/protocol/guard';

/**
 * Injected by the background into a tab only when the page guard warns there. It defines
 * `walletAssistWarning` in the extension's isolated world (invisible to the page); the
 * background then calls it with the card to show (contract: `lib/protocol/guard.ts`).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as GuardWarningScope;
  if (scope.walletAssistWarning) return;
  const send = createSend(browser.runtime);
  let unmount: (() => void) | undefined;
  scope.walletAssistWarning = (input) => {
    unmount?.();
    unmount = undefined;
    if (input === null) return;
    unmount = mountWarning(document, input, { openHelp: () => send('guard/open-help', {}) });
  };
});
