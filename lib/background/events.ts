import type { TabState } from '../tab-state';

/** A tab's page has just shown a problem (its state turned from nothing, or to another state). */
export interface ProblemDetected {
  tabId: number;
  tabState: TabState & { state: NonNullable<TabState['state']> };
}

type Listener = (event: ProblemDetected) => void | Promise<void>;

const listeners: Listener[] = [];

/**
 * Registers work to do when a problem is detected (the in-page prompt, the moment-of-detection
 * evidence, …). Register at start-up, synchronously, like every MV3 listener.
 */
export function onProblemDetected(listener: Listener): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

/**
 * Tells every listener, one after another; a failing listener is logged and does not stop the
 * others or the caller.
 */
export async function emitProblemDetected(event: ProblemDetected): Promise<void> {
  for (const listener of [...listeners]) {
    try {
      await listener(event);
    } catch (error) {
      console.error('Wallet Assist: a problem-detected listener failed', error);
    }
  }
}
