import type { Locale } from '../i18n/locale';

/**
 * The contract between the background and the in-page prompt (`entrypoints/prompt.ts`), which
 * the background injects into a wallet tab and then calls with everything the prompt shows. Its
 * texts come from our catalogues, never from the page.
 */

/** The file the build writes for `entrypoints/prompt.ts`. */
export const PROMPT_SCRIPT = '/prompt.js';

/**
 * What the prompt script defines in the extension's isolated world of the tab (invisible to the
 * page): the background calls it with the texts to show, or with `null` when the page's problem
 * has cleared. (The functions the background injects are serialised, so they name the global
 * literally and type it with this.)
 */
export interface PromptScope {
  walletAssistPrompt?: (input: PromptInput | null) => void;
}

/** The prompt's texts in one language. */
export interface PromptTexts {
  label: string;
  message: string;
  openHelp: string;
  saveEvidence: string;
  saving: string;
  saved: string;
  /** Said instead of `saved` when only the page copy and text were saved (no screenshot). */
  savedNeedsClick: string;
  saveFailed: string;
  dismiss: string;
  snoozeDay: string;
  snoozeAlways: string;
  snoozed: string;
  /** Said when a click was ignored because the card was covered or not shown long enough. */
  covered: string;
}

/**
 * What the injected script receives: the texts in the UI locale, which the background decided
 * from the language setting (`localeFromSetting`, as every page does), and that locale for the
 * card's `lang`.
 */
export interface PromptInput {
  locale: Locale;
  texts: PromptTexts;
}
