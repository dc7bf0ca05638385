import { strToU8 } from 'fflate';
import { artifactPath, type LeftOutReason } from '../evidence/bundle';
import type { ChainHead } from '../evidence/chain';
import type { EvidenceDb } from '../evidence/store';
import {
  buildEvidenceZip,
  logFor,
  planBundle,
  readChainHead,
  type ExtraFile,
} from '../evidence/export';
import { planRecord, SAFE_CHOICES, type ExportChoices } from '../evidence/export-plan';
import { sha256Hex } from '../evidence/hash';
import { escapeHtml } from '../evidence/report';
import type { AccessLogEntry, CaptureRecord } from '../evidence/schema';
import { getBlob, getCapture, logAccess, markExported, readAccessLog } from '../evidence/store';
import { toOffsetIso } from '../evidence/time';
import { LOCALES, translate, type Locale } from '../i18n';
import { caseClocks } from './case-clocks';
import { describeCase, formatAmount, formatCaseTime } from './describe';
import { writableFacts } from './page-text';
import { caseTimeline } from './timeline';
import type { CaseRecord, EvidenceLink, FactName } from './schema';

/**
 * The case bundle is an evidence bundle (see `lib/evidence/export.ts`): `manifest.json`,
 * `records.json`, `report.html` and `artifacts/…` hold the linked capture records and their files,
 * so the bundle is checked and imported like any other evidence export. The case itself rides
 * along as extra files under `case/` — `case.json` (the record, importable again), `report.html`
 * (facts, description, call log, timeline, clocks and evidence with hashes) and the descriptions
 * as text — each listed with its SHA-256 in the evidence manifest.
 */

/** Where the case's own files sit inside the bundle. */
const CASE_DIR = 'case';
/** The case record inside the bundle; the cases page imports it back. */
export const CASE_JSON_PATH = `${CASE_DIR}/case.json`;
/** The case report inside the bundle. */
export const CASE_REPORT_PATH = `${CASE_DIR}/report.html`;

/** The linked evidence, as the evidence exporter takes it. */
export interface CaseEvidence {
  /** Capture records linked to the case whose every file is present and intact. */
  records: CaptureRecord[];
  /** SHA-256 of every linked file that is not in the bundle (record deleted, file altered). */
  missing: string[];
  readBlob: (sha256: string) => Promise<Uint8Array | undefined>;
  /** The access-log entries about the linked records. */
  accessLog: AccessLogEntry[];
  /** What the person chose to include (redacted copies only, by default). */
  choices: ExportChoices;
  /** The device's own chain head, carried in the manifest. */
  chainHead: ChainHead | null;
}

/** Gathers a case's linked evidence; what cannot be found is listed in `missing`. */
export type EvidenceSource = (links: readonly EvidenceLink[]) => Promise<CaseEvidence>;

/**
 * Reads the linked capture records from the evidence database `db`. A record goes into the
 * bundle only when every file the export takes of it (see `export-plan.ts`: a redacted record's
 * originals stay behind unless `choices` include them) is stored with the hash it was saved with,
 * since the bundle would otherwise fail its own check; links to anything else are listed as
 * missing. The export is logged in the evidence access log and marked on each record, and the
 * bundle carries the log entries about the linked records (including a deletion of one), not the
 * log of unrelated evidence.
 */
