/** Match patterns of every registry host, inlined at build time by `wxt.config.ts`. */
declare const __WALLET_MATCH_PATTERNS__: string[];
