import { describe, expect, it } from 'vitest';
import { extractFields, findAmount, parseAmount } from '../../lib/detect/fields';
import { ExtractedFieldsSchema } from '../../lib/tab-state';

describe('amounts and currencies', () => {
  it.each([
    ['$1,234.56', '1234.56', 'USD'],
    ['€1.234,56', '1234.56', 'EUR'],
    ['¥88.00', '88.00', 'CNY'],
    ['88.00元', '88.00', 'CNY'],
    ['1,234.56 USD', '1234.56', 'USD'],
    ['R$ 50,00', '50.00', 'BRL'],
    ['£12', '12', 'GBP'],
    ['₹499.00', '499.00', 'INR'],
    ['HK$320.00', '320.00', 'HKD'],
    ['USD 75.10', '75.10', 'USD'],
    ['R$ 1.250,90', '1250.90', 'BRL'],
  ])('reads %s as %s %s', (printed, amount, currency) => {
    expect(findAmount(`Amount: ${printed} — please retry`)).toEqual({
      amountText: printed,
      amount,
      currency,
    });
  });

  it('parses separators by position, not by locale', () => {
    expect(parseAmount('1,234')).toBe('1234');
    expect(parseAmount('1.234.567,8')).toBe('1234567.8');
    expect(parseAmount('1 234,56')).toBe('1234.56');
    expect(parseAmount('12')).toBe('12');
    expect(parseAmount('abc')).toBeNull();
  });

  it('finds no amount in text without a currency', () => {
    expect(findAmount('Try again in 30 minutes')).toBeNull();
  });
});

describe('extractFields', () => {
  it('reads every field from an English failure page', () => {
    const fields = extractFields([
      "We couldn't complete your payment to Coffee Corner.",
      'Amount: $24.50',
      'Transaction ID: 9XK12345AB678901C',
      'Error code: INSTRUMENT_DECLINED',
      'Mar 3, 2026, 10:42 AM',
    ]);
    expect(fields).toEqual({
      merchant: 'Coffee Corner',
      amountText: '$24.50',
      amount: '24.50',
      currency: 'USD',
      transactionId: '9XK12345AB678901C',
      errorCode: 'INSTRUMENT_DECLINED',
      pageTime: 'Mar 3, 2026, 10:42 AM',
    });
  });

  it('reads a Chinese cashier page', () => {
    const fields = extractFields([
      '支付失败，请稍后重试',
      '金额: 88.00元',
      '收款方: 星光便利店',
      '交易号: 2026030322001488',
      '时间: 2026年3月3日 10:42',
      '错误码: ACQ.TRADE_HAS_CLOSE',
    ]);
    expect(fields).toMatchObject({
      amount: '88.00',
      currency: 'CNY',
      merchant: '星光便利店',
      transactionId: '2026030322001488',
      pageTime: '2026年3月3日 10:42',
      errorCode: 'ACQ.TRADE_HAS_CLOSE',
    });
  });

  it('reads the merchant from a label/value row without a colon, only in a short row', () => {
    expect(extractFields(['Amount $24.50 USD', 'Merchant Coffee Corner Ltd.']).merchant).toBe(
      'Coffee Corner Ltd',
    );
    expect(extractFields(['收款方 星巴克咖啡']).merchant).toBe('星巴克咖啡');
    const long = `Merchant services ${'and more words '.repeat(10)}`;
    expect(extractFields([long]).merchant).toBeUndefined();
    expect(extractFields(['The merchant Coffee Corner declined it']).merchant).toBeUndefined();
  });

  it('prefers the first text, so the supporting block wins over the page', () => {
    expect(extractFields(['Payment of £12.00 failed', 'Balance $5,000.00']).amount).toBe('12.00');
  });

  it('always produces values the tab-state schema accepts, even from hostile text', () => {
    const hostile = [
      `Merchant: ${'A'.repeat(500)}`,
      `Transaction ID: ${'9'.repeat(300)}`,
      `Error code: ${'E_'.repeat(200)}`,
      `$${'9'.repeat(40)}.99`,
    ];
    const fields = extractFields(hostile);
    expect(ExtractedFieldsSchema.safeParse(fields).success).toBe(true);
  });
});
