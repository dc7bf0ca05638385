/** Match patterns of every registry host, inlined at build time by `wxt.config.ts`. */
declare const __WALLET_MATCH_PATTERNS__: string[];

/**
 * The page guard's cheap check, inlined at build time by `wxt.config.ts` from the registry
 * (`guardPrefilter` in `lib/guard/prefilter.ts`), so the guard script carries no registry.
 */
declare const __GUARD_PREFILTER__: {
  names: string;
  exactNames: string;
  tokens: string[];
  typoTokens: string[];
  plainTokens: string[];
};
