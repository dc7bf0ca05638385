/**
 * Error codes and the reply envelope of the message protocol. Kept apart from the message table
 * (which needs zod) so the content script and the in-page prompt can unwrap replies without
 * bundling a validator.
 */

/** Why the background refused a message; the UI shows the `error.<code>` text. */
export const ERROR_CODES = [
  'invalidMessage',
  'forbidden',
  'tabGone',
  'tabNotVisible',
  'pageNotCapturable',
  'captureDenied',
  'storage',
  'internal',
  'caseNotFound',
  'caseInvalid',
  'caseTransition',
  'storageFull',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The background's answer: a value, or an error code plus an English detail for logs. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; detail: string };

/**
 * A refusal with a code the person can be shown. Handlers throw it; the router turns it into an
 * error reply; the client throws it again on the sender's side.
 */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}
