import type { StateId } from '../states';
import type { RuleDefinition, RuleExamples } from './rule-schema';
import type { RuleLang } from './rules';

/*
 * Rules that apply to every provider. They live apart from the engine so the content script,
 * which receives its rules (without their examples) from the background, does not carry them.
 * Every rule carries the sentences it must fire on and sentences on the same topic it must
 * not fire on; the registry test runs them all, and the detection corpus is built from them.
 */

// Shared fragments keep the English patterns readable.
const NOT = String.raw`(?:could ?n[o'’]t|could not|can[o'’]?t|cannot|were unable to|are unable to|was unable to|unable to)`;
const PAY = String.raw`(?:payment|purchase|transaction|transfer|order|checkout)`;
const LOCKED = String.raw`(?:locked|limited|suspended|frozen|restricted|disabled|blocked|on hold|put on hold|deactivated|closed)`;
const LIMIT_KIND = String.raw`(?:daily |weekly |monthly |yearly |annual |sending |send |receiving |withdrawal |spending |transfer |transaction |payment |card |account |purchase |top-up ){0,3}`;
const ACCOUNT_ZH = String.raw`(?:账户|账号|帐户|帐号)`;
const ACCOUNT_HANT = String.raw`(?:帳戶|帳號|賬戶|賬號)`;

/** One generic rule as written below; `weight` defaults to 1. */
interface RuleRow {
  lang: RuleLang;
  name: string;
  pattern: string;
  weight?: number;
  examples: RuleExamples;
}

/** Rules of one state; ids read `generic.<name>.<lang>` (language tag in lower case). */
const group = (state: StateId, rows: readonly RuleRow[]): RuleDefinition[] =>
  rows.map(({ lang, name, pattern, weight = 1, examples }) => ({
    id: `generic.${name}.${lang.toLowerCase()}`,
    state,
    lang,
    pattern,
    weight,
    examples,
  }));

