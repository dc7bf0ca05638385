import { translate, type Locale } from '../i18n';
import type { StateId } from '../states';
import { writableFacts } from './page-text';
import type { CaseRecord, ContactEntry, FactName } from './schema';

/**
 * The complaint description: a precise, polite text built only from the case's facts, in English
 * or Simplified Chinese, as a written message (e-mail, chat, web form) or as a short script to
 * read on the phone. Support staff resolve a complaint faster when the first message already
 * says when, how much, where, on what device, what was tried and what is asked for, and lists
 * the proof; so every one of those is always present, with a visible gap marker when unknown.
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
  closing: string[];
  phone: {
    opening: (state: string, when: string, amount: string, merchant: string) => string;
    ids: (transactionId: string, errorCode: string) => string;
    tried: (tried: string) => string;
    evidence: (count: number) => string;
    request: (requested: string) => string;
    ask: string;
    thanks: string;
  };
}

const EN: Phrases = {
  gap: '[please add]',
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
    tried: (tried) => `I have already tried: ${tried}.`,
    evidence: (n) => `I have kept ${n} screenshot${n === 1 ? '' : 's'} as evidence.`,
    request: (requested) => `What I would like: ${requested}`,
    ask: 'May I have your name, your employee ID and a reference number for this call? When can I expect an answer?',
    thanks: 'Thank you.',
  },
};

const ZH: Phrases = {
  gap: '[请补充]',
  unchecked: '[从网页读取——请核对]',
  subject: (what, when, amount) => `投诉：${what}，${when}${amount ? `，${amount}` : ''}`,
  greeting: '您好：',
  intro: '我遇到了下面的问题，希望得到您的帮助。相关信息整理如下，方便您尽快核查。',
  happened: {
    payment_failed: (p) => `我通过${p}进行的一笔付款没有成功。`,
    account_locked: (p) => `我的${p}账户被锁定或受限。`,
    limit_exceeded: (p) => `我通过${p}进行的一笔付款因额度限制未能完成。`,
    funds_missing: (p) => `我通过${p}转出或应收到的款项至今未到账。`,
    unauthorized_activity: (p) => `我的${p}账户出现了并非本人进行的操作。`,
    refund_issue: (p) => `我通过${p}申请的退款至今没有收到。`,
  },
  requestedDefault: {
    payment_failed: '请告知这笔款项是否已被扣除；如已扣款，请退还该金额或完成这笔付款。',
    account_locked: '请告知账户受限的原因，以及恢复账户具体需要我提供哪些材料。',
    limit_exceeded: '请说明触发的是哪一项额度限制，以及我怎样才能完成这笔付款。',
    funds_missing: '请查询这笔转账的去向，并告知款项何时到账或退回。',
    unauthorized_activity: '请阻止进一步的未授权操作，展开调查，并退还非本人授权的款项。',
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
    evidence: '我保存的证据（每个文件的 SHA-256）',
    noEvidence: '暂未保存',
    noContacts: '这是我第一次就此事联系',
  },
  contact: (c, when) =>
    [
      `${when}，${ZH.channel[c.channel]}`,
      c.agentName && `客服 ${c.agentName}`,
      c.employeeId && `工号 ${c.employeeId}`,
      c.reference && `编号 ${c.reference}`,
      c.promised && `承诺：${c.promised}`,
      c.promisedBy && `期限 ${c.promisedBy}`,
    ]
      .filter(Boolean)
      .join('；'),
  channel: { phone: '电话', chat: '在线客服', email: '电子邮件', in_app: 'App 内客服' },
  evidence: (i, when, type, sha) => `${i}. ${type}，${when}，SHA-256 ${sha}`,
  closing: ['请确认已收到本投诉，告知投诉编号，并告诉我预计何时答复。', '感谢您的帮助。'],
  phone: {
    opening: (state, when, amount, merchant) =>
      `您好，我来电反映一个问题：${state}。发生在${when}${amount ? `，金额${amount}` : ''}${merchant ? `，商家是${merchant}` : ''}。`,
    ids: (tx, code) =>
      [tx && `交易号是${tx}。`, code && `页面显示的错误代码是${code}。`].filter(Boolean).join(''),
    tried: (tried) => `我已经尝试过：${tried}。`,
    evidence: (n) => `我保存了 ${n} 份截图作为证据。`,
    request: (requested) => `我的诉求是：${requested}`,
    ask: '请问您怎么称呼、工号是多少？这次来电的编号是什么？预计什么时候能给我答复？',
    thanks: '谢谢。',
  },
};

const PHRASES: Record<Locale, Phrases> = { en: EN, 'zh-CN': ZH };

/**
 * `2026-11-25T14:03:00.000+08:00` → `2026-11-25 14:03 (UTC+08:00)`. Read straight from the
 * stored string, so the time reads exactly as the person lived it, whatever zone the reader is in.
 */
