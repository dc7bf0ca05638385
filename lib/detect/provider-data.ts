import { GENERIC_RULES } from './generic-rules';
import type { Rule } from './rules';

/**
 * What the content script needs to detect trouble on one provider's pages: the rules (the
 * provider's own first, then the generic ones) and its page hints. The background answers the
 * content script's `detect/rules` message with it, so the script on every wallet page carries
 * neither the rules nor the registry, only the engine.
 */
export interface DetectionRules {
  rules: Rule[];
  /** Path patterns (regular-expression sources) of the provider's help pages. */
  help: string[];
  /** Path patterns of the provider's activity / transaction-history lists. */
  history: string[];
}

/** The subset of a registry provider this module reads (structural, so it needs no zod). */
export interface ProviderLike {
  detection?: {
    rules: readonly Rule[];
    hints: { help: readonly string[]; history: readonly string[] };
  };
}

/** The detection rules and hints for `provider` (generic rules alone when it is unknown). */
export function detectionRulesFor(provider: ProviderLike | undefined): DetectionRules {
  return {
    rules: [...(provider?.detection?.rules ?? []), ...GENERIC_RULES],
    help: [...(provider?.detection?.hints.help ?? [])],
    history: [...(provider?.detection?.hints.history ?? [])],
  };
}
