import { browser } from 'wxt/browser';
import { createSend } from '../protocol/client';

/**
 * Typed messages from extension pages to the background (the protocol table in
 * `lib/protocol/table.ts`): complaint cases and captures go this way.
 */
export const send = createSend(browser.runtime);

export { MessageError } from '../protocol/errors';
