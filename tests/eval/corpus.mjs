// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- see the next line
// @ts-nocheck -- a fixture writer built from loose data tables; the eval test checks what it writes.
// Writes the detection corpus: tests/fixtures/corpus/<host>/<path>.html, one page per case.
// Every page is our own HTML imitating a wallet page; its first line states what the engine must
// report (`<!-- expect {...} -->`). The pages are committed; run `node tests/eval/corpus.mjs`
// after changing this file to regenerate them. The mix is deliberate: every state and every rule
// gets positive pages in several layouts (alert, dialog, late toast, form error, status heading,
// shadow DOM, error class), and at least 40 % of pages are negatives that mention the same
// wording the way help articles, FAQs, forums and history lists do.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/corpus');

const listFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });

/** Messages a wallet shows, keyed by the rule that must fire on them (several per rule). */
const EXAMPLES = {
  'generic.payment-failed.en': [
    'Payment failed',
    'Your transfer has failed.',
    'Transaction unsuccessful',
  ],
  'generic.payment-declined.en': [
    'Your card was declined.',
    'This payment was declined for your protection.',
    'Your withdrawal request was rejected.',
  ],
  'generic.could-not-complete.en': [
    "We're sorry, we couldn't complete your payment. Please try again.",
  ],
  'generic.cannot-be-completed.en': [
    'Your transaction cannot be completed. To proceed, please submit the required documents.',
  ],
  'generic.insufficient-funds.en': ['Insufficient funds. Add money to your balance and try again.'],
  'generic.went-wrong-payment.en': [
    'Something went wrong with your payment. You have not been charged.',
  ],
  'generic.payment-failed.zh-hans': ['支付失败，请稍后重试', '付款未成功，请更换付款方式'],
  'generic.could-not-complete.zh-hans': ['交易存在风险，暂不支持付款', '无法完成支付，请稍后再试'],
  'generic.insufficient-funds.zh-hans': ['余额不足，请更换付款方式'],
  'generic.not-completed.zh-hans': ['支付未完成，订单已关闭'],
  'generic.payment-failed.zh-hant': ['付款失敗，請稍後再試', '無法完成付款'],
  'generic.insufficient-funds.zh-hant': ['帳戶餘額不足，請更換付款方式'],
  'generic.payment-failed.es': ['Tu pago fue rechazado. Prueba con otro medio de pago.'],
  'generic.payment-failed.pt': ['Seu pagamento foi recusado. Tente outro meio de pagamento.'],
  'generic.payment-failed.de': ['Zahlung fehlgeschlagen. Bitte versuche es erneut.'],
  'generic.account-locked.en': [
    'Your account has been limited until we hear from you.',
    'Your account is temporarily locked.',
  ],
  'generic.we-limited-account.en': [
    "We've limited your account.",
    'Sorry, we deactivated your account.',
  ],
  'generic.account-status.en': ['Account suspended', 'Sorry, account temporarily disabled'],
  'generic.limited-what-you-can-do.en': [
    "We've temporarily limited what you can do with your account.",
  ],
  'generic.access-limited.en': ['Access to your account has been restricted.'],
  'generic.verify-to-continue.en': ['Please verify your identity to continue using your account.'],
  'generic.too-many-attempts.en': [
    'Too many failed sign-in attempts. Your account is locked for 30 minutes.',
  ],
  'generic.account-locked.zh-hans': ['您的账户已被冻结，请联系客服', '账号已被限制使用'],
  'generic.account-risk.zh-hans': [
    '您的账户存在风险，暂不支持付款',
    '用户账户收款受限，请在微信支付查看详情',
  ],
  'generic.verify-to-continue.zh-hans': ['请完成身份验证后继续使用'],
  'generic.too-many-attempts.zh-hans': ['密码错误次数过多，请3小时后再试'],
  'generic.account-locked.zh-hant': ['您的帳戶已被凍結，請聯絡客服'],
  'generic.account-locked.es': ['Tu cuenta ha sido suspendida.'],
  'generic.account-locked.pt': ['Sua conta está bloqueada. Entre em contato com o suporte.'],
  'generic.account-locked.de': ['Ihr Konto wurde vorübergehend gesperrt.'],
  'generic.limit-reached.en': [
    "You've reached your daily sending limit.",
    'You have exceeded your withdrawal limit.',
  ],
  'generic.exceeds-limit.en': ['This payment exceeds your monthly limit.'],
  'generic.limit-exceeded.en': ['Daily limit exceeded'],
  'generic.limit-exceeded.zh-hans': ['超出单日转账限额，请明日再试', '已达到今日支付上限'],
  'generic.limit-exceeded.zh-hant': ['已超過每日轉帳限額'],
  'generic.limit-exceeded.es': ['Has alcanzado tu límite diario de envíos.'],
  'generic.taking-longer.en': ['Your transfer is taking longer than usual.'],
  'generic.not-arrived.en': [
    "Your payment hasn't arrived yet. We're looking into it.",
    "The recipient hasn't received the money yet.",
  ],
  'generic.delayed.en': ['Your withdrawal is delayed.', 'Your payout is on hold.'],
  'generic.funds-held.en': ["We're holding your funds for up to 21 days."],
  'generic.not-arrived.zh-hans': [
    '转账尚未到账，预计延迟处理',
    '资金已被冻结，暂时无法提现',
    '您的转账已延迟',
  ],
  'generic.not-arrived.zh-hant': ['款項尚未到帳，請耐心等候'],
  'generic.unusual-activity.en': [
    'We noticed unusual activity on your account.',
    'We detected a new sign-in from Chrome on Windows. If this was not you, secure your account.',
  ],
  'generic.unrecognised.en': ['An unrecognized sign-in to your account was blocked.'],
  'generic.someone-accessed.en': [
    'Someone may have accessed your account. Change your password now.',
  ],
  'generic.unusual-activity.zh-hans': [
    '检测到您的账户存在异常登录',
    '陌生设备登录了您的账户，请确认是否本人操作',
  ],
  'generic.unusual-activity.zh-hant': ['偵測到異常登入，請立即更改密碼'],
  'generic.refund-failed.en': ['Your refund has failed.', 'Refund could not be processed'],
  'generic.could-not-refund.en': ["We couldn't process your refund. Contact the seller."],
  'generic.refund-failed.zh-hans': ['退款失败，款项将原路退回', '退款申请被驳回'],
  'generic.refund-failed.zh-hant': ['退款失敗，請聯絡商家'],
  'cashapp.canceled-for-protection.en': ['This payment was canceled for your protection.'],
  'googlepay.profile-suspended.en': [
    'Your payments profile is currently suspended because some information could not be verified.',
  ],
  'klarna.not-approved.en': ["We couldn't approve your purchase this time."],
  'zelle.could-not-send.en': ["We couldn't send your Zelle® payment."],
  'venmo.payment-not-completed.en': ["Payment couldn't be completed."],
  'paypal.remove-limitation.en': ['Go to the Resolution Center to remove the limitation.'],
};

