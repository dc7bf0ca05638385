import type { StateId } from '../states';
import type { StoredBlob } from './schema';

/**
 * The slot of a moment-of-detection snapshot: one per tab and problem. A newer snapshot for the
 * same slot replaces the older one, so a page that flips its address forty times keeps one.
 */
export function pendingSlot(tabId: number, state: StateId | null): string {
  return `${tabId}:${state ?? 'none'}`;
}

/** Bytes a pending snapshot's files take. */
export function pendingBytes(blobs: readonly StoredBlob[]): number {
  return blobs.reduce((sum, blob) => sum + blob.bytes.byteLength, 0);
}

/**
 * `text` as UTF-8, cut to at most `maxBytes` without splitting a character: a page copy kept
 * because a page showed a problem can never be larger than the cap, whatever the page holds.
 */
export function capUtf8(text: string, maxBytes: number): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return bytes;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.slice(0, end);
}
