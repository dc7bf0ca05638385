// The split of the real-wording corpus, by SOURCE: every item of one source (a catalogue file,
// a help article, a forum thread, a docs page) lands in the same split, so wording seen while
// tuning never reappears, reworded, in the figures that judge the engine. The split is a pure
// function of the source id, fixed before the first item was collected; the corpus files sit in
// tests/fixtures/real/<split>/ and a test checks that each sits where this function puts it.
//
// Rules, terms and weights are written from the dev split only. Nothing may print a test item:
// the eval prints aggregate figures for the test split and lists mismatches only for dev.

/** The two splits. */
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** Share of sources (in thousandths of the hash space) that go to the test split. */
const TEST_SHARE = 350;

/** FNV-1a, 32 bits: stable across runs, platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The split a source belongs to, from its id alone. */
export function splitOf(sourceId: string): Split {
  return fnv1a(`split:${sourceId}`) % 1000 < TEST_SHARE ? 'test' : 'dev';
}
