import { z } from 'zod';
import { StateIdSchema } from '../states';
import { ExtractedFieldsSchema } from '../tab-state';

/** Lower-case hex SHA-256 digest. */
export const Sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 as 64 lower-case hex digits');

/**
 * Kinds of artifact a capture can hold:
 * - `screenshot-visible`: the visible area, PNG;
 * - `screenshot-full`: the whole page scrolled and stitched, PNG (a very tall page is split into
 *   several tiles, numbered by `part` of `parts`);
 * - `snapshot-mhtml` / `snapshot-html`: the page itself (MHTML where the browser offers it);
 * - `page-text`: the visible text, UTF-8;
 * - `detection-text` / `detection-html`: the error region at the moment a problem was detected;
 * - `redacted-screenshot` / `redacted-text`: a redacted copy, naming its original in `derivedFrom`.
 */
export const ArtifactKindSchema = z.enum([
  'screenshot-visible',
  'screenshot-full',
  'snapshot-mhtml',
  'snapshot-html',
  'page-text',
  'detection-text',
  'detection-html',
  'redacted-screenshot',
  'redacted-text',
]);
export type ArtifactKind = z.infer<typeof ArtifactKindSchema>;

const MimeSchema = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/);

/** One file of a capture; its bytes live in the `blobs` store under `sha256`. */
export const ArtifactSchema = z
  .object({
    kind: ArtifactKindSchema,
    sha256: Sha256Schema,
    mimeType: MimeSchema,
    size: z.number().int().nonnegative(),
    /** Tile number (1-based) of a full-page screenshot split into `parts` tiles. */
    part: z.number().int().min(1).optional(),
    parts: z.number().int().min(1).optional(),
    /** For a redacted copy: the SHA-256 of the original, which is never changed. */
    derivedFrom: Sha256Schema.optional(),
  })
  .strict();
export type Artifact = z.infer<typeof ArtifactSchema>;

