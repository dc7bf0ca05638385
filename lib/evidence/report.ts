import { createTranslator, type Locale, type Translate } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { providerName } from '../providers';
import type { ExtractedFields } from '../tab-state';
import { artifactPath } from './bundle';
import type { CaptureRecord } from './schema';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111}
section{page-break-after:always;break-after:page;margin-bottom:32px}
section:last-child{page-break-after:auto;break-after:auto}
img{max-width:100%;border:1px solid #999}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{text-align:left;vertical-align:top;padding:3px 6px;border-bottom:1px solid #ddd}
th{width:28%}
code{font:12px ui-monospace,monospace;word-break:break-all}
@media print{body{margin:0}a{color:inherit;text-decoration:none}}
`;

/**
 * A printable report of the bundle: a cover page, then a page per capture with its screenshot,
 * URL, times and every hash. Built as a string with every page-supplied value escaped (the
 * report is a file in the ZIP, opened by the person in a browser, never inserted into our pages).
 */
/** The label of each field read from a page, shared with the case's facts. */
export const FIELD_LABELS: Readonly<Record<keyof ExtractedFields, MessageKey>> = {
  amountText: 'cases.field.amountText',
  amount: 'cases.field.amount',
  currency: 'cases.field.currency',
  merchant: 'cases.field.merchant',
  transactionId: 'cases.field.transactionId',
  errorCode: 'cases.field.errorCode',
  pageTime: 'cases.field.pageTime',
};

/** A field's label, or its stored name for a field this version does not know. */
export function fieldLabel(t: Translate, field: string): string {
  return Object.hasOwn(FIELD_LABELS, field)
    ? t(FIELD_LABELS[field as keyof ExtractedFields])
    : field;
}

export function buildReportHtml(
  records: readonly CaptureRecord[],
  exportedAt: string,
  locale: Locale = 'en',
): string {
  const t = createTranslator(locale);
  const row = (label: string, value: string, code = false) =>
    `<tr><th>${escapeHtml(label)}</th><td>${code ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)}</td></tr>`;
  const pages = records.map((record) => {
    const shot =
      record.artifacts.find((a) => a.kind === 'screenshot-visible') ??
      record.artifacts.find((a) => a.kind === 'screenshot-full');
    const image = shot
      ? `<img src="${escapeHtml(artifactPath(shot.sha256, shot.mimeType))}" alt="${escapeHtml(t('report.screenshot'))}">`
      : `<p>${escapeHtml(t('report.noScreenshot'))}</p>`;
    const fields = Object.entries(record.fields).map(([key, value]) =>
      row(fieldLabel(t, key), String(value)),
    );
    const hashes = [...record.artifacts, ...record.redactions].map((a) =>
      row(
        `${t(`evidence.kind.${a.kind}`)}${a.part ? ` ${a.part}/${a.parts}` : ''}`,
        a.sha256,
        true,
      ),
    );
    return `<section>
<h2>${escapeHtml(record.title || record.url)}</h2>
${image}
<table>
${row(t('report.url'), record.url)}
${row(t('report.capturedAt'), `${record.capturedAt} (${record.timeZone})`)}
${row(t('report.capturedAtUtc'), record.capturedAtUtc)}
${row(t('report.provider'), record.providerId ? providerName(record.providerId, locale) : '—')}
${row(t('report.state'), record.state ? t(`state.${record.state}`) : '—')}
${fields.join('\n')}
${row(t('report.browser'), `${record.browser.name} ${record.browser.version} · ${record.os}`)}
${row(t('report.extension'), record.extensionVersion)}
${record.notes ? row(t('report.notes'), record.notes) : ''}
</table>
<h3>${escapeHtml(t('report.hashes'))}</h3>
<table>
${hashes.join('\n')}
${row(t('report.recordHash'), record.chain.recordHash, true)}
${row(t('report.prevHash'), record.chain.prevHash ?? '—', true)}
</table>
</section>`;
  });
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(t('report.title'))}</title><style>${STYLE}</style></head>
<body>
<section>
<h1>${escapeHtml(t('report.title'))}</h1>
<p>${escapeHtml(t('report.summary', { count: records.length, at: exportedAt }))}</p>
<p>${escapeHtml(t('report.howToVerify'))}</p>
</section>
${pages.join('\n')}
</body>
</html>
`;
}
