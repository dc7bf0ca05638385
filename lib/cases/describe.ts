import { intlLocale, translate, type Locale } from '../i18n';
import { dateTimeFormat, displayNames } from '../intl';
import type { StateId } from '../states';
import { writableFacts } from './page-text';
import type { CaseRecord, ContactEntry, FactName } from './schema';

/**
 * The complaint description: a precise, polite text built only from the case's facts, in
 * English, Simplified or Traditional Chinese, as a written message (e-mail, chat, web form) or as
 * a short script to read on the phone. Support staff resolve a complaint faster when the first
 * message already says when, how much, where, on what device, what was tried and what is asked
 * for, and lists the proof; so every one of those is always present, with a visible gap marker
 * when unknown. The Chinese texts are written for each readership (mainland terms in zh-CN,
 * Taiwan terms in zh-Hant), with full-width punctuation, and the phone script says times and
 * amounts the way people say them aloud (11月25日14:03（北京时间），24.50元).
 */

/** Written (e-mail/chat) or spoken (phone script). */
export type DescriptionForm = 'written' | 'phone';

/** Everything besides the case that the text needs (the provider's display name). */
export interface DescribeOptions {
  locale: Locale;
  form: DescriptionForm;
  providerName: string;
}

interface Phrases {
  gap: string;
  /** What follows a label: `: ` in English, the full-width `：` in Chinese. */
  colon: string;
  /** Between items of a short list (device and browser). */
  comma: string;
  /** Stands for a fact read from the page that the person has not confirmed yet. */
  unchecked: string;
  subject: (what: string, when: string, amount: string) => string;
  greeting: string;
  intro: string;
  happened: Record<StateId, (provider: string) => string>;
  requestedDefault: Record<StateId, string>;
  labels: {
    what: string;
    when: string;
    amount: string;
    merchant: string;
    transactionId: string;
    errorCode: string;
    pageTime: string;
    device: string;
    tried: string;
    contacts: string;
    requested: string;
    evidence: string;
    noEvidence: string;
    noContacts: string;
  };
  contact: (c: ContactEntry, when: string) => string;
  channel: Record<ContactEntry['channel'], string>;
  evidence: (index: number, when: string, type: string, sha256: string) => string;
  evidenceType: { image: string; file: string };
  closing: string[];
  phone: {
    opening: (state: string, when: string, amount: string, merchant: string) => string;
    ids: (transactionId: string, errorCode: string) => string;
    /** The reference number an earlier contact gave, so the agent can find the file. */
    reference: (reference: string) => string;
    tried: (tried: string) => string;
    evidence: (count: number) => string;
    request: (requested: string) => string;
    ask: string;
    thanks: string;
  };
}

