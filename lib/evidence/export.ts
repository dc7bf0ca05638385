import { strToU8, zipSync, type Zippable } from 'fflate';
import type { IDBPDatabase } from 'idb';
import type { Locale } from '../i18n';
import {
  artifactPath,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  RESERVED_PATHS,
  type BundleManifest,
} from './bundle';
import type { ChainHead } from './chain';
import { HEAD_KEY, type EvidenceDB } from './db';
import { planRecord, SAFE_CHOICES, type ExportChoices, type RecordPlan } from './export-plan';
import { sha256Hex } from './hash';
import { buildReportHtml } from './report';
import type { AccessLogEntry, CaptureRecord } from './schema';
import { canonicalJson } from './sha256-sync';
import { getBlob, getCapture, listCaptures, logAccess, markExported, readAccessLog } from './store';
import { toOffsetIso } from './time';

/** A file another feature adds to an export (a complaint letter, a case summary…). */
export interface ExtraFile {
  /** Relative path inside the ZIP, e.g. `case/summary.html`; not one of the bundle's own names. */
  path: string;
  bytes: Uint8Array;
}

/** Everything {@link buildEvidenceZip} needs; it reads nothing else, so it is easy to reuse. */
export interface BundleInput {
  records: readonly CaptureRecord[];
  /** The bytes of an artifact, by SHA-256 (`undefined` when missing: the export then fails). */
  readBlob: (sha256: string) => Promise<Uint8Array | undefined>;
  accessLog: readonly AccessLogEntry[];
  extraFiles?: readonly ExtraFile[];
  /** Export time with offset; also the ZIP entries' modification time. */
  exportedAt: string;
  extensionVersion: string;
  locale?: Locale;
  /** What the person chose to include; the safe default leaves originals and MHTML out. */
  choices?: ExportChoices;
  /** What was exported: everything, a selection, or a case's evidence. */
  scope?: BundleManifest['scope'];
  /** The exporting device's own chain head, for the recipient to judge completeness. */
  chainHead?: ChainHead | null;
}

/** Records in a stable order: chain by chain, in chain order. */
function chainOrder(records: readonly CaptureRecord[]): CaptureRecord[] {
  return [...records].sort(
    (a, b) => a.chain.chainId.localeCompare(b.chain.chainId) || a.chain.seq - b.chain.seq,
  );
}

/** The plan of every record of an export, in the bundle's order (see `export-plan.ts`). */
export function planBundle(
  records: readonly CaptureRecord[],
  choices: ExportChoices = SAFE_CHOICES,
): RecordPlan[] {
  return chainOrder(records).map((record) => planRecord(record, choices));
}

/**
 * Builds the evidence ZIP: `manifest.json`, `records.json`, `artifacts/…`, `report.html` and
 * any `extraFiles`. Only the files the plan includes are written; the others are listed in the
 * manifest's `leftOut` with the reason, and the report says so. Pure apart from `readBlob`, and
 * deterministic: the same input gives the same bytes, which is what makes an export → import →
 * export round trip comparable.
 */
export async function buildEvidenceZip(input: BundleInput): Promise<Uint8Array> {
  const choices = input.choices ?? SAFE_CHOICES;
  const plans = planBundle(input.records, choices);
  const mtime = new Date(input.exportedAt);
  const files: Zippable = {};
  const stored = (bytes: Uint8Array): [Uint8Array, { level: 0; mtime: Date }] => [
    bytes,
    { level: 0, mtime },
  ];
  const packed = (bytes: Uint8Array): [Uint8Array, { level: 6; mtime: Date }] => [
    bytes,
    { level: 6, mtime },
  ];

  const artifacts: BundleManifest['artifacts'] = [];
  const leftOut: BundleManifest['leftOut'] = [];
  const seen = new Set<string>();
  for (const plan of plans) {
    for (const { artifact, include, reason } of plan.files) {
      if (!include) {
        leftOut.push({ recordId: plan.record.id, sha256: artifact.sha256, reason: reason! });
        continue;
      }
      if (seen.has(artifact.sha256)) continue;
      seen.add(artifact.sha256);
      const bytes = await input.readBlob(artifact.sha256);
      if (!bytes) throw new Error(`The bytes of artifact ${artifact.sha256} are missing`);
      const path = artifactPath(artifact.sha256, artifact.mimeType);
      // Pictures and PDFs are already compressed; text and HTML shrink well.
      files[path] = ALREADY_COMPRESSED.test(artifact.mimeType) ? stored(bytes) : packed(bytes);
      artifacts.push({
        path,
        sha256: artifact.sha256,
        size: bytes.byteLength,
        mimeType: artifact.mimeType,
      });
    }
  }

  const records = plans.map((p) => p.record);
  const recordsBytes = strToU8(canonicalJson(records));
  files['records.json'] = packed(recordsBytes);
  const chainHead = input.chainHead ?? null;
  const scope = input.scope ?? 'all';
  const reportBytes = strToU8(
    buildReportHtml(plans, {
      exportedAt: input.exportedAt,
      locale: input.locale,
      chainHead,
      scope,
      choices,
    }),
  );
  files['report.html'] = packed(reportBytes);

  const extraFiles: BundleManifest['extraFiles'] = [];
  for (const extra of input.extraFiles ?? []) {
    if (
      (RESERVED_PATHS as readonly string[]).includes(extra.path) ||
      extra.path.startsWith('artifacts/') ||
      extra.path in files
    ) {
      throw new Error(`The extra file ${extra.path} would replace a file of the bundle`);
    }
    files[extra.path] = packed(extra.bytes);
    extraFiles.push({
      path: extra.path,
      sha256: await sha256Hex(extra.bytes),
      size: extra.bytes.byteLength,
    });
  }

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    bundleVersion: BUNDLE_VERSION,
    recordSchemaVersion: 2,
    exportedAt: input.exportedAt,
    extensionVersion: input.extensionVersion,
    records: {
      path: 'records.json',
      sha256: await sha256Hex(recordsBytes),
      size: recordsBytes.byteLength,
      count: records.length,
    },
    artifacts,
    chain: records.map((r) => ({ recordId: r.id, ...r.chain })),
    accessLog: [...input.accessLog],
    report: {
      path: 'report.html',
      sha256: await sha256Hex(reportBytes),
      size: reportBytes.byteLength,
    },
    extraFiles,
    chainHead,
    scope,
    choices: { ...choices },
    leftOut,
    maskedRecords: plans.filter((p) => p.detailsMasked).map((p) => p.record.id),
  };
  files['manifest.json'] = packed(strToU8(JSON.stringify(manifest, null, 2)));
  return zipSync(files);
}