/** Rules that apply to every provider, grouped by state. */
export const GENERIC_RULES: readonly RuleDefinition[] = [
  ...group('payment_failed', [
    {
      lang: 'en',
      name: 'payment-failed',
      pattern: String.raw`\b${PAY}s? (?:has |have )?(?:failed|was unsuccessful|is unsuccessful|unsuccessful|did ?n[o'’]t go through|did not go through|not completed)\b`,
      examples: {
        positive: ['Payment failed', 'Your transfer has failed.', 'Transaction unsuccessful'],
        negative: [
          'Why did my payment fail?',
          'If your payment failed, check your balance first.',
          'Payment successful. Thank you!',
        ],
      },
    },
    {
      lang: 'en',
      name: 'payment-declined',
      pattern: String.raw`\b(?:${PAY}|withdrawal|payout|deposit|card|payment method)s?(?: request)? (?:was |were |has been |have been |is )?(?:declined|denied|rejected|refused)\b`,
      examples: {
        positive: [
          'Your card was declined.',
          'This payment was declined for your protection.',
          'Your withdrawal request was rejected.',
        ],
        negative: [
          'What should I do if my payment was declined?',
          'Learn how to avoid a declined payment.',
        ],
      },
    },
    {
      lang: 'en',
      name: 'could-not-complete',
      pattern: String.raw`\b(?:we|you)? ?${NOT} (?:complete|process|send|authori[sz]e|finish) (?:your|this|the) ${PAY}\b`,
      examples: {
        positive: [
          "We're sorry, we couldn't complete your payment. Please try again.",
          "We're sorry, we can't complete your purchase at this time",
        ],
        negative: [
          "If we couldn't complete your payment, you won't be charged.",
          "Why can't I complete my purchase?",
        ],
      },
    },
    {
      lang: 'en',
      name: 'cannot-be-completed',
      pattern: String.raw`\b(?:your|this) ${PAY} (?:cannot|can[o'’]t|could not|couldn[o'’]t) be (?:completed|processed)\b`,
      examples: {
        positive: [
          'Your transaction cannot be completed. To proceed, please submit the required documents.',
        ],
        negative: ['Learn why your transaction cannot be completed and what to do next.'],
      },
    },
    {
      lang: 'en',
      name: 'insufficient-funds',
      pattern: String.raw`\binsufficient (?:funds|balance)\b`,
      weight: 0.8,
      examples: {
        positive: [
          'Insufficient funds. Add money to your balance and try again.',
          'Insufficient funds in your balance.',
        ],
        negative: [
          'To avoid insufficient funds, keep enough money in your balance.',
          'What happens if I have insufficient funds?',
        ],
      },
    },
    {
      lang: 'en',
      name: 'went-wrong-payment',
      pattern: String.raw`\bsomething went wrong (?:with|while processing|processing) your ${PAY}\b`,
      examples: {
        positive: ['Something went wrong with your payment. You have not been charged.'],
        negative: ['If something went wrong with your payment, contact us within 60 days.'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'payment-failed',
      pattern: String.raw`(?:支付|付款|交易|转账|扣款|充值|提现)(?:失败|未成功|不成功|被拒绝?|被拒)`,
      examples: {
        positive: [
          '支付失败，请稍后重试',
          '付款未成功，请更换付款方式',
          '交易失败。详情请咨询客服',
        ],
        negative: ['为什么支付失败？', '如果支付失败，请检查网络。', '付款成功'],
      },
    },
    // "Payment not completed" also opens reminders of an unfinished checkout: weaker evidence.
    {
      lang: 'zh-Hans',
      name: 'not-completed',
      pattern: String.raw`(?:支付|付款)未完成`,
      weight: 0.7,
      examples: {
        positive: ['支付未完成，订单已关闭'],
        negative: ['如果支付未完成，订单将在30分钟后自动关闭。'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'could-not-complete',
      pattern: String.raw`(?:无法|未能|不能)完成(?:支付|付款|交易|转账)|暂不支持(?:付款|支付)`,
      examples: {
        positive: ['交易存在风险，暂不支持付款', '无法完成支付，请稍后再试'],
        negative: ['为什么无法完成支付？'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'insufficient-funds',
      pattern: '余额不足',
      weight: 0.8,
      examples: {
        positive: ['余额不足，请更换付款方式'],
        negative: ['如果余额不足，可以选择银行卡付款。'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'payment-failed',
      pattern: String.raw`(?:支付|付款|交易|轉帳|轉賬|扣款|儲值)(?:失敗|未成功|不成功|被拒絕?)|(?:無法|未能)完成(?:支付|付款|交易|轉帳)|暫不支援付款`,
      examples: {
        positive: ['付款失敗，請稍後再試', '無法完成付款', '暫不支援付款'],
        negative: ['為什麼付款失敗？', '付款成功，多謝惠顧'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'insufficient-funds',
      pattern: '餘額不足',
      weight: 0.8,
      examples: {
        positive: ['帳戶餘額不足，請更換付款方式'],
        negative: ['如果餘額不足，請先增值。'],
      },
    },
    {
      lang: 'es',
      name: 'payment-failed',
      pattern: String.raw`\b(?:tu |su )?(?:pago|compra|transferencia) (?:fue |ha sido |se ha )?(?:rechazad[oa]|fallid[oa])\b|\bno pudimos (?:procesar|completar) (?:tu|su) (?:pago|compra)\b`,
      examples: {
        positive: [
          'Tu pago fue rechazado. Prueba con otro medio de pago.',
          'No pudimos procesar tu pago.',
        ],
        negative: ['Si tu pago fue rechazado, revisa los datos de tu tarjeta.'],
      },
    },
    {
      lang: 'pt',
      name: 'payment-failed',
      pattern: String.raw`\b(?:seu |o )?(?:pagamento|compra|transferência) (?:foi )?(?:recusad[oa]|não aprovad[oa])\b|\bnão foi possível (?:concluir|processar) (?:o |seu |o seu )?(?:pagamento|compra)\b`,
      examples: {
        positive: [
          'Seu pagamento foi recusado. Tente outro meio de pagamento.',
          'Não foi possível concluir o pagamento.',
        ],
        negative: ['Por que meu pagamento foi recusado?'],
      },
    },
    {
      lang: 'de',
      name: 'payment-failed',
      pattern: String.raw`\b(?:Zahlung|Überweisung|Transaktion) (?:ist )?(?:fehlgeschlagen|wurde abgelehnt|abgelehnt)\b`,
      examples: {
        positive: [
          'Zahlung fehlgeschlagen. Bitte versuche es erneut.',
          'Die Zahlung wurde abgelehnt.',
        ],
        negative: [
          'Warum wurde meine Zahlung abgelehnt?',
          'Wenn eine Zahlung fehlgeschlagen ist, wird nichts abgebucht.',
        ],
      },
    },
  ]),
  ...group('account_locked', [
    {
      lang: 'en',
      name: 'account-locked',
      pattern: String.raw`(?<!(?:sign[- ]?in|log[- ]?in|login|access) to )\byour (?:\w+ )?account (?:has been |is |was |is now |has been temporarily |is temporarily |has been permanently |is currently )?${LOCKED}\b`,
      examples: {
        positive: [
          'Your account has been limited until we hear from you.',
          'Your account is temporarily locked.',
          'Your PayPal account has been limited.',
        ],
        negative: [
          'When your account access is limited, you may not be able to use certain features, such as sending or withdrawing funds.',
          'If your PayPal account is limited, you may be unable to withdraw, send or receive money.',
          'Why is my account suspended?',
        ],
      },
    },
    {
      lang: 'en',
      name: 'we-limited-account',
      pattern: String.raw`\bwe(?:['’]ve| have)? (?:temporarily |permanently )?(?:limit|lock|suspend|restrict|freez|froz|disabl|block|deactivat)(?:ed|e|en)? (?:access to )?your (?:\w+ )?accounts?\b`,
      examples: {
        positive: [
          "We've limited your account.",
          'Sorry, we deactivated your account.',
          'We have suspended your account',
        ],
        negative: ["If we've limited your account, you'll see a notice in the Resolution Center."],
      },
    },
    {
      lang: 'en',
      name: 'account-status',
      pattern: String.raw`^\s*(?:sorry, )?account (?:temporarily )?${LOCKED}\s*[.!]?\s*$`,
      weight: 0.9,
      examples: {
        positive: ['Account suspended', 'Sorry, account temporarily disabled', 'Account limited'],
        negative: ["Account limited? Here's how to fix it."],
      },
    },
    {
      lang: 'en',
      name: 'limited-what-you-can-do',
      pattern: String.raw`\bwe(?:['’]ve| have)? (?:temporarily |permanently )?(?:limited|restricted) what you can do\b`,
      examples: {
        positive: ["We've temporarily limited what you can do with your account."],
        negative: ["Learn why we've limited what you can do with your account."],
      },
    },
    {
      lang: 'en',
      name: 'access-limited',
      pattern: String.raw`\baccess to your (?:\w+ )?account (?:has been |is |was )?(?:temporarily )?${LOCKED}\b`,
      examples: {
        positive: ['Access to your account has been restricted.'],
        negative: [
          'If access to your account has been restricted, sign in to see the steps to restore it.',
        ],
      },
    },
    {
      lang: 'en',
      name: 'verify-to-continue',
      pattern: String.raw`\b(?:verify|confirm) your identity (?:to|before you can|before you) (?:continue|restore|unlock|regain|lift|remove|use)\b`,
      weight: 0.9,
      examples: {
        positive: ['Please verify your identity to continue using your account.'],
        negative: ['You may be asked to verify your identity to continue using some features.'],
      },
    },
    {
      lang: 'en',
      name: 'too-many-attempts',
      pattern: String.raw`\btoo many (?:failed |incorrect |unsuccessful |wrong )?(?:sign[- ]?in |log[- ]?in |login |password |pin )?attempts\b`,
      weight: 0.8,
      examples: {
        positive: ['Too many failed sign-in attempts. Your account is locked for 30 minutes.'],
        negative: ['What happens after too many failed sign-in attempts?'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'account-locked',
      pattern: String.raw`${ACCOUNT_ZH}(?:[^。，,.!！？?\s]{0,10}?(?:已|已经|已被|被|暂时|暂时被|目前|当前))?(?:冻结|锁定|限制使用|受限|封禁|停用|暂停使用|被限制)`,
      examples: {
        positive: [
          '您的账户已被冻结，请联系客服',
          '账号已被限制使用',
          '账户暂时被锁定',
          '您的账户因存在安全风险已被冻结',
        ],
        negative: ['如果您的账户被冻结，可以按以下步骤解冻。', '为什么我的账户被限制使用？'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'account-risk',
      pattern: String.raw`${ACCOUNT_ZH}存在(?:安全)?(?:风险|异常)|${ACCOUNT_ZH}(?:收款|付款)(?:受限|异常)`,
      examples: {
        positive: ['您的账户存在风险，暂不支持付款', '用户账户收款受限，请在微信支付查看详情'],
        negative: ['如何判断账户存在安全风险？'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'verify-to-continue',
      pattern: String.raw`(?:请|需要)(?:先)?(?:完成|进行)(?:身份|实名)(?:验证|认证)(?:后|以|才能)`,
      weight: 0.8,
      examples: {
        positive: ['请完成身份验证后继续使用'],
        negative: ['为什么需要完成身份验证后才能付款？'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'too-many-attempts',
      pattern: String.raw`(?:密码|验证码)(?:输入)?错误次数过多`,
      weight: 0.8,
      examples: {
        positive: ['密码错误次数过多，请3小时后再试', '密码错误次数过多，账户已锁定'],
        negative: ['密码错误次数过多怎么办？'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'account-locked',
      pattern: String.raw`${ACCOUNT_HANT}(?:[^。，,.!！？?\s]{0,10}?(?:已|已經|已被|被|暫時|暫時被|目前))?(?:凍結|鎖定|限制使用|受限|停用|暫停使用)|${ACCOUNT_HANT}存在(?:安全)?(?:風險|異常)|密碼錯誤次數過多`,
      examples: {
        positive: ['您的帳戶已被凍結，請聯絡客服', '帳號暫時鎖定', '您的帳戶因安全原因已暫時凍結'],
        negative: ['如果您的帳戶被凍結，請按照以下步驟處理。'],
      },
    },
    {
      lang: 'es',
      name: 'account-locked',
      pattern: String.raw`\b(?:tu|su) cuenta (?:está|fue|ha sido|se ha) (?:bloqueada|suspendida|restringida|limitada|desactivada)\b`,
      examples: {
        positive: ['Tu cuenta ha sido suspendida.'],
        negative: ['Si tu cuenta está bloqueada, te enviaremos un correo con los pasos a seguir.'],
      },
    },
    {
      lang: 'pt',
      name: 'account-locked',
      pattern: String.raw`\b(?:sua|a sua) conta (?:está|foi) (?:bloqueada|suspensa|restrita|limitada|desativada)\b`,
      examples: {
        positive: ['Sua conta está bloqueada. Entre em contato com o suporte.'],
        negative: ['Quando sua conta está bloqueada, você não consegue enviar dinheiro.'],
      },
    },
    {
      lang: 'de',
      name: 'account-locked',
      pattern: String.raw`\b(?:Ihr|Dein) Konto (?:wurde|ist) (?:vorübergehend )?(?:gesperrt|eingeschränkt|deaktiviert)\b`,
      examples: {
        positive: ['Ihr Konto wurde vorübergehend gesperrt.'],
        negative: ['Was tun, wenn Ihr Konto vorübergehend gesperrt wurde?'],
      },
    },
  ]),
  ...group('limit_exceeded', [
    {
      lang: 'en',
      name: 'limit-reached',
      // A limit of attempts (a lock-out) is not a money limit.
      pattern: String.raw`\byou(?:['’]ve| have)? (?:reached|exceeded|hit|gone over) (?:your |the )?${LIMIT_KIND}limits?\b(?! (?:of|on) (?:attempts|tries))`,
      examples: {
        positive: [
          "You've reached your daily sending limit.",
          'You have exceeded your withdrawal limit.',
        ],
        negative: ["If you've reached your daily sending limit, try again tomorrow."],
      },
    },
    {
      lang: 'en',
      name: 'exceeds-limit',
      pattern: String.raw`\b(?:this |the |your )?(?:amount|payment|transfer|transaction|purchase|withdrawal) (?:exceeds|is over|is above|goes over|would exceed) (?:your |the )?(?:available )?${LIMIT_KIND}(?:limit|allowance)s?\b`,
      examples: {
        positive: ['This payment exceeds your monthly limit.'],
        negative: ['What happens when a payment exceeds my limit?'],
      },
    },
    {
      lang: 'en',
      name: 'limit-exceeded',
      pattern: String.raw`\b${LIMIT_KIND}limit (?:has been |was )?(?:exceeded|reached)\b`,
      weight: 0.9,
      examples: {
        positive: ['Daily limit exceeded', 'Transfer limit reached.'],
        negative: [
          'Your daily limit resets at midnight.',
          'Learn what happens when your monthly limit is reached.',
        ],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'limit-exceeded',
      pattern: String.raw`(?:超出|超过|超限|已达|已达到|达到)(?:了)?(?:您的)?(?:每日|当日|单日|单笔|每月|本月|今日|年度|转账|支付|付款|提现|收款){0,3}(?:限额|额度|上限)|(?:限额|额度)不足`,
      examples: {
        positive: ['超出单日转账限额，请明日再试', '已达到今日支付上限', '付款额度不足'],
        negative: ['如果超出单日转账限额，可以明天再试。', '每日限额将在零点重置。'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'limit-exceeded',
      pattern: String.raw`(?:超出|超過|已達|已達到|達到)(?:了)?(?:您的)?(?:每日|當日|單日|單筆|每月|本月|今日|轉帳|支付|付款|提款){0,3}(?:限額|額度|上限)|(?:限額|額度)不足`,
      examples: {
        positive: ['已超過每日轉帳限額', '已達上限'],
        negative: ['如果超過每日轉帳限額，請明天再試。'],
      },
    },
    {
      lang: 'es',
      name: 'limit-exceeded',
      pattern: String.raw`\b(?:has alcanzado|superaste|has superado|excede) (?:tu |el )?límite\b`,
      examples: {
        positive: ['Has alcanzado tu límite diario de envíos.'],
        negative: ['¿Qué pasa si superaste tu límite?'],
      },
    },
  ]),
  ...group('funds_missing', [
    {
      lang: 'en',
      name: 'taking-longer',
      pattern: String.raw`\b(?:your |this )?(?:transfer|payment|money|deposit|withdrawal|payout) is taking longer than (?:usual|expected|normal)\b`,
      examples: {
        positive: ['Your transfer is taking longer than usual.'],
        negative: ['Why is my transfer taking longer than usual?'],
      },
    },
    {
      lang: 'en',
      name: 'not-arrived',
      pattern: String.raw`\b(?:your |the )?(?:transfer|payment|money|funds|deposit|withdrawal|payout) (?:has not|hasn[o'’]t|have not|haven[o'’]t|did not|didn[o'’]t) (?:yet )?(?:arrived?|been received|been credited|been delivered|reached)\b|\b(?:recipient|they) (?:has not|hasn[o'’]t|have not|haven[o'’]t) (?:yet )?received (?:the|your) (?:money|funds|payment|transfer)\b`,
      examples: {
        positive: [
          "Your payment hasn't arrived yet. We're looking into it.",
          "The recipient hasn't received the money yet.",
        ],
        negative: ["What to do if your payment hasn't arrived"],
      },
    },
    {
      lang: 'en',
      name: 'delayed',
      pattern: String.raw`\byour (?:transfer|payment|deposit|withdrawal|payout) (?:has been |is |was )?(?:delayed|on hold|held|still pending|pending review)\b`,
      weight: 0.9,
      examples: {
        positive: ['Your withdrawal is delayed.', 'Your payout is on hold.'],
        negative: [
          "If your payout is on hold, we'll email you the reason.",
          'Why is my withdrawal delayed?',
        ],
      },
    },
    {
      lang: 'en',
      name: 'funds-held',
      pattern: String.raw`\bwe(?:['’]re| are| have|['’]ve)? (?:holding|placed a hold on|put a hold on) (?:your |the |this )?(?:funds|money|payment|transfer)\b`,
      examples: {
        positive: ["We're holding your funds for up to 21 days."],
        negative: ["Why we're holding your funds and when they'll be released"],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'not-arrived',
      pattern: String.raw`(?<!退款[尚仍]?)(?:资金|款项|转账|汇款|提现|付款|货款)?(?:尚未|仍未|未|没有)到账|到账(?:延迟|延误|超时)|(?:转账|汇款|提现)(?:已|已经)?(?:延迟|延误)|(?:资金|款项)(?:已被|被|暂时)(?:冻结|冻住|暂扣)|(?:转账|汇款|提现)(?:处理中|仍在处理)[^。]{0,20}(?:超过|已超)`,
      examples: {
        positive: [
          '转账尚未到账，预计延迟处理',
          '资金已被冻结，暂时无法提现',
          '您的转账已延迟',
          '到账延迟',
        ],
        negative: ['转账已受理，通常2小时内到账。', '为什么转账尚未到账？'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'not-arrived',
      pattern: String.raw`(?<!退款[尚仍]?)(?:尚未|仍未|未)(?:到帳|入帳|到賬)|(?:到帳|入帳)(?:延遲|延誤)|(?:資金|款項)(?:已被|被|暫時)凍結`,
      examples: {
        positive: ['款項尚未到帳，請耐心等候', '入帳延遲'],
        negative: ['如果款項尚未到帳，請聯絡收款銀行。'],
      },
    },
  ]),
  ...group('unauthorized_activity', [
    {
      lang: 'en',
      name: 'unusual-activity',
      pattern: String.raw`\bwe (?:noticed|detected|saw|spotted|have detected|['’]ve detected|['’]ve noticed|have noticed) (?:some |an |a )?(?:(?:unusual|suspicious|unrecogni[sz]ed|new) (?:activity|sign[- ]?in|log[- ]?in|login|attempt|transaction|payment|charge|device)s?\b|(?:sign[- ]?in|log[- ]?in|login) (?:attempt )?from (?:a |an )?(?:new|unknown|unrecogni[sz]ed) (?:device|location|browser)\b)`,
      examples: {
        positive: [
          'We noticed unusual activity on your account.',
          'We detected a new sign-in from Chrome on Windows. If this was not you, secure your account.',
          'We noticed a sign-in attempt from a new device in Lagos.',
        ],
        negative: ["We'll tell you if we noticed unusual activity on your account."],
      },
    },
    {
      lang: 'en',
      name: 'unrecognised',
      pattern: String.raw`\b(?:an? )?(?:unrecogni[sz]ed|unauthori[sz]ed|suspicious) (?:sign[- ]?in|log[- ]?in|login|device|transaction|charge|payment|activity|access) (?:on|to|from|in|was|has been)\b`,
      weight: 0.9,
      examples: {
        positive: ['An unrecognized sign-in to your account was blocked.'],
        negative: ['How to report an unauthorized transaction on your account'],
      },
    },
    {
      lang: 'en',
      name: 'someone-accessed',
      pattern: String.raw`\bsomeone (?:else )?(?:may have |has |might have )?(?:accessed|used|signed in to|logged in to|tried to sign in to|tried to access) your (?:\w+ )?(?:account|card)\b`,
      examples: {
        positive: ['Someone may have accessed your account. Change your password now.'],
        negative: ['If you think someone used your card, lock it in the app.'],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'unusual-activity',
      pattern: String.raw`(?:检测到|发现)(?:您的)?${ACCOUNT_ZH}?(?:存在)?(?:异常|可疑)(?:登录|交易|操作|活动|设备)|(?:陌生|新)设备(?:登录|登入)了?(?:您的)?${ACCOUNT_ZH}|非本人(?:操作|交易|登录)|(?:被)?盗刷|未经(?:您的)?授权的(?:交易|扣款|登录|操作)`,
      examples: {
        positive: [
          '检测到您的账户存在异常登录',
          '陌生设备登录了您的账户，请确认是否本人操作',
          '非本人操作',
        ],
        negative: ['如何防止陌生设备登录您的账户？'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'unusual-activity',
      pattern: String.raw`(?:偵測到|發現)(?:您的)?${ACCOUNT_HANT}?(?:存在)?(?:異常|可疑)(?:登入|交易|操作|活動)|非本人(?:操作|交易|登入)|(?:被)?盜刷|未經(?:您的)?授權的(?:交易|扣款|登入)`,
      examples: {
        positive: ['偵測到異常登入，請立即更改密碼', '非本人交易'],
        negative: ['如何防範非本人交易？'],
      },
    },
  ]),
  ...group('refund_issue', [
    {
      lang: 'en',
      name: 'refund-failed',
      pattern: String.raw`\b(?:your |the |this )?refund (?:has |was |is )?(?:failed|declined|rejected|denied|unsuccessful|delayed|overdue|on hold|could not be (?:processed|completed|issued))\b`,
      examples: {
        positive: ['Your refund has failed.', 'Refund could not be processed'],
        negative: [
          'Refund issued: it usually reaches your card within 5 business days.',
          'What to do if your refund was declined',
        ],
      },
    },
    {
      lang: 'en',
      name: 'could-not-refund',
      pattern: String.raw`\b(?:we|the merchant|the seller)? ?${NOT} (?:process|issue|complete|send) (?:your|the|this) refund\b|\byou (?:have not|haven[o'’]t|did not|didn[o'’]t) (?:yet )?received? (?:your|the) refund\b`,
      examples: {
        positive: [
          "We couldn't process your refund. Contact the seller.",
          "You haven't received your refund",
        ],
        negative: ["If you haven't received your refund after 10 days, contact the seller."],
      },
    },
    {
      lang: 'zh-Hans',
      name: 'refund-failed',
      pattern: String.raw`退款(?:失败|被拒绝?|申请(?:已)?被?(?:驳回|拒绝)|(?:尚未|仍未|未|没有)到账|异常|超时)|无法(?:办理|完成)?退款`,
      examples: {
        positive: ['退款失败，款项将原路退回', '退款申请被驳回', '退款尚未到账'],
        negative: ['退款已成功，请留意原支付账户的入账通知。', '退款失败怎么办？'],
      },
    },
    {
      lang: 'zh-Hant',
      name: 'refund-failed',
      pattern: String.raw`退款(?:失敗|被拒絕?|申請(?:已)?被?(?:駁回|拒絕)|(?:尚未|仍未|未)(?:到帳|入帳)|異常)|無法退款`,
      examples: {
        positive: ['退款失敗，請聯絡商家', '退款尚未到帳'],
        negative: ['如果退款失敗，款項會退回原付款方式。'],
      },
    },
  ]),
];
