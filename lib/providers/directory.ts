import type { Provider } from './schema';

/**
 * The directory: every registered wallet, found by any of its names or aliases in any language
 * and script. Matching ignores case, spaces, punctuation and character width (`wechat pay`,
 * `WeChatPay`, `ＷｅＣｈａｔ` all find WeChat Pay), and a query may be the start of a name.
 */

/** A name or query as compared: NFKC, lower case, letters and digits only. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every name a provider can be found by. */
function namesOf(provider: Provider): string[] {
  return [provider.id, ...Object.values(provider.name), ...provider.aliases];
}

/**
 * The providers `query` finds, best first: a whole name, then the start of one, then a part of
 * one. An empty query finds none (the page lists them all itself).
 */
export function searchDirectory(query: string, providers: readonly Provider[]): Provider[] {
  const q = searchKey(query);
  if (q === '') return [];
  const scored = providers.flatMap((provider) => {
    const keys = namesOf(provider).map(searchKey);
    const score = keys.some((k) => k === q)
      ? 0
      : keys.some((k) => k.startsWith(q))
        ? 1
        : keys.some((k) => k.includes(q))
          ? 2
          : -1;
    return score < 0 ? [] : [{ provider, score }];
  });
  return scored.sort((a, b) => a.score - b.score).map(({ provider }) => provider);
}
