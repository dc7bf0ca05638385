// The detection corpus: our own HTML pages imitating wallet pages, each with what the engine
// must report. Almost all of it is generated here, in memory, from the registry: the providers'
// sample pages (hosts, paths, languages), their names, and every rule's examples and state.
// Nothing about a wallet is written down twice: adding a provider or a rule example adds its
// pages. The few pages written by hand live in tests/fixtures/corpus/<host>/<path>.html.
//
// The mix is deliberate: every positive example of every rule gets a page in one of several
// layouts (alert, dialog, late toast, form error, status heading, shadow DOM, error class); every
// negative example is shown prominently on an app page that expects nothing; and help articles,
// FAQs, history lists, hidden templates and ordinary pages quote the same wording the way real
// pages do, so at least 40 % of the pages are negatives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import type { RuleDefinition, SamplePages } from '../../lib/detect/rule-schema';
import type { RuleLang } from '../../lib/detect/rules';
import { PROVIDERS, type Provider } from '../../lib/providers';
import { STATE_IDS, type StateId } from '../../lib/states';

/** Pages written by hand, one file each: `<host>/<path>.html`. */
export const HAND_WRITTEN_DIR = resolve(import.meta.dirname, '../fixtures/corpus');

/** What a page expects the engine to report, and how the page was made. */
export interface Expectation {
  state: StateId | null;
  /** The rule whose example the page shows (positives). */
  rule?: string;
  /** How the message is shown (positives). */
  layout?: string;
  /** What kind of page it is (negatives). */
  kind?: string;
  /** Fields the engine must read off the page when it detects `state`. */
  fields?: Record<string, string>;
  /** Written by hand (tests/fixtures/corpus). */
  hand?: boolean;
}

/** One page of the corpus, served at `url`. Its HTML starts with `<!-- expect {...} -->`. */
export interface CorpusPage {
  url: string;
  html: string;
  expect: Expectation;
}

/** A provider as the generator draws it: its sample pages and its display name. */
interface Site {
  provider: Provider;
  id: string;
  name: string;
  samples: SamplePages;
}

// Directory-only providers (no hosts) have no pages to imitate.
const SITES: readonly Site[] = PROVIDERS.flatMap((provider) => {
  if (!provider.detection) return [];
  const samples = provider.detection.samplePages;
  return {
    provider,
    id: provider.id,
    name: samples.lang.startsWith('zh') ? provider.name['zh-CN'] : provider.name.en,
    samples,
  };
});

const ALL_RULES: readonly RuleDefinition[] = [
  ...PROVIDERS.flatMap((p) => p.detection?.rules ?? []),
  ...GENERIC_RULES,
];

/** The provider that owns a rule, or undefined for a generic rule. */
const ownerOf = (rule: RuleDefinition): Site | undefined =>
  SITES.find((site) => rule.id.startsWith(`${site.id}.`));

// ── small deterministic helpers ──────────────────────────────────────────────────────────────
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isZh = (lang: string) => lang.startsWith('zh');

