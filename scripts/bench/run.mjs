// `npm run bench`: runs every scripts/bench/*.bench.mjs in name order. Each benchmark measures
// in real Chromium (or Node where that is what runs in the product), prints its figures with a
// baseline measured in the same run, and returns nothing: the numbers are for people to read,
// not pass/fail assertions. Pass names to run only some: `npm run bench -- detect`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DIR = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark matches ${only.join(', ') || '*.bench.mjs'} in ${DIR}`);
  process.exit(1);
}

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.mjs', '')} ===`);
  const started = performance.now();
  /** @type {{ default: () => Promise<void> }} */
  const bench = await import(pathToFileURL(join(DIR, file)).href);
  await bench.default();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
