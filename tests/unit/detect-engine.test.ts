import { describe, expect, it } from 'vitest';
import { decide, detectBlocks, matchText } from '../../lib/detect/engine';
import { classifyPage } from '../../lib/detect/page-type';
import { RuleSchema } from '../../lib/detect/rule-schema';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { compileRules, TRIGGER } from '../../lib/detect/rules';
import type { Region } from '../../lib/detect/types';

const rules = compileRules(GENERIC_RULES);
const fired = (text: string) => matchText(text, rules).map((r) => r.id);
const detect = (text: string, region: Region = 'alert', pageType: 'app' | 'help' = 'app') =>
  detectBlocks([{ text, region }], rules, pageType)?.state ?? null;

/** Sentences each rule must fire on: every rule needs at least one. */
const POSITIVE: Record<string, string[]> = {
  'generic.payment-failed.en': [
    'Payment failed',
    'Your transfer has failed.',
    'Transaction unsuccessful',
  ],
  'generic.payment-declined.en': [
    'Your card was declined.',
    'This payment was declined for your protection',
  ],
  'generic.could-not-complete.en': [
    "We couldn't complete your payment. Please try again.",
    "We're sorry, we can't complete your purchase at this time",
  ],
  'generic.insufficient-funds.en': ['Insufficient funds in your balance.'],
  'generic.went-wrong-payment.en': ['Something went wrong with your payment.'],
  'generic.payment-failed.zh-hans': [
    '支付失败',
    '付款未成功，请重试。',
    '交易失败。详情请咨询客服',
  ],
  'generic.could-not-complete.zh-hans': [
    '您的账户存在风险，暂不支持付款，请联系客服。',
    '无法完成支付',
  ],
  'generic.insufficient-funds.zh-hans': ['余额不足，请更换付款方式'],
  'generic.not-completed.zh-hans': ['支付未完成，订单已关闭'],
  'generic.account-locked.en': [
    'Your account has been limited until we hear from you',
    'Your PayPal account has been limited.',
    'Your account is temporarily locked.',
  ],
  'generic.we-limited-account.en': [
    "We've limited your account.",
    'We have suspended your account',
  ],
  'generic.account-status.en': ['Account limited', 'Account suspended.'],
  'generic.access-limited.en': ['Access to your account has been restricted.'],
  'generic.verify-to-continue.en': ['Please verify your identity to continue.'],
  'generic.too-many-attempts.en': ['Too many failed sign-in attempts. Try again later.'],
  'generic.account-locked.zh-hans': [
    '您的账户已被冻结',
    '账号已被限制使用',
    '账户暂时被锁定',
    '您的账户因存在安全风险已被冻结',
  ],
  'generic.account-risk.zh-hans': ['您的账户存在风险'],
  'generic.verify-to-continue.zh-hans': ['请完成身份验证后继续使用'],
  'generic.too-many-attempts.zh-hans': ['密码错误次数过多，账户已锁定'],
  'generic.cannot-be-completed.en': ['Your transaction cannot be completed.'],
  'generic.limited-what-you-can-do.en': [
    "We've temporarily limited what you can do with your account.",
  ],
  'generic.payment-failed.zh-hant': ['付款失敗', '無法完成付款', '暫不支援付款'],
  'generic.insufficient-funds.zh-hant': ['帳戶餘額不足'],
  'generic.payment-failed.es': ['Tu pago fue rechazado.', 'No pudimos procesar tu pago.'],
  'generic.payment-failed.pt': [
    'Seu pagamento foi recusado.',
    'Não foi possível concluir o pagamento.',
  ],
  'generic.payment-failed.de': ['Zahlung fehlgeschlagen', 'Die Zahlung wurde abgelehnt.'],
  'generic.account-locked.zh-hant': [
    '您的帳戶已被凍結',
    '帳號暫時鎖定',
    '您的帳戶因安全原因已暫時凍結',
  ],
  'generic.account-locked.es': ['Tu cuenta ha sido suspendida.'],
  'generic.account-locked.pt': ['Sua conta está bloqueada.'],
  'generic.account-locked.de': ['Ihr Konto wurde vorübergehend gesperrt.'],
  'generic.limit-reached.en': [
    "You've reached your daily sending limit.",
    'You have exceeded your withdrawal limit.',
  ],
  'generic.exceeds-limit.en': ['This payment exceeds your monthly limit.'],
  'generic.limit-exceeded.en': ['Daily limit exceeded', 'Transfer limit reached.'],
  'generic.limit-exceeded.zh-hans': ['超出单日转账限额', '已达到今日支付上限', '付款额度不足'],
  'generic.limit-exceeded.zh-hant': ['超過每日轉帳限額', '已達上限'],
  'generic.limit-exceeded.es': ['Has alcanzado tu límite diario.'],
  'generic.taking-longer.en': ['Your transfer is taking longer than usual.'],
  'generic.not-arrived.en': [
    "Your payment hasn't arrived yet.",
    "The recipient hasn't received the money.",
  ],
  'generic.delayed.en': ['Your withdrawal is delayed.', 'Your payout is on hold'],
  'generic.funds-held.en': ["We're holding your funds for up to 21 days."],
  'generic.not-arrived.zh-hans': ['转账尚未到账', '资金已被冻结', '到账延迟'],
  'generic.not-arrived.zh-hant': ['款項尚未到帳', '入帳延遲'],
  'generic.unusual-activity.en': [
    'We noticed unusual activity on your account.',
    'We noticed a sign-in attempt from a new device in Lagos.',
    'We detected a new sign-in from Chrome on Windows.',
  ],
  'generic.unrecognised.en': ['An unrecognized sign-in to your account was blocked.'],
  'generic.someone-accessed.en': ['Someone may have accessed your account.'],
  'generic.unusual-activity.zh-hans': [
    '检测到您的账户存在异常登录',
    '非本人操作',
    '陌生设备登录了您的账户',
  ],
  'generic.unusual-activity.zh-hant': ['偵測到異常登入', '非本人交易'],
  'generic.refund-failed.en': ['Your refund has failed.', 'Refund could not be processed'],
  'generic.could-not-refund.en': [
    "We couldn't process your refund.",
    "You haven't received your refund",
  ],
  'generic.refund-failed.zh-hans': ['退款失败', '退款申请被驳回', '退款尚未到账'],
  'generic.refund-failed.zh-hant': ['退款失敗', '退款尚未到帳'],
};

