// The builds the benchmarks load: this checkout's (made by `npm run bench` before it runs them)
// and, with `--base=<git ref>`, the same builds made from another commit, so a benchmark can
// load "before" and "after" alternately in one run on the same machine. The base is exported
// with `git archive` into a cache folder (nothing in the repository or its worktrees changes),
// uses this checkout's node_modules, and is built once per commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Output folder of each build, relative to a checkout. */
export const OUTPUTS = {
  chrome: '.output/chrome-mv3',
  'chrome-e2e': '.output/chrome-mv3-e2e',
  firefox: '.output/firefox-mv2',
  'firefox-e2e': '.output/firefox-mv2-e2e',
};

/** `wxt build` arguments of each build. */
const BUILD_ARGS = {
  chrome: ['build'],
  'chrome-e2e': ['build', '--mode', 'e2e'],
  firefox: ['build', '-b', 'firefox'],
  'firefox-e2e': ['build', '-b', 'firefox', '--mode', 'e2e'],
};

/** @typedef {keyof typeof OUTPUTS} BuildName */

/** A build of this checkout; throws with what to run when it is missing. */
export function currentBuild(/** @type {BuildName} */ name) {
  const dir = join(ROOT, OUTPUTS[name]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${OUTPUTS[name]} is missing: run the benchmarks with npm run bench`);
  }
  return dir;
}

/**
 * The options every benchmark receives from `run.mjs`: `base` is the git ref given with
 * `--base=<ref>` (or `BENCH_BASE`), or `null`.
 * @typedef {{ base: string | null }} BenchOptions
 */

/**
 * The build `name` of commit `ref`, made on first use (a minute or so) and kept under
 * `node_modules/.cache/wallet-assist-bench/`. Returns its folder and the commit it came from.
 * @param {string} ref
 * @param {BuildName} name
 */
export function baseBuild(ref, name) {
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(ROOT, 'node_modules/.cache/wallet-assist-bench', sha.slice(0, 12));
  const out = join(dir, OUTPUTS[name]);
  if (existsSync(join(out, 'manifest.json'))) return { dir: out, sha };
  if (!existsSync(join(dir, 'package.json'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const lockNow = git('hash-object', 'package-lock.json');
    const lockThen = git('rev-parse', `${sha}:package-lock.json`);
    if (lockNow !== lockThen) {
      console.warn(`note: ${ref} has other dependencies; it is built with this checkout's.`);
    }
  }
  console.log(`building ${name} of ${ref} (${sha.slice(0, 12)}) for comparison…`);
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), BUILD_ARGS[name], {
      cwd: dir,
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
      error
    );
    throw new Error(`Building ${ref} failed:\n${stdout}${stderr}`);
  }
  return { dir: out, sha };
}
