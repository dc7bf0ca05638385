import { browser } from 'wxt/browser';
import { sweepStaleUploads } from '../evidence/blobs';
import { openEvidenceDb } from '../evidence/db';
import { decodeDataUrl } from '../evidence/hash';
import { PENDING_LIMITS, savePending, sweepExpiredPending } from '../evidence/pending';
import { capUtf8, pendingBytes, pendingSlot } from '../evidence/pending-slot';
import type { PendingSnapshot } from '../evidence/schema';
import { localeFromSetting, translate, type MessageKey } from '../i18n';
import { MessageError } from '../protocol/errors';
import { getSettings } from '../settings';
import { artifactOf, captureTab, draftFor } from './capture';
import { pacedCaptureVisibleTab } from './capture-full';
import { readPageInPage, type CollectedPage } from './capture-page';
import type { ProblemDetected } from './events';

/** The `commands` entry of the keyboard shortcut (see wxt.config.ts). */
const SAVE_EVIDENCE_COMMAND = 'save-evidence';
/** The alarm that deletes pending snapshots nobody kept. */
export const PENDING_SWEEP_ALARM = 'evidence-pending-sweep';
/** How long a moment-of-detection snapshot waits to be kept. */
const PENDING_LIFETIME_MS = 24 * 60 * 60 * 1000;
/**
 * One moment-of-detection snapshot per tab at most this often. A page that changes its address
 * (or its error) many times in a row makes one snapshot, not one per change: the first moment is
 * the one that matters, and the work of reading the page and taking a screenshot stays bounded.
 */
export const SNAPSHOT_INTERVAL_MS = 10_000;
/** Prefix of the notifications the keyboard shortcut shows. */
const SHORTCUT_NOTIFICATION = 'evidence-shortcut:';

/** Tabs whose snapshot is being taken right now (a second event for them is skipped). */
const snapshotting = new Set<number>();

/** The `storage.session` key holding when a tab's last snapshot was taken (survives restarts). */
function snapshotAtKey(tabId: number): string {
  return `snapshot-at:${tabId}`;
}

/** Forgets a closed tab's snapshot time. */
export async function forgetSnapshotTime(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapshotAtKey(tabId));
}

/** The person's language, for texts the background shows itself (notifications). */
async function backgroundLocale() {
  const { language } = await getSettings(browser.storage.local);
  return localeFromSetting(language, [browser.i18n.getUILanguage()]);
}

/** Shows a notification; a browser with notifications switched off is not an error. */
async function notify(id: string, title: MessageKey, message: string): Promise<void> {
  const locale = await backgroundLocale();
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, title),
      message,
    });
  } catch (error) {
    console.error('Wallet Assist: could not show a notification', error);
  }
}

/**
 * The keyboard shortcut: it grants `activeTab` like a toolbar click, so the active tab can be
 * captured with a screenshot. Nothing else on screen changes when it is pressed, so a
 * notification says whether the evidence was saved (and clicking it opens the locker).
 */
export async function onSaveEvidenceCommand(command: string, tabId?: number): Promise<void> {
  if (command !== SAVE_EVIDENCE_COMMAND) return;
  let target = tabId;
  if (target === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    target = active?.id;
  }
  if (target === undefined) return;
  const locale = await backgroundLocale();
  try {
    const record = await captureTab(target, { source: 'shortcut', screenshot: 'required' });
    await notify(
      `${SHORTCUT_NOTIFICATION}${record.id}`,
      'shortcut.saved.title',
      translate(locale, 'shortcut.saved', {
        count: record.artifacts.length,
        hash: record.artifacts[0]!.sha256.slice(0, 12),
      }),
    );
  } catch (error) {
    const code = error instanceof MessageError ? error.code : 'internal';
    await notify(
      `${SHORTCUT_NOTIFICATION}failed:${Date.now()}`,
      'shortcut.failed.title',
      translate(locale, `error.${code}`),
    );
    throw error;
  }
}

