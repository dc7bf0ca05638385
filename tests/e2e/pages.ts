import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { openExtensionWindow } from '../harness/browser.mjs';
import { expect, type Extension } from './fixtures';

/**
 * Helpers shared by the end-to-end specs: opening wallet and extension pages, reading the
 * evidence database, and stopping the extension's service worker.
 */

/** Opens an extension page (popup, side panel, options) for `tabId` in its own small window. */
export async function openExtensionPage(
  context: BrowserContext,
  extension: Extension,
  path: string,
  options: { width?: number; height?: number } = {},
): Promise<Page> {
  return openExtensionWindow(context, await extension.worker(), extension.id, path, options);
}

/** Opens a wallet page and waits until the expected state is stored for its tab. */
export async function openWallet(
  context: BrowserContext,
  extension: Extension,
  url: string,
  state: string | null,
) {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await extension.tabIdOf(page);
  await extension.waitForTabState(tabId, (s) => s !== undefined && s.state === state);
  return { page, tabId };
}

/**
 * What the in-page prompt shows for a failed payment, in order: its label, one sentence and its
 * five buttons (English).
 */
export const PROMPT_TEXTS_PAYMENT_FAILED = [
  en['prompt.label'],
  en['prompt.message.payment_failed'],
  en['prompt.openHelp'],
  en['prompt.saveEvidence'],
  en['prompt.dismiss'],
  en['prompt.snoozeDay'],
  en['prompt.snoozeAlways'],
];

/** A page the test can run code in: a Playwright page (Chromium) or a puppeteer one (Firefox). */
export interface EvaluatesInPage {
  evaluate<T>(fn: () => Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
}

/** An artifact of a capture record, as stored. */
export interface StoredArtifact {
  kind: string;
  sha256: string;
  size: number;
  mimeType: string;
}

/** The fields of a stored capture record the tests look at. */
export interface StoredRecord {
  id: string;
  url: string;
  providerId: string | null;
  state: string | null;
  capturedAt: string;
  source: string;
  artifacts: StoredArtifact[];
  chain: { seq: number; prevHash: string | null; recordHash: string };
  page: { devicePixelRatio: number; scrollHeight: number } | null;
}

/**
 * Every capture record and stored blob in the extension's evidence database, read from one of
 * its pages. Each blob comes back as base64 with the SHA-256 the page computed of its bytes, so
 * a test can hash the bytes again on its side.
 */
export function readEvidence(page: EvaluatesInPage) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('wallet-assist-evidence');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const records = await all<unknown>('captures');
    // Large files are kept in chunks, with no bytes of their own here: tests read those by export.
    const blobs = (await all<{ sha256: string; bytes?: ArrayBuffer }>('blobs')).filter(
      (blob): blob is { sha256: string; bytes: ArrayBuffer } => blob.bytes !== undefined,
    );
    db.close();
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    return {
      records,
      blobs: await Promise.all(
        blobs.map(async (blob) => ({
          key: blob.sha256,
          pageSha256: hex(await crypto.subtle.digest('SHA-256', blob.bytes)),
          base64: btoa(
            Array.from(new Uint8Array(blob.bytes), (b) => String.fromCharCode(b)).join(''),
          ),
        })),
      ),
    };
  }) as Promise<{
    records: StoredRecord[];
    blobs: { key: string; pageSha256: string; base64: string }[];
  }>;
}

/** Asserts that every artifact of every record has its bytes, with the right SHA-256 and size. */
export function expectWhole(evidence: Awaited<ReturnType<typeof readEvidence>>) {
  const bytes = new Map(evidence.blobs.map((b) => [b.key, Buffer.from(b.base64, 'base64')]));
  for (const [key, value] of bytes) {
    expect(createHash('sha256').update(value).digest('hex')).toBe(key);
  }
  for (const record of evidence.records) {
    for (const artifact of record.artifacts) {
      const stored = bytes.get(artifact.sha256);
      expect(stored, `${record.id} ${artifact.kind}`).toBeDefined();
      expect(stored!.length).toBe(artifact.size);
    }
  }
}

/** The stored case, read from the extension's own cases database. */
export function readCase(page: EvaluatesInPage, id: string) {
  return page.evaluate(async (caseId: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('wallet-assist-cases');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').get(caseId);
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return value as {
      status: string;
      facts: Record<string, string>;
      unconfirmed?: string[];
      contacts: { agentName?: string; employeeId?: string; reference?: string }[];
      timeline: { kind: string; detail?: string }[];
      lastNewsAt: string;
    };
  }, id);
}

/**
 * Watches the extension's service worker through DevTools from one of the extension's own pages
 * (its storage partition), and stops it the way Chromium does when it idles out. `statuses`
 * lists every running status reported, in order.
 */
export async function watchWorker(extensionPage: Page, extension: Extension) {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const statuses: string[] = [];
  let versionId: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
    const ours = versions.find((v) =>
      v.scriptURL.startsWith(`chrome-extension://${extension.id}/`),
    );
    if (!ours) return;
    versionId = ours.versionId;
    statuses.push(ours.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versionId).toBeDefined();
  return {
    statuses,
    /** Stops the worker and waits until it is reported stopped. */
    async stop() {
      await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
      await expect.poll(() => statuses).toContain('stopped');
    },
  };
}

/**
 * Opens the first record of the locker and its redaction tool; returns the screenshot's box on
 * screen and its size in image pixels, and `drag`, which marks a rectangle from one screen point
 * to another as a person would with the mouse.
 */
export async function openRedactTool(locker: Page) {
  await locker.getByRole('button', { name: en['locker.open'] }).first().click();
  const image = locker.locator('.redact img');
  await expect(image).toBeVisible();
  await image.scrollIntoViewIfNeeded();
  const box = (await image.boundingBox())!;
  const naturalWidth = await image.evaluate((img: HTMLImageElement) => img.naturalWidth);
  const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
    await locker.mouse.move(from.x, from.y);
    await locker.mouse.down();
    await locker.mouse.move(to.x, to.y, { steps: 5 });
    await locker.mouse.up();
  };
  return { box, naturalWidth, drag };
}