const EN: Phrases = {
  gap: '[please add]',
  colon: ': ',
  comma: ', ',
  unchecked: '[read from the page — please check]',
  subject: (what, when, amount) => `Complaint: ${what} on ${when}${amount ? ` (${amount})` : ''}`,
  greeting: 'Hello,',
  intro:
    'I am writing to ask for your help with the problem below. I have set out the details so you can look into it quickly.',
  happened: {
    payment_failed: (p) => `A payment I tried to make with ${p} did not go through.`,
    account_locked: (p) => `My ${p} account has been locked or limited.`,
    limit_exceeded: (p) => `A payment with ${p} was stopped by a limit.`,
    funds_missing: (p) => `Money I sent or expected through ${p} has not arrived.`,
    unauthorized_activity: (p) => `There is activity on my ${p} account that I did not make.`,
    refund_issue: (p) => `A refund through ${p} has not reached me.`,
  },
  requestedDefault: {
    payment_failed:
      'Please tell me whether I was charged. If I was, please refund the amount or complete the payment.',
    account_locked:
      'Please tell me why the account was restricted and exactly what I need to provide to restore it.',
    limit_exceeded: 'Please explain which limit applied and how I can complete this payment.',
    funds_missing:
      'Please trace the transfer and tell me when the money will arrive or be returned.',
    unauthorized_activity:
      'Please stop any further unauthorised activity, investigate, and refund the amounts I did not authorise.',
    refund_issue: 'Please tell me the status of the refund and when it will be paid.',
  },
  labels: {
    what: 'What happened',
    when: 'When',
    amount: 'Amount',
    merchant: 'Merchant or recipient',
    transactionId: 'Transaction ID',
    errorCode: 'Error code shown',
    pageTime: 'Time shown on the page',
    device: 'Device and browser',
    tried: 'What I have already tried',
    contacts: 'Previous contacts about this',
    requested: 'What I am asking for',
    evidence: 'Evidence I have kept (SHA-256 of each file)',
    noEvidence: 'none saved yet',
    noContacts: 'this is my first contact about it',
  },
  contact: (c, when) =>
    [
      `${when}, ${EN.channel[c.channel]}`,
      c.agentName && `agent ${c.agentName}`,
      c.employeeId && `employee ID ${c.employeeId}`,
      c.reference && `reference ${c.reference}`,
      c.promised && `promised: ${c.promised}`,
      c.promisedBy && `by ${c.promisedBy}`,
    ]
      .filter(Boolean)
      .join('; '),
  channel: { phone: 'phone call', chat: 'chat', email: 'e-mail', in_app: 'in-app support' },
  evidence: (i, when, type, sha) => `${i}. ${type}, ${when}, SHA-256 ${sha}`,
  evidenceType: { image: 'Screenshot', file: 'File' },
  closing: [
    'Please confirm that you have received this complaint, give me a reference number, and let me know when I can expect an answer.',
    'Thank you for your help.',
  ],
  phone: {
    opening: (state, when, amount, merchant) =>
      `Hello. I am calling about a problem: ${state}. It happened on ${when}${amount ? `, for ${amount}` : ''}${merchant ? `, with ${merchant}` : ''}.`,
    ids: (tx, code) =>
      [tx && `The transaction ID is ${tx}.`, code && `The error code shown was ${code}.`]
        .filter(Boolean)
        .join(' '),
    reference: (ref) => `I have called about this before; the reference number is ${ref}.`,
    tried: (tried) => `I have already tried: ${tried}.`,
    evidence: (n) => `I have kept ${n} screenshot${n === 1 ? '' : 's'} as evidence.`,
    request: (requested) => `What I would like: ${requested}`,
    ask: 'May I have your name, your employee ID and a reference number for this call? When can I expect an answer?',
    thanks: 'Thank you.',
  },
};

const ZH_HANS: Phrases = {
  gap: '[请补充]',
  colon: '：',
  comma: '，',
  unchecked: '[从网页读取——请核对]',
  subject: (what, when, amount) => `投诉：${what}，${when}${amount ? `，${amount}` : ''}`,
  greeting: '您好：',
  intro: '我遇到了下面的问题，希望得到您的帮助。相关情况整理如下，方便您尽快核查。',
  happened: {
    payment_failed: (p) => `我通过${p}进行的一笔付款没有成功。`,
    account_locked: (p) => `我的${p}账户被冻结或受限。`,
    limit_exceeded: (p) => `我通过${p}进行的一笔付款因额度限制未能完成。`,
    funds_missing: (p) => `我通过${p}转出或应收到的款项至今未到账。`,
    unauthorized_activity: (p) => `我的${p}账户出现了非本人进行的操作。`,
    refund_issue: (p) => `我通过${p}申请的退款至今没有收到。`,
  },
  requestedDefault: {
    payment_failed: '请告知这笔款项是否已被扣除；如已扣款，请退还该金额或完成这笔付款。',
    account_locked: '请告知账户受限的原因，以及恢复账户具体需要我提供哪些材料。',
    limit_exceeded: '请说明触发的是哪一项额度限制，以及我怎样才能完成这笔付款。',
    funds_missing: '请查询这笔转账的去向，并告知款项何时到账或退回。',
    unauthorized_activity: '请阻止进一步的非本人操作，展开调查，并退还未经我授权的款项。',
    refund_issue: '请告知退款的处理进度以及预计到账时间。',
  },
  labels: {
    what: '问题经过',
    when: '发生时间',
    amount: '金额',
    merchant: '商家或收款方',
    transactionId: '交易号',
    errorCode: '页面显示的错误代码',
    pageTime: '页面显示的时间',
    device: '使用的设备和浏览器',
    tried: '我已经尝试过',
    contacts: '此前的沟通记录',
    requested: '我的诉求',
    evidence: '我保存的证据（每个文件的 SHA-256 哈希值）',
    noEvidence: '暂未保存',
    noContacts: '这是我第一次就此事联系贵方',
  },
  contact: (c, when) =>
    [
      `${when}，${ZH_HANS.channel[c.channel]}`,
      c.agentName && `客服 ${c.agentName}`,
      c.employeeId && `工号 ${c.employeeId}`,
      c.reference && `工单号 ${c.reference}`,
      c.promised && `承诺：${c.promised}`,
      c.promisedBy && `期限 ${c.promisedBy}`,
    ]
      .filter(Boolean)
      .join('；'),
  channel: { phone: '电话', chat: '在线客服', email: '电子邮件', in_app: 'App 内客服' },
  evidence: (i, when, type, sha) => `${i}. ${type}，${when}，SHA-256 ${sha}`,
  evidenceType: { image: '截图', file: '文件' },
  closing: ['请确认已收到这份投诉，告诉我工单号，以及预计什么时候答复。', '感谢您的帮助。'],
  phone: {
    opening: (state, when, amount, merchant) =>
      `您好，我想反映一个问题：${state}。时间是${when}${amount ? `，金额${amount}` : ''}${merchant ? `，商家是${merchant}` : ''}。`,
    ids: (tx, code) =>
      [tx && `交易号是${tx}。`, code && `页面上显示的错误代码是${code}。`].filter(Boolean).join(''),
    reference: (ref) => `之前已经联系过，工单号是${ref}。`,
    tried: (tried) => `我已经试过：${tried}。`,
    evidence: (n) => `我保存了${n}张截图作为证据。`,
    request: (requested) => `我的诉求是：${requested}`,
    ask: '请问您怎么称呼？工号是多少？这次来电的工单号是多少？大概什么时候能给我答复？',
    thanks: '谢谢您。',
  },
};

