import { browser } from 'wxt/browser';
import { openEvidenceDb } from '../evidence/db';
import { decodeDataUrl } from '../evidence/hash';
import type { PendingSnapshot } from '../evidence/schema';
import { savePending, sweepExpiredPending } from '../evidence/store';
import { getSettings } from '../settings';
import { artifactOf, captureTab, draftFor } from './capture';
import { pacedCaptureVisibleTab } from './capture-full';
import { errorRegionInPage } from './capture-page';
import type { ProblemDetected } from './events';

/** The `commands` entry of the keyboard shortcut (see wxt.config.ts). */
const SAVE_EVIDENCE_COMMAND = 'save-evidence';
/** The alarm that deletes pending snapshots nobody kept. */
export const PENDING_SWEEP_ALARM = 'evidence-pending-sweep';
/** How long a moment-of-detection snapshot waits to be kept. */
const PENDING_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The keyboard shortcut: it grants `activeTab` like a toolbar click, so the active tab can be
 * captured with a screenshot.
 */
export async function onSaveEvidenceCommand(command: string, tabId?: number): Promise<void> {
  if (command !== SAVE_EVIDENCE_COMMAND) return;
  let target = tabId;
  if (target === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    target = active?.id;
  }
  if (target === undefined) return;
  await captureTab(target, { source: 'shortcut', screenshot: 'required' });
}

/**
 * Keeps the moment a problem was detected as a pending snapshot (when the setting is on): the
 * text that supported the detection, the error region's HTML read from the page, and a
 * screenshot where the browser allows one. It waits 24 hours for the person to keep it.
 */
export async function keepMomentOfDetection(
  { tabId, tabState }: ProblemDetected,
  now: Date = new Date(),
): Promise<PendingSnapshot | null> {
  if (!(await getSettings(browser.storage.local)).evidence.keepMomentOfDetection) return null;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tabState.frameId !== undefined ? tabState.url : (tab?.url ?? tabState.url);
  const matched = tabState.matchedText ?? [];
  let region: { html: string; text: string } | null = null;
  try {
    // A problem found in a wallet's frame is read from that frame, the only part we may read.
    const frameIds = tabState.frameId !== undefined ? [tabState.frameId] : undefined;
    const [result] = await browser.scripting.executeScript({
      target: frameIds ? { tabId, frameIds } : { tabId },
      func: errorRegionInPage,
      args: [matched],
    });
    region = (result?.result as { html: string; text: string } | undefined) ?? null;
  } catch {
    // The page is gone or scripts cannot run there: the matched text is kept alone.
  }
  let screenshot: Uint8Array | null = null;
  if (tab?.active) {
    try {
      screenshot = decodeDataUrl(await pacedCaptureVisibleTab(tab.windowId)).bytes;
    } catch {
      // No activeTab grant: a screenshot needs a click, the text is still kept.
    }
  }
  const encoder = new TextEncoder();
  const text = region?.text || matched.join('\n');
  const parts = [];
  if (text) parts.push(artifactOf('detection-text', 'text/plain', encoder.encode(text)));
  if (region?.html)
    parts.push(artifactOf('detection-html', 'text/html', encoder.encode(region.html)));
  if (screenshot) parts.push(artifactOf('screenshot-visible', 'image/png', screenshot));
  if (parts.length === 0) return null;
  const made = await Promise.all(parts);
  const draft = draftFor({
    url,
    title: tab?.title ?? '',
    tabState,
    page: null,
    source: 'detection',
    artifacts: made.map((m) => m.artifact),
    at: now,
  });
  const pending: PendingSnapshot = {
    id: draft.id,
    tabId,
    createdAtUtc: now.toISOString(),
    expiresAtUtc: new Date(now.getTime() + PENDING_LIFETIME_MS).toISOString(),
    draft,
    blobs: made.map((m) => m.blob),
  };
  await savePending(await openEvidenceDb(), pending);
  return pending;
}

/** Deletes expired pending snapshots (run by the alarm and at start-up). */
export async function sweepPending(now: Date = new Date()): Promise<number> {
  return sweepExpiredPending(await openEvidenceDb(), now);
}
