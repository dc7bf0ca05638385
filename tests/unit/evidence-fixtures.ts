import { sha256Hex } from '../../lib/evidence/hash';
import type { CaptureDraft, StoredBlob } from '../../lib/evidence/schema';
import { toOffsetIso } from '../../lib/evidence/time';

/** A blob holding `text`, with its real SHA-256. */
export async function blobOf(text: string, mimeType = 'image/png'): Promise<StoredBlob> {
  const bytes = new TextEncoder().encode(text);
  return { sha256: await sha256Hex(bytes), mimeType, size: bytes.byteLength, bytes: bytes.buffer };
}

/** A capture draft naming `blobs`, captured `minute` minutes after 11:00 UTC on 2026-11-25. */
export function draftFor(
  blobs: readonly StoredBlob[],
  minute: number,
  id: string = crypto.randomUUID(),
): CaptureDraft {
  const at = new Date(Date.UTC(2026, 10, 25, 11, 0) + minute * 60_000);
  return {
    schemaVersion: 2,
    id,
    capturedAt: toOffsetIso(at, 480),
    capturedAtUtc: at.toISOString(),
    timeZone: 'Asia/Shanghai',
    url: 'https://www.paypal.com/checkoutnow',
    title: 'PayPal',
    providerId: 'paypal',
    state: 'payment_failed',
    detectedAt: toOffsetIso(at, 480),
    fields: { amountText: '$12.50', amount: '12.50', currency: 'USD', merchant: 'Coffee Ltd' },
    extensionVersion: '0.1.0',
    userAgent: 'test',
    browser: { name: 'Chrome', version: '140.0' },
    os: 'Linux',
    page: {
      viewportWidth: 1280,
      viewportHeight: 720,
      devicePixelRatio: 1,
      language: 'en',
      scrollHeight: 2000,
    },
    source: 'extension-page',
    artifacts: blobs.map((b, i) => ({
      kind: i === 0 ? ('screenshot-visible' as const) : ('page-text' as const),
      sha256: b.sha256,
      mimeType: b.mimeType,
      size: b.size,
    })),
    notes: '',
    tags: [],
    caseId: null,
    redactions: [],
  };
}