describe('generic rules', () => {
  it('are well-formed data', () => {
    for (const rule of GENERIC_RULES)
      expect(RuleSchema.safeParse(rule).success, rule.id).toBe(true);
  });

  it('each have positive examples', () => {
    expect(Object.keys(POSITIVE).sort()).toEqual(GENERIC_RULES.map((r) => r.id).sort());
  });

  it.each(Object.entries(POSITIVE).flatMap(([id, texts]) => texts.map((t) => [id, t] as const)))(
    '%s fires on “%s”',
    (id, text) => {
      expect(fired(text)).toContain(id);
      expect(TRIGGER.test(text)).toBe(true);
    },
  );

  it('refuses duplicate ids and broken patterns', () => {
    const rule = GENERIC_RULES[0]!;
    expect(() => compileRules([rule, rule])).toThrow(/Duplicate/);
    expect(() => compileRules([{ ...rule, pattern: '(' }])).toThrow(/invalid pattern/);
  });
});

describe('payment_failed', () => {
  it('is detected from an alert in English and Chinese', () => {
    expect(detect("We couldn't complete your payment.")).toBe('payment_failed');
    expect(detect('支付失败，请稍后重试')).toBe('payment_failed');
  });

  it('ignores questions and conditional remarks about failed payments', () => {
    expect(fired('Why did my payment fail?')).toEqual([]);
    expect(fired('What should I do if my payment was declined?')).toEqual([]);
    expect(fired('If your payment failed, check your balance first.')).toEqual([]);
    expect(fired('为什么支付失败？')).toEqual([]);
    expect(fired('如果支付失败，请检查网络。')).toEqual([]);
    expect(fired('Learn how to avoid a declined payment.')).toEqual([]);
  });

  it('does not fire on the topic alone', () => {
    expect(fired('Payments')).toEqual([]);
    expect(fired('Send and request payments')).toEqual([]);
    expect(fired('Payment successful. Thank you!')).toEqual([]);
    expect(fired('付款成功')).toEqual([]);
  });
});

describe('account_locked', () => {
  it('is detected in English and Chinese', () => {
    expect(detect('Your account has been limited until we hear from you')).toBe('account_locked');
    expect(detect('您的账户已被冻结，请联系客服')).toBe('account_locked');
  });

  it('ignores help-article sentences that mention limited accounts', () => {
    expect(
      fired(
        'When your account access is limited, you may not be able to use certain features with your PayPal account, such as sending or withdrawing funds.',
      ),
    ).toEqual([]);
    expect(
      fired(
        'If your PayPal account is limited, you may be unable to withdraw, send or receive money.',
      ),
    ).toEqual([]);
    expect(fired('Why is my account suspended?')).toEqual([]);
    expect(fired('如果您的账户被冻结，可以按以下步骤解冻。')).toEqual([]);
  });

  it('wins a tie with payment_failed, because the lock is the cause', () => {
    const detection = detectBlocks(
      [{ text: '您的账户存在风险，暂不支持付款', region: 'alert' }],
      rules,
      'app',
    );
    expect(detection?.state).toBe('account_locked');
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
    expect(classifyPage({ url, title })).toBe(type);
  });

  it('treats a page opening with a question heading as an article', () => {
    expect(
      classifyPage({
        url: 'https://www.paypal.com/x',
        title: '',
        firstHeading: 'Why is my account limited?',
      }),
    ).toBe('help');
  });
});
