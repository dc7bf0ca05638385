// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectBlocks, matchText, MAX_BLOCK_CHARS } from '../../lib/detect/engine';
import { extractFields } from '../../lib/detect/fields';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { compileRules } from '../../lib/detect/rules';
import { TRIGGER } from '../../lib/detect/trigger';
import { snapshotDom } from '../../lib/detect/snapshot';
import { REGIONS, type TextBlock } from '../../lib/detect/types';
import { PROVIDERS } from '../../lib/providers';

const rules = compileRules([
  ...PROVIDERS.flatMap((p) => p.detection?.rules ?? []),
  ...GENERIC_RULES,
]);

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PIECES = [
  'Payment failed',
  'Your account has been limited',
  '支付失败',
  '您的账户已被冻结',
  '付款失敗',
  'If your payment was declined',
  '?',
  '。',
  '\u200b',
  '\u200f',
  '\u202e',
  'مرحبا',
  '🙂',
  '\ud800',
  ' '.repeat(50),
  'a'.repeat(200),
  '$1,234.56',
  '((((',
  '\\',
  '\n',
  'your '.repeat(30),
  'account '.repeat(30),
  '0'.repeat(60),
];

function randomText(next: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) {
    if (next() < 0.3) parts.push(String.fromCharCode(Math.floor(next() * 0xffff)));
    else parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
  }
  return parts.join(next() < 0.5 ? ' ' : '');
}

/**
 * The fastest of three runs of `work`, in milliseconds. Catastrophic backtracking is slow every
 * time; a pause of a loaded machine (garbage collection, another process) is not, so bounds
 * checked on this do not fail by chance.
 */
function fastestOfThree(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('engine robustness', () => {
  it('survives 10,000 random and hostile snapshots within its time bound', () => {
    const next = random(42);
    let worst = { ms: 0, blocks: [] as TextBlock[], pageType: 'app' as 'app' | 'help' };
    for (let i = 0; i < 10_000; i++) {
      const blocks: TextBlock[] = [];
      const count = Math.floor(next() * 8);
      for (let b = 0; b < count; b++) {
        blocks.push({
          text: randomText(next),
          region: REGIONS[Math.floor(next() * REGIONS.length)]!,
        });
      }
      const pageType = next() < 0.5 ? 'app' : 'help';
      const t0 = performance.now();
      const detection = detectBlocks(blocks, rules, pageType, { trigger: TRIGGER });
      extractFields(blocks.map((b) => b.text));
      const ms = performance.now() - t0;
      if (ms > worst.ms) worst = { ms, blocks, pageType };
      if (detection) expect(detection.confidence).toBeLessThanOrEqual(1);
    }
    // The slowest snapshot, timed again: a pattern that backtracks would take seconds.
    const again = fastestOfThree(() => {
      detectBlocks(worst.blocks, rules, worst.pageType, { trigger: TRIGGER });
      extractFields(worst.blocks.map((b) => b.text));
    });
    expect(again).toBeLessThan(50);
  });

  it('bounds the work on a 10 MB text node', () => {
    const huge = `Payment failed. ${'x'.repeat(10 * 1024 * 1024)}`;
    const detection = detectBlocks([{ text: huge, region: 'alert' }], rules, 'app');
    const fields = extractFields([huge]);
    expect(detection?.state).toBe('payment_failed');
    expect(fields).toEqual({});
    expect(
      fastestOfThree(() => {
        detectBlocks([{ text: huge, region: 'alert' }], rules, 'app');
        extractFields([huge]);
      }),
    ).toBeLessThan(200);
  });

  it('walks deep nesting, RTL and zero-width text without throwing', () => {
    let html = '';
    for (let i = 0; i < 2000; i++) html += '<div>';
    html += '<span dir="rtl">\u202eمرحبا\u200b</span><b>Pay\u200bment failed</b>';
    for (let i = 0; i < 2000; i++) html += '</div>';
    document.body.innerHTML = html;
    const blocks = snapshotDom(document.body);
    expect(blocks.length).toBe(1);
    expect(() => detectBlocks(blocks, rules, 'app')).not.toThrow();
  });
});

describe('patterns never backtrack catastrophically', () => {
  // Inputs built to make a badly nested pattern explode: long runs of the words and separators
  // the patterns repeat, without the ending they need.
  const ADVERSARIAL = [
    'your '.repeat(2000),
    'account '.repeat(2000),
    'daily '.repeat(2000) + 'limi',
    'payment '.repeat(2000),
    'a'.repeat(20_000),
    ' '.repeat(20_000),
    'we '.repeat(2000) + 'have',
    '账户'.repeat(3000),
    '尚未'.repeat(3000),
    '$1,'.repeat(3000),
    '1,'.repeat(5000),
    'Error code: ' + 'A'.repeat(5000),
    'Transaction ID: ' + '9-'.repeat(5000),
  ];

  // The engine hands a rule at most MAX_BLOCK_CHARS of one block, so that is the length tested:
  // a pattern that backtracks exponentially blows up long before it.
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s stays fast on adversarial input',
    (_id, rule) => {
      for (const input of ADVERSARIAL.map((text) => text.slice(0, MAX_BLOCK_CHARS))) {
        expect(
          fastestOfThree(() => rule.regex.test(input)),
          input.slice(0, 20),
        ).toBeLessThan(25);
      }
    },
  );

  it('field extraction stays fast on adversarial input', () => {
    for (const input of ADVERSARIAL) {
      expect(
        fastestOfThree(() => extractFields([input])),
        input.slice(0, 20),
      ).toBeLessThan(25);
    }
  });

  it('matching a block is bounded by its first 4000 characters', () => {
    const text = 'Payment '.repeat(200_000);
    expect(fastestOfThree(() => matchText(text, rules))).toBeLessThan(100);
  });
});
