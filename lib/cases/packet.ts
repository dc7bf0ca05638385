import type { Locale } from '../i18n';
import { describeCase } from './describe';
import type { EscalationChannel } from './escalation';
import type { CaseRecord } from './schema';

/** The packet's headings in each language, with the colon that language puts after a label. */
const PACKET_WORDS: Record<
  Locale,
  { channel: string; contact: string; steps: string; documents: string; colon: string }
> = {
  en: {
    channel: 'Channel',
    contact: 'Contact',
    steps: 'Steps',
    documents: 'Documents to attach',
    colon: ': ',
  },
  'zh-CN': {
    channel: '投诉渠道',
    contact: '联系方式',
    steps: '步骤',
    documents: '随附材料',
    colon: '：',
  },
  'zh-Hant': {
    channel: '申訴管道',
    contact: '聯絡方式',
    steps: '步驟',
    documents: '附上的文件',
    colon: '：',
  },
};

/**
 * The prefilled packet for one escalation channel: where to go, the steps, the documents to
 * attach, then the complaint description and the call log, ready to paste into the channel's
 * form or letter. Contact details come only from the sourced table, never from the case.
 */
export function escalationPacket(
  record: CaseRecord,
  channel: EscalationChannel,
  options: { locale: Locale; providerName: string },
): string {
  const { locale } = options;
  const words = PACKET_WORDS[locale];
  const contact = [
    channel.url,
    ...channel.phones.map((p) => p.number),
    channel.email,
    channel.postal,
  ].filter(Boolean);
  return [
    `${words.channel}${words.colon}${channel.name[locale]}`,
    ...(contact.length ? [`${words.contact}${words.colon}${contact.join(' · ')}`] : []),
    '',
    `${words.steps}${words.colon.trimEnd()}`,
    ...channel.steps.map((s, i) => `${i + 1}. ${s[locale]}`),
    '',
    `${words.documents}${words.colon.trimEnd()}`,
    ...channel.documents.map((d) => `- ${d[locale]}`),
    '',
    '---',
    '',
    describeCase(record, { locale, form: 'written', providerName: options.providerName }),
  ].join('\n');
}