const ZH_HANT: Phrases = {
  gap: '[請補充]',
  colon: '：',
  comma: '，',
  unchecked: '[從網頁讀取——請核對]',
  subject: (what, when, amount) => `申訴：${what}，${when}${amount ? `，${amount}` : ''}`,
  greeting: '您好：',
  intro: '我遇到了下面的問題，希望能得到您的協助。相關情況整理如下，方便您盡快查核。',
  happened: {
    payment_failed: (p) => `我透過${p}進行的一筆付款沒有成功。`,
    account_locked: (p) => `我的${p}帳戶被凍結或受限。`,
    limit_exceeded: (p) => `我透過${p}進行的一筆付款，因為額度限制而沒有完成。`,
    funds_missing: (p) => `我透過${p}轉出或應該收到的款項，到現在還沒有入帳。`,
    unauthorized_activity: (p) => `我的${p}帳戶出現了不是我本人進行的操作。`,
    refund_issue: (p) => `我透過${p}申請的退款，到現在還沒有收到。`,
  },
  requestedDefault: {
    payment_failed: '請告知這筆款項是否已經扣款；如果已扣款，請退還該金額或完成這筆付款。',
    account_locked: '請告知帳戶受限的原因，以及恢復帳戶具體需要我提供哪些資料。',
    limit_exceeded: '請說明碰到的是哪一項額度限制，以及我要怎麼做才能完成這筆付款。',
    funds_missing: '請查詢這筆轉帳的去向，並告知款項什麼時候入帳或退回。',
    unauthorized_activity: '請停止任何進一步的非本人操作、展開調查，並退還不是我授權的款項。',
    refund_issue: '請告知退款的處理進度，以及預計入帳時間。',
  },
  labels: {
    what: '事情經過',
    when: '發生時間',
    amount: '金額',
    merchant: '商家或收款人',
    transactionId: '交易編號',
    errorCode: '頁面顯示的錯誤代碼',
    pageTime: '頁面顯示的時間',
    device: '使用的裝置和瀏覽器',
    tried: '我已經試過',
    contacts: '之前的聯絡紀錄',
    requested: '我的要求',
    evidence: '我保存的證據（每個檔案的 SHA-256 雜湊值）',
    noEvidence: '尚未儲存',
    noContacts: '這是我第一次就這件事聯絡貴公司',
  },
  contact: (c, when) =>
    [
      `${when}，${ZH_HANT.channel[c.channel]}`,
      c.agentName && `客服人員 ${c.agentName}`,
      c.employeeId && `員工編號 ${c.employeeId}`,
      c.reference && `受理編號 ${c.reference}`,
      c.promised && `承諾：${c.promised}`,
      c.promisedBy && `期限 ${c.promisedBy}`,
    ]
      .filter(Boolean)
      .join('；'),
  channel: { phone: '電話', chat: '線上客服', email: '電子郵件', in_app: 'App 內客服' },
  evidence: (i, when, type, sha) => `${i}. ${type}，${when}，SHA-256 ${sha}`,
  evidenceType: { image: '截圖', file: '檔案' },
  closing: ['請確認已收到這份申訴，告訴我受理編號，以及預計什麼時候回覆。', '感謝您的協助。'],
  phone: {
    opening: (state, when, amount, merchant) =>
      `您好，我想反映一個問題：${state}。時間是${when}${amount ? `，金額${amount}` : ''}${merchant ? `，商家是${merchant}` : ''}。`,
    ids: (tx, code) =>
      [tx && `交易編號是${tx}。`, code && `頁面上顯示的錯誤代碼是${code}。`]
        .filter(Boolean)
        .join(''),
    reference: (ref) => `我之前已經聯絡過，受理編號是${ref}。`,
    tried: (tried) => `我已經試過：${tried}。`,
    evidence: (n) => `我存了${n}張截圖作為證據。`,
    request: (requested) => `我希望：${requested}`,
    ask: '請問您怎麼稱呼？員工編號是多少？這次通話的受理編號是多少？大概什麼時候可以回覆我？',
    thanks: '謝謝您。',
  },
};

