import type { Provider } from './schema';

/**
 * The source of the module the extension's bundles use in place of `registry.ts`: the registry
 * as the build parsed and validated it, as data. Parsing every provider with its schemas (and
 * compiling each detection pattern to check it) took tens of milliseconds on every page load of
 * the popup, the side panel, the locker and the cases page; reading the same data as JSON takes
 * about one. The data is the same: a test compares it with the parsed registry.
 */
export function shippedRegistrySource(providers: readonly Provider[]): string {
  return [
    '// The provider registry, parsed and validated at build time (lib/providers/shipped.ts).',
    `const providers = JSON.parse(${JSON.stringify(JSON.stringify(providers))});`,
    'export const PROVIDERS = Object.freeze(providers.map((provider) => Object.freeze(provider)));',
    '',
  ].join('\n');
}
