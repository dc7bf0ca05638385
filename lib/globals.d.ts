import type { ProviderDetectionData } from './detect/provider-data';

declare global {
  /** Match patterns of every registry host, inlined at build time by `wxt.config.ts`. */
  const __WALLET_MATCH_PATTERNS__: string[];
  /** Providers' hosts, detection rules and page hints, inlined at build time by `wxt.config.ts`. */
  const __WALLET_DETECTION__: ProviderDetectionData[];
}

export {};
