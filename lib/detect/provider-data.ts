import type { Rule } from './rules';

/**
 * What the content script needs to know about one provider: its hosts, its own rules and its
 * page hints. Built from the registry at build time (`wxt.config.ts`) and inlined, so the
 * content script ships neither the registry's contact data nor its validator.
 */
export interface ProviderDetectionData {
  id: string;
  hosts: string[];
  rules: Rule[];
  help: string[];
  history: string[];
}

/** The subset of a registry provider this module reads (kept structural to avoid importing zod). */
interface ProviderLike {
  id: string;
  hosts: readonly string[];
  detection?: {
    rules: readonly Rule[];
    hints: { help: readonly string[]; history: readonly string[] };
  };
}

/**
 * Reduces registry providers to their detection data. Providers without rules or hints are left
 * out: the generic rules cover them, and their host names need not ship twice.
 */
export function providerDetectionData(providers: readonly ProviderLike[]): ProviderDetectionData[] {
  const withData = providers.filter(
    (p) =>
      p.detection &&
      p.detection.rules.length + p.detection.hints.help.length + p.detection.hints.history.length >
        0,
  );
  return withData.map((p) => ({
    id: p.id,
    hosts: [...p.hosts],
    rules: [...(p.detection?.rules ?? [])],
    help: [...(p.detection?.hints.help ?? [])],
    history: [...(p.detection?.hints.history ?? [])],
  }));
}

/** True when `hostname` is covered by a host pattern (`*.x.com` covers `x.com` too). */
function coversHost(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return host === pattern;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** The detection data for the provider serving `hostname`, if any. */
export function detectionDataForHost(
  data: readonly ProviderDetectionData[],
  hostname: string,
): ProviderDetectionData | undefined {
  return data.find((p) => p.hosts.some((pattern) => coversHost(pattern, hostname)));
}
