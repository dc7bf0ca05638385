import type { Locale } from '../i18n';
import { describeCase } from './describe';
import type { EscalationChannel } from './escalation';
import type { CaseRecord } from './schema';

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
  const zh = locale === 'zh-CN';
  const contact = [
    channel.url,
    ...channel.phones.map((p) => p.number),
    channel.email,
    channel.postal,
  ].filter(Boolean);
  return [
    `${zh ? '投诉渠道' : 'Channel'}: ${channel.name[locale]}`,
    ...(contact.length ? [`${zh ? '联系方式' : 'Contact'}: ${contact.join(' · ')}`] : []),
    '',
    `${zh ? '步骤' : 'Steps'}:`,
    ...channel.steps.map((s, i) => `${i + 1}. ${s[locale]}`),
    '',
    `${zh ? '随附材料' : 'Documents to attach'}:`,
    ...channel.documents.map((d) => `- ${d[locale]}`),
    '',
    '---',
    '',
    describeCase(record, { locale, form: 'written', providerName: options.providerName }),
  ].join('\n');
}