const STATE_OF = (ruleId) => RULE_STATES[ruleId];
/** The state each rule reports (kept here so the generator runs without a TypeScript build). */
const RULE_STATES = Object.fromEntries(
  Object.keys(EXAMPLES).map((id) => {
    const name = id.split('.')[1];
    const state =
      /payment-failed|declined|could-not-complete|cannot-be|insufficient|went-wrong|canceled|not-approved|could-not-send|not-completed/.test(
        name,
      )
        ? 'payment_failed'
        : /limit-reached|exceeds-limit|limit-exceeded/.test(name)
          ? 'limit_exceeded'
          : /taking-longer|not-arrived|delayed|funds-held/.test(name)
            ? 'funds_missing'
            : /unusual|unrecognised|someone/.test(name)
              ? 'unauthorized_activity'
              : /refund/.test(name)
                ? 'refund_issue'
                : 'account_locked';
    return [id, state];
  }),
);
const langOf = (ruleId) => ruleId.split('.').at(-1);

/** Providers of the corpus: host names and paths of their app, help and activity pages. */
const PROVIDERS = [
  {
    id: 'paypal',
    name: 'PayPal',
    host: 'www.paypal.com',
    app: '/myaccount/',
    help: ['www.paypal.com', '/smarthelp/article/'],
    history: '/myaccount/activity/',
    extra: { 'zh-hant': '/hk/myaccount/', es: '/mx/myaccount/' },
  },
  {
    id: 'venmo',
    name: 'Venmo',
    host: 'account.venmo.com',
    app: '/pay/',
    help: ['help.venmo.com', '/cs/articles/'],
    history: '/statement/',
  },
  {
    id: 'cashapp',
    name: 'Cash App',
    host: 'cash.app',
    app: '/account/',
    help: ['cash.app', '/help/us/en-us/'],
    history: '/account/activity/',
  },
  {
    id: 'wise',
    name: 'Wise',
    host: 'wise.com',
    app: '/home/',
    help: ['wise.com', '/help/articles/'],
    history: '/all-transactions/',
  },
  {
    id: 'revolut',
    name: 'Revolut',
    host: 'app.revolut.com',
    app: '/home/',
    help: ['help.revolut.com', '/help/'],
    history: '/transactions/',
  },
  {
    id: 'alipay',
    name: '支付宝',
    host: 'excashier.alipay.com',
    lang: 'zh-hans',
    app: '/standard/',
    help: ['cshall.alipay.com', '/lab/help_detail/'],
    history: '/record/',
    historyHost: 'consumeprod.alipay.com',
    extra: { 'zh-hant': '/hk/standard/' },
  },
  {
    id: 'wechatpay',
    name: '微信支付',
    host: 'pay.weixin.qq.com',
    lang: 'zh-hans',
    app: '/index.php/public/cashier/',
    help: ['pay.weixin.qq.com', '/index.php/public/faq/'],
    history: '/index.php/core/trade/',
  },
  {
    id: 'googlepay',
    name: 'Google Pay',
    host: 'pay.google.com',
    app: '/gp/w/home/',
    help: ['pay.google.com', '/about/help/'],
    history: '/gp/w/home/activity/',
  },
  {
    id: 'amazonpay',
    name: 'Amazon Pay',
    host: 'pay.amazon.com',
    app: '/checkout/',
    help: ['pay.amazon.com', '/help/'],
    history: '/transactions/',
  },
  {
    id: 'stripelink',
    name: 'Link',
    host: 'app.link.com',
    app: '/pay/',
    help: ['app.link.com', '/support/'],
    history: '/activity/',
  },
  {
    id: 'skrill',
    name: 'Skrill',
    host: 'account.skrill.com',
    app: '/wallet/',
    help: ['www.skrill.com', '/en/support/'],
    history: '/wallet/history/',
  },
  {
    id: 'neteller',
    name: 'NETELLER',
    host: 'member.neteller.com',
    app: '/wallet/',
    help: ['www.neteller.com', '/en/support/'],
    history: '/wallet/history/',
  },
  {
    id: 'payoneer',
    name: 'Payoneer',
    host: 'myaccount.payoneer.com',
    app: '/ma/',
    help: ['community.payoneer.com', '/t5/'],
    history: '/ma/transactions/',
  },
  {
    id: 'paytm',
    name: 'Paytm',
    host: 'paytm.com',
    app: '/pay/',
    help: ['paytm.com', '/care/faq/'],
    history: '/passbook/',
  },
  {
    id: 'phonepe',
    name: 'PhonePe',
    host: 'www.phonepe.com',
    app: '/pay/',
    help: ['www.phonepe.com', '/help/'],
    history: '/history/',
  },
  {
    id: 'gcash',
    name: 'GCash',
    host: 'm.gcash.com',
    app: '/app/',
    help: ['help.gcash.com', '/hc/en-us/articles/'],
    history: '/app/transactions/',
  },
  {
    id: 'mercadopago',
    name: 'Mercado Pago',
    host: 'www.mercadopago.com.br',
    lang: 'pt',
    app: '/checkout/',
    help: ['www.mercadopago.com.br', '/ajuda/'],
    history: '/activities/',
  },
  {
    id: 'klarna',
    name: 'Klarna',
    host: 'app.klarna.com',
    app: '/purchase/',
    help: ['www.klarna.com', '/us/customer-service/'],
    history: '/purchases/',
    extra: { de: '/de/purchase/' },
  },
  {
    id: 'zelle',
    name: 'Zelle',
    host: 'www.zellepay.com',
    app: '/send/',
    help: ['www.zellepay.com', '/faq/'],
    history: '/activity/',
  },
  {
    id: 'coinbase',
    name: 'Coinbase',
    host: 'www.coinbase.com',
    app: '/home/',
    help: ['help.coinbase.com', '/en/coinbase/'],
    history: '/transactions/',
  },
  {
    id: 'unionpay',
    name: '银联',
    host: 'cashier.95516.com',
    lang: 'zh-hans',
    app: '/b2c/',
    help: ['cashier.95516.com', '/help/'],
    history: '/records/',
    extra: { 'zh-hant': '/hk/b2c/' },
  },
];

