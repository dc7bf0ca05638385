import { z } from 'zod';
import { AccessLogEntrySchema, Sha256Schema } from './schema';

/**
 * The export bundle's format. A bundle is a ZIP holding `manifest.json` (this schema),
 * `records.json` (the records as canonical JSON), `artifacts/<sha256>.<ext>` and `report.html`,
 * plus any extra files another feature adds (listed with their hashes too).
 */
export const BUNDLE_FORMAT = 'wallet-assist-evidence';
/**
 * Bump when the bundle layout changes; import reads every version listed in
 * {@link READABLE_BUNDLE_VERSIONS} and refuses others. Version 2 adds the exporting device's
 * chain head, the files left out of the bundle and the export's choices.
 */
export const BUNDLE_VERSION = 2;
/** Bundle versions this build can import. */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2];
/** Names inside the ZIP that the bundle itself uses; extra files may not take them. */
export const RESERVED_PATHS = ['manifest.json', 'records.json', 'report.html'] as const;

const PathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'a relative path of plain names')
  .refine((path) => !path.split('/').includes('..'), 'no ".." in paths');

const FileEntrySchema = z
  .object({
    path: PathSchema,
    sha256: Sha256Schema,
    size: z.number().int().nonnegative(),
  })
  .strict();

const ChainPositionSchema = z
  .object({
    recordId: z.uuid(),
    chainId: z.uuid(),
    seq: z.number().int().min(1),
    prevHash: Sha256Schema.nullable(),
    recordHash: Sha256Schema,
  })
  .strict();

/** The manifest of bundle version 1 (kept to import older bundles). */
export const BundleManifestV1Schema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    bundleVersion: z.literal(1),
    recordSchemaVersion: z.literal(2),
    exportedAt: z.iso.datetime({ offset: true }),
    extensionVersion: z.string().min(1).max(40),
    records: FileEntrySchema.extend({ count: z.number().int().nonnegative() }).strict(),
    artifacts: z.array(FileEntrySchema.extend({ mimeType: z.string().max(100) }).strict()),
    /** Every exported record's place in its hash chain, in chain order. */
    chain: z.array(ChainPositionSchema),
    accessLog: z.array(AccessLogEntrySchema),
    report: FileEntrySchema,
    extraFiles: z.array(FileEntrySchema),
  })
  .strict();

/** Why a file of an exported record is not in the bundle. */
export const LeftOutReasonSchema = z.enum([
  /** A redacted copy was exported instead of this original. */
  'redacted',
  /** A page copy or page text of a redacted record, which the person did not include. */
  'redactedRecordPage',
  /** An exact page copy (MHTML), which the person chose to leave out. */
  'pageCopy',
  /** This device never held it (the record came from a bundle without it). */
  'notHeld',
]);
export type LeftOutReason = z.infer<typeof LeftOutReasonSchema>;

/**
 * The manifest of bundle version 2: version 1 plus
 * - `chainHead`: the exporting device's own chain at export time (its id, its last number and
 *   that record's hash), so a recipient can tell whether the bundle holds the whole chain or a
 *   selection, and a later bundle from the same device can be checked against it;
 * - `leftOut`: files of the exported records that are not in the bundle, and why;
 * - `scope` and `choices`: what was exported, and what the person chose to include.
 */
export const BundleManifestSchema = BundleManifestV1Schema.extend({
  bundleVersion: z.literal(2),
  chainHead: z
    .object({
      chainId: z.uuid(),
      seq: z.number().int().min(0),
      recordHash: Sha256Schema.nullable(),
    })
    .strict()
    .nullable(),
  scope: z.enum(['all', 'selected', 'case']),
  choices: z.object({ originals: z.boolean(), pageCopies: z.boolean() }).strict(),
  leftOut: z.array(
    z.object({ recordId: z.uuid(), sha256: Sha256Schema, reason: LeftOutReasonSchema }).strict(),
  ),
  /** Records whose address, title, details or notes were masked in `records.json`. */
  maskedRecords: z.array(z.uuid()),
}).strict();
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

/** A version 1 manifest read as version 2: nothing left out, no head known. */
export function manifestFromV1(v1: z.infer<typeof BundleManifestV1Schema>): BundleManifest {
  return {
    ...v1,
    bundleVersion: 2,
    chainHead: null,
    scope: 'all',
    choices: { originals: true, pageCopies: true },
    leftOut: [],
    maskedRecords: [],
  };
}

/** File extension used for an artifact's MIME type inside the bundle. */
function extensionFor(mimeType: string): string {
  switch (mimeType) {
    case 'image/png':
      return 'png';
    case 'image/jpeg':
      return 'jpg';
    case 'image/gif':
      return 'gif';
    case 'image/webp':
      return 'webp';
    case 'image/heic':
      return 'heic';
    case 'application/pdf':
      return 'pdf';
    case 'message/rfc822':
      return 'eml';
    case 'multipart/related':
    case 'application/x-mimearchive':
      return 'mhtml';
    case 'text/html':
      return 'html';
    case 'text/plain':
      return 'txt';
    default:
      return 'bin';
  }
}

/** Path of an artifact inside the bundle. */
export function artifactPath(sha256: string, mimeType: string): string {
  return `artifacts/${sha256}.${extensionFor(mimeType)}`;
}
