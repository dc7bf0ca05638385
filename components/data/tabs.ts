import { useEffect, useState } from 'preact/hooks';
import type { CaptureProgress } from '../../lib/evidence/progress';
import { watchCaptureProgress, watchTabState } from '../../lib/client/tabs';
import type { TabState } from '../../lib/tab-state';

/**
 * A tab's detection, kept current while the page is open: `undefined` while loading, `null`
 * when nothing is known (no tab, or nothing stored for it).
 */
export function useTabState(tabId: number | null): TabState | null | undefined {
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) {
      setTabState(null);
      return;
    }
    setTabState(undefined);
    return watchTabState(tabId, setTabState);
  }, [tabId]);
  return tabState;
}

/** A tab's full-page capture progress while one runs, else `null`. */
export function useCaptureProgress(tabId: number | null): CaptureProgress | null {
  const [progress, setProgress] = useState<CaptureProgress | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    return watchCaptureProgress(tabId, setProgress);
  }, [tabId]);
  return progress;
}
