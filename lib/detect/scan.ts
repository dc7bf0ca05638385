import type { ProviderDetectionData } from './provider-data';
import { compileRules, GENERIC_RULES, type CompiledRule } from './rules';

/** The rules that run on one provider's pages: its own first, then the generic ones. */
export function rulesFor(
  provider: Pick<ProviderDetectionData, 'rules'> | undefined,
): CompiledRule[] {
  return compileRules([...(provider?.rules ?? []), ...GENERIC_RULES]);
}
