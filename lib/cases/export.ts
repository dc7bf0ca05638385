import { strToU8, zipSync, type Zippable } from 'fflate';
import { openEvidenceDb } from '../evidence/db';
import { sha256Hex } from '../evidence/hash';
import { getBlob } from '../evidence/store';
import { translate, type Locale } from '../i18n';
import { caseClocks } from './case-clocks';
import { describeCase, formatAmount, formatCaseTime } from './describe';
import type { CaseRecord, EvidenceLink } from './schema';

/**
 * The case bundle: one ZIP with `case.json` (the record, importable again), `report.html` (a
 * readable, printable report: facts, description, call log, timeline, clocks and evidence with
 * hashes), the descriptions as text files, the evidence files themselves and `manifest.json`
 * with the SHA-256 of every file in the bundle.
 */

/** One evidence file for the bundle. */
export interface EvidenceFile {
  sha256: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Fetches the bytes of linked evidence; what cannot be found is listed in `missing`. */
export type EvidenceSource = (
  links: readonly EvidenceLink[],
) => Promise<{ files: EvidenceFile[]; missing: string[] }>;

/**
 * Reads linked evidence from the evidence store, checking each file still has the hash the case
 * recorded. This is the one place the case export touches the evidence store, so it can be
 * replaced by the evidence module's own exporter without changing the rest.
 */
export const evidenceFromStore: EvidenceSource = async (links) => {
  const db = await openEvidenceDb();
  const files: EvidenceFile[] = [];
  const missing: string[] = [];
  for (const link of links) {
    const blob = await getBlob(db, link.sha256);
    const bytes = blob ? new Uint8Array(blob.bytes) : null;
    if (!blob || !bytes || (await sha256Hex(bytes)) !== link.sha256) {
      missing.push(link.sha256);
      continue;
    }
    files.push({ sha256: link.sha256, mimeType: blob.mimeType, bytes });
  }
  return { files, missing };
};

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'text/html': 'html',
  'multipart/related': 'mhtml',
  'text/plain': 'txt',
};

/** The path of an evidence file inside the bundle. */
export function evidencePath(file: Pick<EvidenceFile, 'sha256' | 'mimeType'>): string {
  return `evidence/${file.sha256}.${EXTENSIONS[file.mimeType] ?? 'bin'}`;
}

/** Escapes text for HTML: every value in the report is text, never markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What the report needs besides the case. */
export interface ReportOptions {
  locale: Locale;
  providerName: string;
  now: Date;
  timeZone: string;
  missing?: readonly string[];
}

