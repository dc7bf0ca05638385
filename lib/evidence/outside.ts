import type { IDBPDatabase } from 'idb';
import { discardUpload, stageUpload, type StagedUpload } from './blobs';
import type { EvidenceDB } from './db';
import { describeUserAgent } from './environment';
import { withRoomForOwn } from './pending';
import type { CaptureDraft, CaptureRecord, OutsideCategory, OutsideFileType } from './schema';
import { saveStagedFile } from './store';
import { toOffsetIso } from './time';

/**
 * Evidence from outside the browser: a bank or wallet statement (PDF), an e-mail (`.eml`), a photo
 * or screenshot from a phone, a chat export (text or pictures). Each file is streamed into the
 * locker in pieces, hashed on the way, recognised by its content (never by its name: a file called
 * `statement.pdf` that is really a program is refused), and saved as a record of its own in the
 * hash chain, with the person's account of what it is, when it happened and where it came from.
 */

/** The largest file the locker accepts: a year of statements fits many times over. */
export const MAX_OUTSIDE_FILE_BYTES = 200 * 1024 * 1024;

/** A recognised type and the MIME type it is stored and exported with. */
export interface DetectedType {
  type: OutsideFileType;
  mimeType: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** Header names that open a saved e-mail (RFC 5322). */
const MAIL_HEADERS =
  /^(from|to|date|subject|received|return-path|message-id|mime-version|delivered-to|reply-to|cc|x-[a-z0-9-]+):/im;

/** The text of `head` when it is UTF-8 text (no NUL bytes, no undecodable bytes), else `null`. */
function asText(head: Uint8Array): string | null {
  if (head.includes(0)) return null;
  try {
    // `stream` lets the last character be cut by the end of the head without failing.
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return null;
  }
}

/**
 * The type of a file from its first bytes (a few kilobytes are enough), or `null` when it is
 * none the locker keeps. Images, PDF and e-mail are recognised by their signatures and headers;
 * any other UTF-8 text is kept as text (a chat export).
 */
export function detectFileType(head: Uint8Array): DetectedType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { type: 'png', mimeType: 'image/png' };
  }
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { type: 'jpeg', mimeType: 'image/jpeg' };
  if (/^GIF8[79]a/.test(ascii(head, 0, 6))) return { type: 'gif', mimeType: 'image/gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
    return { type: 'webp', mimeType: 'image/webp' };
  }
  if (
    ascii(head, 4, 8) === 'ftyp' &&
    /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(head, 8, 12))
  ) {
    return { type: 'heic', mimeType: 'image/heic' };
  }
  // The PDF header may follow a little junk; readers look for it in the first kilobyte.
  if (ascii(head, 0, Math.min(head.length, 1024)).includes('%PDF-')) {
    return { type: 'pdf', mimeType: 'application/pdf' };
  }
  const text = asText(head);
  if (text === null || text.trim() === '') return null;
  const firstLines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 20);
  const opensWithHeader = /^[A-Za-z0-9-]+:\s/.test(firstLines[0] ?? '');
  if (opensWithHeader && firstLines.some((line) => MAIL_HEADERS.test(line))) {
    return { type: 'eml', mimeType: 'message/rfc822' };
  }
  return { type: 'text', mimeType: 'text/plain' };
}

/** The file is of a type the locker does not keep (refused; nothing was stored). */
export class UnsupportedFileError extends Error {
  override name = 'UnsupportedFileError';
}

/** What the person says about a file they add. */
export interface OutsideFileInput {
  /** Opens the file's bytes as a stream of pieces (it may be opened again to retry). */
  open: () => AsyncIterable<Uint8Array>;
  fileName: string;
  category: OutsideCategory;
  description: string;
  /** When what it shows happened (local time with offset), if the person said. */
  occurredAt: string | null;
  cameFrom: string;
  providerId: string | null;
  caseId: string | null;
}

/** The device facts a record carries. */
export interface DeviceFacts {
  now: Date;
  timeZone: string;
  userAgent: string;
  extensionVersion: string;
  onProgress?: (bytes: number) => void;
}

/** The record of a file added from outside the browser (before it joins the chain). */
export function outsideFileDraft(
  input: Omit<OutsideFileInput, 'open'>,
  staged: StagedUpload,
  detected: DetectedType,
  device: DeviceFacts,
): CaptureDraft {
  const userAgent = device.userAgent.slice(0, 1024);
  const { browser, os } = describeUserAgent(userAgent);
  const fileName = input.fileName.slice(0, 255);
  return {
    schemaVersion: 2,
    id: crypto.randomUUID(),
    capturedAt: toOffsetIso(device.now),
    capturedAtUtc: device.now.toISOString(),
    timeZone: device.timeZone,
    url: '',
    title: (input.description || fileName).slice(0, 2048),
    providerId: input.providerId,
    state: null,
    detectedAt: null,
    fields: {},
    extensionVersion: device.extensionVersion,
    userAgent,
    browser,
    os,
    page: null,
    source: 'file',
    artifacts: [
      {
        kind: 'outside-file',
        sha256: staged.sha256,
        mimeType: detected.mimeType,
        size: staged.size,
      },
    ],
    notes: '',
    tags: [],
    caseId: input.caseId,
    redactions: [],
    file: {
      category: input.category,
      description: input.description.slice(0, 500),
      occurredAt: input.occurredAt,
      cameFrom: input.cameFrom.slice(0, 300),
      fileName,
      detectedType: detected.type,
    },
  };
}

/**
 * Adds a file to the locker: streams it into storage in pieces while hashing it, checks its type
 * from its first bytes, then saves its record in the chain with the pieces in one transaction.
 * Throws {@link UnsupportedFileError} for a type the locker does not keep and `FileTooLargeError`
 * past {@link MAX_OUTSIDE_FILE_BYTES}; either way nothing is kept. When the device is full,
 * waiting moment-of-detection snapshots are deleted to make room first (`pendingDropped`).
 */
export async function addOutsideFile(
  db: IDBPDatabase<EvidenceDB>,
  input: OutsideFileInput,
  device: DeviceFacts,
): Promise<{ record: CaptureRecord; pendingDropped: number }> {
  const attempt = async () => {
    const staged = await stageUpload(db, input.open(), {
      maxBytes: MAX_OUTSIDE_FILE_BYTES,
      now: device.now,
      onProgress: device.onProgress,
    });
    try {
      const detected = detectFileType(staged.head);
      if (!detected || staged.size === 0) {
        throw new UnsupportedFileError(`${input.fileName} is not a type the locker keeps`);
      }
      const draft = outsideFileDraft(input, staged, detected, device);
      return await saveStagedFile(db, draft, staged, detected.mimeType, device.now);
    } catch (error) {
      await discardUpload(db, staged.upload).catch(() => undefined);
      throw error;
    }
  };
  const { result, pendingDropped } = await withRoomForOwn(db, attempt, device.now);
  return { record: result, pendingDropped };
}