export const evidenceFromDb =
  (db: EvidenceDb, choices: ExportChoices = SAFE_CHOICES): EvidenceSource =>
  async (links) => {
    const bytesBySha = new Map<string, Uint8Array>();
    const readIntact = async (sha256: string): Promise<Uint8Array | undefined> => {
      if (bytesBySha.has(sha256)) return bytesBySha.get(sha256);
      const blob = await getBlob(db, sha256);
      const bytes = blob ? new Uint8Array(blob.bytes) : undefined;
      if (!bytes || (await sha256Hex(bytes)) !== sha256) return undefined;
      bytesBySha.set(sha256, bytes);
      return bytes;
    };
    const records = new Map<string, CaptureRecord>();
    const missing: string[] = [];
    for (const link of links) {
      const record = records.get(link.captureId) ?? (await getCapture(db, link.captureId));
      const plan = record ? planRecord(record, choices).files : [];
      let complete = plan.some((f) => f.artifact.sha256 === link.sha256);
      for (const file of plan) {
        if (!complete) break;
        if (file.include && !(await readIntact(file.artifact.sha256))) complete = false;
      }
      if (!record || !complete) {
        missing.push(link.sha256);
        continue;
      }
      records.set(record.id, record);
    }
    const ids = [...records.keys()];
    const now = new Date();
    await logAccess(db, 'export', ids, `case export: ${ids.length} record(s)`, now);
    await markExported(db, ids, now);
    return {
      records: [...records.values()],
      missing,
      readBlob: async (sha256) => bytesBySha.get(sha256) ?? (await readIntact(sha256)),
      accessLog: logFor(await readAccessLog(db), [...ids, ...links.map((l) => l.captureId)]),
      choices,
      chainHead: await readChainHead(db),
    };
  };

/** The path of an evidence file inside the bundle (the evidence bundle's own artifact path). */
function evidencePath(file: Pick<EvidenceLink, 'sha256' | 'mimeType'>): string {
  return artifactPath(file.sha256, file.mimeType);
}

/** What the report needs besides the case. */
export interface ReportOptions {
  locale: Locale;
  providerName: string;
  now: Date;
  timeZone: string;
  missing?: readonly string[];
  /** Linked files the bundle leaves out, and why (a redacted copy goes instead, …). */
  leftOut?: ReadonlyMap<string, LeftOutReason>;
}

