import { useEffect, useState } from 'preact/hooks';
import { evidence } from '../../lib/client/evidence';
import { useQuery } from './query';

/** The newest saved records (at most `limit`). */
export function useRecentCaptures(limit: number) {
  return useQuery(async () => (await evidence.list(limit)).records, [limit]);
}

/** The locker's list: a summary of every record, newest first, and the damaged ones. */
export type LockerList = Awaited<ReturnType<typeof evidence.summaries>>;

/**
 * Reads the locker's list from the light index, between the performance marks `locker-load` and
 * `locker-read` (read by `npm run bench`). The locker starts this before its first render, with
 * the rows its first script already read (`early`, `null` when that could not be done).
 */
export async function readLockerList(early?: Promise<unknown[] | null>): Promise<LockerList> {
  performance.mark('locker-load');
  const rows = early ? await early : null;
  const list = rows ? evidence.summariesFrom(rows) : await evidence.summaries();
  performance.mark('locker-read');
  return list;
}

/** Moment-of-detection snapshots waiting to be kept (of one tab, when given). */
export function usePendingSnapshots(tabId?: number | null) {
  return useQuery(async () => {
    const all = await evidence.pending(new Date());
    return tabId === undefined ? all : all.filter((p) => p.tabId === tabId);
  }, [tabId]);
}

/** An object URL for a stored artifact (revoked when the component lets go of it). */
export function useBlobUrl(sha256: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    void evidence.blob(sha256).then((blob) => {
      if (!blob || !live) return;
      objectUrl = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [sha256]);
  return url;
}
