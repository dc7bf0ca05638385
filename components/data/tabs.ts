import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureProgress } from '../../lib/evidence/progress';
import { watchCaptureProgress, watchTabState } from '../../lib/client/tabs';
import type { TabState } from '../../lib/tab-state';

/**
 * A tab's detection, kept current while the page is open: `undefined` while loading, `null`
 * when nothing is known (no tab, or nothing stored for it). `initial`, when the page read it
 * before rendering, is shown at once (and followed from there).
 */
export function useTabState(
  tabId: number | null,
  initial?: TabState | null,
): TabState | null | undefined {
  const [tabState, setTabState] = useState<TabState | null | undefined>(initial);
  const first = useRef(true);
  useEffect(() => {
    const changed = !first.current;
    first.current = false;
    if (tabId === null) {
      setTabState(null);
      return;
    }
    if (changed) setTabState(undefined);
    // The first answer repeats the state read before rendering: keep the shown one then, so the
    // first screen is not rendered twice.
    return watchTabState(tabId, (next) =>
      setTabState((shown) => (JSON.stringify(shown) === JSON.stringify(next) ? shown : next)),
    );
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
