import { browser } from 'wxt/browser';
import { MessageError } from '../protocol/errors';
import { openEvidenceDb } from '../evidence/db';
import { describeUserAgent } from '../evidence/environment';
import { decodeDataUrl, sha256Hex } from '../evidence/hash';
import type {
  Artifact,
  ArtifactKind,
  CaptureDraft,
  CaptureRecord,
  CaptureReply,
  CaptureSource,
  PageInfo,
  StoredBlob,
} from '../evidence/schema';
import { withRoomForOwn } from '../evidence/pending';
import { saveCapture, StorageFullError } from '../evidence/store';
import { toOffsetIso } from '../evidence/time';
import { deviceTimeZone } from '../intl';
import { providerForUrl } from '../providers';
import type { TabState } from '../tab-state';
import { captureFullPage, pacedCaptureVisibleTab } from './capture-full';
import { readPageInPage, type CollectedPage } from './capture-page';
import type { Handlers } from './handlers';
import { readTabState } from './tab-states';

/** A capture that could not be made, with the code the UI explains. */
class CaptureError extends MessageError {
  override name = 'CaptureError';
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

/** What was read of a whole page: its metrics are always there. */
type ReadPage = CollectedPage & { info: NonNullable<CollectedPage['info']> };

/** The page's metrics, inert HTML and visible text, or `null` where scripts cannot run in it. */
async function collectPage(tabId: number): Promise<ReadPage | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: readPageInPage,
      args: [{ kind: 'page' }],
    });
    const page = result?.result as CollectedPage | undefined;
    return page?.info ? (page as ReadPage) : null;
  } catch {
    return null;
  }
}

/**
 * MHTML of the tab where the browser has `pageCapture` (Chrome), else `null`. The returned Blob
 * is copied into memory at once and the read retried: on a fresh profile the first read can
 * fail with `NotFoundError`.
 */
async function saveMhtml(tabId: number): Promise<Uint8Array | null> {
  const api = (browser as { pageCapture?: typeof browser.pageCapture }).pageCapture;
  if (!api?.saveAsMHTML) return null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const blob = await api.saveAsMHTML({ tabId });
      if (!blob) return null;
      return new Uint8Array(await blob.arrayBuffer());
    } catch {
      // retried below
    }
  }
  return null;
}

/** An artifact plus its bytes, hashed. */
export async function artifactOf(
  kind: ArtifactKind,
  mimeType: string,
  bytes: Uint8Array,
  extra: Partial<Pick<Artifact, 'part' | 'parts' | 'derivedFrom'>> = {},
): Promise<{ artifact: Artifact; blob: StoredBlob }> {
  const sha256 = await sha256Hex(bytes);
  const size = bytes.byteLength;
  return {
    artifact: { kind, sha256, mimeType, size, ...extra },
    blob: { sha256, mimeType, size, bytes: bytes.slice().buffer as ArrayBuffer },
  };
}

/** Everything about the capture that is not an artifact. */
export function draftFor(input: {
  url: string;
  title: string;
  tabState: TabState | null;
  page: PageInfo | null;
  source: CaptureSource;
  artifacts: Artifact[];
  at: Date;
}): CaptureDraft {
  const userAgent = (globalThis.navigator?.userAgent ?? 'unknown').slice(0, 1024);
  const { browser: browserInfo, os } = describeUserAgent(userAgent);
  const state = input.tabState?.state ?? null;
  return {
    schemaVersion: 2,
    id: crypto.randomUUID(),
    capturedAt: toOffsetIso(input.at),
    capturedAtUtc: input.at.toISOString(),
    timeZone: deviceTimeZone(),
    url: input.url.slice(0, 8192),
    title: input.title.slice(0, 2048),
    providerId: input.tabState?.providerId ?? providerForUrl(input.url)?.id ?? null,
    state,
    detectedAt: state ? (input.tabState?.detectedAt ?? null) : null,
    fields: input.tabState?.fields ?? {},
    extensionVersion: browser.runtime.getManifest().version,
    userAgent,
    browser: browserInfo,
    os,
    page: input.page,
    source: input.source,
    artifacts: input.artifacts,
    notes: '',
    tags: [],
    caseId: null,
    redactions: [],
  };
}

/** How to capture. */
export interface CaptureOptions {
  source: CaptureSource;
  /** `required`: no screenshot, no capture (a click asked for one). `optional`: save the rest. */
  screenshot: 'required' | 'optional';
  /** Also scroll and stitch the whole page. */
  fullPage?: boolean;
  now?: () => Date;
}

