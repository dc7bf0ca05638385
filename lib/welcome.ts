import type { MessageKey } from './i18n';

/**
 * The first-run page and what opens after an update. On install the welcome page opens once; on
 * an update nothing opens unless a release changed something the person must know (a
 * permission, where data lives, a behaviour they rely on). Such a change is listed here, with
 * its text in every catalogue; ordinary improvements go in CHANGELOG.md only.
 */

/** A change the person must be told about after updating to `version`. */
export interface NotableChange {
  /** The release that brought it (`1.2.0`). */
  version: string;
  /** Its explanation, one short paragraph. */
  text: MessageKey;
}

/** Notable changes, oldest first. Empty: no release so far needed one. */
export const NOTABLE_CHANGES: readonly NotableChange[] = [];

/** The extension page that welcomes and explains (`entrypoints/welcome/`). */
export const WELCOME_PAGE = '/welcome.html';

/** Compares dotted version numbers (`1.10.0` > `1.9.2`); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** The notable changes after `previous` up to and including `current`. */
export function notableSince(
  previous: string,
  current: string,
  changes: readonly NotableChange[] = NOTABLE_CHANGES,
): NotableChange[] {
  return changes.filter(
    (c) => compareVersions(c.version, previous) > 0 && compareVersions(c.version, current) <= 0,
  );
}

/**
 * What to open when the browser reports the extension installed or updated (`runtime.onInstalled`
 * details): the welcome page after an install, the same page with the notable changes after an
 * update that has some, otherwise nothing (a browser update, an ordinary release).
 */
export function pageAfterInstall(
  details: { reason: string; previousVersion?: string },
  currentVersion: string,
  changes: readonly NotableChange[] = NOTABLE_CHANGES,
): string | null {
  if (details.reason === 'install') return WELCOME_PAGE;
  if (details.reason !== 'update' || !details.previousVersion) return null;
  if (notableSince(details.previousVersion, currentVersion, changes).length === 0) return null;
  return `${WELCOME_PAGE}?updated=${encodeURIComponent(details.previousVersion)}`;
}