export function formatCaseTime(iso: string, timeZone?: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(
    iso,
  );
  if (!match) return iso;
  const offset = match[3] === 'Z' ? '+00:00' : match[3];
  return `${match[1]} ${match[2]} (UTC${offset}${timeZone ? `, ${timeZone}` : ''})`;
}

/** `USD 24.50`, or the amount as the page printed it, or `''`. */
export function formatAmount(facts: CaseRecord['facts']): string {
  if (facts.amount && facts.currency) return `${facts.currency} ${facts.amount}`;
  return facts.amountText ?? facts.amount ?? '';
}

function evidenceType(locale: Locale, link: CaseRecord['evidence'][number]): string {
  if (link.file) return link.file.label || (locale === 'en' ? 'File' : '文件');
  if (link.mimeType.startsWith('image/')) return locale === 'en' ? 'Screenshot' : '截图';
  return locale === 'en' ? 'File' : '文件';
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
  const p = PHRASES[options.locale];
  const f = writableFacts(record);
  const unchecked = new Set<FactName>(record.unconfirmed ?? []);
  const amountUnchecked = ['amount', 'currency', 'amountText'].some((n) =>
    unchecked.has(n as FactName),
  );
  const stateName = translate(options.locale, `state.${record.state}`);
  const when = formatCaseTime(f.occurredAt ?? record.createdAt, f.timeZone);
  const amount = formatAmount(f);
  const requested = f.requested?.trim() || p.requestedDefault[record.state];
  const device = [f.device, f.browser].filter((v) => v && v.trim()).join(', ');

  if (options.form === 'phone') {
    return [
      p.phone.opening(stateName, when, amount, f.merchant ?? ''),
      p.phone.ids(f.transactionId ?? '', f.errorCode ?? ''),
      f.tried?.trim() ? p.phone.tried(trimEnd(f.tried)) : '',
      record.evidence.length ? p.phone.evidence(record.evidence.length) : '',
      p.phone.request(requested),
      p.phone.ask,
      p.phone.thanks,
    ]
      .filter(Boolean)
      .join('\n');
  }

  const line = (label: string, value: string | undefined, isUnchecked = false) =>
    `${label}: ${isUnchecked ? p.unchecked : value && value.trim() ? value.trim() : p.gap}`;
  const optional = (label: string, value: string | undefined, name: FactName) =>
    unchecked.has(name)
      ? [`${label}: ${p.unchecked}`]
      : value && value.trim()
        ? [`${label}: ${value.trim()}`]
        : [];
  const happened = [p.happened[record.state](options.providerName), f.summary?.trim()]
    .filter(Boolean)
    .join(' ');

  const contacts = record.contacts.length
    ? record.contacts.map((c) => `- ${p.contact(c, formatCaseTime(c.at))}`)
    : [`- ${p.labels.noContacts}`];
  const evidence = record.evidence.length
    ? record.evidence.map((e, i) =>
        p.evidence(i + 1, formatCaseTime(e.capturedAt), evidenceType(options.locale, e), e.sha256),
      )
    : [`- ${p.labels.noEvidence}`];

  return [
    p.subject(stateName, when, amount),
    '',
    p.greeting,
    '',
    p.intro,
    '',
    `${p.labels.what}: ${happened}`,
    line(p.labels.when, when),
    line(p.labels.amount, amount, amountUnchecked),
    line(p.labels.merchant, f.merchant, unchecked.has('merchant')),
    ...optional(p.labels.transactionId, f.transactionId, 'transactionId'),
    ...optional(p.labels.errorCode, f.errorCode, 'errorCode'),
    ...optional(p.labels.pageTime, f.pageTime, 'pageTime'),
    line(p.labels.device, device),
    line(p.labels.tried, f.tried),
    '',
    `${p.labels.contacts}:`,
    ...contacts,
    '',
    `${p.labels.requested}: ${requested}`,
    '',
    `${p.labels.evidence}:`,
    ...evidence,
    '',
    ...p.closing,
  ].join('\n');
}
