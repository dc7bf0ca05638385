import type { Locale } from '../i18n/locale';

/**
 * The contract between the background and the page guard's warning card
 * (`entrypoints/guard-warning.ts`), which the background injects into a tab only when the guard
 * warns there, and then calls with everything the card shows: texts from our catalogues and the
 * wallet's official route from the registry, never anything from the page.
 */

/** The file the build writes for `entrypoints/guard-warning.ts`. */
export const GUARD_WARNING_SCRIPT = '/guard-warning.js';

/** The page guard's content script, registered at run time while the guard is on. */
export const GUARD_SCRIPT = '/guard.js';

/**
 * What the card script defines in the extension's isolated world of the tab (invisible to the
 * page): the background calls it with the card to show, or `null` to take it away.
 */
export interface GuardWarningScope {
  walletAssistWarning?: (input: GuardWarningInput | null) => void;
}

/** The card, in the UI locale. */
export interface GuardWarningInput {
  locale: Locale;
  label: string;
  title: string;
  /** What the guard saw, in one or two sentences. */
  seen: string;
  routeTitle: string;
  /** Where customer service is in the wallet's app, when the registry says. */
  inApp?: string;
  /** The wallet's own contact page. */
  link: { url: string; label: string };
  /** The wallet's official numbers for the person's region first (at most two). */
  phones: { number: string; label: string }[];
  /** The wallet's scam warnings (at most three). */
  advice: string[];
  openHelp: string;
  dismiss: string;
}