// ── small deterministic helpers ──────────────────────────────────────────────────────────────
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(rand() * list.length)];
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const AMOUNTS = {
  en: [
    ['$1,234.56', '1234.56', 'USD'],
    ['1,234.56 USD', '1234.56', 'USD'],
    ['£12.00', '12.00', 'GBP'],
    ['€1.234,56', '1234.56', 'EUR'],
    ['₹499.00', '499.00', 'INR'],
    ['₱1,500.00', '1500.00', 'PHP'],
    ['$24.50', '24.50', 'USD'],
  ],
  'zh-hans': [
    ['¥88.00', '88.00', 'CNY'],
    ['88.00元', '88.00', 'CNY'],
    ['￥1,299.00', '1299.00', 'CNY'],
  ],
  'zh-hant': [
    ['HK$320.00', '320.00', 'HKD'],
    ['¥66.00', '66.00', 'CNY'],
  ],
  pt: [
    ['R$ 50,00', '50.00', 'BRL'],
    ['R$ 1.250,90', '1250.90', 'BRL'],
  ],
  es: [['$350.00 MXN', '350.00', 'MXN']],
  de: [['€89,99', '89.99', 'EUR']],
};
const MERCHANTS = [
  'Coffee Corner',
  'Blue Harbor Books',
  'Northwind Outfitters',
  'Lumen Electronics',
  'Green Leaf Market',
];
const MERCHANTS_ZH = ['星光便利店', '云端书屋', '海风咖啡'];
const LABELS = {
  en: {
    amount: 'Amount',
    merchant: 'Merchant',
    id: 'Transaction ID',
    time: 'Date',
    code: 'Error code',
    retry: 'Try again',
    help: 'Help',
    home: 'Home',
    activity: 'Activity',
    wallet: 'Wallet',
  },
  'zh-hans': {
    amount: '金额',
    merchant: '收款方',
    id: '交易号',
    time: '时间',
    code: '错误码',
    retry: '重试',
    help: '帮助中心',
    home: '首页',
    activity: '账单',
    wallet: '余额',
  },
  'zh-hant': {
    amount: '金額',
    merchant: '收款方',
    id: '交易編號',
    time: '時間',
    code: '錯誤代碼',
    retry: '重試',
    help: '幫助中心',
    home: '首頁',
    activity: '交易紀錄',
    wallet: '錢包',
  },
  pt: {
    amount: 'Valor',
    merchant: 'Recipient',
    id: 'Transaction ID',
    time: 'Data',
    code: 'Error code',
    retry: 'Tentar novamente',
    help: 'Ajuda',
    home: 'Início',
    activity: 'Atividade',
    wallet: 'Carteira',
  },
  es: {
    amount: 'Monto',
    merchant: 'Merchant',
    id: 'Transaction ID',
    time: 'Fecha',
    code: 'Error code',
    retry: 'Reintentar',
    help: 'Ayuda',
    home: 'Inicio',
    activity: 'Actividad',
    wallet: 'Cartera',
  },
  de: {
    amount: 'Betrag',
    merchant: 'Merchant',
    id: 'Transaction ID',
    time: 'Datum',
    code: 'Error code',
    retry: 'Erneut versuchen',
    help: 'Hilfe',
    home: 'Start',
    activity: 'Aktivität',
    wallet: 'Wallet',
  },
};
const TIMES = {
  en: ['Mar 3, 2026, 10:42 AM', '2026-03-03 10:42', '14 Feb 2026'],
  zh: ['2026年3月3日 10:42', '2026-03-03 10:42:15'],
};

