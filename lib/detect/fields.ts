import type { ExtractedFields } from '../tab-state';

/**
 * Reads the facts a complaint needs (amount, currency, merchant, transaction id, error code and
 * the time the page shows) from page text. Everything returned is untrusted page text, trimmed to
 * the lengths the tab-state schema allows; nothing here is ever turned into a link or a number
 * to call.
 */

/** Currency symbols and words, longest first so `US$` wins over `$`. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['RM', 'MYR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['₹', 'INR'],
  ['₱', 'PHP'],
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
];
const CODES =
  'USD|EUR|GBP|CNY|RMB|JPY|HKD|TWD|SGD|AUD|CAD|CHF|INR|PHP|BRL|MXN|ARS|MYR|NZD|SEK|NOK|DKK|PLN|KRW';
const SYMBOL_RE = String.raw`R\$|US\$|HK\$|NT\$|S\$|A\$|C\$|RM|Rs\.?|\$|€|£|¥|￥|₹|₱`;
const NUMBER = String.raw`\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** An amount with its currency before or after the number. */
const AMOUNT = new RegExp(
  String.raw`(?:(${SYMBOL_RE})\s?(-?)(${NUMBER})(?:\s?(${CODES})\b)?|\b(${CODES})\s?(${NUMBER})|(${NUMBER})\s?(元|人民币|人民幣|€|(?:${CODES})\b))`,
  'u',
);

/** Converts a printed number (`1,234.56`, `1.234,56`, `50,00`, `1 234,56`) to `1234.56`. */
export function parseAmount(printed: string): string | null {
  const text = printed.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  const lastSep = Math.max(lastComma, lastDot);
  let integer = text;
  let fraction = '';
  if (lastSep >= 0) {
    const tail = text.slice(lastSep + 1);
    // A separator followed by one or two digits is a decimal point; by three, a thousands mark.
    if (tail.length > 0 && tail.length <= 2) {
      integer = text.slice(0, lastSep);
      fraction = tail;
    }
  }
  integer = integer.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (!/^\d{1,15}$/.test(integer)) return null;
  return fraction ? `${integer}.${fraction}` : integer;
}

function currencyOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  const upper = token.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  if (new RegExp(`^(?:${CODES})$`).test(upper)) return upper;
  return SYMBOLS.find(([symbol]) => symbol === token)?.[1];
}

/** The first amount in `text`, with its currency. */
export function findAmount(
  text: string,
): Pick<ExtractedFields, 'amountText' | 'amount' | 'currency'> | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const [whole, sym, , num1, code1, code2, num2, num3, suffix] = m;
  const number = num1 ?? num2 ?? num3;
  if (number === undefined) return null;
  const result: Pick<ExtractedFields, 'amountText' | 'amount' | 'currency'> = {
    amountText: whole.trim().slice(0, 80),
  };
  const amount = parseAmount(number);
  if (amount) result.amount = amount;
  const currency = currencyOf(code1) ?? currencyOf(code2) ?? currencyOf(suffix) ?? currencyOf(sym);
  if (currency) result.currency = currency;
  return result;
}

const TRANSACTION_ID =
  /(?:transaction|reference|order|payment|txn|confirmation|receipt|trade)\s*(?:id|number|no\.?|#|code|ref)?\s*[:#：]\s*([A-Z0-9][A-Z0-9-]{5,40})|(?:交易号|交易單號|交易单号|订单号|訂單號|流水号|商户单号|交易編號|參考編號|参考号)\s*[:：]?\s*([A-Za-z0-9-]{6,40})/iu;
const ERROR_CODE =
  /(?:[Ee]rror|ERROR|[Ee]rr|[Rr]eason|[Dd]ecline)\s*(?:[Cc]ode)?\s*[:#：]\s*([A-Z0-9][A-Z0-9_.-]{1,40})|(?:错误码|错误代码|錯誤代碼|錯誤碼|代码)\s*[:：]?\s*([A-Za-z0-9_.-]{2,40})|\(([A-Z]{2,}[A-Z0-9]*(?:[_.][A-Z0-9]+)+)\)/u;
const MERCHANT =
  /(?:merchant|recipient|payee|paid to|sent to|seller|store|收款方|收款人|商户名称|商户|商家|商戶|收款商家|destinatário|comercio)\s*[:：]\s*([^\n|;:：]{2,80}?)(?=\s*(?:$|[|;]|\s{2}|\b(?:amount|date|status|transaction|金额|时间|狀態|状态)\b))|\b(?:payment|purchase|transfer|order) to ([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4})/u;
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/**
 * A key-value row of a detail card whose label and value sit in separate elements, so no colon
 * joins them (`<span>Merchant</span><span>Coffee Corner</span>`): only a short block that starts
 * with the label.
 */
const MERCHANT_ROW =
  /^\s*(?:merchant|recipient|payee|paid to|sent to|seller|收款方|收款人|商户名称|商户|商家|商戶|收款商家|destinatário|comercio)\s*[:：]?\s*(\S[^\n]{1,79})$/iu;

const PAGE_TIME = new RegExp(
  String.raw`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?|\b(?:${MONTHS})[a-z]*\.? \d{1,2},? \d{4}(?:,? (?:at )?\d{1,2}:\d{2}(?:\s?[AP]M)?)?|\b\d{1,2} (?:${MONTHS})[a-z]* \d{4}(?:,? \d{1,2}:\d{2})?|\b\d{1,2}/\d{1,2}/\d{4}(?:,? \d{1,2}:\d{2})?`,
  'iu',
);

/** Longest text looked at per block, so a huge block costs a bounded amount. */
const MAX_CHARS = 2000;

/**
 * Extracts fields from `texts`, first match wins, in order: callers pass the blocks that
 * supported the detection first, then the rest of the page's content.
 */
export function extractFields(texts: readonly string[]): ExtractedFields {
  const fields: ExtractedFields = {};
  for (const raw of texts) {
    const text = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
    if (fields.amountText === undefined) {
      const amount = findAmount(text);
      if (amount) Object.assign(fields, amount);
    }
    if (fields.transactionId === undefined) {
      const m = TRANSACTION_ID.exec(text);
      const id = m?.[1] ?? m?.[2];
      if (id && /\d/.test(id)) fields.transactionId = id.slice(0, 80);
    }
    if (fields.errorCode === undefined) {
      const m = ERROR_CODE.exec(text);
      const code = m?.[1] ?? m?.[2] ?? m?.[3];
      if (code && /[\d_.]|^[A-Z]{2,}$/.test(code)) fields.errorCode = code.slice(0, 60);
    }
    if (fields.merchant === undefined) {
      const m = MERCHANT.exec(text) ?? (text.length <= 100 ? MERCHANT_ROW.exec(text) : null);
      const merchant = (m?.[1] ?? m?.[2])?.trim().replace(/[.,;:!]+$/u, '');
      if (merchant) fields.merchant = merchant.slice(0, 120);
    }
    if (fields.pageTime === undefined) {
      const m = PAGE_TIME.exec(text);
      if (m) fields.pageTime = m[0].slice(0, 80);
    }
  }
  return fields;
}
