import type { Provider } from '../providers';
import { guardNames, namesPattern } from './names';

/**
 * What the page guard's content script needs for its cheap check, derived from the registry at
 * build time: the wallets' names (as regular-expression sources) and the brand words of their
 * addresses. A page that shows none of the names and whose address has none of the words (or a
 * misspelling of one, or Punycode) costs one text search and is left alone.
 */
export interface GuardPrefilter {
  /** Names matched ignoring case. */
  names: string;
  /** Names matched as written (brands that are also ordinary words). */
  exactNames: string;
  /** Brand words and service numbers found anywhere in an address. */
  tokens: string[];
  /** Brand words whose misspellings count (6 letters or more). */
  typoTokens: string[];
  /** Brand words that are ordinary words: only as a word of their own in an address. */
  plainTokens: string[];
}

export function guardPrefilter(providers: readonly Provider[]): GuardPrefilter {
  const sets = guardNames(providers);
  const flat = (caseSensitive: boolean) =>
    sets.filter((s) => s.caseSensitive === caseSensitive).flatMap((s) => s.names);
  const tokens = providers.flatMap((p) => p.guard.brandTokens);
  return {
    names: namesPattern(flat(false)),
    exactNames: namesPattern(flat(true)),
    tokens: [...new Set(tokens)],
    typoTokens: [
      ...new Set(
        providers
          .filter((p) => p.guard.typos)
          .flatMap((p) => p.guard.brandTokens)
          .filter((t) => t.length >= 6 && !/^\d+$/.test(t)),
      ),
    ],
    plainTokens: [...new Set(providers.flatMap((p) => p.guard.plainTokens))],
  };
}
