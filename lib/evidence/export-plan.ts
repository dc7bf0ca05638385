import type { LeftOutReason } from './bundle';
import { maskSensitiveText } from './redact';
import { ArtifactKindSchema, type Artifact, type CaptureRecord } from './schema';

/**
 * What an export carries, decided per file before anything is read. Redaction must hold in what
 * leaves the device: a record with a redacted copy exports that copy, and the original, the page
 * copy and the page text (which show what was blacked out) stay behind unless the person chose
 * to include them, knowing what they contain.
 */

/** What the person chose when exporting. */
export interface ExportChoices {
  /**
   * Include the originals of redacted records: the unredacted screenshots, their page copies and
   * full page text. What was blacked out or masked is then in the bundle.
   */
  originals: boolean;
  /**
   * Include exact page copies (MHTML) of records that are not redacted. They are faithful copies
   * of the page and may hold session data (account details, hidden sign-in tokens).
   */
  pageCopies: boolean;
}

/** The safe default: redacted copies only, no exact page copies. */
export const SAFE_CHOICES: ExportChoices = Object.freeze({ originals: false, pageCopies: false });

/** One file of a record and whether it goes into the bundle. */
export interface PlannedFile {
  artifact: Artifact;
  include: boolean;
  /** Why it stays behind (when `include` is false). */
  reason?: LeftOutReason;
}

/** The plan for one record: its files, and the record as it is written to `records.json`. */
export interface RecordPlan {
  record: CaptureRecord;
  files: PlannedFile[];
  /** True when card numbers, e-mails or phone numbers were masked in the exported details. */
  detailsMasked: boolean;
}

/**
 * Artifacts that show the page as it was: pictures, copies and text of it (every kind but the
 * redacted copies and files added from outside the browser).
 */
const SHOWS_THE_PAGE = new Set<Artifact['kind']>(
  ArtifactKindSchema.options.filter((k) => !k.startsWith('redacted-') && k !== 'outside-file'),
);

/** True when the record has a redacted copy of any of its files. */
export function isRedacted(record: CaptureRecord): boolean {
  return record.redactions.length > 0;
}

/**
 * The record's details with card numbers, e-mail addresses and phone numbers masked, as in a
 * masked text copy. Used for redacted records, so what was masked in the text does not come back
 * through the address, title, details read from the page or notes.
 */
function maskDetails(record: CaptureRecord): { record: CaptureRecord; changed: boolean } {
  const mask = (text: string) => maskSensitiveText(text).text;
  const fields = Object.fromEntries(
    Object.entries(record.fields).map(([key, value]) => [key, mask(String(value))]),
  ) as CaptureRecord['fields'];
  const masked: CaptureRecord = {
    ...record,
    url: mask(record.url),
    title: mask(record.title),
    fields,
    notes: mask(record.notes),
  };
  // Notes are outside the record hash; the other fields are inside it.
  const changed =
    masked.url !== record.url ||
    masked.title !== record.title ||
    JSON.stringify(masked.fields) !== JSON.stringify(record.fields);
  return { record: masked, changed };
}

/**
 * Decides which files of `record` go into a bundle made with `choices`. `held` says whether this
 * device has a file's bytes (an imported record may come without some). Pure.
 */
export function planRecord(
  record: CaptureRecord,
  choices: ExportChoices,
  held: (sha256: string) => boolean = () => true,
): RecordPlan {
  const notHeld = new Set(record.origin?.notIncluded ?? []);
  const decide = (artifact: Artifact, redacted: boolean): PlannedFile => {
    if (notHeld.has(artifact.sha256) || !held(artifact.sha256)) {
      return { artifact, include: false, reason: 'notHeld' };
    }
    if (artifact.derivedFrom) return { artifact, include: true };
    if (redacted && !choices.originals) {
      if (record.redactions.some((r) => r.derivedFrom === artifact.sha256)) {
        return { artifact, include: false, reason: 'redacted' };
      }
      if (SHOWS_THE_PAGE.has(artifact.kind)) {
        return { artifact, include: false, reason: 'redactedRecordPage' };
      }
    }
    if (
      artifact.kind === 'snapshot-mhtml' &&
      !choices.pageCopies &&
      !(redacted && choices.originals)
    ) {
      return { artifact, include: false, reason: 'pageCopy' };
    }
    return { artifact, include: true };
  };
  const redacted = isRedacted(record);
  const files = [...record.artifacts, ...record.redactions].map((a) => decide(a, redacted));
  if (!redacted || choices.originals) return { record, files, detailsMasked: false };
  const masked = maskDetails(record);
  return { record: masked.record, files, detailsMasked: masked.changed };
}

/** What an export of `records` will hold, for the person to see before it is made. */
export interface ExportSummary {
  records: number;
  redacted: number;
  /** Files going into the bundle. */
  included: number;
  /** Originals and page files of redacted records staying behind. */
  redactedLeftOut: number;
  /** Exact page copies (MHTML) in the selection, and how many go into the bundle. */
  pageCopies: number;
  pageCopiesIncluded: number;
}

/** Counts what {@link planRecord} decides for every record, for the export panel. */
export function summariseExport(
  records: readonly CaptureRecord[],
  choices: ExportChoices,
): ExportSummary {
  const summary: ExportSummary = {
    records: records.length,
    redacted: 0,
    included: 0,
    redactedLeftOut: 0,
    pageCopies: 0,
    pageCopiesIncluded: 0,
  };
  for (const record of records) {
    if (isRedacted(record)) summary.redacted++;
    for (const file of planRecord(record, choices).files) {
      if (file.include) summary.included++;
      if (file.reason === 'redacted' || file.reason === 'redactedRecordPage') {
        summary.redactedLeftOut++;
      }
      if (file.artifact.kind === 'snapshot-mhtml') {
        summary.pageCopies++;
        if (file.include) summary.pageCopiesIncluded++;
      }
    }
  }
  return summary;
}
