import { z } from 'zod';
import { StateIdSchema } from '../states';

/** Lower-case hex SHA-256 digest. */
export const Sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 as 64 lower-case hex digits');

/** Kinds of artifact a capture can hold. */
export const ArtifactKindSchema = z.enum(['screenshot-visible']);
export type ArtifactKind = z.infer<typeof ArtifactKindSchema>;

/** One file of a capture; its bytes live in the `blobs` store under `sha256`. */
export const ArtifactSchema = z
  .object({
    kind: ArtifactKindSchema,
    sha256: Sha256Schema,
    mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
    size: z.number().int().nonnegative(),
  })
  .strict();
export type Artifact = z.infer<typeof ArtifactSchema>;

/**
 * One saved piece of evidence (schema version 1). Page-supplied values (`url`, `title`) are
 * untrusted text: they are stored and shown as text only.
 */
export const CaptureRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.uuid(),
    /** Local time with its UTC offset, e.g. `2026-11-25T19:04:05.120+08:00`. */
    capturedAt: z.iso.datetime({ offset: true }),
    /** The same instant in UTC (`…Z`); sortable, so it is what the time index uses. */
    capturedAtUtc: z.iso.datetime(),
    /** IANA time zone of the device at capture time. */
    timeZone: z.string().min(1),
    url: z.string().max(8192),
    title: z.string().max(2048),
    providerId: z.string().nullable(),
    state: StateIdSchema.nullable(),
    extensionVersion: z.string().min(1),
    userAgent: z.string().max(1024),
    artifacts: z.array(ArtifactSchema).min(1),
  })
  .strict();
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

/** Bytes of one artifact, stored once per digest. */
export interface StoredBlob {
  sha256: string;
  mimeType: string;
  size: number;
  bytes: ArrayBuffer;
}
