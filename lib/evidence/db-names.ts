/*
 * The evidence database's name and version, apart from its schema and upgrade steps, so that a
 * page can read it early (see `lib/client/early-summaries.ts`) without loading them.
 */

/**
 * The evidence database. It lives in the extension's origin and is opened only by the
 * background and extension pages, never by a content script (whose IndexedDB is the page's).
 */
export const DB_NAME = 'wallet-assist-evidence';

/** Bump with a new cumulative step in `upgrade` (db.ts); steps never drop data. */
export const DB_VERSION = 4;
