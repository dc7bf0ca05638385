import { useEffect, useState } from 'preact/hooks';
import { watchGuardState } from '../../lib/client/guard';
import type { GuardState } from '../../lib/guard/state';

/** The page guard's warning for a tab, kept current; `null` when there is none. */
export function useGuardState(tabId: number | null): GuardState | null {
  const [state, setState] = useState<GuardState | null>(null);
  useEffect(() => {
    setState(null);
    if (tabId === null) return;
    return watchGuardState(tabId, setState);
  }, [tabId]);
  return state;
}