function page({ lang, title, body, script = '' }) {
  const htmlLang = {
    en: 'en',
    'zh-hans': 'zh-CN',
    'zh-hant': 'zh-HK',
    pt: 'pt-BR',
    es: 'es',
    de: 'de',
    fr: 'fr',
    ja: 'ja',
  }[lang];
  return `<!doctype html>
<html lang="${htmlLang}">
<head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
  header, nav { background: #fff; padding: 12px 24px; border-bottom: 1px solid #e3e6ea; }
  nav a { margin-right: 16px; }
  main { max-width: 640px; margin: 24px auto; background: #fff; padding: 24px; border-radius: 10px; }
  .banner, .error-banner { background: #fdeeee; border-left: 4px solid #c62828; padding: 12px; }
  .kv { display: flex; justify-content: space-between; border-bottom: 1px solid #eee; padding: 6px 0; }
  .is-hidden { display: none; }
  footer { text-align: center; font-size: 12px; color: #667; padding: 24px; }
</style></head>
<body>
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body></html>
`;
}

const chrome = (p, lang, inner) => {
  const l = LABELS[lang] ?? LABELS.en;
  return `<header><strong>${esc(p.name)}</strong></header>
<nav><a href="#">${l.home}</a><a href="#">${l.activity}</a><a href="#">${l.wallet}</a><a href="#">${l.help}</a></nav>
${inner}
<footer>${esc(p.name)} · ${l.help} · Privacy · Legal</footer>`;
};

function details(lang, withCode) {
  const l = LABELS[lang] ?? LABELS.en;
  const zh = lang.startsWith('zh');
  const [amountText, amount, currency] = pick(AMOUNTS[lang] ?? AMOUNTS.en);
  const merchant = zh ? pick(MERCHANTS_ZH) : pick(MERCHANTS);
  const id = `${zh ? '2026' : '9X'}${Math.floor(rand() * 1e9)}${zh ? '88' : 'AB'}`;
  const time = pick(zh ? TIMES.zh : TIMES.en);
  const code = zh ? 'ACQ.TRADE_HAS_CLOSE' : 'INSTRUMENT_DECLINED';
  const rows = [
    [l.amount, amountText],
    [l.merchant, merchant],
    [l.id, id],
    [l.time, time],
    ...(withCode ? [[l.code, code]] : []),
  ];
  const html = rows
    .map(([k, v]) => `  <div class="kv"><span>${esc(k)}:</span> <span>${esc(v)}</span></div>`)
    .join('\n');
  const fields = { amount, currency, transactionId: id, ...(withCode ? { errorCode: code } : {}) };
  return { html, fields };
}

