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
    if (seen.has(rule.id)) throw new Error(`Duplicate detection rule id "${rule.id}"`);
    seen.add(rule.id);
    let regex: RegExp;
    try {
      regex = new RegExp(rule.pattern, 'i');
    } catch (error) {
      throw new Error(`Detection rule "${rule.id}" has an invalid pattern: ${String(error)}`);
    }
    return { ...rule, regex };
  });
}

/**
 * Words at least one of which occurs in every text any rule can match. A block without any of
 * them is skipped before a single rule runs, which keeps a scan of a large page cheap. The rule
 * tests check every rule's examples against it, so a new rule cannot slip past the filter.
 */
export const TRIGGER =
  /fail|declin|denied|reject|refus|unsuccessful|through|complete|process|insufficient|wrong|lock|limit|suspend|frozen|freez|restrict|disabl|block|hold|deactivat|closed|cancel|approv|could ?n[o'’]?t|unable|verif|confirm|attempt|exceed|reached|pending|arriv|receiv|longer|delay|unusual|suspicious|detected|noticed|unrecogni|someone|authori[sz]|refund|rechaz|bloque|suspendid|suspens|restringid|restrit|recusad|aprovad|não foi|no pudimos|límite|desa?c?tivad|deaktiv|fehlgeschlagen|abgelehnt|gesperrt|eingeschränkt|失败|失敗|未成功|不成功|未完成|延迟|延誤|延遲|拒|无法|無法|未能|不能|不足|冻结|凍結|锁定|鎖定|限|封|停用|风险|風險|异常|異常|验证|驗證|认证|認證|过多|過多|超|上限|到账|到帳|入账|入帳|盗|盜|非本人|授权|授權|退款|暂不支持|暫不支援|陌生|设备|設備/iu;
