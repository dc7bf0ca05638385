import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../lib/detect/fields';
import { createLiveDetector } from '../../lib/detect/live';
import { analyserFor } from '../../lib/detect/provider-data';
import { snapshotDom } from '../../lib/detect/snapshot';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { compileRules } from '../../lib/detect/rules';
import type { Detection } from '../../lib/detect/types';
import { PROVIDERS, providerForUrl } from '../../lib/providers';
import { STATE_IDS } from '../../lib/states';
import { loadCorpus } from '../eval/corpus';
import { formatReport, score, type Outcome } from '../eval/metrics';

const corpus = loadCorpus();

/** Loads one corpus page into its own happy-dom window (scripts on) and runs the live detector
 * on it as the content script would, until the page's timers have all run. */
async function detectPage(
  url: string,
  html: string,
): Promise<{ detection: Detection | null; texts: string[] }> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      navigator: { userAgent: 'happy-dom' },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  const global = globalThis as unknown as { MutationObserver?: unknown };
  const saved = global.MutationObserver;
  global.MutationObserver = window.MutationObserver;
  const abort = new AbortController();
  let detection: Detection | null = null;
  try {
    const detector = createLiveDetector({
      doc: document,
      analyser: analyserFor(providerForUrl(url)),
      onChange: (d) => {
        detection = d;
      },
      // Batches run on the page's own clock, as idle callbacks would: the page's timers (late
      // toasts, toasts that vanish) play out while the detector watches.
      schedule: (callback) => window.setTimeout(callback, 50),
      signal: abort.signal,
      extractFields,
    });
    detector.start();
    await window.happyDOM.waitUntilComplete();
  } finally {
    abort.abort();
    global.MutationObserver = saved;
  }
  // Everything on the page that a rule could see: whole text and each block.
  const texts = [
    document.body?.textContent ?? '',
    ...snapshotDom(document.body).map((b) => b.text),
  ];
  await window.happyDOM.close();
  return { detection, texts };
}

describe('detection corpus (happy-dom)', () => {
  it('covers every provider and every state, with at least 40 % negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    const providers = new Set(corpus.map((p) => providerForUrl(p.url)?.id));
    expect(providers.has(undefined)).toBe(false);
    // Every provider with pages to detect on; directory-only ones have none.
    expect([...providers].sort()).toEqual(
      PROVIDERS.filter((p) => p.detection)
        .map((p) => p.id)
        .sort(),
    );
    const states = new Set(corpus.map((p) => p.expect.state));
    expect(STATE_IDS.filter((state) => !states.has(state))).toEqual([]);
    expect(states.has(null)).toBe(true);
    const negatives = corpus.filter((p) => p.expect.state === null).length;
    expect(negatives / corpus.length).toBeGreaterThanOrEqual(0.4);
  });

  it('reaches precision ≥ 0.98 and recall ≥ 0.95, and every rule has a positive and a negative page', async () => {
    const outcomes: Outcome[] = [];
    const firedOnPositive = new Set<string>();
    const seenOnNegative = new Set<string>();
    const providerRules = PROVIDERS.flatMap((p) => p.detection?.rules ?? []);
    const allRules = compileRules([...providerRules, ...GENERIC_RULES]);
    for (const page of corpus) {
      const { detection, texts } = await detectPage(page.url, page.html);
      const got = detection?.state ?? null;
      outcomes.push({
        url: page.url,
        provider: providerForUrl(page.url)!.id,
        expected: page.expect.state,
        got,
        expectedFields: page.expect.fields,
        fields: detection?.fields as Record<string, string> | undefined,
      });
      if (got !== null && got === page.expect.state) {
        for (const id of detection!.ruleIds) firedOnPositive.add(id);
      }
      for (const rule of allRules) {
        if (rule.state !== page.expect.state && texts.some((t) => rule.regex.test(t))) {
          seenOnNegative.add(rule.id);
        }
      }
    }
    console.log(formatReport('vitest, happy-dom', outcomes));
    const ruleIds = [...GENERIC_RULES.map((r) => r.id), ...providerRules.map((r) => r.id)];
    expect(
      ruleIds.filter((id) => !firedOnPositive.has(id)),
      'rules without a positive page',
    ).toEqual([]);
    expect(
      ruleIds.filter((id) => !seenOnNegative.has(id)),
      'rules without a negative page',
    ).toEqual([]);
    const { overall } = score(outcomes);
    expect(overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