/** The Foundation's record (schema version 1), kept to read and upgrade old databases. */
export const CaptureRecordV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.uuid(),
    capturedAt: z.iso.datetime({ offset: true }),
    capturedAtUtc: z.iso.datetime(),
    timeZone: z.string().min(1),
    url: z.string().max(8192),
    title: z.string().max(2048),
    providerId: z.string().nullable(),
    state: StateIdSchema.nullable(),
    extensionVersion: z.string().min(1),
    userAgent: z.string().max(1024),
    artifacts: z
      .array(
        z
          .object({
            kind: z.literal('screenshot-visible'),
            sha256: Sha256Schema,
            mimeType: MimeSchema,
            size: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type CaptureRecordV1 = z.infer<typeof CaptureRecordV1Schema>;

/** What the page looked like to the browser when it was captured. */
export const PageInfoSchema = z
  .object({
    viewportWidth: z.number().int().nonnegative(),
    viewportHeight: z.number().int().nonnegative(),
    devicePixelRatio: z.number().positive().max(16),
    /** `<html lang>` as the page declares it (untrusted), empty when absent. */
    language: z.string().max(35),
    /** Full height of the document in CSS pixels. */
    scrollHeight: z.number().int().nonnegative(),
  })
  .strict();
export type PageInfo = z.infer<typeof PageInfoSchema>;

/** Where a capture came from. `legacy` marks records upgraded from schema version 1. */
export const CaptureSourceSchema = z.enum([
  'extension-page',
  'shortcut',
  'in-page',
  'detection',
  'legacy',
]);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

/**
 * Position of a record in the hash chain. `recordHash` is the SHA-256 of the record's canonical
 * JSON without the hash itself and without the person's annotations; `prevHash` is the
 * `recordHash` of the record before it in the same chain (`null` for the first). Changing,
 * inserting or removing a record without a logged deletion breaks a link that
 * `verifyChain` reports.
 */
export const ChainLinkSchema = z
  .object({
    /** One chain per installation; imported records keep the chain they were made in. */
    chainId: z.uuid(),
    seq: z.number().int().min(1),
    prevHash: Sha256Schema.nullable(),
    recordHash: Sha256Schema,
  })
  .strict();
export type ChainLink = z.infer<typeof ChainLinkSchema>;

/**
 * One saved piece of evidence (schema version 2). Page-supplied values (`url`, `title`,
 * `fields`, `page.language`) are untrusted text: stored and shown as text only.
 *
 * `notes`, `tags`, `caseId` and `redactions` are the person's annotations: they can change after
 * capture, so they are outside the record hash. Everything else is fixed at capture time.
 */
export const CaptureRecordSchema = z
  .object({
    schemaVersion: z.literal(2),
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
    /** When the problem was first detected on the page, if it was. */
    detectedAt: z.iso.datetime({ offset: true }).nullable(),
    /** Amount, merchant, transaction id… as the page showed them (untrusted). */
    fields: ExtractedFieldsSchema,
    extensionVersion: z.string().min(1),
    userAgent: z.string().max(1024),
    browser: z.object({ name: z.string().max(40), version: z.string().max(40) }).strict(),
    os: z.string().max(40),
    /** Viewport, pixel ratio and language; `null` when the page could not be read. */
    page: PageInfoSchema.nullable(),
    source: CaptureSourceSchema,
    artifacts: z.array(ArtifactSchema).min(1),
    chain: ChainLinkSchema,
    notes: z.string().max(10_000),
    tags: z.array(z.string().min(1).max(40)).max(30),
    /** The complaint case this evidence belongs to, if any. */
    caseId: z.string().max(80).nullable(),
    /** Redacted copies; each names its original in `derivedFrom`. */
    redactions: z.array(ArtifactSchema).max(100),
  })
  .strict();
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

/**
 * A saved capture as the background reports it. `screenshotNeedsClick` is set when the page
 * snapshot and text were saved but no screenshot could be taken: the browser grants screenshots
 * only after a click on the toolbar button or the keyboard shortcut (`activeTab`).
 * `fullPageCut` is set when the page was too tall to capture whole.
 */
export type CaptureReply = CaptureRecord & { screenshotNeedsClick?: true; fullPageCut?: true };

/** A record before it joins the chain (what a capture produces). */
export type CaptureDraft = Omit<CaptureRecord, 'chain'>;

/** Bytes of one artifact, stored once per digest. */
export interface StoredBlob {
  sha256: string;
  mimeType: string;
  size: number;
  bytes: ArrayBuffer;
}

/** Actions written to the append-only access log. */
export const AccessActionSchema = z.enum([
  'capture',
  'view',
  'export',
  'import',
  'delete',
  'redact',
  'annotate',
  'keep-pending',
  'verify',
]);
export type AccessAction = z.infer<typeof AccessActionSchema>;

/** A deleted record's place in its chain, kept so `verifyChain` can bridge the gap it leaves. */
export const DeletedLinkSchema = ChainLinkSchema.extend({ recordId: z.uuid() }).strict();
export type DeletedLink = z.infer<typeof DeletedLinkSchema>;

/** One access-log entry. Entries are only ever added, never changed or removed. */
export const AccessLogEntrySchema = z
  .object({
    id: z.number().int().min(1),
    at: z.iso.datetime({ offset: true }),
    action: AccessActionSchema,
    recordIds: z.array(z.uuid()).max(100_000),
    detail: z.string().max(500),
    deleted: z.array(DeletedLinkSchema).optional(),
  })
  .strict();
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

/**
 * A snapshot kept automatically when a problem was detected, waiting for the person to keep it
 * (it then becomes a chained record) or to let it expire after 24 hours.
 */
export interface PendingSnapshot {
  id: string;
  tabId: number;
  createdAtUtc: string;
  expiresAtUtc: string;
  draft: CaptureDraft;
  blobs: StoredBlob[];
}
