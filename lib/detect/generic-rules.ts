import type { StateId } from '../states';
import type { Rule, RuleLang } from './rules';

/*
 * Rules that apply to every provider. They live apart from the engine so the content script,
 * which receives its rules from the background, does not carry them.
 */

// Shared fragments keep the English patterns readable.
const NOT = String.raw`(?:could ?n[o'’]t|could not|can[o'’]?t|cannot|were unable to|are unable to|was unable to|unable to)`;
const PAY = String.raw`(?:payment|purchase|transaction|transfer|order|checkout)`;
const LOCKED = String.raw`(?:locked|limited|suspended|frozen|restricted|disabled|blocked|on hold|put on hold|deactivated|closed)`;
const LIMIT_KIND = String.raw`(?:daily |weekly |monthly |yearly |annual |sending |send |receiving |withdrawal |spending |transfer |transaction |payment |card |account |purchase |top-up ){0,3}`;
const ACCOUNT_ZH = String.raw`(?:账户|账号|帐户|帐号)`;
const ACCOUNT_HANT = String.raw`(?:帳戶|帳號|賬戶|賬號)`;

/** One generic rule as written below: language, name, pattern and (default 1) weight. */
type RuleRow = readonly [lang: RuleLang, name: string, pattern: string, weight?: number];

/** Rules of one state; ids read `generic.<name>.<lang>` (language tag in lower case). */
const group = (state: StateId, rows: readonly RuleRow[]): Rule[] =>
  rows.map(([lang, name, pattern, weight = 1]) => ({
    id: `generic.${name}.${lang.toLowerCase()}`,
    state,
    lang,
    pattern,
    weight,
  }));