/** Types whose bytes are compressed already: stored in the ZIP as they are. */
const ALREADY_COMPRESSED = /^(image\/|application\/pdf$)/;

/** Options of {@link exportEvidence}. */
export interface ExportOptions {
  /** Export only these records (default: all). */
  ids?: readonly string[];
  extraFiles?: readonly ExtraFile[];
  now?: Date;
  locale?: Locale;
  extensionVersion: string;
  choices?: ExportChoices;
}

/** The stored head of this device's own chain, if it has one. */
export async function readChainHead(db: IDBPDatabase<EvidenceDB>): Promise<ChainHead | null> {
  const head = await db.get('meta', HEAD_KEY);
  return head?.key === HEAD_KEY ? head.value : null;
}

/**
 * The access-log entries a bundle of `ids` may carry: all of them for a whole export, and for a
 * selection only those about the selected records, so a selection does not disclose the rest.
 */
export function logFor(
  log: readonly AccessLogEntry[],
  ids: readonly string[] | undefined,
): AccessLogEntry[] {
  if (!ids) return [...log];
  const wanted = new Set(ids);
  return log.filter((entry) => entry.recordIds.some((id) => wanted.has(id)));
}

/**
 * Exports stored evidence as a ZIP and logs the export (the log entry is inside the bundle's
 * access log). Each exported record is marked as exported, for the "export your evidence" reminder.
 */
export async function exportEvidence(
  db: IDBPDatabase<EvidenceDB>,
  options: ExportOptions,
): Promise<{ bytes: Uint8Array; fileName: string; count: number; damaged: number }> {
  const now = options.now ?? new Date();
  const choices = options.choices ?? SAFE_CHOICES;
  let records: CaptureRecord[];
  let damaged = 0;
  if (options.ids) {
    records = [];
    for (const id of options.ids) {
      const record = await getCapture(db, id);
      if (record) records.push(record);
    }
  } else {
    const listed = await listCaptures(db, Number.MAX_SAFE_INTEGER);
    records = listed.records;
    // Damaged records stay in the database untouched; the caller tells the person.
    damaged = listed.invalid.length;
  }
  const exportedAt = toOffsetIso(now);
  const ids = records.map((r) => r.id);
  await logAccess(
    db,
    'export',
    ids,
    `${records.length} record(s); originals ${choices.originals ? 'in' : 'out'}, page copies ${choices.pageCopies ? 'in' : 'out'}`,
    now,
  );
  const bytes = await buildEvidenceZip({
    records,
    readBlob: async (sha) => {
      const blob = await getBlob(db, sha);
      return blob ? new Uint8Array(blob.bytes) : undefined;
    },
    accessLog: logFor(await readAccessLog(db), options.ids ? ids : undefined),
    extraFiles: options.extraFiles,
    exportedAt,
    extensionVersion: options.extensionVersion,
    locale: options.locale,
    choices,
    scope: options.ids ? 'selected' : 'all',
    chainHead: await readChainHead(db),
  });
  await markExported(db, ids, now);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return {
    bytes,
    fileName: `wallet-assist-evidence-${stamp}.zip`,
    count: records.length,
    damaged,
  };
}
