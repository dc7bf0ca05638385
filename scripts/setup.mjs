// Makes a fresh clone ready: installs the npm packages when they are missing or older than
// package-lock.json, and (with --browser) Debian's Chromium and Firefox ESR when they are
// missing. Runs before `npm test` and `npm run demo`, so it may use nothing but Node's own
// modules.
//
//   node scripts/setup.mjs            npm packages only
//   node scripts/setup.mjs --browser  npm packages, Chromium and Firefox ESR
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LOCK = join(ROOT, 'package-lock.json');
const STAMP = join(ROOT, 'node_modules', '.wallet-assist-lock.sha256');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** @param {string} message */
function log(message) {
  console.log(`[setup] ${message}`);
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

/**
 * Runs a command; a failure ends setup unless `optional`, in which case it returns false.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {boolean} [optional]
 */
function run(command, args, env = {}, optional = false) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const problem = result.error
    ? `${command} could not start: ${result.error.message}`
    : result.status !== 0
      ? `${command} ${args.join(' ')} exited with ${result.status}`
      : null;
  if (problem && !optional) fail(problem);
  if (problem) log(`${problem} (optional, going on)`);
  return problem === null;
}

function lockHash() {
  return createHash('sha256').update(readFileSync(LOCK)).digest('hex');
}

function ensurePackages() {
  const wanted = lockHash();
  const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
  const complete =
    existsSync(join(ROOT, 'node_modules', '.bin', 'wxt')) &&
    existsSync(join(ROOT, 'node_modules', '@playwright', 'test')) &&
    existsSync(join(ROOT, 'node_modules', 'puppeteer-core'));
  if (installed === wanted && complete) return;
  log(
    complete
      ? 'node_modules does not match package-lock.json: reinstalling'
      : 'installing npm packages',
  );
  // Nothing may download a browser: the tests use Debian's Chromium and Firefox ESR
  // (puppeteer-core, unlike puppeteer, never downloads one).
  run('npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  writeFileSync(STAMP, `${wanted}\n`);
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when fontconfig knows a font with Chinese glyphs (for readable screenshots). */
function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/**
 * Debian's Chromium and Firefox ESR (the end-to-end suites run in both) and a Chinese font,
 * installed when missing. A browser given through CHROMIUM_PATH / FIREFOX_PATH must exist.
 */
function ensureBrowsers() {
  const browsers = [
    { name: 'Chromium', path: CHROMIUM, env: 'CHROMIUM_PATH', pkg: 'chromium' },
    { name: 'Firefox ESR', path: FIREFOX, env: 'FIREFOX_PATH', pkg: 'firefox-esr' },
  ];
  const missing = browsers.filter((b) => !isExecutable(b.path));
  for (const browser of missing) {
    if (process.env[browser.env]) fail(`${browser.env}=${browser.path} is not an executable file`);
  }
  const apt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
  // Chinese pages and the Chinese UI need a CJK font; the small WenQuanYi font is enough.
  const font = apt && !hasChineseFont() ? ['fonts-wqy-microhei'] : [];
  if (missing.length === 0) {
    if (font.length > 0) installDebianPackages(font, { required: false });
    return;
  }
  const names = missing.map((b) => b.name).join(' and ');
  if (!apt) {
    fail(
      `${names} not found (${missing.map((b) => b.path).join(', ')}). Install ${names} and set ` +
        `${missing.map((b) => b.env).join(' / ')} to the executable, then run the command again.`,
    );
  }
  log(`${names} missing: installing ${missing.map((b) => b.pkg).join(' ')}`);
  installDebianPackages([...missing.map((b) => b.pkg), ...font], { required: true });
  for (const browser of missing) {
    if (!isExecutable(browser.path)) fail(`apt-get finished but ${browser.path} is still missing`);
  }
}

/**
 * `apt-get install`s `packages`, as root or through password-less sudo. When not `required`,
 * a failure is reported and the run goes on.
 * @param {string[]} packages
 * @param {{ required: boolean }} options
 */
function installDebianPackages(packages, { required }) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!asRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    if (!required) {
      log(`optional packages not installed (needs root): ${packages.join(' ')}`);
      return;
    }
    fail(
      `Installing ${packages.join(' ')} needs root. Run: sudo apt-get update && sudo apt-get ` +
        `install -y ${packages.join(' ')}   (or set CHROMIUM_PATH / FIREFOX_PATH to installed ` +
        'browsers), then run the command again.',
    );
  }
  /** @param {string[]} args */
  const apt = (args) => {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    return asRoot
      ? run('apt-get', args, env, !required)
      : run(
          'sudo',
          ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args],
          env,
          !required,
        );
  };
  if (apt(['update'])) apt(['install', '-y', ...packages]);
}

ensurePackages();
if (process.argv.includes('--browser')) ensureBrowsers();
