import { z } from 'zod';
import { AccessLogEntrySchema, Sha256Schema } from './schema';

/**
 * The export bundle's format. A bundle is a ZIP holding `manifest.json` (this schema),
 * `records.json` (the records as canonical JSON), `artifacts/<sha256>.<ext>` and `report.html`,
 * plus any extra files another feature adds (listed with their hashes too).
 */
export const BUNDLE_FORMAT = 'wallet-assist-evidence';
/** Bump when the bundle layout changes; import refuses versions it does not know. */
export const BUNDLE_VERSION = 1;
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

export const BundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    bundleVersion: z.literal(BUNDLE_VERSION),
    recordSchemaVersion: z.literal(2),
    exportedAt: z.iso.datetime({ offset: true }),
    extensionVersion: z.string().min(1).max(40),
    records: FileEntrySchema.extend({ count: z.number().int().nonnegative() }).strict(),
    artifacts: z.array(FileEntrySchema.extend({ mimeType: z.string().max(100) }).strict()),
    /** Every exported record's place in its hash chain, in chain order. */
    chain: z.array(
      z
        .object({
          recordId: z.uuid(),
          chainId: z.uuid(),
          seq: z.number().int().min(1),
          prevHash: Sha256Schema.nullable(),
          recordHash: Sha256Schema,
        })
        .strict(),
    ),
    accessLog: z.array(AccessLogEntrySchema),
    report: FileEntrySchema,
    extraFiles: z.array(FileEntrySchema),
  })
  .strict();
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

/** File extension used for an artifact's MIME type inside the bundle. */
function extensionFor(mimeType: string): string {
  switch (mimeType) {
    case 'image/png':
      return 'png';
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
