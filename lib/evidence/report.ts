import { createTranslator, translate, type Locale, type Translate } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { providerName } from '../providers';
import type { ExtractedFields } from '../tab-state';
import { artifactPath, type BundleManifest } from './bundle';
import type { ChainHead } from './chain';
import type { ExportChoices, PlannedFile, RecordPlan } from './export-plan';

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
.note{border-left:4px solid #b45309;padding:4px 10px;background:#fffbeb}
@media print{body{margin:0}a{color:inherit;text-decoration:none}}
`;

/** What the report says about the export as a whole. */
export interface ReportContext {
  exportedAt: string;
  locale?: Locale;
  chainHead: ChainHead | null;
  scope: BundleManifest['scope'];
  choices: ExportChoices;
}

/** Images a report page can show, best first: a redacted copy before the original. */
const PICTURE_ORDER = [
  'redacted-screenshot',
  'screenshot-visible',
  'screenshot-full',
  'outside-file',
];

function pictureOf(files: readonly PlannedFile[]): PlannedFile | undefined {
  const shown = files.filter((f) => f.include && f.artifact.mimeType.startsWith('image/'));
  return shown.sort(
    (a, b) => PICTURE_ORDER.indexOf(a.artifact.kind) - PICTURE_ORDER.indexOf(b.artifact.kind),
  )[0];
}

/**
 * A printable report of the bundle: a cover page that says what the bundle proves and what it
 * does not, what it holds and what was left out, then a page per record with its picture (the
 * redacted copy where there is one), details, where it came from and every file with its hash and
 * whether it is in the bundle. Built as a string with every page-supplied value escaped (the
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

export function buildReportHtml(plans: readonly RecordPlan[], context: ReportContext): string {
  const locale = context.locale ?? 'en';
  const tr = createTranslator(locale);
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    escapeHtml(tr(key, params));
  const row = (label: string, value: string, code = false) =>
    `<tr><th>${label}</th><td>${code ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)}</td></tr>`;
  const pages = plans.map(({ record, files, detailsMasked }) => {
    const picture = pictureOf(files);
    const image = picture
      ? `<img src="${escapeHtml(artifactPath(picture.artifact.sha256, picture.artifact.mimeType))}" alt="${t(picture.artifact.kind === 'redacted-screenshot' ? 'report.redactedScreenshot' : 'report.screenshot')}">`
      : `<p>${t('report.noScreenshot')}</p>`;
    const origin = record.origin
      ? t('report.origin.imported', {
          at: record.origin.importedAt,
          name: record.origin.bundleName || '—',
          sha: record.origin.bundleSha256 ?? '—',
          exported: record.origin.bundleExportedAt || '—',
        })
      : t(record.file ? 'report.origin.file' : 'report.origin.captured');
    const fields = Object.entries(record.fields).map(([key, value]) =>
      row(escapeHtml(fieldLabel(tr, key)), String(value)),
    );
    const file = record.file
      ? [
          row(
            t('report.file.category'),
            translate(locale, `outside.category.${record.file.category}`),
          ),
          row(t('report.file.description'), record.file.description || '—'),
          row(t('report.file.occurredAt'), record.file.occurredAt ?? '—'),
          row(t('report.file.cameFrom'), record.file.cameFrom || '—'),
          row(t('report.file.name'), record.file.fileName || '—'),
          row(t('report.file.type'), record.file.detectedType),
        ]
      : [];
    const fileRows = files.map(({ artifact: a, include, reason }) => {
      const where = include
        ? t('report.inBundle', { path: artifactPath(a.sha256, a.mimeType) })
        : t(`report.leftOut.${reason!}`);
      return `<tr><th>${escapeHtml(`${tr(`evidence.kind.${a.kind}`)}${a.part ? ` ${a.part}/${a.parts}` : ''}`)}</th><td><code>${escapeHtml(a.sha256)}</code><br>${where}</td></tr>`;
    });
    const heading = record.file?.description || record.title || record.url;
    return `<section>
<h2>${escapeHtml(heading)}</h2>
<p class="note">${origin}</p>
${image}
<table>
${record.file ? file.join('\n') : ''}
${record.url ? row(t('report.url'), record.url) : ''}
${row(t(record.file ? 'report.addedAt' : 'report.capturedAt'), `${record.capturedAt} (${record.timeZone})`)}
${row(t('report.capturedAtUtc'), record.capturedAtUtc)}
${row(t('report.provider'), record.providerId ? providerName(record.providerId, locale) : '—')}
${row(t('report.state'), record.state ? translate(locale, `state.${record.state}`) : '—')}
${fields.join('\n')}
${row(t('report.browser'), `${record.browser.name} ${record.browser.version} · ${record.os}`)}
${row(t('report.extension'), record.extensionVersion)}
${record.notes ? row(t('report.notes'), record.notes) : ''}
</table>
${detailsMasked ? `<p class="note">${t('report.masked')}</p>` : ''}
<h3>${t('report.hashes')}</h3>
<table>
${fileRows.join('\n')}
${row(t('report.recordHash'), record.chain.recordHash, true)}
${row(t('report.prevHash'), record.chain.prevHash ?? '—', true)}
</table>
</section>`;
  });
  const head = context.chainHead;
  const ownInBundle = head
    ? plans.filter((p) => !p.record.origin && p.record.chain.chainId === head.chainId).length
    : 0;
  const cover = [
    `<p>${t('report.summary', { count: plans.length, at: context.exportedAt })} ${t(`report.scope.${context.scope}`)}</p>`,
    `<h2>${t('report.provesTitle')}</h2>`,
    `<p>${t('report.proves')}</p>`,
    `<p>${t('report.doesNotProve')}</p>`,
    `<p>${
      head && head.recordHash
        ? t('report.chainHead', {
            count: head.seq,
            hash: head.recordHash,
            included: ownInBundle,
            chain: head.chainId,
          })
        : t('report.noChainHead')
    }</p>`,
    `<h2>${t('report.containsTitle')}</h2>`,
    `<p>${t(context.choices.originals ? 'report.choice.originals' : 'report.choice.redacted')}</p>`,
    `<p>${t(context.choices.pageCopies ? 'report.choice.pageCopiesIn' : 'report.choice.pageCopiesOut')}</p>`,
    `<p>${t('report.howToVerify')}</p>`,
  ];
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"><title>${t('report.title')}</title><style>${STYLE}</style></head>
<body>
<section>
<h1>${t('report.title')}</h1>
${cover.join('\n')}
</section>
${pages.join('\n')}
</body>
</html>
`;
}
