import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPrompt } from '../components/prompt/in-page-prompt';
import { createSend } from '../lib/protocol/client';
import type { PromptScope } from '../lib/protocol/prompt';

/**
 * Injected by the background into a wallet tab only when a problem was detected. It defines
 * `walletAssistPrompt` in the extension's isolated world (invisible to the page); the background
 * then calls it with the texts to show (contract: `lib/protocol/prompt.ts`).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as PromptScope;
  if (scope.walletAssistPrompt) return;
  const send = createSend(browser.runtime);
  let unmount: (() => void) | undefined;
  // Called with the texts to show, or with `null` when the page's problem has cleared.
  scope.walletAssistPrompt = (input) => {
    unmount?.();
    unmount = undefined;
    if (input === null) return;
    unmount = mountPrompt(document, input, {
      openHelp: () => send('prompt/open-help', {}),
      // Only the flag is passed on: the saved record (page text, fields) stays out of the page.
      saveEvidence: async () => ({
        screenshotNeedsClick: (await send('capture/from-page', {})).screenshotNeedsClick === true,
      }),
      snooze: (duration) => send('prompt/snooze', { duration }),
    });
  };
});