/** Amount as shown, amount as extracted, currency. */
type Amount = readonly [shown: string, value: string, currency: string];
const AMOUNTS: Record<RuleLang, readonly Amount[]> = {
  en: [
    ['$1,234.56', '1234.56', 'USD'],
    ['1,234.56 USD', '1234.56', 'USD'],
    ['£12.00', '12.00', 'GBP'],
    ['€1.234,56', '1234.56', 'EUR'],
    ['₹499.00', '499.00', 'INR'],
    ['₱1,500.00', '1500.00', 'PHP'],
    ['$24.50', '24.50', 'USD'],
  ],
  'zh-Hans': [
    ['¥88.00', '88.00', 'CNY'],
    ['88.00元', '88.00', 'CNY'],
    ['￥1,299.00', '1299.00', 'CNY'],
  ],
  'zh-Hant': [
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
interface Labels {
  amount: string;
  merchant: string;
  id: string;
  time: string;
  code: string;
  retry: string;
  help: string;
  home: string;
  activity: string;
  wallet: string;
}
const LABELS: Record<RuleLang, Labels> = {
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
  'zh-Hans': {
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
  'zh-Hant': {
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
/** `lang` attribute of a page; `fr` and `ja` are the foreign pages no rule reads. */
const HTML_LANG: Record<RuleLang | 'fr' | 'ja', string> = {
  en: 'en',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-HK',
  pt: 'pt-BR',
  es: 'es',
  de: 'de',
  fr: 'fr',
  ja: 'ja',
};

/** A page body and, for late or shadow content, the script that adds it. */
interface Built {
  body: string;
  script?: string;
}

function page(options: { lang: RuleLang | 'fr' | 'ja'; title: string } & Built): string {
  const { lang, title, body, script } = options;
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}">
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

/** The wallet's header, navigation and footer around `inner`. */
const chrome = (site: Site, lang: RuleLang, inner: string) => {
  const l = LABELS[lang];
  return `<header><strong>${esc(site.name)}</strong></header>
<nav><a href="#">${l.home}</a><a href="#">${l.activity}</a><a href="#">${l.wallet}</a><a href="#">${l.help}</a></nav>
${inner}
<footer>${esc(site.name)} · ${l.help} · Privacy · Legal</footer>`;
};

/** Key-value rows of a transaction, and the fields the engine must read from them. */
function details(lang: RuleLang, withCode: boolean) {
  const l = LABELS[lang];
  const zh = isZh(lang);
  const [amountText, amount, currency] = pick(AMOUNTS[lang]);
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
    .map(([k, v]) => `  <div class="kv"><span>${esc(k!)}:</span> <span>${esc(v!)}</span></div>`)
    .join('\n');
  const fields: Record<string, string> = {
    amount,
    currency,
    transactionId: id,
    ...(withCode ? { errorCode: code } : {}),
  };
  return { html, fields };
}
type Details = ReturnType<typeof details>;

// ── positive layouts ─────────────────────────────────────────────────────────────────────────
type Layout = (site: Site, lang: RuleLang, msg: string, d: Details) => Built;
const LAYOUTS: Record<string, Layout> = {
  alert: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <div class="banner" role="alert">${esc(msg)}</div>\n  <h1>${esc(s.name)}</h1>\n${d.html}\n  <button type="button">${LABELS[lang].retry}</button>\n</main>`,
    ),
  }),
  dialog: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <h1>${esc(s.name)}</h1>\n${d.html}\n</main>\n<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">${esc(s.name)}</h2><p>${esc(msg)}</p><button type="button">OK</button></div>`,
    ),
  }),
  heading: (s, lang, msg, d) => ({
    body: chrome(s, lang, `<main>\n  <h1>${esc(msg)}</h1>\n${d.html}\n</main>`),
  }),
  form: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <h1>${esc(s.name)}</h1>\n${d.html}\n  <form><label for="c">Card</label><input id="c" aria-invalid="true" aria-describedby="c-err" value="4000 0000 0000 0002"><span id="c-err">${esc(msg)}</span></form>\n</main>`,
    ),
  }),
  errorClass: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <div class="error-banner">${esc(msg)}</div>\n${d.html}\n</main>`,
    ),
  }),
  toast: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <h1>${esc(s.name)}</h1>\n${d.html}\n  <div id="live" aria-live="polite"></div>\n</main>`,
    ),
    script: `setTimeout(() => { document.getElementById('live').textContent = ${JSON.stringify(msg)}; }, 600);`,
  }),
  shadow: (s, lang, msg, d) => ({
    body: chrome(
      s,
      lang,
      `<main>\n  <h1>${esc(s.name)}</h1>\n  <wallet-notice></wallet-notice>\n${d.html}\n</main>`,
    ),
    script: `customElements.define('wallet-notice', class extends HTMLElement {
  constructor() { super(); const root = this.attachShadow({ mode: 'open' }); const box = document.createElement('div'); box.setAttribute('role', 'alert'); box.textContent = ${JSON.stringify(msg)}; root.append(box); }
});`,
  }),
};
const LAYOUT_NAMES = Object.keys(LAYOUTS);

// ── negative pages ───────────────────────────────────────────────────────────────────────────
/** How help articles quote a message: as a question or a condition, never as news. */
const HEDGES = {
  en: [
    (ex: string) => `If you see “${ex}”, check the details below and try again later.`,
    (ex: string) =>
      `When the message “${ex}” appears, it usually means your bank or card issuer stopped the charge.`,
    (ex: string) => `Why do I see “${ex}”?`,
    (ex: string) => `Learn what to do if “${ex}” appears on your screen.`,
  ],
  zh: [
    (ex: string) => `如果页面提示“${ex}”，请先核对信息再重试。`,
    (ex: string) => `为什么会显示“${ex}”？`,
    (ex: string) => `当出现“${ex}”时，可以按以下步骤处理。`,
  ],
  other: [
    (ex: string) => `Why do I see “${ex}”?`,
    (ex: string) => `If you see “${ex}”, contact support.`,
  ],
};
/** Help articles quote wording in three groups: English, Chinese, and the other languages. */
type QuoteGroup = keyof typeof HEDGES;
const groupOf = (lang: RuleLang): QuoteGroup =>
  isZh(lang) ? 'zh' : lang === 'en' ? 'en' : 'other';

/** English negative examples: what help articles say around a quoted error. */
const HELP_SENTENCES = ALL_RULES.filter((r) => r.lang === 'en').flatMap((r) => r.examples.negative);

function helpPage(
  site: Site,
  lang: RuleLang,
  mentions: readonly string[],
  kind: 'article' | 'faq',
) {
  const zh = isZh(lang);
  const hedges = HEDGES[groupOf(lang)];
  const title =
    kind === 'faq'
      ? zh
        ? '常见问题 - 帮助中心'
        : `FAQ - ${site.name} Help Center`
      : zh
        ? `${site.name}帮助中心`
        : `${site.name} Help Center`;
  const h1 =
    kind === 'faq'
      ? zh
        ? '常见问题'
        : 'Frequently asked questions'
      : zh
        ? '付款遇到问题怎么办？'
        : 'Why was my payment declined?';
  const paras = mentions.map((ex, i) => {
    const hedge = hedges[i % hedges.length]!(ex);
    return kind === 'faq'
      ? `  <section><h2>${esc(hedges[1 % hedges.length]!(ex))}</h2><p>${esc(hedge)}</p></section>`
      : `  <p>${esc(hedge)}</p>`;
  });
  if (!zh) paras.push(`  <p>${esc(pick(HELP_SENTENCES))}</p>`);
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
      site,
      lang,
      `<main><article>\n  <h1>${esc(h1)}</h1>\n${paras.join('\n')}\n</article>\n${aside}</main>`,
    ),
  };
}

// Page furniture below (history statuses, related-article titles, ordinary pages) uses the
// bare labels such pages show; the rules' example sentences come only from the rules.
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
type HistoryStyle = 'table' | 'list' | 'rows';
function historyPage(site: Site, lang: RuleLang, style: HistoryStyle) {
  const zh = isZh(lang);
  const statuses = zh ? HISTORY_ROWS.zh : HISTORY_ROWS.en;
  const rows = statuses.map((status, i) => {
    const who = zh ? MERCHANTS_ZH[i % MERCHANTS_ZH.length]! : MERCHANTS[i % MERCHANTS.length]!;
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
    title: `${site.name} - ${h1}`,
    body: chrome(site, lang, `<main>\n  <h1>${h1}</h1>\n${list}\n</main>`),
  };
}

/** The first positive example of a generic rule. */
const exampleOf = (id: string): string => {
  const rule = GENERIC_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`corpus.ts uses the examples of ${id}, which no longer exists`);
  return rule.examples.positive[0]!;
};

/** Real error messages, but in templates, hidden elements and script: nothing to report. */
function hiddenPage(site: Site, lang: RuleLang) {
  const zh = isZh(lang);
  const suffix = zh ? 'zh-hans' : 'en';
  const msgs = ['payment-failed', 'account-locked', 'refund-failed'].map((name) =>
    exampleOf(`generic.${name}.${suffix}`),
  );
  return {
    title: site.name,
    body: chrome(
      site,
      lang,
      `<main>\n  <h1>${zh ? '账户概览' : 'Summary'}</h1>\n  <p>${zh ? '余额' : 'Balance'}: ${zh ? '¥1,024.00' : '$1,024.00'}</p>
  <template id="err"><div role="alert">${esc(msgs[0]!)}</div></template>
  <div role="alert" hidden>${esc(msgs[1]!)}</div>
  <div class="is-hidden" role="alert">${esc(msgs[2]!)}</div>
  <div style="display:none">${esc(msgs[0]!)}</div>
  <noscript>${esc(msgs[1]!)}</noscript>
  <div id="live" role="status" aria-live="polite"></div>\n</main>`,
    ),
    script: `window.walletMessages = { failed: ${JSON.stringify(msgs[0])}, locked: ${JSON.stringify(msgs[1])} };`,
  };
}

/**
 * An app page that shows negative examples where a real error would sit: the first in a status
 * banner, the others in the page's main text. Nothing may be reported.
 */
function tipsPage(site: Site, lang: RuleLang, sentences: readonly string[]) {
  const [first, ...rest] = sentences;
  return {
    title: site.name,
    body: chrome(
      site,
      lang,
      `<main>\n  <div role="status">${esc(first!)}</div>\n  <h1>${esc(site.name)}</h1>\n${rest
        .map((s) => `  <p>${esc(s)}</p>`)
        .join('\n')}\n</main>`,
    ),
  };
}

/** Ordinary pages that use trouble words without trouble; two per provider. */
const PLAIN_NEGATIVES: Record<
  string,
  (site: Site, lang: RuleLang) => { title: string; body: string; lang?: 'fr' | 'ja' }
> = {
  marketing: (s, lang) =>
    isZh(lang)
      ? {
          title: `${s.name} - 安全便捷的支付`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>随时随地，轻松付款</h1>\n  <p>转账实时到账，告别付款失败的烦恼。</p>\n  <p>每日限额灵活设置，资金安全有保障。</p>\n</main>`,
          ),
        }
      : {
          title: `${s.name} - Pay and get paid`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>Send money in seconds</h1>\n  <p>No more declined payments at checkout: pay the way you like.</p>\n  <p>Protect your account with two-step verification.</p>\n</main>`,
          ),
        },
  login: (s, lang) =>
    isZh(lang)
      ? {
          title: `登录 - ${s.name}`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>登录</h1>\n  <form><label>手机号 <input></label><label>密码 <input type="password"></label><button>登录</button></form>\n  <p>忘记密码？为保障账户安全，请勿向他人透露验证码。</p>\n</main>`,
          ),
        }
      : {
          title: `Log in - ${s.name}`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>Log in to your account</h1>\n  <form><label>Email <input></label><label>Password <input type="password"></label><button>Log in</button></form>\n  <p>Forgot your password? Never share your one-time code with anyone.</p>\n</main>`,
          ),
        },
  success: (s, lang) =>
    isZh(lang)
      ? {
          title: s.name,
          body: chrome(
            s,
            lang,
            `<main>\n  <div role="status">支付成功</div>\n  <h1>付款已完成</h1>\n  <p>退款已原路退回，预计1-3个工作日到账。</p>\n</main>`,
          ),
        }
      : {
          title: s.name,
          body: chrome(
            s,
            lang,
            `<main>\n  <div role="status">Payment complete. Your payment was sent.</div>\n  <h1>You paid ${pick(MERCHANTS)}</h1>\n  <p>Your refund has been issued and should arrive in 3-5 business days.</p>\n</main>`,
          ),
        },
  limits: (s, lang) =>
    isZh(lang)
      ? {
          title: `${s.name} - 限额`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>支付限额</h1>\n  <div class="kv"><span>每日限额：</span><span>¥50,000.00</span></div>\n  <div class="kv"><span>单笔限额：</span><span>¥5,000.00</span></div>\n  <p>如需提高额度，请完成实名认证。</p>\n</main>`,
          ),
        }
      : {
          title: `${s.name} - Limits`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>Your limits</h1>\n  <div class="kv"><span>Daily limit:</span><span>$5,000.00</span></div>\n  <div class="kv"><span>Monthly sending limit:</span><span>$20,000.00</span></div>\n  <p>Verify your identity to raise your limits.</p>\n</main>`,
          ),
        },
  pending: (s, lang) =>
    isZh(lang)
      ? {
          title: s.name,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>转账处理中</h1>\n  <p>预计2小时内到账。</p>\n</main>`,
          ),
        }
      : {
          title: s.name,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>Your transfer is on its way</h1>\n  <p>It should arrive by Friday. We'll email you when it's delivered.</p>\n</main>`,
          ),
        },
  security: (s, lang) =>
    isZh(lang)
      ? {
          title: `${s.name} - 安全中心`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>安全中心</h1>\n  <p>最近登录设备：iPhone 15，2026-03-01 09:12</p>\n  <p>开启登录保护，防止陌生设备登录。</p>\n</main>`,
          ),
        }
      : {
          title: `${s.name} - Security`,
          body: chrome(
            s,
            lang,
            `<main>\n  <h1>Security</h1>\n  <p>Recent sign-ins: Chrome on Windows, Mar 1, 2026.</p>\n  <p>Turn on alerts so you hear about unusual activity right away.</p>\n</main>`,
          ),
        },
  foreign: (s) => ({
    title: s.name,
    lang: s.id.length % 2 ? 'fr' : 'ja',
    body:
      s.id.length % 2
        ? chrome(
            s,
            'en',
            `<main>\n  <h1>Votre paiement a été envoyé</h1>\n  <p>Merci ! Le montant sera débité sous 24 heures.</p>\n</main>`,
          )
        : chrome(
            s,
            'en',
            `<main>\n  <h1>お支払いが完了しました</h1>\n  <p>ご利用ありがとうございます。</p>\n</main>`,
          ),
  }),
  community: (s, lang) => ({
    title: `${s.name} Community`,
    body: chrome(
      s,
      lang,
      `<main>\n  <h1>Community</h1>\n  <article><h2>Payment failed twice today</h2><p>My payment failed twice and then my account has been limited. Anyone else?</p></article>\n  <article><p>Same here, my card was declined at checkout. Support fixed it in a day.</p></article>\n</main>`,
    ),
  }),
};
const NEGATIVE_KINDS = Object.keys(PLAIN_NEGATIVES);

