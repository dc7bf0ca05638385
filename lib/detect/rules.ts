import type { Rule } from './rule-schema';

/** Languages a rule can be written in. */
export const RULE_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'es', 'pt', 'de'] as const;
export type RuleLang = (typeof RULE_LANGS)[number];

/*
 * Detection rules are data (`Rule`, declared by its zod schema in `rule-schema.ts` and imported
 * here as a type only): the content script compiles the rules the background sends it and
 * never ships a validator for them. The unit tests validate every rule against the schema.
 */

/** A rule with its pattern compiled. */
export interface CompiledRule extends Rule {
  regex: RegExp;
}

/** Compiles rules; throws a readable error naming a duplicate id or a broken pattern. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`Duplicate rule id "${rule.id}"`);
    seen.add(rule.id);
    let regex: RegExp;
    try {
      regex = new RegExp(rule.pattern, 'i');
    } catch (error) {
      throw new Error(`Rule "${rule.id}": invalid pattern (${String(error)})`);
    }
    return { ...rule, regex };
  });
}