// ── positive layouts ─────────────────────────────────────────────────────────────────────────
const LAYOUTS = {
  alert: (p, lang, msg, d) =>
    chrome(
      p,
      lang,
      `<main>\n  <div class="banner" role="alert">${esc(msg)}</div>\n  <h1>${esc(p.name)}</h1>\n${d.html}\n  <button type="button">${LABELS[lang]?.retry ?? 'Retry'}</button>\n</main>`,
    ),
  dialog: (p, lang, msg, d) =>
    chrome(
      p,
      lang,
      `<main>\n  <h1>${esc(p.name)}</h1>\n${d.html}\n</main>\n<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">${esc(p.name)}</h2><p>${esc(msg)}</p><button type="button">OK</button></div>`,
    ),
  heading: (p, lang, msg, d) =>
    chrome(p, lang, `<main>\n  <h1>${esc(msg)}</h1>\n${d.html}\n</main>`),
  form: (p, lang, msg, d) =>
    chrome(
      p,
      lang,
      `<main>\n  <h1>${esc(p.name)}</h1>\n${d.html}\n  <form><label for="c">Card</label><input id="c" aria-invalid="true" aria-describedby="c-err" value="4000 0000 0000 0002"><span id="c-err">${esc(msg)}</span></form>\n</main>`,
    ),
  errorClass: (p, lang, msg, d) =>
    chrome(p, lang, `<main>\n  <div class="error-banner">${esc(msg)}</div>\n${d.html}\n</main>`),
  toast: (p, lang, msg, d) => ({
    body: chrome(
      p,
      lang,
      `<main>\n  <h1>${esc(p.name)}</h1>\n${d.html}\n  <div id="live" aria-live="polite"></div>\n</main>`,
    ),
    script: `setTimeout(() => { document.getElementById('live').textContent = ${JSON.stringify(msg)}; }, 600);`,
  }),
  shadow: (p, lang, msg, d) => ({
    body: chrome(
      p,
      lang,
      `<main>\n  <h1>${esc(p.name)}</h1>\n  <wallet-notice></wallet-notice>\n${d.html}\n</main>`,
    ),
    script: `customElements.define('wallet-notice', class extends HTMLElement {
  constructor() { super(); const root = this.attachShadow({ mode: 'open' }); const box = document.createElement('div'); box.setAttribute('role', 'alert'); box.textContent = ${JSON.stringify(msg)}; root.append(box); }
});`,
  }),
};
const LAYOUT_NAMES = Object.keys(LAYOUTS);

// ── negative pages ───────────────────────────────────────────────────────────────────────────
const HEDGES = {
  en: [
    (ex) => `If you see “${ex}”, check the details below and try again later.`,
    (ex) =>
      `When the message “${ex}” appears, it usually means your bank or card issuer stopped the charge.`,
    (ex) => `Why do I see “${ex}”?`,
    (ex) => `Learn what to do if “${ex}” appears on your screen.`,
  ],
  zh: [
    (ex) => `如果页面提示“${ex}”，请先核对信息再重试。`,
    (ex) => `为什么会显示“${ex}”？`,
    (ex) => `当出现“${ex}”时，可以按以下步骤处理。`,
  ],
  other: [(ex) => `Why do I see “${ex}”?`, (ex) => `If you see “${ex}”, contact support.`],
};
const hedgesFor = (lang) =>
  lang === 'en' ? HEDGES.en : lang.startsWith('zh') ? HEDGES.zh : HEDGES.other;

const HELP_QUOTES = [
  'When your account access is limited, you may not be able to use certain features with your account, such as sending or withdrawing funds.',
  'If your account is limited, you may be unable to withdraw, send or receive money.',
  'We may temporarily restrict your account to keep you and your money safe while we complete a routine check.',
  'To protect your security and privacy, your bank cannot tell us why your payment was declined.',
  'If a payment card is declined when you try to make a purchase, contact your bank or card issuer.',
];

function helpPage(p, lang, mentions, kind) {
  const zh = lang.startsWith('zh');
  const title =
    kind === 'faq'
      ? zh
        ? '常见问题 - 帮助中心'
        : `FAQ - ${p.name} Help Center`
      : zh
        ? `${p.name}帮助中心`
        : `${p.name} Help Center`;
  const h1 =
    kind === 'faq'
      ? zh
        ? '常见问题'
        : 'Frequently asked questions'
      : zh
        ? '付款遇到问题怎么办？'
        : 'Why was my payment declined?';
  const paras = mentions.map((ex, i) => {
    const hedge = hedgesFor(lang)[i % hedgesFor(lang).length](ex);
    return kind === 'faq'
      ? `  <section><h2>${esc(hedgesFor(lang)[1 % hedgesFor(lang).length](ex))}</h2><p>${esc(hedge)}</p></section>`
      : `  <p>${esc(hedge)}</p>`;
  });
  if (!zh) paras.push(`  <p>${esc(pick(HELP_QUOTES))}</p>`);
  // Help centres list related article titles beside the article: bare wording, no story.
  const topics = zh
    ? ['支付失败', '账户已被冻结', '退款失败', '超出限额']
    : ['Payment failed', 'Account suspended', 'Refund failed', 'Daily limit exceeded'];
  const aside = `<aside><h2>${zh ? '相关文章' : 'Related articles'}</h2><ul>${topics
    .map((t) => `<li><a href="#">${esc(t)}</a></li>`)
    .join('')}</ul></aside>`;
  return {
    title,
    body: chrome(
      p,
      lang,
      `<main><article>\n  <h1>${esc(h1)}</h1>\n${paras.join('\n')}\n</article>\n${aside}</main>`,
    ),
  };
}

