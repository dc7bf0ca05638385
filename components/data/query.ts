import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** What {@link useQuery} returns. */
export interface Query<T> {
  /** The loaded value; `undefined` until the first load finishes. */
  data: T | undefined;
  /** Why the last load failed, or `null`. */
  error: unknown;
  /** Loads again (after a change the page made itself). */
  reload: () => void;
  /** Replaces the value with one the page already has (a change's reply). */
  set: (value: T) => void;
}

/**
 * Loads a value for a component and keeps it until `deps` change. A load that finishes after the
 * component moved on (unmounted, or `deps` changed) is dropped, so a slow answer never
 * overwrites a newer one. `initial`, a value the page loaded before rendering, is shown at once
 * instead of the first load.
 */
export function useQuery<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  initial?: T,
): Query<T> {
  const [data, setData] = useState<T | undefined>(() => initial);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const preloaded = useRef(initial !== undefined);
  useEffect(() => {
    if (preloaded.current) {
      preloaded.current = false;
      return;
    }
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        setData(() => value);
        setError(null);
      },
      (reason: unknown) => live && setError(reason),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((value: T) => setData(() => value), []);
  return { data, error, reload, set };
}
