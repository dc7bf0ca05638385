import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPrompt } from '../components/prompt/in-page-prompt';
import type { PromptInput } from '../lib/background/prompt';

/**
 * Injected by the background into a wallet tab only when a problem was detected. It defines
 * `walletAssistPrompt` in the extension's isolated world (invisible to the page); the background
 * then calls it with the texts to show.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { walletAssistPrompt?: (input: PromptInput | null) => void };
  if (scope.walletAssistPrompt) return;
  let unmount: (() => void) | undefined;
  const send = (type: string, payload: object) => browser.runtime.sendMessage({ type, payload });
  const checked = async (type: string, payload: object) => {
    const reply = (await send(type, payload)) as { ok?: boolean } | undefined;
    if (!reply?.ok) throw new Error(`${type} refused`);
    return reply;
  };
  // Called with the texts to show, or with `null` when the page's problem has cleared.
  scope.walletAssistPrompt = (input) => {
    unmount?.();
    unmount = undefined;
    if (input === null) return;
    unmount = mountPrompt(document, input, navigator.languages, {
      openHelp: () => checked('prompt/open-help', {}),
      // Only the flag is passed on: the saved record (page text, fields) stays out of the page.
      saveEvidence: async () => {
        const reply = (await checked('capture/from-page', {})) as {
          value?: { screenshotNeedsClick?: unknown };
        };
        return { screenshotNeedsClick: reply.value?.screenshotNeedsClick === true };
      },
      snooze: (duration) => checked('prompt/snooze', { duration }),
    });
  };
});
