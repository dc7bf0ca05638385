import { MessageError, type Reply } from './errors';
import type { MessageType, PayloadOf, ReplyOf } from './table';

/**
 * The sending side of the protocol, for every sender: extension pages, the content script and
 * the in-page prompt. It imports only types from the message table, so a script that runs in a
 * wallet tab gets typed messages without bundling zod; the background validates every message.
 */

/** The part of `runtime` a sender needs (the browser's own, or the polyfill's). */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a message and resolves with its reply; rejects with {@link MessageError} on refusal. */
export type Send = <T extends MessageType>(type: T, payload: PayloadOf<T>) => Promise<ReplyOf<T>>;

/**
 * A typed sender over `runtime`. The reply is unwrapped: a refusal (or a background that did not
 * answer at all) becomes a {@link MessageError} whose code selects the text the person sees.
 */
export function createSend(runtime: RuntimeLike): Send {
  return async (type, payload) => {
    const reply = (await runtime.sendMessage({ type, payload })) as Reply<never> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new MessageError('internal', 'The background did not answer.');
    }
    if (!reply.ok) throw new MessageError(reply.code, reply.detail);
    return reply.value;
  };
}