/** A click on a shortcut notification opens the evidence locker. */
export async function onShortcutNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(SHORTCUT_NOTIFICATION)) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/locker.html') });
  await browser.notifications.clear(id);
}

/**
 * Keeps the moment a problem was detected as a pending snapshot (when the setting is on): the
 * text that supported the detection, the error region as inert HTML read from the page, and a
 * screenshot where the browser allows one (after a click, or with the optional permission for
 * it). It waits 24 hours for the person to keep it.
 *
 * The page decides when this runs, so it is bounded: at most one snapshot per tab every
 * {@link SNAPSHOT_INTERVAL_MS}, one waiting snapshot per tab and problem (a newer one replaces
 * it), each page copy cut to {@link PENDING_LIMITS}.maxCopyBytes, and all waiting snapshots
 * together within {@link PENDING_LIMITS}.maxTotalBytes (the oldest go first).
 */
export async function keepMomentOfDetection(
  { tabId, tabState }: ProblemDetected,
  now: Date = new Date(),
): Promise<PendingSnapshot | null> {
  if (!(await getSettings(browser.storage.local)).evidence.keepMomentOfDetection) return null;
  if (snapshotting.has(tabId)) return null;
  snapshotting.add(tabId);
  try {
    const key = snapshotAtKey(tabId);
    const last = (await browser.storage.session.get(key))[key];
    const since = typeof last === 'number' ? now.getTime() - last : Infinity;
    if (since >= 0 && since < SNAPSHOT_INTERVAL_MS) return null;
    await browser.storage.session.set({ [key]: now.getTime() });
    return await takeSnapshot(tabId, tabState, now);
  } finally {
    snapshotting.delete(tabId);
  }
}

async function takeSnapshot(
  tabId: number,
  tabState: ProblemDetected['tabState'],
  now: Date,
): Promise<PendingSnapshot | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tabState.frameId !== undefined ? tabState.url : (tab?.url ?? tabState.url);
  const matched = tabState.matchedText ?? [];
  let region: CollectedPage | null = null;
  try {
    // A problem found in a wallet's frame is read from that frame, the only part we may read.
    const frameIds = tabState.frameId !== undefined ? [tabState.frameId] : undefined;
    const [result] = await browser.scripting.executeScript({
      target: frameIds ? { tabId, frameIds } : { tabId },
      func: readPageInPage,
      args: [{ kind: 'region', matched }],
    });
    region = (result?.result as CollectedPage | undefined) ?? null;
  } catch {
    // The page is gone or scripts cannot run there: the matched text is kept alone.
  }
  let screenshot: Uint8Array | null = null;
  if (tab?.active) {
    try {
      screenshot = decodeDataUrl(await pacedCaptureVisibleTab(tab.windowId)).bytes;
    } catch {
      // No grant: a screenshot needs a click or the optional permission; the text is still kept.
    }
  }
  const max = PENDING_LIMITS.maxCopyBytes;
  const text = capUtf8(region?.text || matched.join('\n'), max);
  const html = capUtf8(region?.html ?? '', max);
  const parts = [];
  if (text.length) parts.push(artifactOf('detection-text', 'text/plain', text));
  if (html.length) parts.push(artifactOf('detection-html', 'text/html', html));
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
  const blobs = made.map((m) => m.blob);
  const pending: PendingSnapshot = {
    id: draft.id,
    tabId,
    slot: pendingSlot(tabId, tabState.state),
    bytes: pendingBytes(blobs),
    createdAtUtc: now.toISOString(),
    expiresAtUtc: new Date(now.getTime() + PENDING_LIFETIME_MS).toISOString(),
    draft,
    blobs,
  };
  const saved = await savePending(await openEvidenceDb(), pending, now);
  return saved.saved ? pending : null;
}

/**
 * Deletes expired pending snapshots and the pieces of file uploads that never finished (run by
 * the hourly alarm and at start-up).
 */
export async function sweepPending(now: Date = new Date()): Promise<number> {
  const db = await openEvidenceDb();
  await sweepStaleUploads(db, now);
  return sweepExpiredPending(db, now);
}