/** The bundle's `report.html`: self-contained, no scripts, prints well. */
export function buildCaseReport(record: CaseRecord, options: ReportOptions): string {
  const { locale } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    escapeHtml(translate(locale, key, params));
  const e = escapeHtml;
  // Page text without contact details; unconfirmed facts are shown as still to be checked.
  const f = writableFacts(record);
  const unchecked = new Set(record.unconfirmed ?? []);
  const colon = t('ui.colon');
  const time = (iso: string, zone?: string) => formatCaseTime(iso, zone, locale);
  const row = (label: string, value: string | undefined, name?: FactName) =>
    name && unchecked.has(name)
      ? `<tr><th>${label}</th><td>${t('cases.field.unconfirmed')}</td></tr>`
      : value
        ? `<tr><th>${label}</th><td>${e(value)}</td></tr>`
        : '';
  const description = describeCase(record, {
    locale,
    form: 'written',
    providerName: options.providerName,
  });
  const contacts = record.contacts
    .map(
      (c) =>
        `<tr><td>${e(time(c.at))}</td><td>${t(`cases.channel.${c.channel}`)}</td>` +
        `<td>${e(c.durationMinutes === undefined ? '' : String(c.durationMinutes))}</td>` +
        `<td>${e(c.agentName ?? '')}</td><td>${e(c.employeeId ?? '')}</td>` +
        `<td>${e(c.reference ?? '')}</td><td>${e(c.said ?? '')}</td>` +
        `<td>${e(c.promised ?? '')}</td><td>${e(c.promisedBy ?? '')}</td></tr>`,
    )
    .join('\n');
  const missing = new Set(options.missing ?? []);
  const where = (l: EvidenceLink) => {
    if (missing.has(l.sha256)) return t('cases.export.missing');
    const reason = options.leftOut?.get(l.sha256);
    return reason ? t(`report.leftOut.${reason}`) : e(evidencePath(l));
  };
  const evidence = record.evidence
    .map(
      (l) =>
        `<tr><td>${e(time(l.capturedAt))}</td><td><code>${e(l.sha256)}</code></td>` +
        `<td>${where(l)}</td></tr>`,
    )
    .join('\n');
  const timeline = caseTimeline(record)
    .map((ev) =>
      ev.type === 'file'
        ? `<li><time>${e(time(ev.at))}</time> ${t('cases.timeline.file', { label: ev.label })} <code>${e(ev.sha256)}</code></li>`
        : `<li><time>${e(time(ev.at))}</time> ${t(`cases.timeline.${ev.kind}`)}` +
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
<h1>${t('cases.export.title')}${colon}${e(options.providerName)} — ${t(`state.${record.state}`)}</h1>
<p>${t('cases.status')}${colon}<strong>${t(`cases.status.${record.status}`)}</strong> · ${t('cases.export.made', { time: time(options.now.toISOString()) })} · <code>${e(record.id)}</code></p>
<h2>${t('cases.facts')}</h2>
<table>
${row(t('cases.field.occurredAt'), f.occurredAt && time(f.occurredAt, f.timeZone))}
${row(t('cases.field.amount'), formatAmount(f, locale), unchecked.has('amountText') ? 'amountText' : 'amount')}
${row(t('cases.field.merchant'), f.merchant, 'merchant')}
${row(t('cases.field.transactionId'), f.transactionId, 'transactionId')}
${row(t('cases.field.errorCode'), f.errorCode, 'errorCode')}
${row(t('cases.field.device'), [f.device, f.browser].filter(Boolean).join(locale === 'en' ? ', ' : '，'))}
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
${row(t('cases.contact.at'), time(outcome.at))}
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
export interface BundleOptions extends Omit<ReportOptions, 'missing' | 'leftOut'> {
  /** The provider's name in each language, for the descriptions. */
  providerNames: Record<Locale, string>;
  evidence: EvidenceSource;
  /** Recorded in the evidence manifest. */
  extensionVersion: string;
}

/** The bundle's file name: `case-paypal-2026-11-25-<id prefix>.zip`. */
export function bundleFileName(record: CaseRecord): string {
  return `case-${record.providerId}-${record.createdAt.slice(0, 10)}-${record.id.slice(0, 8)}.zip`;
}

/** The case's own files, added to the evidence bundle under `case/`. */
function caseFiles(
  record: CaseRecord,
  options: Omit<BundleOptions, 'evidence' | 'extensionVersion'> & {
    missing: readonly string[];
    leftOut: ReadonlyMap<string, LeftOutReason>;
  },
): ExtraFile[] {
  const files: ExtraFile[] = [
    { path: CASE_JSON_PATH, bytes: strToU8(`${JSON.stringify(record, null, 2)}\n`) },
    { path: CASE_REPORT_PATH, bytes: strToU8(buildCaseReport(record, options)) },
  ];
  for (const locale of LOCALES) {
    for (const form of ['written', 'phone'] as const) {
      const text = describeCase(record, {
        locale,
        form,
        providerName: options.providerNames[locale],
      });
      files.push({
        path: `${CASE_DIR}/description-${form}.${locale}.txt`,
        bytes: strToU8(`${text}\n`),
      });
    }
  }
  return files;
}

/**
 * Builds the ZIP bytes of a case bundle: an evidence bundle of the linked records with the case
 * files as extra files. `missing` lists the linked files that could not be included.
 */
export async function buildCaseZip(
  record: CaseRecord,
  options: BundleOptions,
): Promise<{ bytes: Uint8Array; missing: string[] }> {
  const evidence = await options.evidence(record.evidence);
  const leftOut = new Map<string, LeftOutReason>();
  for (const plan of planBundle(evidence.records, evidence.choices)) {
    for (const file of plan.files) {
      if (!file.include) leftOut.set(file.artifact.sha256, file.reason!);
    }
  }
  const bytes = await buildEvidenceZip({
    records: evidence.records,
    readBlob: evidence.readBlob,
    accessLog: evidence.accessLog,
    extraFiles: caseFiles(record, { ...options, missing: evidence.missing, leftOut }),
    exportedAt: toOffsetIso(options.now),
    extensionVersion: options.extensionVersion,
    locale: options.locale,
    choices: evidence.choices,
    scope: 'case',
    chainHead: evidence.chainHead,
  });
  return { bytes, missing: evidence.missing };
}
