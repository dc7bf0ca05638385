// The detection corpus for plain Node (the benchmark), which cannot import TypeScript: esbuild
// bundles corpus.ts with the registry it reads, in memory, and the bundle is imported from a
// data: URL. Nothing is written to disk, so the pages can never be stale.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';

const CORPUS_TS = resolve(import.meta.dirname, 'corpus.ts');

/**
 * The corpus as `loadCorpus()` in corpus.ts returns it.
 * @returns {Promise<import('./corpus').CorpusPage[]>}
 */
export async function loadCorpus() {
  const bundle = await build({
    entryPoints: [CORPUS_TS],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    // A data: URL has no directory of its own; corpus.ts finds the hand-written pages from it.
    define: { 'import.meta.dirname': JSON.stringify(dirname(CORPUS_TS)) },
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  /** @type {typeof import('./corpus')} */
  const corpus = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return corpus.loadCorpus();
}
