import { describe, expect, it } from 'vitest';
import { decide, detectBlocks, matchText } from '../../lib/detect/engine';
import { GENERIC_PAGE_HINTS } from '../../lib/detect/page-hints';
import { classifyPage } from '../../lib/detect/page-type';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { compileRules } from '../../lib/detect/rules';
import type { Region } from '../../lib/detect/types';

const rules = compileRules(GENERIC_RULES);
const fired = (text: string) => matchText(text, rules).map((r) => r.id);
const detect = (text: string, region: Region = 'alert', pageType: 'app' | 'help' = 'app') =>
  detectBlocks([{ text, region }], rules, pageType)?.state ?? null;

/** A positive example of a generic rule, as the rule itself declares it. */
const example = (id: string, index = 0): string =>
  GENERIC_RULES.find((rule) => rule.id === id)!.examples.positive[index]!;

// Every rule's own examples are run by the registry test (registry.test.ts); this file
// specifies the engine around them.
describe('generic rules', () => {
  it('refuses duplicate ids and broken patterns', () => {
    const rule = GENERIC_RULES[0]!;
    expect(() => compileRules([rule, rule])).toThrow(/Duplicate/);
    expect(() => compileRules([{ ...rule, pattern: '(' }])).toThrow(/invalid pattern/);
  });
});

describe('payment_failed', () => {
  it('is detected from an alert in English and Chinese', () => {
    expect(detect(example('generic.could-not-complete.en'))).toBe('payment_failed');
    expect(detect(example('generic.payment-failed.zh-hans'))).toBe('payment_failed');
  });

  it('does not fire on the topic alone', () => {
    expect(fired('Payments')).toEqual([]);
    expect(fired('Send and request payments')).toEqual([]);
  });

  it('ignores a question or a hedge before the match, not after it', () => {
    expect(fired('Payment failed?')).toEqual([]);
    expect(fired('If so, payment failed.')).toEqual([]);
    expect(fired('Payment failed. If you were charged, the money returns in 3 days.')).toEqual([
      'generic.payment-failed.en',
    ]);
  });
});

describe('account_locked', () => {
  it('is detected in English and Chinese', () => {
    expect(detect(example('generic.account-locked.en'))).toBe('account_locked');
    expect(detect(example('generic.account-locked.zh-hans'))).toBe('account_locked');
  });

  it('wins a tie with payment_failed, because the lock is the cause', () => {
    // 您的账户存在风险，暂不支持付款: a risk lock that also refuses the payment.
    const text = example('generic.account-risk.zh-hans');
    expect(fired(text)).toEqual(
      expect.arrayContaining([
        'generic.could-not-complete.zh-hans',
        'generic.account-risk.zh-hans',
      ]),
    );
    expect(detect(text)).toBe('account_locked');
  });
});

describe('regions and page types', () => {
  it('never counts navigation or footer text', () => {
    expect(detect('Payment failed', 'navigation')).toBeNull();
    expect(detect('Payment failed', 'footer')).toBeNull();
  });

  it('counts an article mention too weakly to report', () => {
    expect(detect('Your account has been limited.', 'article')).toBeNull();
  });

  it('counts plain body text on an app page', () => {
    expect(detect('Payment failed', 'body')).toBe('payment_failed');
  });

  it('damps everything on help pages', () => {
    expect(detect('Your account has been limited.', 'alert', 'help')).toBeNull();
  });

  it('adds supporting matches but never exceeds 1', () => {
    const d = decide(
      [
        { ruleId: 'a.b', state: 'payment_failed', score: 0.9, region: 'alert' },
        { ruleId: 'a.c', state: 'payment_failed', score: 0.9, region: 'heading' },
      ],
      'app',
    );
    expect(d).toEqual({ state: 'payment_failed', confidence: 1, ruleIds: ['a.b', 'a.c'] });
  });

  it.each([
    ['https://www.paypal.com/smarthelp/article/faq1758', '', 'help'],
    ['https://help.venmo.com/cs/articles/frozen-account-vhel251', '', 'help'],
    ['https://wise.com/help/articles/2235393/how-do-i-make-a-complaint', '', 'help'],
    ['https://www.paypal.com/checkoutnow?token=EC-1', 'PayPal Checkout', 'app'],
    ['https://excashier.alipay.com/standard/auth.htm', '支付宝 - 网上支付 安全快速！', 'app'],
    ['https://www.alipay.com/', '支付宝帮助中心', 'help'],
  ] as const)('%s is a %s… page', (url, title, type) => {
    expect(classifyPage({ url, title }, GENERIC_PAGE_HINTS)).toBe(type);
  });

  it('treats a page opening with a question heading as an article', () => {
    expect(
      classifyPage(
        {
          url: 'https://www.paypal.com/x',
          title: '',
          firstHeading: 'Why is my account limited?',
        },
        GENERIC_PAGE_HINTS,
      ),
    ).toBe('help');
  });
});
