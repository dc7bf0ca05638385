/** Match patterns of every registry host, inlined at build time by `wxt.config.ts`. */
declare const __WALLET_MATCH_PATTERNS__: string[];

/** Each provider's hosts, detection rules and page hints, inlined at build time by `wxt.config.ts`. */
declare const __WALLET_DETECTION__: import('./detect/provider-data').ProviderDetectionData[];