/** Rules that apply to every provider, grouped by state. */
export const GENERIC_RULES: readonly Rule[] = [
  ...group('payment_failed', [
    [
      'en',
      'payment-failed',
      String.raw`\b${PAY}s? (?:has |have )?(?:failed|was unsuccessful|is unsuccessful|unsuccessful|did ?n[o'’]t go through|did not go through|not completed)\b`,
    ],
    [
      'en',
      'payment-declined',
      String.raw`\b(?:${PAY}|withdrawal|payout|deposit|card|payment method)s?(?: request)? (?:was |were |has been |have been |is )?(?:declined|denied|rejected|refused)\b`,
    ],
    [
      'en',
      'could-not-complete',
      String.raw`\b(?:we|you)? ?${NOT} (?:complete|process|send|authori[sz]e|finish) (?:your|this|the) ${PAY}\b`,
    ],
    [
      'en',
      'cannot-be-completed',
      String.raw`\b(?:your|this) ${PAY} (?:cannot|can[o'’]t|could not|couldn[o'’]t) be (?:completed|processed)\b`,
    ],
    ['en', 'insufficient-funds', String.raw`\binsufficient (?:funds|balance)\b`, 0.8],
    [
      'en',
      'went-wrong-payment',
      String.raw`\bsomething went wrong (?:with|while processing|processing) your ${PAY}\b`,
    ],
    [
      'zh-Hans',
      'payment-failed',
      String.raw`(?:支付|付款|交易|转账|扣款|充值|提现)(?:失败|未成功|不成功|被拒绝?|被拒)`,
    ],
    // "Payment not completed" also opens reminders of an unfinished checkout: weaker evidence.
    ['zh-Hans', 'not-completed', String.raw`(?:支付|付款)未完成`, 0.7],
    [
      'zh-Hans',
      'could-not-complete',
      String.raw`(?:无法|未能|不能)完成(?:支付|付款|交易|转账)|暂不支持(?:付款|支付)`,
    ],
    ['zh-Hans', 'insufficient-funds', '余额不足', 0.8],
    [
      'zh-Hant',
      'payment-failed',
      String.raw`(?:支付|付款|交易|轉帳|轉賬|扣款|儲值)(?:失敗|未成功|不成功|被拒絕?)|(?:無法|未能)完成(?:支付|付款|交易|轉帳)|暫不支援付款`,
    ],
    ['zh-Hant', 'insufficient-funds', '餘額不足', 0.8],
    [
      'es',
      'payment-failed',
      String.raw`\b(?:tu |su )?(?:pago|compra|transferencia) (?:fue |ha sido |se ha )?(?:rechazad[oa]|fallid[oa])\b|\bno pudimos (?:procesar|completar) (?:tu|su) (?:pago|compra)\b`,
    ],
    [
      'pt',
      'payment-failed',
      String.raw`\b(?:seu |o )?(?:pagamento|compra|transferência) (?:foi )?(?:recusad[oa]|não aprovad[oa])\b|\bnão foi possível (?:concluir|processar) (?:o |seu |o seu )?(?:pagamento|compra)\b`,
    ],
    [
      'de',
      'payment-failed',
      String.raw`\b(?:Zahlung|Überweisung|Transaktion) (?:ist )?(?:fehlgeschlagen|wurde abgelehnt|abgelehnt)\b`,
    ],
  ]),
  ...group('account_locked', [
    [
      'en',
      'account-locked',
      String.raw`(?<!(?:sign[- ]?in|log[- ]?in|login|access) to )\byour (?:\w+ )?account (?:has been |is |was |is now |has been temporarily |is temporarily |has been permanently |is currently )?${LOCKED}\b`,
    ],
    [
      'en',
      'we-limited-account',
      String.raw`\bwe(?:['’]ve| have)? (?:temporarily |permanently )?(?:limit|lock|suspend|restrict|freez|froz|disabl|block|deactivat)(?:ed|e|en)? (?:access to )?your (?:\w+ )?accounts?\b`,
    ],
    [
      'en',
      'account-status',
      String.raw`^\s*(?:sorry, )?account (?:temporarily )?${LOCKED}\s*[.!]?\s*$`,
      0.9,
    ],
    [
      'en',
      'limited-what-you-can-do',
      String.raw`\bwe(?:['’]ve| have)? (?:temporarily |permanently )?(?:limited|restricted) what you can do\b`,
    ],
    [
      'en',
      'access-limited',
      String.raw`\baccess to your (?:\w+ )?account (?:has been |is |was )?(?:temporarily )?${LOCKED}\b`,
    ],
    [
      'en',
      'verify-to-continue',
      String.raw`\b(?:verify|confirm) your identity (?:to|before you can|before you) (?:continue|restore|unlock|regain|lift|remove|use)\b`,
      0.9,
    ],
    [
      'en',
      'too-many-attempts',
      String.raw`\btoo many (?:failed |incorrect |unsuccessful |wrong )?(?:sign[- ]?in |log[- ]?in |login |password |pin )?attempts\b`,
      0.8,
    ],
    [
      'zh-Hans',
      'account-locked',
      String.raw`${ACCOUNT_ZH}(?:[^。，,.!！？?\s]{0,10}?(?:已|已经|已被|被|暂时|暂时被|目前|当前))?(?:冻结|锁定|限制使用|受限|封禁|停用|暂停使用|被限制)`,
    ],
    [
      'zh-Hans',
      'account-risk',
      String.raw`${ACCOUNT_ZH}存在(?:安全)?(?:风险|异常)|${ACCOUNT_ZH}(?:收款|付款)(?:受限|异常)`,
    ],
    [
      'zh-Hans',
      'verify-to-continue',
      String.raw`(?:请|需要)(?:先)?(?:完成|进行)(?:身份|实名)(?:验证|认证)(?:后|以|才能)`,
      0.8,
    ],
    ['zh-Hans', 'too-many-attempts', String.raw`(?:密码|验证码)(?:输入)?错误次数过多`, 0.8],
    [
      'zh-Hant',
      'account-locked',
      String.raw`${ACCOUNT_HANT}(?:[^。，,.!！？?\s]{0,10}?(?:已|已經|已被|被|暫時|暫時被|目前))?(?:凍結|鎖定|限制使用|受限|停用|暫停使用)|${ACCOUNT_HANT}存在(?:安全)?(?:風險|異常)|密碼錯誤次數過多`,
    ],
    [
      'es',
      'account-locked',
      String.raw`\b(?:tu|su) cuenta (?:está|fue|ha sido|se ha) (?:bloqueada|suspendida|restringida|limitada|desactivada)\b`,
    ],
    [
      'pt',
      'account-locked',
      String.raw`\b(?:sua|a sua) conta (?:está|foi) (?:bloqueada|suspensa|restrita|limitada|desativada)\b`,
    ],
    [
      'de',
      'account-locked',
      String.raw`\b(?:Ihr|Dein) Konto (?:wurde|ist) (?:vorübergehend )?(?:gesperrt|eingeschränkt|deaktiviert)\b`,
    ],
  ]),
  ...group('limit_exceeded', [
    [
      'en',
      'limit-reached',
      String.raw`\byou(?:['’]ve| have)? (?:reached|exceeded|hit|gone over) (?:your |the )?${LIMIT_KIND}limits?\b`,
    ],
    [
      'en',
      'exceeds-limit',
      String.raw`\b(?:this |the |your )?(?:amount|payment|transfer|transaction|purchase|withdrawal) (?:exceeds|is over|is above|goes over|would exceed) (?:your |the )?(?:available )?${LIMIT_KIND}(?:limit|allowance)s?\b`,
    ],
    [
      'en',
      'limit-exceeded',
      String.raw`\b${LIMIT_KIND}limit (?:has been |was )?(?:exceeded|reached)\b`,
      0.9,
    ],
    [
      'zh-Hans',
      'limit-exceeded',
      String.raw`(?:超出|超过|超限|已达|已达到|达到)(?:了)?(?:您的)?(?:每日|当日|单日|单笔|每月|本月|今日|年度|转账|支付|付款|提现|收款){0,3}(?:限额|额度|上限)|(?:限额|额度)不足`,
    ],
    [
      'zh-Hant',
      'limit-exceeded',
      String.raw`(?:超出|超過|已達|已達到|達到)(?:了)?(?:您的)?(?:每日|當日|單日|單筆|每月|本月|今日|轉帳|支付|付款|提款){0,3}(?:限額|額度|上限)|(?:限額|額度)不足`,
    ],
    [
      'es',
      'limit-exceeded',
      String.raw`\b(?:has alcanzado|superaste|has superado|excede) (?:tu |el )?límite\b`,
    ],
  ]),
  ...group('funds_missing', [
    [
      'en',
      'taking-longer',
      String.raw`\b(?:your |this )?(?:transfer|payment|money|deposit|withdrawal|payout) is taking longer than (?:usual|expected|normal)\b`,
    ],
    [
      'en',
      'not-arrived',
      String.raw`\b(?:your |the )?(?:transfer|payment|money|funds|deposit|withdrawal|payout) (?:has not|hasn[o'’]t|have not|haven[o'’]t|did not|didn[o'’]t) (?:yet )?(?:arrived?|been received|been credited|been delivered|reached)\b|\b(?:recipient|they) (?:has not|hasn[o'’]t|have not|haven[o'’]t) (?:yet )?received (?:the|your) (?:money|funds|payment|transfer)\b`,
    ],
    [
      'en',
      'delayed',
      String.raw`\byour (?:transfer|payment|deposit|withdrawal|payout) (?:has been |is |was )?(?:delayed|on hold|held|still pending|pending review)\b`,
      0.9,
    ],
    [
      'en',
      'funds-held',
      String.raw`\bwe(?:['’]re| are| have|['’]ve)? (?:holding|placed a hold on|put a hold on) (?:your |the |this )?(?:funds|money|payment|transfer)\b`,
    ],
    [
      'zh-Hans',
      'not-arrived',
      String.raw`(?:资金|款项|转账|汇款|提现|付款|货款)?(?:尚未|仍未|未|没有)到账|到账(?:延迟|延误|超时)|(?:转账|汇款|提现)(?:已|已经)?(?:延迟|延误)|(?:资金|款项)(?:已被|被|暂时)(?:冻结|冻住|暂扣)|(?:转账|汇款|提现)(?:处理中|仍在处理)[^。]{0,20}(?:超过|已超)`,
    ],
    [
      'zh-Hant',
      'not-arrived',
      String.raw`(?:尚未|仍未|未)(?:到帳|入帳|到賬)|(?:到帳|入帳)(?:延遲|延誤)|(?:資金|款項)(?:已被|被|暫時)凍結`,
    ],
  ]),
  ...group('unauthorized_activity', [
    [
      'en',
      'unusual-activity',
      String.raw`\bwe (?:noticed|detected|saw|spotted|have detected|['’]ve detected|['’]ve noticed|have noticed) (?:some |an |a )?(?:(?:unusual|suspicious|unrecogni[sz]ed|new) (?:activity|sign[- ]?in|log[- ]?in|login|attempt|transaction|payment|charge|device)s?\b|(?:sign[- ]?in|log[- ]?in|login) (?:attempt )?from (?:a |an )?(?:new|unknown|unrecogni[sz]ed) (?:device|location|browser)\b)`,
    ],
    [
      'en',
      'unrecognised',
      String.raw`\b(?:an? )?(?:unrecogni[sz]ed|unauthori[sz]ed|suspicious) (?:sign[- ]?in|log[- ]?in|login|device|transaction|charge|payment|activity|access) (?:on|to|from|in|was|has been)\b`,
      0.9,
    ],
    [
      'en',
      'someone-accessed',
      String.raw`\bsomeone (?:else )?(?:may have |has |might have )?(?:accessed|used|signed in to|logged in to|tried to sign in to|tried to access) your (?:\w+ )?(?:account|card)\b`,
    ],
    [
      'zh-Hans',
      'unusual-activity',
      String.raw`(?:检测到|发现)(?:您的)?${ACCOUNT_ZH}?(?:存在)?(?:异常|可疑)(?:登录|交易|操作|活动|设备)|(?:陌生|新)设备(?:登录|登入)了?(?:您的)?${ACCOUNT_ZH}|非本人(?:操作|交易|登录)|(?:被)?盗刷|未经(?:您的)?授权的(?:交易|扣款|登录|操作)`,
    ],
    [
      'zh-Hant',
      'unusual-activity',
      String.raw`(?:偵測到|發現)(?:您的)?${ACCOUNT_HANT}?(?:存在)?(?:異常|可疑)(?:登入|交易|操作|活動)|非本人(?:操作|交易|登入)|(?:被)?盜刷|未經(?:您的)?授權的(?:交易|扣款|登入)`,
    ],
  ]),
  ...group('refund_issue', [
    [
      'en',
      'refund-failed',
      String.raw`\b(?:your |the |this )?refund (?:has |was |is )?(?:failed|declined|rejected|denied|unsuccessful|delayed|overdue|on hold|could not be (?:processed|completed|issued))\b`,
    ],
    [
      'en',
      'could-not-refund',
      String.raw`\b(?:we|the merchant|the seller)? ?${NOT} (?:process|issue|complete|send) (?:your|the|this) refund\b|\byou (?:have not|haven[o'’]t|did not|didn[o'’]t) (?:yet )?received? (?:your|the) refund\b`,
    ],
    [
      'zh-Hans',
      'refund-failed',
      String.raw`退款(?:失败|被拒绝?|申请(?:已)?被?(?:驳回|拒绝)|(?:尚未|仍未|未|没有)到账|异常|超时)|无法(?:办理|完成)?退款`,
    ],
    [
      'zh-Hant',
      'refund-failed',
      String.raw`退款(?:失敗|被拒絕?|申請(?:已)?被?(?:駁回|拒絕)|(?:尚未|仍未|未)(?:到帳|入帳)|異常)|無法退款`,
    ],
  ]),
];
