import type { StateId } from '../states';

/**
 * Detection rules are data: an id, the state they indicate, a language tag, a pattern and a
 * weight. Patterns are plain regular-expression sources compiled once with the `iu` flags; they
 * must describe the *person's own* situation ("your payment was declined"), never the general
 * topic ("payment"), because help pages talk about the topic all the time.
 *
 * The zod schema for rules lives in `rule-schema.ts` and is enforced by the unit tests, so the
 * content script does not have to ship a validator for its own constant data.
 */
export interface Rule {
  /** Dotted id, e.g. `generic.payment-failed.en`. */
  id: string;
  state: StateId;
  lang: 'en' | 'zh-Hans' | 'zh-Hant';
  pattern: string;
  /** 0 < weight ≤ 1: how sure a match makes us, before the region weight. */
  weight: number;
}

/** A rule with its pattern compiled. */
export interface CompiledRule extends Rule {
  regex: RegExp;
}

/** Compiles rules; throws a readable error naming a duplicate id or a broken pattern. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`Duplicate detection rule id "${rule.id}"`);
    seen.add(rule.id);
    let regex: RegExp;
    try {
      regex = new RegExp(rule.pattern, 'iu');
    } catch (error) {
      throw new Error(`Detection rule "${rule.id}" has an invalid pattern: ${String(error)}`);
    }
    return { ...rule, regex };
  });
}

// Shared fragments keep the English patterns readable.
const NOT = String.raw`(?:could ?n[o'’]t|could not|can[o'’]?t|cannot|were unable to|are unable to|was unable to|unable to)`;
const PAY = String.raw`(?:payment|purchase|transaction|transfer|order|checkout)`;
const LOCKED = String.raw`(?:locked|limited|suspended|frozen|restricted|disabled|blocked|on hold|deactivated)`;

const rule = (
  id: string,
  state: StateId,
  lang: Rule['lang'],
  pattern: string,
  weight: number,
): Rule => ({ id, state, lang, pattern, weight });

/** Rules that apply to every provider. */
export const GENERIC_RULES: readonly Rule[] = [
  // payment_failed — English
  rule(
    'generic.payment-failed.en',
    'payment_failed',
    'en',
    String.raw`\b${PAY}s? (?:has |have )?(?:failed|was unsuccessful|is unsuccessful|unsuccessful|did ?n[o'’]t go through|did not go through|not completed)\b`,
    1,
  ),
  rule(
    'generic.payment-declined.en',
    'payment_failed',
    'en',
    String.raw`\b(?:${PAY}|card|payment method)s? (?:was |were |has been |have been |is )?(?:declined|denied|rejected|refused)\b`,
    1,
  ),
  rule(
    'generic.could-not-complete.en',
    'payment_failed',
    'en',
    String.raw`\b(?:we|you)? ?${NOT} (?:complete|process|send|authori[sz]e|finish) (?:your|this|the) ${PAY}\b`,
    1,
  ),
  rule(
    'generic.insufficient-funds.en',
    'payment_failed',
    'en',
    String.raw`\binsufficient (?:funds|balance)\b`,
    0.8,
  ),
  rule(
    'generic.went-wrong-payment.en',
    'payment_failed',
    'en',
    String.raw`\bsomething went wrong (?:with|while processing|processing) your ${PAY}\b`,
    1,
  ),
  // payment_failed — Simplified Chinese
  rule(
    'generic.payment-failed.zh-hans',
    'payment_failed',
    'zh-Hans',
    String.raw`(?:支付|付款|交易|转账|扣款|充值|提现)(?:失败|未成功|不成功|被拒绝?|被拒)`,
    1,
  ),
  rule(
    'generic.could-not-complete.zh-hans',
    'payment_failed',
    'zh-Hans',
    String.raw`(?:无法|未能|不能)完成(?:支付|付款|交易|转账)|暂不支持(?:付款|支付)`,
    1,
  ),
  rule(
    'generic.insufficient-funds.zh-hans',
    'payment_failed',
    'zh-Hans',
    String.raw`余额不足`,
    0.8,
  ),
  // account_locked — English
  rule(
    'generic.account-locked.en',
    'account_locked',
    'en',
    String.raw`\byour (?:\w+ )?account (?:has been |is |was |is now |has been temporarily |is temporarily |has been permanently )?${LOCKED}\b`,
    1,
  ),
  rule(
    'generic.we-limited-account.en',
    'account_locked',
    'en',
    String.raw`\bwe(?:['’]ve| have)? (?:temporarily |permanently )?(?:limit|lock|suspend|restrict|freez|froz|disabl|block)(?:ed|e|en)? (?:access to )?your (?:\w+ )?accounts?\b`,
    1,
  ),
  rule(
    'generic.account-status.en',
    'account_locked',
    'en',
    String.raw`^\s*account (?:temporarily )?${LOCKED}\s*[.!]?\s*$`,
    0.9,
  ),
  rule(
    'generic.access-limited.en',
    'account_locked',
    'en',
    String.raw`\baccess to your (?:\w+ )?account (?:has been |is |was )?(?:temporarily )?${LOCKED}\b`,
    1,
  ),
  rule(
    'generic.verify-to-continue.en',
    'account_locked',
    'en',
    String.raw`\b(?:verify|confirm) your identity (?:to|before you can|before you) (?:continue|restore|unlock|regain|lift|remove|use)\b`,
    0.9,
  ),
  rule(
    'generic.too-many-attempts.en',
    'account_locked',
    'en',
    String.raw`\btoo many (?:failed |incorrect |unsuccessful |wrong )?(?:sign[- ]?in |log[- ]?in |login |password |pin )?attempts\b`,
    0.8,
  ),
  // account_locked — Simplified Chinese
  rule(
    'generic.account-locked.zh-hans',
    'account_locked',
    'zh-Hans',
    String.raw`(?:账户|账号|帐户|帐号)(?:已|已经|已被|被|暂时|暂时被|目前)?(?:冻结|锁定|限制使用|受限|封禁|停用|暂停使用|被限制)`,
    1,
  ),
  rule(
    'generic.account-risk.zh-hans',
    'account_locked',
    'zh-Hans',
    String.raw`(?:账户|账号)存在(?:安全)?(?:风险|异常)`,
    1,
  ),
  rule(
    'generic.verify-to-continue.zh-hans',
    'account_locked',
    'zh-Hans',
    String.raw`(?:请|需要)(?:先)?(?:完成|进行)(?:身份|实名)(?:验证|认证)(?:后|以|才能)`,
    0.8,
  ),
  rule(
    'generic.too-many-attempts.zh-hans',
    'account_locked',
    'zh-Hans',
    String.raw`(?:密码|验证码)(?:输入)?错误次数过多`,
    0.8,
  ),
];
