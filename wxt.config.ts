import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { guardPrefilter } from './lib/guard/prefilter';
import { PROVIDERS, walletMatchPatterns } from './lib/providers';
import { shippedRegistrySource } from './lib/providers/shipped';

/** Unlisted scripts that run inside web pages: the in-page prompt and the page guard's two. */
const IN_PAGE_SCRIPTS = ['prompt', 'guard', 'guard-warning'];

/** The page guard's optional permission (see `GUARD_ORIGINS` in lib/background/guard.ts). */
const GUARD_OPTIONAL_ORIGINS = ['*://*/*'];
/** Detection screenshots' optional permission (see lib/client/permissions.ts), then the guard's. */
const OPTIONAL_ORIGINS = ['<all_urls>', ...GUARD_OPTIONAL_ORIGINS];

/** Firefox add-on id; fixed so storage and the evidence database survive updates. */
export const GECKO_ID = 'wallet-assist@wallet-assist.app';

/**
 * Build modes:
 * - `production` (default for `wxt build`): host permissions are exactly the registry's wallets.
 * - `e2e`: adds `<all_urls>` so headless tests can call `tabs.captureVisibleTab`, which otherwise
 *   needs an `activeTab` grant from a real toolbar click. It is written to `.output/*-e2e` and is
 *   never zipped or published; `tests/e2e/manifest.spec.ts` proves the production build lacks it.
 */
/**
 * The provider registry in the extension's bundles: already parsed and validated here (this
 * file imports it in Node), as data, so no page or worker parses it again at every start.
 */
function shippedRegistry() {
  const id = '\0wallet-assist:registry';
  const registry = resolve(import.meta.dirname, 'lib/providers/registry.ts');
  return {
    name: 'wallet-assist:shipped-registry',
    enforce: 'pre' as const,
    async resolveId(source: string, importer: string | undefined) {
      if (!importer || !source.endsWith('/registry')) return undefined;
      return resolve(dirname(importer), `${source}.ts`) === registry ? id : undefined;
    },
    load: (source: string) => (source === id ? shippedRegistrySource(PROVIDERS) : undefined),
  };
}

export default defineConfig({
  imports: false,
  zip: {
    // The sources archive a Firefox reviewer rebuilds the add-on from (BUILDING.md says how):
    // what the build reads, without tests, tools, store material or screenshots.
    excludeSources: ['tests/**', 'scripts/**', 'store/**', 'demo-output/**', 'test-results/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), shippedRegistry()],
    define: {
      // The content script's `matches`, inlined as a literal so the runtime bundle does not
      // carry the whole provider registry (and zod) just to list host names.
      __WALLET_MATCH_PATTERNS__: JSON.stringify(walletMatchPatterns()),
      // The page guard's names and brand words, likewise, so its script carries no registry.
      __GUARD_PREFILTER__: JSON.stringify(guardPrefilter(PROVIDERS)),
    },
  }),
  hooks: {
    // Scripts that run inside wallet tabs (the content script and the in-page prompt) use the
    // browser's own promise-based `runtime.sendMessage` (Chromium MV3 and Firefox both have one)
    // instead of bundling webextension-polyfill, which the module above switches on everywhere
    // else: for their builds only, `wxt/browser` is WXT's own thin `browser` again.
    'vite:build:extendConfig': (entrypoints, config) => {
      const inPage = entrypoints.some(
        (e) =>
          e.type === 'content-script' ||
          (e.type === 'unlisted-script' && IN_PAGE_SCRIPTS.includes(e.name)),
      );
      if (!inPage) return;
      const wxtBrowser = createRequire(import.meta.url).resolve('wxt/browser');
      // The manifest's `content_scripts.matches` come from the entrypoint as WXT reads it at
      // build time; the bundle itself never reads its `matches`, so it carries none of them.
      config.define = { ...config.define, __WALLET_MATCH_PATTERNS__: '[]' };
      // The wallet content script runs with our own context instead of the framework's, which
      // posts a message to every page it starts on (see lib/detect/page-context.ts).
      const pageContext = entrypoints.some((e) => e.type === 'content-script')
        ? resolve(import.meta.dirname, 'lib/detect/page-context.ts')
        : undefined;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'wallet-assist:page-context',
          enforce: 'pre',
          resolveId: (id: string) =>
            pageContext && id === 'wxt/utils/content-script-context' ? pageContext : undefined,
        },
        {
          name: 'wallet-assist:no-polyfill-in-pages',
          enforce: 'pre',
          // The polyfill module's alias has already rewritten `wxt/browser` by the time this
          // runs, so its target is matched too.
          resolveId: (id: string) =>
            id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser'
              ? wxtBrowser
              : undefined,
        },
      ];
    },
  },
  manifest: ({ browser, mode, command }) => {
    const hostPermissions = walletMatchPatterns();
    if (mode === 'e2e') hostPermissions.push('<all_urls>');
    const firefox = browser === 'firefox';
    return {
      // Extension pages run only their own scripts, load nothing from elsewhere and make no
      // network requests (`connect-src 'none'`; the development server's live reload needs a
      // connection, so only `wxt dev` leaves it out). Pictures come from the evidence database as
      // blob: URLs.
      content_security_policy: {
        extension_pages: [
          "default-src 'self'",
          "script-src 'self'",
          "object-src 'none'",
          "img-src 'self' blob: data:",
          "style-src 'self'",
          "frame-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
          ...(command === 'serve' ? [] : ["connect-src 'none'"]),
        ].join('; '),
      },
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // scripting: inject the in-page prompt only when a problem is detected; read the page's
      //   HTML, text and metrics for evidence and scroll it for a full-page screenshot (wallet
      //   hosts only, or the tab a click granted).
      // alarms + notifications: follow-up reminders of complaint cases; alarms also delete
      //   moment-of-detection snapshots nobody kept after 24 hours.
      // sidePanel (Chrome; Firefox uses `sidebar_action`): help stays open beside the page.
      // pageCapture (Chrome only; Firefox has no such API): the page as MHTML.
      // contextMenus: "Check this number with Wallet Assist" on selected text.
      // Two optional permissions, each asked for at run time from a click on the options page
      // with the reason beside it (Chrome's `optional_host_permissions`, Firefox's (MV2)
      // `optional_permissions`); nothing broader than the wallets is granted at install:
      //   `<all_urls>` lets the moment a problem is detected include a screenshot (browsers allow
      //   screenshots only after a click on the extension, or with access to all sites);
      //   `*://*/*` lets the page guard read the other sites a person opens.
      permissions: [
        'storage',
        'activeTab',
        'scripting',
        'alarms',
        'notifications',
        'contextMenus',
        ...(firefox ? [] : ['sidePanel', 'pageCapture']),
      ],
      ...(firefox
        ? { optional_permissions: OPTIONAL_ORIGINS }
        : { optional_host_permissions: OPTIONAL_ORIGINS }),
      commands: {
        'save-evidence': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_cmdSaveEvidence__',
        },
      },
      host_permissions: hostPermissions,
      action: {
        default_title: '__MSG_extName__',
      },
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      // Chrome 116 (and Edge and other Chromium browsers built on it): `sidePanel.open()`, which
      // help opens from the in-page prompt. An older one refuses the package at install.
      ...(firefox ? {} : { minimum_chrome_version: '116' }),
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // 140 ESR: the first release that reads `data_collection_permissions`. An older
                // Firefox refuses the add-on at install instead of running it half-broken.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads the key from 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
