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
 * - `redacted-screenshot` / `redacted-text`: a redacted copy, naming its original in `derivedFrom`;
 * - `outside-file`: a file the person added from outside the browser (a statement, an e-mail, a
 *   photo or a chat export), with its type found from its content.
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
  'outside-file',
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

/**
 * Where a capture came from. `legacy` marks records upgraded from schema version 1; `file` a file
 * the person added from outside the browser.
 */
export const CaptureSourceSchema = z.enum([
  'extension-page',
  'shortcut',
  'in-page',
  'detection',
  'legacy',
  'file',
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

/** Types of file the locker accepts from outside the browser, recognised by their first bytes. */
export const OutsideFileTypeSchema = z.enum([
  'pdf',
  'eml',
  'png',
  'jpeg',
  'gif',
  'webp',
  'heic',
  'text',
]);
export type OutsideFileType = z.infer<typeof OutsideFileTypeSchema>;

/** What a file from outside the browser is, as the person describes it. */
export const OutsideCategorySchema = z.enum(['statement', 'email', 'chat', 'photo', 'other']);
export type OutsideCategory = z.infer<typeof OutsideCategorySchema>;

/**
 * The person's own account of a file added from outside the browser. Fixed when the file is
 * added, so it is part of the hashed record.
 */
export const OutsideFileSchema = z
  .object({
    category: OutsideCategorySchema,
    /** What it is, in the person's words ("November statement of my card"). */
    description: z.string().max(500),
    /** When what it shows happened, local time with offset, if the person said. */
    occurredAt: z.iso.datetime({ offset: true }).nullable(),
    /** Where it came from, in the person's words ("e-mail from PayPal", "my phone"). */
    cameFrom: z.string().max(300),
    /** The file's name on the person's device (for recognising it; never used to judge its type). */
    fileName: z.string().max(255),
    /** The type found from the file's content. */
    detectedType: OutsideFileTypeSchema,
  })
  .strict();
export type OutsideFile = z.infer<typeof OutsideFileSchema>;

/**
 * Where a stored record came from when it was not captured on this device. Set by the import
 * itself (never read from the bundle) and kept outside the record hash: a bundle can prove its
 * records were not changed after they were stored, not who stored them or when.
 */
export const RecordOriginSchema = z
  .object({
    kind: z.literal('imported'),
    /** When this device imported it. */
    importedAt: z.iso.datetime({ offset: true }),
    /** SHA-256 of the bundle file, `null` for imports made before it was recorded. */
    bundleSha256: Sha256Schema.nullable(),
    /** The bundle's file name, as it was picked ('' when unknown). */
    bundleName: z.string().max(255),
    /** The export time the bundle states (unverified). */
    bundleExportedAt: z.string().max(40),
    /** Files of the record the bundle did not carry (its exporter left them out). */
    notIncluded: z.array(Sha256Schema).max(1000),
    /**
     * The exporter masked card numbers, e-mail addresses or phone numbers in the record's address,
     * title or details: they no longer match its record hash, which cannot be checked.
     */
    detailsMasked: z.boolean(),
  })
  .strict();
export type RecordOrigin = z.infer<typeof RecordOriginSchema>;

/**
 * One saved piece of evidence (schema version 2). Page-supplied values (`url`, `title`,
 * `fields`, `page.language`) are untrusted text: stored and shown as text only.
 *
 * `notes`, `tags`, `caseId` and `redactions` are the person's annotations and `origin` says where
 * an imported record came from: they can change after capture, so they are outside the record
 * hash. Everything else is fixed at capture time. Fields added since (`file`) are optional, so
 * records without them hash exactly as before and the schema version of the hashed core stays 2.
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
    /** For a file added from outside the browser: what it is, when and where from. */
    file: OutsideFileSchema.optional(),
    /** Absent for records captured (or added) on this device; set when imported. */
    origin: RecordOriginSchema.optional(),
  })
  .strict();
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

/**
 * A saved capture as the background reports it. `screenshotNeedsClick` is set when the page
 * snapshot and text were saved but no screenshot could be taken: the browser grants screenshots
 * only after a click on the toolbar button or the keyboard shortcut (`activeTab`).
 * `fullPageCut` is set when the page was too tall to capture whole. `pendingDropped` counts the
 * waiting moment-of-detection snapshots deleted to make room for this capture.
 */
export type CaptureReply = CaptureRecord & {
  screenshotNeedsClick?: true;
  fullPageCut?: true;
  pendingDropped?: number;
};

/** A record before it joins the chain (what a capture produces). */
export type CaptureDraft = Omit<CaptureRecord, 'chain'>;

/** Bytes of one artifact, stored once per digest. */
export interface StoredBlob {
  sha256: string;
  mimeType: string;
  size: number;
  bytes: ArrayBuffer;
}

/**
 * A row of the `blobs` store: small files hold their bytes; large ones are kept in the `chunks`
 * store (`chunks.upload` names them, `chunks.count` says how many), so no single value is huge.
 */
export interface StoredBlobRow {
  sha256: string;
  mimeType: string;
  size: number;
  bytes?: ArrayBuffer;
  chunks?: { upload: string; count: number };
}

/** One piece of a large file, keyed by `[upload, index]`. */
export interface BlobChunk {
  upload: string;
  index: number;
  bytes: ArrayBuffer;
  /** When it was written (UTC): chunks of an upload that never finished are swept after a while. */
  atUtc: string;
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
  'add-file',
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

/** A pending snapshot as database version 2 stored it (kept to upgrade old databases). */
export interface PendingSnapshotV2 {
  id: string;
  tabId: number;
  createdAtUtc: string;
  expiresAtUtc: string;
  draft: CaptureDraft;
  blobs: StoredBlob[];
}

/**
 * A snapshot kept automatically when a problem was detected, waiting for the person to keep it
 * (it then becomes a chained record) or to let it expire after 24 hours. `slot` names the tab and
 * problem it belongs to: a newer snapshot for the same slot replaces it. `bytes` is the size of
 * its files, for the cap on what pending snapshots may take.
 */
export interface PendingSnapshot extends PendingSnapshotV2 {
  slot: string;
  bytes: number;
}