/**
 * Captures a tab and stores it: the visible area as PNG (taken first, so it shows the moment of
 * the click), the full page when asked, the page as MHTML (or serialised HTML where the browser
 * has no `pageCapture`), the visible text and the metadata, every artifact with its SHA-256. The
 * record and its blobs are written in one transaction at the very end, so a capture cut short
 * (tab closed, worker stopped) leaves nothing behind.
 *
 * `captureVisibleTab` needs `activeTab` (granted by a click on the toolbar button or a keyboard
 * shortcut) or `<all_urls>`; host permissions for the wallet are not enough.
 */
export async function captureTab(tabId: number, options: CaptureOptions): Promise<CaptureReply> {
  const now = options.now ?? (() => new Date());
  const tab = await getTab(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) {
    throw new CaptureError(
      'pageNotCapturable',
      `Tab ${tabId} shows ${tab.url ?? 'an unknown page'}`,
    );
  }
  if (!tab.active && options.screenshot === 'required') {
    throw new CaptureError('tabNotVisible', `Tab ${tabId} is not the active tab of its window`);
  }
  const at = now();
  let screenshot: Uint8Array | null = null;
  if (tab.active) {
    try {
      screenshot = decodeDataUrl(await pacedCaptureVisibleTab(tab.windowId)).bytes;
    } catch (error) {
      if (options.screenshot === 'required') throw new CaptureError('captureDenied', String(error));
    }
  }
  const [page, mhtml, tabState] = await Promise.all([
    collectPage(tabId),
    saveMhtml(tabId),
    readTabState(tabId),
  ]);
  const parts: Promise<{ artifact: Artifact; blob: StoredBlob }>[] = [];
  if (screenshot) parts.push(artifactOf('screenshot-visible', 'image/png', screenshot));
  let fullPageCut = false;
  if (options.fullPage && screenshot && page) {
    const { tiles, truncated } = await captureFullPage(tabId, tab.windowId, page.info);
    fullPageCut = truncated;
    tiles.forEach((tile, i) =>
      parts.push(
        artifactOf('screenshot-full', 'image/png', tile, { part: i + 1, parts: tiles.length }),
      ),
    );
  }
  const encoder = new TextEncoder();
  if (mhtml) parts.push(artifactOf('snapshot-mhtml', 'multipart/related', mhtml));
  else if (page) parts.push(artifactOf('snapshot-html', 'text/html', encoder.encode(page.html)));
  if (page) parts.push(artifactOf('page-text', 'text/plain', encoder.encode(page.text)));
  if (parts.length === 0) {
    throw new CaptureError('captureDenied', 'Neither a screenshot nor the page could be read');
  }
  const made = await Promise.all(parts);
  const draft = draftFor({
    url: tab.url,
    title: tab.title ?? '',
    tabState,
    page: page?.info ?? null,
    source: options.source,
    artifacts: made.map((m) => m.artifact),
    at,
  });
  let saved: { result: CaptureRecord; pendingDropped: number };
  try {
    const db = await openEvidenceDb();
    // The person asked for this capture: waiting snapshots make room for it if the disk is full.
    saved = await withRoomForOwn(
      db,
      () =>
        saveCapture(
          db,
          draft,
          made.map((m) => m.blob),
          at,
        ),
      at,
    );
  } catch (error) {
    if (error instanceof StorageFullError) throw new CaptureError('storageFull', error.message);
    throw new CaptureError('storage', String(error));
  }
  return {
    ...saved.result,
    ...(screenshot ? {} : { screenshotNeedsClick: true as const }),
    ...(fullPageCut ? { fullPageCut: true as const } : {}),
    ...(saved.pendingDropped ? { pendingDropped: saved.pendingDropped } : {}),
  };
}

/**
 * Captures the visible area (plus snapshot, text and metadata) after a click in an extension
 * page; without a screenshot nothing is saved and the reason is reported.
 */
function captureVisible(tabId: number, now: () => Date = () => new Date()): Promise<CaptureReply> {
  return captureTab(tabId, { source: 'extension-page', screenshot: 'required', now });
}

/** Capture requests: from the popup or side panel (a tab they name), or from the in-page prompt. */
export const captureHandlers: Handlers<
  'capture/visible' | 'capture/full-page' | 'capture/from-page'
> = {
  'capture/visible': ({ tabId }) => captureVisible(tabId),
  'capture/full-page': ({ tabId }) =>
    captureTab(tabId, { source: 'extension-page', screenshot: 'required', fullPage: true }),
  // No click reached the extension, so a screenshot is taken only if the browser still allows
  // one; the snapshot and text are saved either way. The tab is the sender's own.
  'capture/from-page': (_payload, sender) =>
    captureTab(sender.tabId, { source: 'in-page', screenshot: 'optional' }),
};
