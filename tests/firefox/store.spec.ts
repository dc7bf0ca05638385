import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH, FIREFOX_PROD_BUILD } from '../harness/firefox.mjs';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const run = promisify(execFile);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The archive `npm run zip` writes for `kind`, read into memory. */
function archive(kind: 'chrome' | 'firefox' | 'sources'): Record<string, Uint8Array> {
  const path = join(OUTPUT, `wallet-assist-${version}-${kind}.zip`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run zip\` first`);
  return unzipSync(new Uint8Array(readFileSync(path)));
}

/** Every file under `dir`, by its path relative to `dir`. */
function filesUnder(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path);
  }
  return files;
}

test.describe('Firefox: what the add-on store receives', () => {
  test('web-ext lint: no error, and no warning from our own code', async () => {
    test.setTimeout(60_000);
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX_PROD_BUILD, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
      notices: LintMessage[];
    };
    expect(report.errors).toEqual([]);
    // Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`, a prop our code never
    // uses (no HTML from strings in shipped code); every other warning would be ours.
    const ours = report.warnings.filter((warning) => {
      if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file) return true;
      const line = readFileSync(join(FIREFOX_PROD_BUILD, warning.file), 'utf8').split('\n')[
        (warning.line ?? 1) - 1
      ];
      const around = line?.slice(
        Math.max(0, (warning.column ?? 0) - 300),
        (warning.column ?? 0) + 50,
      );
      return !around?.includes('dangerouslySetInnerHTML');
    });
    expect(ours).toEqual([]);
    for (const dir of ['components', 'entrypoints', 'lib']) {
      for (const [path, text] of Object.entries(filesUnder(join(ROOT, dir)))) {
        expect(text.toString('utf8'), `${dir}/${path}`).not.toContain('dangerouslySetInnerHTML');
      }
    }
  });

  test('the store listings justify every permission the packages ask for', () => {
    const listings = ['store/listing.en.md', 'store/listing.zh-CN.md'].map((f) =>
      readFileSync(join(ROOT, f), 'utf8'),
    );
    for (const kind of ['chrome', 'firefox'] as const) {
      const manifest = JSON.parse(Buffer.from(archive(kind)['manifest.json']!).toString()) as {
        permissions: string[];
      };
      for (const permission of manifest.permissions.filter((p) => !p.includes('://'))) {
        for (const listing of listings) expect(listing, permission).toContain(`\`${permission}\``);
      }
    }
  });

  test('a Firefox older than the add-on’s minimum refuses it at install', async ({ server }) => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_PROD_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    // This Firefox is newer than 140; a copy that asks for a future version stands in for an old
    // Firefox meeting the real one.
    const copy = mkdtempSync(join(tmpdir(), 'wallet-assist-future-'));
    cpSync(FIREFOX_PROD_BUILD, copy, { recursive: true });
    manifest.browser_specific_settings.gecko.strict_min_version = '999.0';
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: { 'network.dns.localDomains': server.hosts.join(',') },
    });
    try {
      await expect(browser.installExtension(copy)).rejects.toThrow(/compatible|version/i);
    } finally {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('npm run zip: the two store packages and sources that rebuild the Firefox one exactly', async () => {
    test.setTimeout(90_000);
    const chrome = archive('chrome');
    const firefox = archive('firefox');
    const sources = archive('sources');
    expect(JSON.parse(Buffer.from(chrome['manifest.json']!).toString()).manifest_version).toBe(3);
    expect(JSON.parse(Buffer.from(firefox['manifest.json']!).toString()).version).toBe(version);
    for (const pkg of [chrome, firefox]) {
      expect(JSON.stringify(Object.keys(pkg))).not.toMatch(/<all_urls>|\.map"/);
      // Asked for at install: the wallets only (`<all_urls>` is at most an optional permission).
      const manifest = JSON.parse(Buffer.from(pkg['manifest.json']!).toString()) as {
        permissions?: string[];
        host_permissions?: string[];
      };
      expect([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]).not.toContain(
        '<all_urls>',
      );
    }
    // Everything the build reads and the instructions, nothing else.
    const names = Object.keys(sources);
    for (const needed of ['BUILDING.md', 'package.json', 'package-lock.json', 'wxt.config.ts'])
      expect(names).toContain(needed);
    expect(names.some((n) => n.startsWith('lib/providers/'))).toBe(true);
    expect(names.filter((n) => /^(tests|scripts|store|node_modules|\.output)\//.test(n))).toEqual(
      [],
    );

    // Rebuild from the sources alone (the installed packages stand in for `npm ci`): file for
    // file the submitted Firefox package.
    const dir = mkdtempSync(join(tmpdir(), 'wallet-assist-sources-'));
    try {
      for (const [name, bytes] of Object.entries(sources)) {
        if (name.endsWith('/')) continue;
        const path = join(dir, name);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, bytes);
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      await run(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: dir });
      const rebuilt = filesUnder(join(dir, '.output/firefox-mv2'));
      expect(Object.keys(rebuilt).sort()).toEqual(
        Object.keys(firefox)
          .filter((n) => !n.endsWith('/'))
          .sort(),
      );
      for (const [name, bytes] of Object.entries(rebuilt)) {
        expect(Buffer.compare(bytes, Buffer.from(firefox[name]!)), name).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
