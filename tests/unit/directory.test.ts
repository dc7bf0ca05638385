import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../lib/providers';
import { searchDirectory, searchKey } from '../../lib/providers/directory';

const ids = (query: string) => searchDirectory(query, PROVIDERS).map((p) => p.id);

describe('the directory', () => {
  it.each([
    ['支付宝', 'alipay'],
    ['支付寶', 'alipay'],
    ['alipay', 'alipay'],
    ['Zhifubao', 'alipay'],
    ['微信支付', 'wechatpay'],
    ['wechat pay', 'wechatpay'],
    ['ＷｅＣｈａｔ Ｐａｙ', 'wechatpay'],
    ['云闪付', 'unionpay'],
    ['银联', 'unionpay'],
    ['UnionPay', 'unionpay'],
    ['Apple Pay', 'applepay'],
    ['八達通', 'octopus'],
    ['PayMe', 'payme'],
    ['WeChat Pay HK', 'wechatpayhk'],
    ['TransferWise', 'wise'],
  ])('finds %s first as %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('finds by the start of a name, and nothing for an empty query or an unknown name', () => {
    expect(ids('pay')).toContain('paypal');
    expect(ids('')).toEqual([]);
    expect(ids('no such wallet')).toEqual([]);
  });

  it('compares ignoring case, spaces, punctuation and width', () => {
    expect(searchKey('Ｗｅ Chat-Pay')).toBe('wechatpay');
  });

  it('lists directory-only wallets (no website flow) with a sourced route', () => {
    const apple = PROVIDERS.find((p) => p.id === 'applepay')!;
    expect(apple.hosts).toEqual([]);
    expect(apple.detection).toBeUndefined();
    expect(apple.contacts.contactPage.source?.type).toBe('official');
  });
});
