// Makes a fresh clone ready: installs the npm packages when they are missing or older than
// package-lock.json, and (with --browser) Debian's Chromium when it is missing. Runs before
// `npm test` and `npm run demo`, so it may use nothing but Node's own modules.
//
//   node scripts/setup.mjs            npm packages only
//   node scripts/setup.mjs --browser  npm packages and Chromium
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LOCK = join(ROOT, 'package-lock.json');
const STAMP = join(ROOT, 'node_modules', '.wallet-assist-lock.sha256');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function log(message) {
  console.log(`[setup] ${message}`);
}

function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

function run(command, args, env = {}) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function lockHash() {
  return createHash('sha256').update(readFileSync(LOCK)).digest('hex');
}

function ensurePackages() {
  const wanted = lockHash();
  const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
  const complete =
    existsSync(join(ROOT, 'node_modules', '.bin', 'wxt')) &&
    existsSync(join(ROOT, 'node_modules', '@playwright', 'test'));
  if (installed === wanted && complete) return;
  log(complete ? 'node_modules does not match package-lock.json: reinstalling' : 'installing npm packages');
  // Playwright must never download browsers: the tests use Debian's Chromium.
  run('npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  writeFileSync(STAMP, `${wanted}\n`);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function ensureChromium() {
  if (isExecutable(CHROMIUM)) return;
  if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${CHROMIUM} is not an executable file`);
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    fail(
      `Chromium was not found at ${CHROMIUM}. Install Chromium and set CHROMIUM_PATH to its ` +
        'executable, then run the command again.',
    );
  }
  log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium package`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!asRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    fail(
      'Installing Chromium needs root. Run: sudo apt-get update && sudo apt-get install -y ' +
        'chromium   (or set CHROMIUM_PATH to an installed Chromium), then run the command again.',
    );
  }
  const apt = (args) => {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (asRoot) run('apt-get', args, env);
    else run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], env);
  };
  apt(['update']);
  apt(['install', '-y', 'chromium']);
  if (!isExecutable(CHROMIUM)) fail(`apt-get finished but ${CHROMIUM} is still missing`);
}

ensurePackages();
if (process.argv.includes('--browser')) ensureChromium();
