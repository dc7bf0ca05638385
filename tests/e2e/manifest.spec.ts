import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, PROD_BUILD, E2E_BUILD } from '../harness/browser.mjs';
import { walletMatchPatterns } from '../../lib/providers';
import { expect, test } from './fixtures';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

interface Manifest {
  manifest_version: number;
  minimum_chrome_version?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string } | string;
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

const manifestOf = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

const isHost = (p: string) => p.includes('://') || p === '<all_urls>';

/** Every host pattern a manifest asks for at install time, wherever it is listed. */
function hostsAskedFor(manifest: Manifest): string[] {
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])].filter(isHost);
}

/** Host patterns a manifest may ask for later, at run time. */
function optionalHosts(manifest: Manifest): string[] {
  return [
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
  ].filter(isHost);
}

/**
 * The optional permissions, each asked for from a click: all sites for screenshots at the moment
 * of detection, every http and https site for the page guard.
 */
const OPTIONAL = ['<all_urls>', '*://*/*'];

/** The extension pages' CSP, as one string whatever the manifest version. */
function pagesCsp(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  return (typeof csp === 'string' ? csp : csp?.extension_pages) ?? '';
}

/**
 * The CSP is explicit: only our own scripts, no plugins, no frames, no network requests, and
 * pictures only from our own files and the evidence database (blob: URLs).
 */
function expectStrictCsp(manifest: Manifest) {
  const csp = pagesCsp(manifest);
  for (const part of [
    "script-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "connect-src 'none'",
    "img-src 'self' blob: data:",
  ]) {
    expect(csp).toContain(part);
  }
  expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:/);
}

test.describe('manifests', () => {
  const registry = walletMatchPatterns();

  test('the production Chrome build asks only for the registry wallet hosts', () => {
    const manifest = manifestOf(PROD_BUILD);
    expect(manifest.manifest_version).toBe(3);
    // sidePanel.open() (help from the in-page prompt) needs Chromium 116.
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(registry.length).toBeGreaterThan(20);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(registry);
    expect(hostsAskedFor(manifest).sort()).toEqual(registry);
    // All sites only as optional permissions, asked for from a click (screenshots at the moment
    // a problem is detected; the page guard); never at install time.
    expect(optionalHosts(manifest)).toEqual(OPTIONAL);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL);
    expectStrictCsp(manifest);
    for (const pattern of hostsAskedFor(manifest)) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    }
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'pageCapture',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts![0]!.matches].sort()).toEqual(registry);
  });

  test('only the test build adds <all_urls> (for headless screenshots)', () => {
    const manifest = manifestOf(E2E_BUILD);
    expect(manifest.host_permissions).toContain('<all_urls>');
    expect([...manifest.content_scripts![0]!.matches].sort()).toEqual(registry);
  });

  test('the Firefox build has its gecko settings and no Chrome-only permission', () => {
    const manifest = manifestOf(FIREFOX_BUILD);
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(manifest.permissions).not.toContain('pageCapture');
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.permissions).toContain('contextMenus');
    expect(hostsAskedFor(manifest).sort()).toEqual(registry);
    expect(manifest.optional_permissions).toEqual(OPTIONAL);
    expectStrictCsp(manifest);
  });

  test('scripts that run in wallet tabs carry neither a validator nor the polyfill', () => {
    for (const build of [PROD_BUILD, FIREFOX_BUILD]) {
      for (const file of [
        'content-scripts/wallet.js',
        'prompt.js',
        'guard.js',
        'guard-warning.js',
      ]) {
        const code = readFileSync(join(build, file), 'utf8');
        expect(code, `${build}/${file}`).not.toMatch(/ZodError|\$ZodType/);
        // webextension-polyfill names itself in the error it throws outside an extension.
        expect(code, `${build}/${file}`).not.toContain('This script should only be loaded');
      }
    }
  });

  test('the page guard’s script stays small and registers nothing at install', () => {
    for (const build of [PROD_BUILD, FIREFOX_BUILD]) {
      const size = readFileSync(join(build, 'guard.js')).byteLength;
      expect(size, `${build}/guard.js`).toBeLessThanOrEqual(10 * 1024);
      // Registered at run time only (scripting.registerContentScripts), never in the manifest.
      const scripts = manifestOf(build).content_scripts ?? [];
      expect(scripts.flatMap((s) => (s as { js?: string[] }).js ?? [])).not.toContain('guard.js');
    }
  });

  test('no page or worker of the builds parses the provider registry again: it ships as data', () => {
    for (const build of [PROD_BUILD, FIREFOX_BUILD]) {
      const code = readdirSync(build, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(build, file), 'utf8'));
      // `defineProvider`'s refusal names each provider it parses; the shipped data does not.
      expect(
        code.filter((c) => c.includes('" is invalid:')),
        build,
      ).toEqual([]);
      expect(
        code.filter((c) => c.includes('JSON.parse(`[{"id":"alipay"')).length,
        build,
      ).toBeGreaterThan(0);
    }
  });

  test('the content script of the production build stays under 25 kB minified', () => {
    // Every frame of every wallet page loads it; the words it reads come from the background.
    expect(statSync(join(PROD_BUILD, 'content-scripts/wallet.js')).size).toBeLessThan(25_000);
  });

  test('the production build detects a failed payment on the real host name', async ({
    server,
  }) => {
    const { context, worker } = await launchWithExtension({
      extensionPath: PROD_BUILD,
      hostResolverRules: server.hostResolverRules,
    });
    try {
      const page = await context.newPage();
      await page.goto('https://www.paypal.com/checkoutnow?token=EC-PROD');
      await expect
        .poll(() =>
          worker.evaluate(async () => {
            const [tab] = await chrome.tabs.query({ url: 'https://www.paypal.com/*' });
            const key = `tab:${tab?.id}`;
            const state = (await chrome.storage.session.get(key))[key] as { state?: string };
            return {
              state: state?.state,
              badge: await chrome.action.getBadgeText({ tabId: tab!.id! }),
            };
          }),
        )
        .toEqual({ state: 'payment_failed', badge: '!' });
    } finally {
      await context.close();
    }
  });
});
