// Bundles TypeScript from the project for a benchmark page: the code the extension runs, built
// the same way for every benchmark (minified IIFE for current Chromium), to inject with
// page.addScriptTag.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The bundled JavaScript of `entry` (TypeScript source resolved from the project root).
 * @param {string} entry
 * @returns {Promise<string>}
 */
export async function bundleForPage(entry) {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return bundle.outputFiles[0]?.text ?? '';
}
