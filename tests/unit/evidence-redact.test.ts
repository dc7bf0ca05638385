import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskSensitiveText, normaliseRegions, passesLuhn } from '../../lib/evidence/redact';
import { canonicalJson, sha256HexSync } from '../../lib/evidence/sha256-sync';
import { describeUserAgent } from '../../lib/evidence/environment';

describe('maskSensitiveText', () => {
  it('masks a card number but keeps its last four digits', () => {
    const { text, counts } = maskSensitiveText('Card 4111 1111 1111 1111 was declined');
    expect(text).toBe('Card •••• •••• •••• 1111 was declined');
    expect(counts.cards).toBe(1);
  });

  it('leaves long numbers that are not card numbers (order ids) alone', () => {
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(maskSensitiveText('Order 4111111111111112').text).toBe('Order 4111111111111112');
  });

  it('masks e-mail addresses but keeps the domain', () => {
    expect(maskSensitiveText('Sent to jane.doe+x@example.co.uk today')).toEqual({
      text: 'Sent to •••@example.co.uk today',
      counts: { cards: 0, emails: 1, phones: 0 },
    });
  });

  it('masks phone numbers in common formats, keeping the last two digits', () => {
    const { text, counts } = maskSensitiveText(
      'Call +86 138 0013 8000 or (402) 935-7733, ref 2026',
    );
    expect(text).toBe('Call +•• ••• •••• ••00 or (•••) •••-••33, ref 2026');
    expect(counts.phones).toBe(2);
  });

  it('leaves amounts, dates and short numbers alone', () => {
    const input = 'Payment of $1,234.56 on 2026-11-25 failed (error 10486).';
    expect(maskSensitiveText(input).text).toBe(input);
  });
});

describe('normaliseRegions', () => {
  it('clamps to the image, accepts regions drawn backwards and drops empty ones', () => {
    expect(
      normaliseRegions(
        [
          { x: 10.4, y: 5.6, width: 20, height: 10 },
          { x: 50, y: 50, width: -20, height: -10 },
          { x: 90, y: 90, width: 50, height: 50 },
          { x: 10, y: 10, width: 0, height: 5 },
        ],
        100,
        100,
      ),
    ).toEqual([
      { x: 10, y: 5, width: 21, height: 11 },
      { x: 30, y: 40, width: 20, height: 10 },
      { x: 90, y: 90, width: 10, height: 10 },
    ]);
  });
});

describe('sha256HexSync', () => {
  it('matches Node’s SHA-256 for inputs around block boundaries and random bytes', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(sha256HexSync(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('describeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
      'Chrome',
      'Linux',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      'Firefox',
      'Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
      'Edge',
      'macOS',
    ],
  ])('%s', (ua, name, os) => {
    expect(describeUserAgent(ua)).toMatchObject({ browser: { name }, os });
  });
});
