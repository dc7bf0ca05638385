import { browser } from 'wxt/browser';
import { decodeDataUrl } from '../evidence/hash';
import { captureProgressKey } from '../evidence/progress';
import { scrollPageInPage, scrollPositionInPage } from './capture-page';

/**
 * Chrome allows `tabs.captureVisibleTab` twice per second
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); calls are spaced a little wider than that.
 */
const MIN_CAPTURE_INTERVAL_MS = 520;
/** Tallest tile in device pixels: canvases far beyond this fail in some browsers. */
const MAX_TILE_HEIGHT_PX = 16_384;
/** Screens captured at most (a minute at the browser's rate); the rest of the page is noted as cut. */
const MAX_SCREENS = 120;

let lastCaptureAt = 0;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `captureVisibleTab` paced to the browser's limit, so consecutive captures (a full page, or a
 * quick capture right after one) never trip its quota error; retried once if they still do.
 */
export async function pacedCaptureVisibleTab(windowId: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const wait = lastCaptureAt + MIN_CAPTURE_INTERVAL_MS - Date.now();
    if (wait > 0) await sleep(wait);
    lastCaptureAt = Date.now();
    try {
      return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    } catch (error) {
      if (attempt === 0 && /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(error))) continue;
      throw error;
    }
  }
}

/** Scroll offsets (CSS px) that cover a page of `scrollHeight` with screens of `viewport`. */
export function screenOffsets(scrollHeight: number, viewport: number, maxScreens = MAX_SCREENS) {
  const offsets: number[] = [];
  const last = Math.max(0, scrollHeight - viewport);
  for (let y = 0; y < last && offsets.length < maxScreens - 1; y += viewport) offsets.push(y);
  offsets.push(offsets.length < maxScreens - 1 ? last : Math.min(last, offsets.length * viewport));
  return { offsets, truncated: last > offsets[offsets.length - 1]! };
}

/** Tile boundaries (CSS px) for a page `height` tall at `dpr`. */
export function tileBounds(height: number, dpr: number, maxTilePx = MAX_TILE_HEIGHT_PX) {
  const tileCss = Math.max(1, Math.floor(maxTilePx / dpr));
  const tiles: { top: number; bottom: number }[] = [];
  for (let top = 0; top < height; top += tileCss)
    tiles.push({ top, bottom: Math.min(height, top + tileCss) });
  return tiles.length > 0 ? tiles : [{ top: 0, bottom: Math.max(1, height) }];
}

async function inPage<A extends unknown[], R>(
  tabId: number,
  func: (...args: A) => R,
  args: A,
): Promise<Awaited<R>> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: func as never,
    args: args as never,
  });
  return result?.result as Awaited<R>;
}

/**
 * Scrolls through the page, captures each screen at the browser's pace and stitches them into
 * PNG tiles no taller than {@link MAX_TILE_HEIGHT_PX}. Fixed and sticky elements are shown on
 * the first screen only. Progress goes to `storage.session`. The page's scroll position and
 * hidden elements are restored however the capture ends.
 */
export async function captureFullPage(
  tabId: number,
  windowId: number,
  page: { viewportHeight: number; scrollHeight: number; devicePixelRatio: number },
): Promise<{ tiles: Uint8Array[]; truncated: boolean }> {
  const progressKey = captureProgressKey(tabId);
  const { offsets, truncated } = screenOffsets(page.scrollHeight, page.viewportHeight);
  const coveredHeight = Math.min(
    page.scrollHeight,
    offsets[offsets.length - 1]! + page.viewportHeight,
  );
  const bounds = tileBounds(coveredHeight, page.devicePixelRatio);
  const original = await inPage(tabId, scrollPositionInPage, []);
  // Kept until the page is put back, so a restarted worker can put it back too.
  const restoreKey = captureRestoreKey(tabId);
  await browser.storage.session.set({ [restoreKey]: original });
  let tileIndex = 0;
  let canvas: OffscreenCanvas | null = null;
  const tiles: Uint8Array[] = [];
  const finishTile = async () => {
    if (!canvas) return;
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    tiles.push(new Uint8Array(await blob.arrayBuffer()));
    canvas = null;
    tileIndex++;
  };
  try {
    await browser.storage.session.set({ [progressKey]: { done: 0, total: offsets.length } });
    for (let i = 0; i < offsets.length; i++) {
      const { scrollY } = await inPage(tabId, scrollPageInPage, [offsets[i]!, i > 0, null]);
      const { bytes } = decodeDataUrl(await pacedCaptureVisibleTab(windowId));
      const bitmap = await createImageBitmap(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      );
      // The screenshot's own scale: device pixels per CSS pixel as the browser really drew it.
      const scale = bitmap.height / page.viewportHeight;
      const shotTop = scrollY;
      const shotBottom = scrollY + page.viewportHeight;
      while (tileIndex < bounds.length) {
        const tile = bounds[tileIndex]!;
        if (tile.top >= shotBottom) break;
        canvas ??= new OffscreenCanvas(bitmap.width, Math.round((tile.bottom - tile.top) * scale));
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D canvas');
        context.drawImage(bitmap, 0, Math.round((shotTop - tile.top) * scale));
        if (tile.bottom <= shotBottom || i === offsets.length - 1) await finishTile();
        else break;
      }
      bitmap.close();
      await browser.storage.session.set({ [progressKey]: { done: i + 1, total: offsets.length } });
    }
    await finishTile();
  } finally {
    await inPage(tabId, scrollPageInPage, [0, false, original]).catch(() => undefined);
    await browser.storage.session.remove([progressKey, restoreKey]).catch(() => undefined);
  }
  return { tiles, truncated };
}

const RESTORE_PREFIX = 'capture-restore:';

/** The `storage.session` key holding where a tab's page was before a full-page capture. */
function captureRestoreKey(tabId: number): string {
  return `${RESTORE_PREFIX}${tabId}`;
}

/**
 * Puts back every page a full-page capture was working on when the worker stopped: its scroll
 * position and its fixed elements. Run at start-up; the capture itself is gone (nothing of it
 * was saved), so its progress entry goes too.
 */
export async function restoreInterruptedCaptures(): Promise<number> {
  const all = await browser.storage.session.get(null);
  let restored = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RESTORE_PREFIX)) continue;
    const tabId = Number(key.slice(RESTORE_PREFIX.length));
    const position = value as { x?: unknown; y?: unknown };
    if (
      Number.isInteger(tabId) &&
      typeof position.x === 'number' &&
      typeof position.y === 'number'
    ) {
      const to = { x: position.x, y: position.y };
      await inPage(tabId, scrollPageInPage, [0, false, to]).then(
        () => restored++,
        () => undefined, // the tab is gone or moved on
      );
    }
    await browser.storage.session.remove([key, captureProgressKey(tabId)]);
  }
  return restored;
}