const PHRASES: Record<Locale, Phrases> = { en: EN, 'zh-CN': ZH_HANS, 'zh-Hant': ZH_HANT };

/**
 * Chinese names of the time zones Chinese speakers live in, as they are said (北京时间, not
 * 中国标准时间); other zones take the name `Intl` gives.
 */
const ZONE_NAMES: Readonly<Record<string, { 'zh-CN': string; 'zh-Hant': string }>> = {
  'Asia/Shanghai': { 'zh-CN': '北京时间', 'zh-Hant': '北京時間' },
  'Asia/Chongqing': { 'zh-CN': '北京时间', 'zh-Hant': '北京時間' },
  'Asia/Harbin': { 'zh-CN': '北京时间', 'zh-Hant': '北京時間' },
  'Asia/Hong_Kong': { 'zh-CN': '香港时间', 'zh-Hant': '香港時間' },
  'Asia/Macau': { 'zh-CN': '澳门时间', 'zh-Hant': '澳門時間' },
  'Asia/Taipei': { 'zh-CN': '台北时间', 'zh-Hant': '台灣時間' },
};

const CHINESE_NUMBERS = [
  '零',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
];

interface ParsedTime {
  date: string;
  year: string;
  month: number;
  day: number;
  clock: string;
  /** `+08:00` */
  offset: string;
}

function parseTime(iso: string): ParsedTime | null {
  const match =
    /^((\d{4})-(\d{2})-(\d{2}))T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return null;
  return {
    date: match[1]!,
    year: match[2]!,
    month: Number(match[3]),
    day: Number(match[4]),
    clock: match[5]!,
    offset: match[6] === 'Z' ? '+00:00' : match[6]!,
  };
}

