// `npm run bench`: runs every scripts/bench/*.bench.mjs in name order. Each benchmark measures
// in real Chromium (and Firefox where it can), prints its figures next to a floor or baseline
// measured in the same run, as ratios, and each goal with "met" or "MISSED": the numbers are for
// people to read, not pass/fail assertions.
//
//   npm run bench                       all benchmarks
//   npm run bench -- popup locker       only those whose file name contains a word given
//   npm run bench -- --base=main popup  also build `main` and measure it alternately with this
//                                       checkout ("before" and "after" in one run)
//
// `BENCH_BASE=<ref>` works like `--base`. The machine's load is printed first: on a shared
// machine absolute figures move from run to run, ratios measured in one run much less.
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DIR = import.meta.dirname;
const args = process.argv.slice(2);
const base =
  args.find((a) => a.startsWith('--base='))?.slice('--base='.length) ||
  process.env.BENCH_BASE ||
  null;
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark matches ${only.join(', ') || '*.bench.mjs'} in ${DIR}`);
  process.exit(1);
}

const [load1] = loadavg();
console.log(
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${load1?.toFixed(1)} at start${base ? `; comparing with ${base}` : ''}`,
);

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.mjs', '')} ===`);
  const started = performance.now();
  /** @type {{ default: (options: import('./builds.mjs').BenchOptions) => Promise<void> }} */
  const bench = await import(pathToFileURL(join(DIR, file)).href);
  await bench.default({ base });
  console.log(
    `(${((performance.now() - started) / 1000).toFixed(1)} s, load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
