import type { Provider } from '../providers';

/**
 * The names by which a page's text refers to a wallet, for the page guard: the wallet's own
 * names and aliases (matched ignoring case), or, for a brand that is also an ordinary word
 * (`Wise`, `Link`, `Octopus`), only the forms its registry entry lists as `guard.pageNames`
 * (matched as written).
 */
export interface GuardNames {
  providerId: string;
  names: string[];
  caseSensitive: boolean;
}

export function guardNames(providers: readonly Provider[]): GuardNames[] {
  return providers.map((p) => {
    const own = p.guard.pageNames;
    const names = own ?? [p.name.en, p.name['zh-CN'], p.name['zh-Hant'], ...p.aliases];
    // Drop bracketed forms ("支付宝香港（AlipayHK）"): their parts are listed on their own.
    const plain = names.flatMap((n) => n.split(/[（）()／/]/)).map((n) => n.trim());
    return {
      providerId: p.id,
      names: [...new Set(plain.filter((n) => n.length >= (/[\u3400-\u9fff]/.test(n) ? 2 : 3)))],
      caseSensitive: own !== undefined,
    };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression source that finds any of `names` (longest first), never inside a longer
 * Latin word (`Wise` is not found in `Wiseman`).
 */
export function namesPattern(names: readonly string[]): string {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return `(?<![A-Za-z])(?:${sorted.map(escape).join('|')})(?![A-Za-z])`;
}
