import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { walletMatchPatterns } from './lib/providers';

/** Firefox add-on id; fixed so storage and the evidence database survive updates. */
export const GECKO_ID = 'wallet-assist@wallet-assist.app';

/**
 * Build modes:
 * - `production` (default for `wxt build`): host permissions are exactly the registry's wallets.
 * - `e2e`: adds `<all_urls>` so headless tests can call `tabs.captureVisibleTab`, which otherwise
 *   needs an `activeTab` grant from a real toolbar click. It is written to `.output/*-e2e` and is
 *   never zipped or published; `tests/e2e/manifest.spec.ts` proves the production build lacks it.
 */
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: {
      // The content script's `matches`, inlined as a literal so the runtime bundle does not
      // carry the whole provider registry (and zod) just to list host names.
      __WALLET_MATCH_PATTERNS__: JSON.stringify(walletMatchPatterns()),
    },
  }),
  hooks: {
    // The content script runs on every wallet page, so it stays small: it talks to the
    // background through the browser's own promise-based `runtime.sendMessage` (see
    // lib/detect/browser-lite.ts) instead of bundling webextension-polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const lite = resolve(import.meta.dirname, 'lib/detect/browser-lite.ts');
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'wallet-assist:browser-lite',
          enforce: 'pre',
          resolveId: (id: string) =>
            id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser'
              ? lite
              : undefined,
        },
      ];
    },
  },
  manifest: ({ browser, mode }) => {
    const hostPermissions = walletMatchPatterns();
    if (mode === 'e2e') hostPermissions.push('<all_urls>');
    const firefox = browser === 'firefox';
    return {
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
      permissions: [
        'storage',
        'activeTab',
        'scripting',
        'alarms',
        'notifications',
        ...(firefox ? [] : ['sidePanel', 'pageCapture']),
      ],
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
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