// ── assembling the corpus ────────────────────────────────────────────────────────────────────
/** A folder URL (`https://host/path/`) plus a page name, as a URL without a trailing slash. */
const at = (folder: string, name = '') => `${folder}${name}`.replace(/\/$/, '');

/** App folders where text in `lang` appears: default-language apps, then regional ones. */
function homesFor(lang: RuleLang, sites: readonly Site[] = SITES): [Site, string][] {
  const homes: [Site, string][] = [];
  for (const site of sites) {
    if (site.samples.lang === lang) homes.push([site, site.samples.app]);
    for (const locale of site.samples.locales) {
      if (locale.lang === lang) homes.push([site, locale.app]);
    }
  }
  if (homes.length === 0) {
    throw new Error(`No sample page in ${lang}: add one to a provider's detection.samplePages`);
  }
  return homes;
}

/** The generated pages, in a fixed order (the generator is deterministic). */
export function buildCorpus(): CorpusPage[] {
  seed = 7;
  const pages: CorpusPage[] = [];
  const positivesOf = new Map<string, number>();
  const add = (url: string, html: string, expect: Expectation, site?: Site) => {
    pages.push({ url, html: `<!-- expect ${JSON.stringify(expect)} -->\n${html}`, expect });
    if (site && expect.state !== null)
      positivesOf.set(site.id, (positivesOf.get(site.id) ?? 0) + 1);
  };
  let layoutIndex = 0;
  const counter = new Map<string, number>();
  const nextUrl = (folder: string, stem: string) => {
    const n = (counter.get(folder) ?? 0) + 1;
    counter.set(folder, n);
    return at(folder, `${stem}-${String(n).padStart(2, '0')}`);
  };
  /** A page showing `message`; every third page of the main pass also shows an error code. */
  const positive = (
    site: Site,
    folder: string,
    rule: RuleDefinition,
    message: string,
    extra: boolean,
  ) => {
    const lang = rule.lang;
    const layout = LAYOUT_NAMES[layoutIndex++ % LAYOUT_NAMES.length]!;
    const d = details(lang, !extra && layoutIndex % 3 === 0);
    const built = LAYOUTS[layout]!(site, lang, message, d);
    add(
      nextUrl(folder, rule.state.replace('_', '-')),
      page({ lang, title: site.name, ...built }),
      { state: rule.state, rule: rule.id, layout, fields: layout === 'heading' ? {} : d.fields },
      site,
    );
  };

  // Positives: every positive example of every rule, on a provider page in the rule's language
  // (a generic rule's examples go round the providers that have pages in that language).
  const homeCursor = new Map<RuleLang, number>();
  for (const rule of ALL_RULES) {
    const owner = ownerOf(rule);
    const homes = homesFor(rule.lang, owner ? [owner] : SITES);
    for (const message of rule.examples.positive) {
      const cursor = owner ? 0 : (homeCursor.get(rule.lang) ?? 0);
      if (!owner) homeCursor.set(rule.lang, cursor + 1);
      const [site, folder] = homes[cursor % homes.length]!;
      positive(site, folder, rule, message, false);
    }
  }
  // Extra positives so every provider has at least four, from generic rules in its language.
  for (const site of SITES) {
    const lang = site.samples.lang;
    for (let s = 0; (positivesOf.get(site.id) ?? 0) < 4 && s < 4 * STATE_IDS.length; s++) {
      const state = STATE_IDS[(s + site.id.length) % STATE_IDS.length]!;
      const candidates = GENERIC_RULES.filter((r) => r.state === state && r.lang === lang);
      if (candidates.length === 0) continue;
      const rule = pick(candidates);
      positive(site, site.samples.app, rule, pick(rule.examples.positive), true);
    }
  }

  // Negative examples, shown where errors sit on app pages in their language, at most four a page.
  const byLang = new Map<RuleLang, { site?: Site; text: string }[]>();
  for (const rule of ALL_RULES) {
    const list = byLang.get(rule.lang) ?? [];
    for (const text of rule.examples.negative) list.push({ site: ownerOf(rule), text });
    byLang.set(rule.lang, list);
  }
  for (const [lang, sentences] of byLang) {
    const homes = homesFor(lang);
    const generic = sentences.filter((s) => !s.site).map((s) => s.text);
    const chunks: [Site, string, string[]][] = [];
    for (let i = 0; i * 4 < generic.length; i++) {
      const [site, folder] = homes[i % homes.length]!;
      chunks.push([site, folder, generic.slice(i * 4, i * 4 + 4)]);
    }
    // A provider's own negatives go on its own page in that language.
    for (const site of SITES) {
      const own = sentences.filter((s) => s.site === site).map((s) => s.text);
      if (own.length > 0) chunks.push([site, homesFor(lang, [site])[0]![1], own]);
    }
    for (const [site, folder, texts] of chunks) {
      add(nextUrl(folder, 'tips'), page({ lang, ...tipsPage(site, lang, texts) }), {
        state: null,
        kind: 'tips',
      });
    }
  }

  // Help articles and FAQs quoting every rule's first positive example, then other page kinds.
  const mentionQueue = new Map<QuoteGroup, string[]>();
  for (const rule of ALL_RULES) {
    const queue = mentionQueue.get(groupOf(rule.lang)) ?? [];
    queue.push(rule.examples.positive[0]!);
    mentionQueue.set(groupOf(rule.lang), queue);
  }
  const takeMentions = (group: QuoteGroup, n: number) => {
    const queue = mentionQueue.get(group)!;
    const taken: string[] = [];
    for (let i = 0; i < n; i++) {
      const item = queue.shift()!;
      taken.push(item);
      queue.push(item);
    }
    return taken;
  };
  SITES.forEach((site, index) => {
    const lang = site.samples.lang;
    // Portuguese help pages quote the other languages in English sentences.
    const quoteLang: RuleLang = lang === 'pt' ? 'en' : lang;
    for (const kind of ['article', 'faq'] as const) {
      const mentions = takeMentions(groupOf(lang), lang === 'en' ? 5 : 4);
      const { title, body } = helpPage(site, quoteLang, mentions, kind);
      add(at(site.samples.help, `${kind}-${site.id}`), page({ lang, title, body }), {
        state: null,
        kind: `help-${kind}`,
      });
    }
    const styles: HistoryStyle[] = ['table', 'list', 'rows'];
    const style = styles[site.id.length % styles.length]!;
    add(at(site.samples.history), page({ lang, ...historyPage(site, lang, style) }), {
      state: null,
      kind: `history-${style}`,
    });
    add(at(site.samples.app, 'overview'), page({ lang, ...hiddenPage(site, lang) }), {
      state: null,
      kind: 'hidden',
    });
    for (let k = 0; k < 2; k++) {
      const kind = NEGATIVE_KINDS[(index * 2 + k) % NEGATIVE_KINDS.length]!;
      const built = PLAIN_NEGATIVES[kind]!(site, lang);
      add(
        at(site.samples.app, kind),
        page({ lang: built.lang ?? lang, title: built.title, body: built.body }),
        { state: null, kind },
      );
    }
  });
  // Regional help pages quote the wording of their language, which the main ones do not.
  for (const site of SITES) {
    for (const locale of site.samples.locales) {
      if (!locale.help) continue;
      const quoteLang: RuleLang = isZh(locale.lang) ? locale.lang : 'en';
      const { title, body } = helpPage(
        site,
        quoteLang,
        takeMentions(groupOf(locale.lang), 6),
        'article',
      );
      add(
        at(locale.help, `article-${locale.lang.toLowerCase()}`),
        page({ lang: locale.lang, title, body }),
        {
          state: null,
          kind: 'help-article',
        },
      );
    }
  }
  return pages;
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });

/** The hand-written pages: `<dir>/<host>/<path>.html`, first line `<!-- expect {...} -->`. */
export function loadHandWritten(dir = HAND_WRITTEN_DIR): CorpusPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const match = /^<!-- expect (\{.*\}) -->/.exec(html);
      if (!match?.[1]) throw new Error(`${file}: first line must be <!-- expect {...} -->`);
      const [host, ...rest] = relative(dir, file).split(sep);
      const path = rest.join('/').replace(/\.html$/, '');
      return { url: `https://${host}/${path}`, html, expect: JSON.parse(match[1]) as Expectation };
    });
}

/** The whole corpus: generated pages, then the hand-written ones. */
export function loadCorpus(): CorpusPage[] {
  const pages = [...buildCorpus(), ...loadHandWritten()];
  const seen = new Set<string>();
  for (const { url } of pages) {
    if (seen.has(url)) throw new Error(`Two corpus pages at ${url}`);
    seen.add(url);
  }
  return pages;
}
