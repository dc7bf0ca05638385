import { browser } from 'wxt/browser';
import type { ErrorCode } from '../messages';
import { openEvidenceDb } from '../evidence/db';
import { decodeDataUrl, sha256Hex } from '../evidence/hash';
import { CaptureRecordSchema, type CaptureRecord } from '../evidence/schema';
import { saveCapture } from '../evidence/store';
import { toOffsetIso } from '../evidence/time';
import { providerForUrl } from '../providers';
import { readTabState } from './tab-states';

/** A capture that could not be made, with the code the UI explains. */
export class CaptureError extends Error {
  override name = 'CaptureError';
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

async function getTab(tabId: number) {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab) return tab;
  } catch {
    // The real API throws for a closed tab; the fake one returns undefined.
  }
  throw new CaptureError('tabGone', `Tab ${tabId} does not exist`);
}

/**
 * Captures the visible area of a tab as PNG and stores it with its metadata and SHA-256, record
 * and bytes in one transaction. Runs in the background only: the evidence database belongs to
 * the extension's origin.
 *
 * `captureVisibleTab` needs `activeTab` (granted by a click on the toolbar button or a
 * keyboard shortcut) or `<all_urls>`; host permissions for the wallet are not enough.
 */
export async function captureVisible(
  tabId: number,
  now: () => Date = () => new Date(),
): Promise<CaptureRecord> {
  const tab = await getTab(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) {
    throw new CaptureError(
      'pageNotCapturable',
      `Tab ${tabId} shows ${tab.url ?? 'an unknown page'}`,
    );
  }
  if (!tab.active) {
    throw new CaptureError('tabNotVisible', `Tab ${tabId} is not the active tab of its window`);
  }
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (error) {
    throw new CaptureError('captureDenied', String(error));
  }
  const capturedAt = now();
  const { mimeType, bytes } = decodeDataUrl(dataUrl);
  const sha256 = await sha256Hex(bytes);
  const tabState = await readTabState(tabId);
  const record: CaptureRecord = CaptureRecordSchema.parse({
    schemaVersion: 1,
    id: crypto.randomUUID(),
    capturedAt: toOffsetIso(capturedAt),
    capturedAtUtc: capturedAt.toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    url: tab.url,
    title: tab.title ?? '',
    providerId: tabState?.providerId ?? providerForUrl(tab.url)?.id ?? null,
    state: tabState?.state ?? null,
    extensionVersion: browser.runtime.getManifest().version,
    userAgent: globalThis.navigator?.userAgent ?? 'unknown',
    artifacts: [{ kind: 'screenshot-visible', sha256, mimeType, size: bytes.byteLength }],
  });
  try {
    const db = await openEvidenceDb();
    await saveCapture(db, record, [
      { sha256, mimeType, size: bytes.byteLength, bytes: bytes.buffer.slice(0) as ArrayBuffer },
    ]);
  } catch (error) {
    throw new CaptureError('storage', String(error));
  }
  return record;
}
