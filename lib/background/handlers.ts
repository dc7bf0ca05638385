import type { Provider } from '../providers';
import type {
  MessageType,
  ParsedPayloadOf,
  ReplyOf,
  SenderKind,
  SenderKindOf,
} from '../protocol/table';

/**
 * Types of the background's message handlers, derived from the protocol table so the compiler
 * checks every handler's payload and reply against its message.
 */

/** A content script on a registered wallet page, as the browser vouches for it. */
export interface WalletSender {
  kind: 'wallet';
  tabId: number;
  windowId: number | undefined;
  frameId: number;
  /** The sending frame's URL (the tab's URL for the top frame). */
  url: string;
  /** The wallet whose host served `url`. */
  provider: Provider;
}

/** One of our own extension pages. */
export interface ExtensionPageSender {
  kind: 'extension-page';
  url: string;
}

/** The page guard's content script in a tab's top frame, on a page that is not a wallet's. */
export interface GuardSender {
  kind: 'guard';
  tabId: number;
  windowId: number | undefined;
  /** The page's URL, as the browser reports it. */
  url: string;
}

/** The sender a handler of a message from `Kind` receives. */
export type SenderOf<Kind extends SenderKind> = Kind extends 'extension-page'
  ? ExtensionPageSender
  : Kind extends 'guard-page'
    ? GuardSender
    : WalletSender;

/**
 * Handles one message whose payload was validated and whose sender was checked. Returns the
 * reply; throws `MessageError` (or an error the router maps to one) to refuse.
 */
export type Handler<T extends MessageType> = (
  payload: ParsedPayloadOf<T>,
  sender: SenderOf<SenderKindOf<T>>,
) => Promise<ReplyOf<T>>;

/** Handlers for the messages `K` (a feature's share of the protocol). */
export type Handlers<K extends MessageType = MessageType> = { [T in K]: Handler<T> };