const HISTORY_ROWS = {
  en: [
    'Payment failed',
    'Refund failed',
    'Completed',
    'Transfer has failed',
    'Pending',
    'Payment declined',
    'Sent',
  ],
  zh: ['支付失败', '交易成功', '退款失败', '转账失败', '已完成'],
};
function historyPage(p, lang, style) {
  const zh = lang.startsWith('zh');
  const statuses = zh ? HISTORY_ROWS.zh : HISTORY_ROWS.en;
  const rows = statuses.map((status, i) => {
    const who = zh ? MERCHANTS_ZH[i % MERCHANTS_ZH.length] : MERCHANTS[i % MERCHANTS.length];
    const cells = [
      `${zh ? '2026-02-' : 'Feb '}${10 + i}`,
      who,
      status,
      zh ? `¥${20 + i}.00` : `$${20 + i}.00`,
    ];
    if (style === 'table') return `    <tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    if (style === 'list')
      return `    <li>${cells.map((c) => `<span>${esc(c)}</span>`).join(' ')}</li>`;
    return `    <div class="activity-item">${cells.map((c) => `<span>${esc(c)}</span>`).join(' ')}</div>`;
  });
  const h1 = zh ? '交易记录' : 'Activity';
  const list =
    style === 'table'
      ? `  <table>\n    <thead><tr><th>Date</th><th>Name</th><th>Status</th><th>Amount</th></tr></thead>\n    <tbody>\n${rows.join('\n')}\n    </tbody>\n  </table>`
      : style === 'list'
        ? `  <ul>\n${rows.join('\n')}\n  </ul>`
        : `  <div>\n${rows.join('\n')}\n  </div>`;
  return {
    title: `${p.name} - ${h1}`,
    body: chrome(p, lang, `<main>\n  <h1>${h1}</h1>\n${list}\n</main>`),
  };
}

function hiddenPage(p, lang) {
  const zh = lang.startsWith('zh');
  const msgs = zh
    ? ['支付失败', '您的账户已被冻结', '退款失败']
    : ['Payment failed', 'Your account has been limited.', 'Your refund has failed.'];
  return {
    title: `${p.name}`,
    body: chrome(
      p,
      lang,
      `<main>\n  <h1>${zh ? '账户概览' : 'Summary'}</h1>\n  <p>${zh ? '余额' : 'Balance'}: ${zh ? '¥1,024.00' : '$1,024.00'}</p>
  <template id="err"><div role="alert">${esc(msgs[0])}</div></template>
  <div role="alert" hidden>${esc(msgs[1])}</div>
  <div class="is-hidden" role="alert">${esc(msgs[2])}</div>
  <div style="display:none">${esc(msgs[0])}</div>
  <noscript>${esc(msgs[1])}</noscript>
  <div id="live" role="status" aria-live="polite"></div>\n</main>`,
    ),
    script: `window.walletMessages = { failed: ${JSON.stringify(msgs[0])}, locked: ${JSON.stringify(msgs[1])} };`,
  };
}

const PLAIN_NEGATIVES = {
  marketing: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `${p.name} - 安全便捷的支付`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>随时随地，轻松付款</h1>\n  <p>转账实时到账，告别付款失败的烦恼。</p>\n  <p>每日限额灵活设置，资金安全有保障。</p>\n</main>`,
          ),
        }
      : {
          title: `${p.name} - Pay and get paid`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>Send money in seconds</h1>\n  <p>No more declined payments at checkout: pay the way you like.</p>\n  <p>Protect your account with two-step verification.</p>\n</main>`,
          ),
        },
  login: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `登录 - ${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>登录</h1>\n  <form><label>手机号 <input></label><label>密码 <input type="password"></label><button>登录</button></form>\n  <p>忘记密码？为保障账户安全，请勿向他人透露验证码。</p>\n</main>`,
          ),
        }
      : {
          title: `Log in - ${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>Log in to your account</h1>\n  <form><label>Email <input></label><label>Password <input type="password"></label><button>Log in</button></form>\n  <p>Forgot your password? Never share your one-time code with anyone.</p>\n</main>`,
          ),
        },
  success: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <div role="status">支付成功</div>\n  <h1>付款已完成</h1>\n  <p>退款已原路退回，预计1-3个工作日到账。</p>\n</main>`,
          ),
        }
      : {
          title: `${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <div role="status">Payment complete. Your payment was sent.</div>\n  <h1>You paid ${pick(MERCHANTS)}</h1>\n  <p>Your refund has been issued and should arrive in 3-5 business days.</p>\n</main>`,
          ),
        },
  limits: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `${p.name} - 限额`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>支付限额</h1>\n  <div class="kv"><span>每日限额：</span><span>¥50,000.00</span></div>\n  <div class="kv"><span>单笔限额：</span><span>¥5,000.00</span></div>\n  <p>如需提高额度，请完成实名认证。</p>\n</main>`,
          ),
        }
      : {
          title: `${p.name} - Limits`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>Your limits</h1>\n  <div class="kv"><span>Daily limit:</span><span>$5,000.00</span></div>\n  <div class="kv"><span>Monthly sending limit:</span><span>$20,000.00</span></div>\n  <p>Verify your identity to raise your limits.</p>\n</main>`,
          ),
        },
  pending: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>转账处理中</h1>\n  <p>预计2小时内到账。</p>\n</main>`,
          ),
        }
      : {
          title: `${p.name}`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>Your transfer is on its way</h1>\n  <p>It should arrive by Friday. We'll email you when it's delivered.</p>\n</main>`,
          ),
        },
  security: (p, lang) =>
    lang.startsWith('zh')
      ? {
          title: `${p.name} - 安全中心`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>安全中心</h1>\n  <p>最近登录设备：iPhone 15，2026-03-01 09:12</p>\n  <p>开启登录保护，防止陌生设备登录。</p>\n</main>`,
          ),
        }
      : {
          title: `${p.name} - Security`,
          body: chrome(
            p,
            lang,
            `<main>\n  <h1>Security</h1>\n  <p>Recent sign-ins: Chrome on Windows, Mar 1, 2026.</p>\n  <p>Turn on alerts so you hear about unusual activity right away.</p>\n</main>`,
          ),
        },
  foreign: (p) => ({
    title: p.name,
    lang: p.id.length % 2 ? 'fr' : 'ja',
    body:
      p.id.length % 2
        ? chrome(
            p,
            'en',
            `<main>\n  <h1>Votre paiement a été envoyé</h1>\n  <p>Merci ! Le montant sera débité sous 24 heures.</p>\n</main>`,
          )
        : chrome(
            p,
            'en',
            `<main>\n  <h1>お支払いが完了しました</h1>\n  <p>ご利用ありがとうございます。</p>\n</main>`,
          ),
  }),
  community: (p, lang) => ({
    title: `${p.name} Community`,
    body: chrome(
      p,
      lang,
      `<main>\n  <h1>Community</h1>\n  <article><h2>Payment failed twice today</h2><p>My payment failed twice and then my account has been limited. Anyone else?</p></article>\n  <article><p>Same here, my card was declined at checkout. Support fixed it in a day.</p></article>\n</main>`,
    ),
  }),
};
const NEGATIVE_KINDS = Object.keys(PLAIN_NEGATIVES);

// ── assembling the corpus ────────────────────────────────────────────────────────────────────
/** @type {{ host: string, path: string, html: string }[]} */
const pages = [];
const add = (host, path, html, expect) => {
  const clean = path.replace(/\/$/, '');
  pages.push({ host, path: clean, html: `<!-- expect ${JSON.stringify(expect)} -->\n${html}` });
};

function langOfProvider(p) {
  return p.lang ?? 'en';
}

/** Provider pages that can host rules of `lang`. */
function homesFor(lang) {
  const homes = [];
  for (const p of PROVIDERS) {
    if (langOfProvider(p) === lang) homes.push([p, p.app]);
    if (p.extra?.[lang]) homes.push([p, p.extra[lang]]);
  }
  return homes;
}

export function buildCorpus() {
  pages.length = 0;
  seed = 7;
  const ruleIds = Object.keys(EXAMPLES);
  let layoutIndex = 0;
  const counter = new Map();
  const nextPath = (p, base, stem) => {
    const key = `${p.host}${base}`;
    const n = (counter.get(key) ?? 0) + 1;
    counter.set(key, n);
    return `${base}${stem}-${String(n).padStart(2, '0')}`;
  };

  // Positives: every example of every rule, on a provider page in the rule's language.
  const homeCursor = new Map();
  for (const ruleId of ruleIds) {
    const [owner] = ruleId.split('.');
    const lang = langOf(ruleId);
    const homes =
      owner === 'generic'
        ? homesFor(lang)
        : PROVIDERS.filter((p) => p.id === owner).map((p) => [p, p.app]);
    for (const message of EXAMPLES[ruleId]) {
      const cursor = homeCursor.get(lang) ?? 0;
      homeCursor.set(lang, cursor + 1);
      const [p, base] = owner === 'generic' ? homes[cursor % homes.length] : homes[0];
      const layout = LAYOUT_NAMES[layoutIndex++ % LAYOUT_NAMES.length];
      const d = details(lang, layoutIndex % 3 === 0);
      const built = LAYOUTS[layout](p, lang, message, d);
      const { body, script } = typeof built === 'string' ? { body: built, script: '' } : built;
      const state = STATE_OF(ruleId);
      add(
        p.host,
        nextPath(p, base, state.replace('_', '-')),
        page({ lang, title: p.name, body, script }),
        {
          state,
          rule: ruleId,
          layout,
          fields: layout === 'heading' ? {} : d.fields,
        },
      );
    }
  }
  // Extra positives so every provider has at least four.
  const states = [
    'payment_failed',
    'account_locked',
    'limit_exceeded',
    'funds_missing',
    'unauthorized_activity',
    'refund_issue',
  ];
  for (const p of PROVIDERS) {
    const lang = langOfProvider(p);
    let have = pages.filter((x) => x.host === p.host && !x.html.includes('"state":null')).length;
    let s = 0;
    while (have < 4) {
      const state = states[(s++ + p.id.length) % states.length];
      const candidates = ruleIds.filter(
        (id) => STATE_OF(id) === state && langOf(id) === lang && id.startsWith('generic.'),
      );
      if (candidates.length === 0) continue;
      const ruleId = pick(candidates);
      const message = pick(EXAMPLES[ruleId]);
      const layout = LAYOUT_NAMES[layoutIndex++ % LAYOUT_NAMES.length];
      const d = details(lang, false);
      const built = LAYOUTS[layout](p, lang, message, d);
      const { body, script } = typeof built === 'string' ? { body: built, script: '' } : built;
      add(
        p.host,
        nextPath(p, p.app, state.replace('_', '-')),
        page({ lang, title: p.name, body, script }),
        {
          state,
          rule: ruleId,
          layout,
          fields: layout === 'heading' ? {} : d.fields,
        },
      );
      have++;
    }
  }

  // Negatives: help articles and FAQs quoting every rule's wording, then other page kinds.
  const mentionQueue = new Map();
  for (const ruleId of ruleIds) {
    const lang = langOf(ruleId);
    const key = lang.startsWith('zh') ? 'zh' : lang === 'en' ? 'en' : 'other';
    if (!mentionQueue.has(key)) mentionQueue.set(key, []);
    mentionQueue.get(key).push(EXAMPLES[ruleId][0]);
  }
  const takeMentions = (lang, n) => {
    const key = lang.startsWith('zh') ? 'zh' : lang === 'en' ? 'en' : 'other';
    const queue = mentionQueue.get(key);
    const taken = [];
    for (let i = 0; i < n; i++) {
      const item = queue.shift();
      taken.push(item);
      queue.push(item);
    }
    return taken;
  };
  for (const p of PROVIDERS) {
    const lang = langOfProvider(p);
    const [helpHost, helpPath] = p.help;
    for (const kind of ['article', 'faq']) {
      const n = lang === 'en' ? 5 : 4;
      const mentions = takeMentions(lang === 'pt' ? 'other' : lang, n);
      const { title, body } = helpPage(p, lang === 'pt' ? 'en' : lang, mentions, kind);
      add(helpHost, `${helpPath}${kind}-${p.id}`, page({ lang, title, body }), {
        state: null,
        kind: `help-${kind}`,
      });
    }
    const styles = ['table', 'list', 'rows'];
    const style = styles[p.id.length % styles.length];
    const h = historyPage(p, lang, style);
    add(p.historyHost ?? p.host, p.history, page({ lang, ...h }), {
      state: null,
      kind: `history-${style}`,
    });
    const hidden = hiddenPage(p, lang);
    add(p.host, `${p.app}overview`, page({ lang, ...hidden }), { state: null, kind: 'hidden' });
    for (let k = 0; k < 2; k++) {
      const kind = NEGATIVE_KINDS[(PROVIDERS.indexOf(p) * 2 + k) % NEGATIVE_KINDS.length];
      const built = PLAIN_NEGATIVES[kind](p, lang);
      add(
        p.host,
        `${p.app}${kind}`,
        page({ lang: built.lang ?? lang, title: built.title, body: built.body }),
        {
          state: null,
          kind,
        },
      );
    }
  }
  // Extra help pages in the languages whose wording the main help pages do not quote.
  for (const [host, path, lang] of [
    ['www.paypal.com', '/hk/smarthelp/article/', 'zh-hant'],
    ['www.paypal.com', '/mx/smarthelp/article/', 'es'],
    ['www.klarna.com', '/de/kundenservice/', 'de'],
  ]) {
    const p = PROVIDERS.find((x) => x.host === host || x.help[0] === host);
    const mentions = takeMentions(lang, 6);
    const { title, body } = helpPage(p, lang === 'zh-hant' ? 'zh-hant' : 'en', mentions, 'article');
    add(host, `${path}article-${lang}`, page({ lang, title, body }), {
      state: null,
      kind: 'help-article',
    });
  }
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildCorpus();
  // Pages written by hand (`"hand":true` in their expectation) stay; generated ones are rewritten.
  for (const file of existsSync(CORPUS_DIR) ? listFiles(CORPUS_DIR) : []) {
    if (!readFileSync(file, 'utf8').split('\n', 1)[0].includes('"hand":true')) rmSync(file);
  }
  for (const { host, path, html } of built) {
    const file = join(CORPUS_DIR, host, `${path.replace(/^\//, '')}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  const negatives = built.filter((p) => p.html.startsWith('<!-- expect {"state":null')).length;
  console.log(
    `${built.length} pages (${negatives} negatives, ${((100 * negatives) / built.length).toFixed(0)} %) in ${CORPUS_DIR}`,
  );
}