/** `+08:00` → `UTC+8`, `+05:30` → `UTC+5:30`: the short form Chinese texts write. */
function shortOffset(offset: string): string {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** `+08:00` → 东八区 / 東八區 (how a whole-hour offset is said aloud), else the short form. */
function spokenOffset(offset: string, locale: 'zh-CN' | 'zh-Hant'): string {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  const h = Number(hours);
  if (minutes !== '00' || h === 0 || h > 12) return shortOffset(offset);
  const side = sign === '+' ? (locale === 'zh-CN' ? '东' : '東') : '西';
  return `${side}${CHINESE_NUMBERS[h]}${locale === 'zh-CN' ? '区' : '區'}`;
}

/**
 * The Chinese name of `timeZone` at `iso`, only when the zone really had the stored offset then
 * (the zone is a fact the person can edit; the offset is what the time was recorded with).
 */
function chineseZoneName(
  iso: string,
  offset: string,
  timeZone: string | undefined,
  locale: 'zh-CN' | 'zh-Hant',
): string | null {
  if (!timeZone) return null;
  try {
    const parts = dateTimeFormat('en', {
      timeZone,
      timeZoneName: 'longOffset',
    }).formatToParts(new Date(iso));
    const gmt = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const zoneOffset = gmt === 'GMT' ? '+00:00' : gmt.replace(/^GMT/, '');
    if (zoneOffset !== offset) return null;
    const own = ZONE_NAMES[timeZone]?.[locale];
    if (own) return own;
    const named = dateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName')?.value;
    return named && !/^GMT|^UTC/.test(named) ? named : null;
  } catch {
    // Not a time-zone name Intl knows (the field is free text): leave it out.
    return null;
  }
}

/**
 * A case time as written, read straight from the stored string so it reads exactly as the person
 * lived it, whatever zone the reader is in:
 * - en: `2026-11-25 14:03 (UTC+08:00, Asia/Shanghai)`
 * - zh: `2026年11月25日 14:03（北京时间，UTC+8）`, the zone named as people say it when known.
 */
export function formatCaseTime(iso: string, timeZone?: string, locale: Locale = 'en'): string {
  const t = parseTime(iso);
  if (!t) return iso;
  if (locale === 'en') {
    return `${t.date} ${t.clock} (UTC${t.offset}${timeZone ? `, ${timeZone}` : ''})`;
  }
  const zone = chineseZoneName(iso, t.offset, timeZone, locale);
  const where = zone ? `${zone}，${shortOffset(t.offset)}` : shortOffset(t.offset);
  return `${t.year}年${t.month}月${t.day}日 ${t.clock}（${where}）`;
}

/**
 * A case time as said on the phone: `11月25日14:03（北京时间）`, the year only when it is not
 * the year the case was started, the zone as people say it (or 东八区 for an unnamed +08:00),
 * never an ISO date or a UTC offset to read out. English keeps the written form.
 */
export function spokenCaseTime(
  iso: string,
  timeZone: string | undefined,
  locale: Locale,
  referenceYear?: string,
): string {
  const t = parseTime(iso);
  if (!t || locale === 'en') return formatCaseTime(iso, timeZone, locale);
  const zone = chineseZoneName(iso, t.offset, timeZone, locale) ?? spokenOffset(t.offset, locale);
  const year = t.year === referenceYear ? '' : `${t.year}年`;
  return `${year}${t.month}月${t.day}日${t.clock}（${zone}）`;
}

/** What an amount's currency is called after the number, per Chinese readership. */
const CURRENCY_UNITS: Readonly<Record<'zh-CN' | 'zh-Hant', Readonly<Record<string, string>>>> = {
  'zh-CN': {
    CNY: '元',
    USD: '美元',
    HKD: '港元',
    MOP: '澳门元',
    TWD: '新台币',
    EUR: '欧元',
    GBP: '英镑',
    JPY: '日元',
    SGD: '新加坡元',
    AUD: '澳元',
    CAD: '加元',
    MYR: '林吉特',
    PHP: '菲律宾比索',
    INR: '卢比',
    BRL: '雷亚尔',
    KRW: '韩元',
  },
  'zh-Hant': {
    CNY: '人民幣',
    USD: '美元',
    HKD: '港幣',
    MOP: '澳門幣',
    TWD: '元',
    EUR: '歐元',
    GBP: '英鎊',
    JPY: '日圓',
    SGD: '新加坡幣',
    AUD: '澳幣',
    CAD: '加幣',
    MYR: '令吉',
    PHP: '菲律賓披索',
    INR: '印度盧比',
    BRL: '巴西雷亞爾',
    KRW: '韓元',
  },
};

function currencyUnit(currency: string, locale: 'zh-CN' | 'zh-Hant'): string {
  const own = CURRENCY_UNITS[locale][currency.toUpperCase()];
  if (own) return own;
  try {
    return displayNames(intlLocale(locale), 'currency').of(currency.toUpperCase()) ?? currency;
  } catch {
    return currency;
  }
}

/**
 * The amount as written: `USD 24.50` in English; `24.50美元（USD）` in Chinese (the code kept
 * beside the name, so nothing is lost); the amount as the page printed it when there is no
 * currency; `''` when there is no amount.
 */
export function formatAmount(facts: CaseRecord['facts'], locale: Locale = 'en'): string {
  if (facts.amount && facts.currency) {
    if (locale === 'en') return `${facts.currency} ${facts.amount}`;
    return `${facts.amount}${currencyUnit(facts.currency, locale)}（${facts.currency.toUpperCase()}）`;
  }
  return facts.amountText ?? facts.amount ?? '';
}

/** The amount as said aloud: `24.50元`, `24.50美元` (no code to spell out). */
function spokenAmount(facts: CaseRecord['facts'], locale: Locale): string {
  if (locale !== 'en' && facts.amount && facts.currency) {
    return `${facts.amount}${currencyUnit(facts.currency, locale)}`;
  }
  return formatAmount(facts, locale);
}

/** How the evidence list names a linked item: a file's own label, else its kind. */
function evidenceType(p: Phrases, link: CaseRecord['evidence'][number]): string {
  if (link.file?.label) return link.file.label;
  return link.mimeType.startsWith('image/') && !link.file
    ? p.evidenceType.image
    : p.evidenceType.file;
}

function trimEnd(text: string): string {
  return text.trim().replace(/[.。]+$/, '');
}

/**
 * The complaint text for `record` in the requested language and form. Text read from the page
 * goes in only once the person confirmed it, and never with phone numbers or links in it
 * (see `page-text.ts`).
 */
export function describeCase(record: CaseRecord, options: DescribeOptions): string {
  const { locale } = options;
  const p = PHRASES[locale];
  const f = writableFacts(record);
  const unchecked = new Set<FactName>(record.unconfirmed ?? []);
  const amountUnchecked = ['amount', 'currency', 'amountText'].some((n) =>
    unchecked.has(n as FactName),
  );
  const stateName = translate(locale, `state.${record.state}`);
  const occurredAt = f.occurredAt ?? record.createdAt;
  const requested = f.requested?.trim() || p.requestedDefault[record.state];
  const device = [f.device, f.browser].filter((v) => v && v.trim()).join(p.comma);

  if (options.form === 'phone') {
    const when = spokenCaseTime(occurredAt, f.timeZone, locale, record.createdAt.slice(0, 4));
    const reference = record.contacts.findLast((c) => c.reference)?.reference;
    return [
      p.phone.opening(stateName, when, spokenAmount(f, locale), f.merchant ?? ''),
      p.phone.ids(f.transactionId ?? '', f.errorCode ?? ''),
      reference ? p.phone.reference(reference) : '',
      f.tried?.trim() ? p.phone.tried(trimEnd(f.tried)) : '',
      record.evidence.length ? p.phone.evidence(record.evidence.length) : '',
      p.phone.request(requested),
      p.phone.ask,
      p.phone.thanks,
    ]
      .filter(Boolean)
      .join('\n');
  }

  const when = formatCaseTime(occurredAt, f.timeZone, locale);
  const amount = formatAmount(f, locale);
  const labelled = (label: string, value: string) => `${label}${p.colon}${value}`;
  const line = (label: string, value: string | undefined, isUnchecked = false) =>
    labelled(label, isUnchecked ? p.unchecked : value && value.trim() ? value.trim() : p.gap);
  const optional = (label: string, value: string | undefined, name: FactName) =>
    unchecked.has(name)
      ? [labelled(label, p.unchecked)]
      : value && value.trim()
        ? [labelled(label, value.trim())]
        : [];
  const happened = [p.happened[record.state](options.providerName), f.summary?.trim()]
    .filter(Boolean)
    .join(locale === 'en' ? ' ' : '');

  const contacts = record.contacts.length
    ? record.contacts.map((c) => `- ${p.contact(c, formatCaseTime(c.at, undefined, locale))}`)
    : [`- ${p.labels.noContacts}`];
  const evidence = record.evidence.length
    ? record.evidence.map((e, i) =>
        p.evidence(
          i + 1,
          formatCaseTime(e.capturedAt, undefined, locale),
          evidenceType(p, e),
          e.sha256,
        ),
      )
    : [`- ${p.labels.noEvidence}`];
  const heading = (label: string) => `${label}${p.colon.trimEnd()}`;

  return [
    p.subject(stateName, when, amount),
    '',
    p.greeting,
    '',
    p.intro,
    '',
    labelled(p.labels.what, happened),
    line(p.labels.when, when),
    line(p.labels.amount, amount, amountUnchecked),
    line(p.labels.merchant, f.merchant, unchecked.has('merchant')),
    ...optional(p.labels.transactionId, f.transactionId, 'transactionId'),
    ...optional(p.labels.errorCode, f.errorCode, 'errorCode'),
    ...optional(p.labels.pageTime, f.pageTime, 'pageTime'),
    line(p.labels.device, device),
    line(p.labels.tried, f.tried),
    '',
    heading(p.labels.contacts),
    ...contacts,
    '',
    labelled(p.labels.requested, requested),
    '',
    heading(p.labels.evidence),
    ...evidence,
    '',
    ...p.closing,
  ].join('\n');
}
