import type { CaseFacts, CaseRecord, FactName } from './schema';

/**
 * Text read from a wallet page is evidence of what the page said, not something the product
 * repeats: a "merchant" reading "Call PayPal security +1 800 …" is a scam lure. Whatever the
 * product writes for the person (the complaint description, the phone script, the escalation
 * packet, the case report) carries page text only without phone numbers, links or e-mail
 * addresses, and facts the person has not yet confirmed not at all.
 */

/** What stands in for a removed phone number, link or address. */
export const REMOVED = '[…]';

const LINK =
  /\b(?:(?:https?|ftp):\/\/|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|cn|hk|tw|sg|uk|us|io|co|me|info|biz|app|xyz|top|vip|cc|site|online|link)\b(?:\/\S*)?/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A number written the way phone numbers are: a leading `+`, or groups split by spaces, dots, dashes or brackets. */
const FORMATTED_PHONE =
  /(?:\+\s?\d|\(\d)[\d\s().\-–]{4,}\d|\b\d{2,5}[\s.\-–]\d{2,5}[\s.\-–]\d{2,5}(?:[\s.\-–]\d{1,5})?\b/g;
/** Any run of seven or more digits (a bare phone number). */
const LONG_NUMBER = /\d{7,}/g;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * `text` without links, e-mail addresses and phone numbers. `ids` keeps bare digit runs (a
 * transaction id or error code is often one) and removes only numbers formatted like phones.
 */
export function withoutContactDetails(text: string, ids = false): string {
  let out = text.replace(LINK, REMOVED).replace(EMAIL, REMOVED);
  out = out.replace(FORMATTED_PHONE, (match) =>
    digitCount(match) >= 7 && !/^\d{4}-\d{2}-\d{2}/.test(match) ? REMOVED : match,
  );
  if (!ids) out = out.replace(LONG_NUMBER, REMOVED);
  return out;
}

/** Facts that hold identifiers, where a bare run of digits is expected. */
const ID_FACTS = new Set<FactName>(['transactionId', 'errorCode', 'pageTime']);
/** Facts that may hold text read from the page. */
const PAGE_TEXT_FACTS: readonly FactName[] = [
  'amountText',
  'merchant',
  'transactionId',
  'errorCode',
  'pageTime',
];

/**
 * The facts as the product may write them for the person: page-supplied text without contact
 * details, and unconfirmed facts left out (the texts mark them as still to be checked).
 */
export function writableFacts(record: Pick<CaseRecord, 'facts' | 'unconfirmed'>): CaseFacts {
  const facts: CaseFacts = { ...record.facts };
  for (const name of PAGE_TEXT_FACTS) {
    const value = facts[name];
    if (typeof value === 'string') {
      (facts as Record<string, string>)[name] = withoutContactDetails(value, ID_FACTS.has(name));
    }
  }
  for (const name of record.unconfirmed ?? []) delete facts[name];
  return facts;
}
