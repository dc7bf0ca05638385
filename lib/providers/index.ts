import type { Locale } from '../i18n/locale';
import type { Provider } from './schema';
import { PROVIDERS } from './registry';

export type { Provider } from './schema';
export { PROVIDERS };

const BY_ID = new Map(PROVIDERS.map((p) => [p.id, p]));

/** The provider with this id, or `undefined` for an unknown (possibly untrusted) id. */
export function getProvider(id: string): Provider | undefined {
  return BY_ID.get(id);
}

/**
 * A provider's name in `locale`; for an id the registry does not know (an imported case of a
 * wallet since removed), the id itself.
 */
export function providerName(id: string, locale: Locale): string {
  return BY_ID.get(id)?.name[locale] ?? id;
}

/** True when `hostname` is covered by a registry host pattern (`*.x.com` covers `x.com` too). */
export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === pattern;
}

/**
 * The provider whose wallet serves `url`, or `undefined`. Only `https:` pages count: every
 * supported wallet is HTTPS-only, and a plain-HTTP look-alike must not get our help.
 */
export function providerForUrl(url: string | undefined): Provider | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return PROVIDERS.find((p) => p.hosts.some((pattern) => hostMatches(pattern, parsed.hostname)));
}

/** Match patterns for every registry host: the manifest's host permissions and content-script matches. */
export function walletMatchPatterns(providers: readonly Provider[] = PROVIDERS): string[] {
  const patterns = providers.flatMap((p) => p.hosts.map((host) => `https://${host}/*`));
  return [...new Set(patterns)].sort();
}