/** The bundle's `report.html`: self-contained, no scripts, prints well. */
export function buildCaseReport(record: CaseRecord, options: ReportOptions): string {
  const { locale } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    escapeHtml(translate(locale, key, params));
  const e = escapeHtml;
  const f = record.facts;
  const row = (label: string, value: string | undefined) =>
    value ? `<tr><th>${label}</th><td>${e(value)}</td></tr>` : '';
  const description = describeCase(record, {
    locale,
    form: 'written',
    providerName: options.providerName,
  });
  const contacts = record.contacts
    .map(
      (c) =>
        `<tr><td>${e(formatCaseTime(c.at))}</td><td>${t(`cases.channel.${c.channel}`)}</td>` +
        `<td>${e(c.durationMinutes === undefined ? '' : String(c.durationMinutes))}</td>` +
        `<td>${e(c.agentName ?? '')}</td><td>${e(c.employeeId ?? '')}</td>` +
        `<td>${e(c.reference ?? '')}</td><td>${e(c.said ?? '')}</td>` +
        `<td>${e(c.promised ?? '')}</td><td>${e(c.promisedBy ?? '')}</td></tr>`,
    )
    .join('\n');
  const missing = new Set(options.missing ?? []);
  const evidence = record.evidence
    .map(
      (l) =>
        `<tr><td>${e(formatCaseTime(l.capturedAt))}</td><td><code>${e(l.sha256)}</code></td>` +
        `<td>${missing.has(l.sha256) ? t('cases.export.missing') : e(evidencePath(l))}</td></tr>`,
    )
    .join('\n');
  const timeline = record.timeline
    .map(
      (ev) =>
        `<li><time>${e(formatCaseTime(ev.at))}</time> ${t(`cases.timeline.${ev.kind}`)}` +
        `${ev.status ? ` — ${t(`cases.status.${ev.status}`)}` : ''}` +
        `${ev.detail ? ` <code>${e(ev.detail)}</code>` : ''}</li>`,
    )
    .join('\n');
  const clocks = caseClocks(record, options.now, options.timeZone)
    .map(({ channel, clock, position }) => {
      const where = position
        ? position.passed
          ? clock.whenPassed[locale]
          : translate(locale, 'cases.clock.running', { due: position.due })
        : translate(locale, 'cases.clock.notStarted');
      return `<tr><td>${e(channel.name[locale])}</td><td>${e(clock.label[locale])}</td><td>${e(where)}</td></tr>`;
    })
    .join('\n');
  const outcome = record.outcome;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${t('cases.export.title')} — ${e(options.providerName)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;background:#f7f7f7}code{word-break:break-all}
@media print{body{margin:0}pre{background:none}}
</style>
</head>
<body>
<h1>${t('cases.export.title')}: ${e(options.providerName)} — ${t(`state.${record.state}`)}</h1>
<p>${t('cases.status')}: <strong>${t(`cases.status.${record.status}`)}</strong> · ${t('cases.export.made', { time: formatCaseTime(options.now.toISOString()) })} · <code>${e(record.id)}</code></p>
<h2>${t('cases.facts')}</h2>
<table>
${row(t('cases.field.occurredAt'), f.occurredAt && formatCaseTime(f.occurredAt, f.timeZone))}
${row(t('cases.field.amount'), formatAmount(f))}
${row(t('cases.field.merchant'), f.merchant)}
${row(t('cases.field.transactionId'), f.transactionId)}
${row(t('cases.field.errorCode'), f.errorCode)}
${row(t('cases.field.device'), [f.device, f.browser].filter(Boolean).join(', '))}
${row(t('cases.field.url'), f.url)}
${row(t('cases.field.tried'), f.tried)}
${row(t('cases.field.requested'), f.requested)}
</table>
<h2>${t('cases.description')}</h2>
<pre>${e(description)}</pre>
<h2>${t('cases.contacts')}</h2>
<table>
<tr><th>${t('cases.contact.at')}</th><th>${t('cases.contact.channel')}</th><th>${t('cases.contact.duration')}</th><th>${t('cases.contact.agentName')}</th><th>${t('cases.contact.employeeId')}</th><th>${t('cases.contact.reference')}</th><th>${t('cases.contact.said')}</th><th>${t('cases.contact.promised')}</th><th>${t('cases.contact.promisedBy')}</th></tr>
${contacts}
</table>
<h2>${t('cases.evidence')}</h2>
<table>
<tr><th>${t('cases.contact.at')}</th><th>SHA-256</th><th>${t('cases.export.file')}</th></tr>
${evidence}
</table>
${
  outcome
    ? `<h2>${t('cases.outcome')}</h2><table>
${row(t('cases.outcome.result'), translate(locale, `cases.status.${outcome.result}`))}
${row(t('cases.contact.at'), formatCaseTime(outcome.at))}
${row(t('cases.outcome.refunded'), outcome.refundedAmount)}
${row(t('cases.outcome.reason'), outcome.rejectionReason)}
${row(t('cases.outcome.satisfaction'), outcome.satisfaction === undefined ? undefined : `${outcome.satisfaction}/5`)}
</table>`
    : ''
}
<h2>${t('cases.clocks')}</h2>
<table>
${clocks}
</table>
<h2>${t('cases.timeline')}</h2>
<ol>
${timeline}
</ol>
</body>
</html>
`;
}

/** What building the bundle needs. */
export interface BundleOptions extends Omit<ReportOptions, 'missing'> {
  /** The provider's name in each language, for the descriptions. */
  providerNames: Record<Locale, string>;
  evidence: EvidenceSource;
}

/** The bundle's file name: `case-paypal-2026-11-25-<id prefix>.zip`. */
export function bundleFileName(record: CaseRecord): string {
  return `case-${record.providerId}-${record.createdAt.slice(0, 10)}-${record.id.slice(0, 8)}.zip`;
}

/** Builds the ZIP bytes of a case bundle. */
export async function buildCaseZip(
  record: CaseRecord,
  options: BundleOptions,
): Promise<{ bytes: Uint8Array; missing: string[] }> {
  const { files: evidenceFiles, missing } = await options.evidence(record.evidence);
  const files: Record<string, Uint8Array> = {
    'case.json': strToU8(`${JSON.stringify(record, null, 2)}\n`),
    'report.html': strToU8(buildCaseReport(record, { ...options, missing })),
  };
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const form of ['written', 'phone'] as const) {
      const text = describeCase(record, {
        locale,
        form,
        providerName: options.providerNames[locale],
      });
      files[`description-${form}.${locale}.txt`] = strToU8(`${text}\n`);
    }
  }
  for (const file of evidenceFiles) files[evidencePath(file)] = file.bytes;
  const manifest = {
    format: 'wallet-assist-case-bundle',
    version: 1,
    caseId: record.id,
    createdAt: options.now.toISOString(),
    missingEvidence: missing,
    files: await Promise.all(
      Object.entries(files).map(async ([path, bytes]) => ({
        path,
        size: bytes.byteLength,
        sha256: await sha256Hex(bytes),
      })),
    ),
  };
  const zippable: Zippable = {
    ...files,
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
  };
  return { bytes: zipSync(zippable, { level: 6, mtime: options.now }), missing };
}
