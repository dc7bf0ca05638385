import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExampleNumber, getCountries, type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { checkPhoneNumber, OFFICIAL_NUMBERS } from '../../lib/numbers/check';
import { readPhoneNumber } from '../../lib/numbers/read';
import { KNOWN_FAKE_NUMBERS } from '../../lib/scams/known';

const SHARED = join(__dirname, '../../../shared/data');

/** The first real country of a region list (`EU`, `INTL` aside). */
const homeOf = (regions: readonly string[]) => regions.find((r) => /^[A-Z]{2}$/.test(r)) ?? null;

/** Numbers of the research notes: official ones aside, the fakes and the unverified ones. */
function researchNumbers(): { fake: string[]; unverified: string[] } {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '../fixtures/forbidden-phones.json'), 'utf8'),
  ) as { numbers: { number: string; why: string }[] };
  const fake = fixture.numbers.filter((n) => n.why.startsWith('fake')).map((n) => n.number);
  const unverified = fixture.numbers.filter((n) => !n.why.startsWith('fake')).map((n) => n.number);
  if (existsSync(join(SHARED, 'providers.json'))) {
    const data = JSON.parse(readFileSync(join(SHARED, 'providers.json'), 'utf8')) as {
      providers: { unverifiedPhones?: { number: string }[] }[];
      warnings: { fakeOrUnofficialNumbersSeen: { number: string }[] };
    };
    fake.push(...data.warnings.fakeOrUnofficialNumbersSeen.map((n) => n.number));
    for (const p of data.providers) {
      for (const u of p.unverifiedPhones ?? []) unverified.push(...u.number.split(' / '));
    }
  }
  return { fake: [...new Set(fake)], unverified: [...new Set(unverified)] };
}

describe('reading a phone number', () => {
  it.each([
    ['95188', '95188', false],
    ['９５１８８', '95188', false],
    ['(402) 935-7733', '4029357733', false],
    ['402.935.7733', '4029357733', false],
    ['+1 402 935 7733', '14029357733', true],
    ['001 402 935 7733', '14029357733', true],
    ['＋４４\u3000２０\u3000７９６４\u3000０５００', '442079640500', true],
    ['0571‐96110', '057196110', false],
    ['٠٣٠٠١٢٣٩١٢٣', '03001239123', false],
  ])('reads %j as %s', (input, digits, international) => {
    expect(readPhoneNumber(input)).toEqual({ ok: true, value: { digits, international } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['call 95188', 'letters'],
    ['1-800-FLOWERS', 'letters'],
    ['95188 客服', 'letters'],
    ['4O2 935 7733', 'letters'], // a capital O for a zero
    ['4０2 935 ٧٧٣٣', 'mixed-scripts'],
    ['9518８', 'official-width-mix-is-fine'],
    ['1'.repeat(40), 'too-long'],
    ['12', 'too-short'],
    ['95188 ☎', 'symbols'],
    ['95188#', 'symbols'],
  ])('refuses %j (%s)', (input, reason) => {
    const read = readPhoneNumber(input);
    if (reason === 'official-width-mix-is-fine') {
      // Full-width and ASCII digits are the same script after NFKC: a typing accident, not a trick.
      expect(read.ok).toBe(true);
      return;
    }
    expect(read).toEqual({ ok: false, reason });
  });
});

describe('the number check on every number in our data', () => {
  it.each(OFFICIAL_NUMBERS.map((n) => [n.owner.id, n.number, n] as const))(
    '%s %s is official, as printed',
    (_owner, number, entry) => {
      const result = checkPhoneNumber(number, homeOf(entry.regionCodes));
      expect(result.kind).toBe('official');
      if (result.kind !== 'official') return;
      expect(result.matches).toContainEqual(entry);
      for (const match of result.matches) {
        // The answer names where the number was published: a page a person can open, or a
        // citation of a printed source.
        if (match.source.url) expect(new URL(match.source.url).protocol).toMatch(/^https?:$/);
        else expect(match.source.citation).toMatch(/\S{3}/);
        expect(match.checked).toMatch(/^\d{4}-\d{2}/);
      }
    },
  );

  it.each(
    OFFICIAL_NUMBERS.filter((n) => n.number.replace(/\D/g, '').length > 6).map(
      (n) => [n.number, n] as const,
    ),
  )('%s is official in international form, with 00, and in full-width digits', (_number, entry) => {
    const digits = entry.number.replace(/\D/g, '');
    const asTyped = checkPhoneNumber(entry.number, homeOf(entry.regionCodes));
    expect(asTyped.kind).toBe('official');
    const fullWidth = entry.number.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    expect(checkPhoneNumber(fullWidth, homeOf(entry.regionCodes)).kind).toBe('official');
    if (entry.number.trim().startsWith('+')) {
      expect(checkPhoneNumber(`00 ${digits}`, null).kind).toBe('official');
    }
  });

  it('reads a national number in the region of the number when the person is elsewhere', () => {
    expect(checkPhoneNumber('4029357733', 'CN')).toMatchObject({
      kind: 'official',
      matches: [{ owner: { kind: 'provider', id: 'paypal' } }],
    });
    expect(checkPhoneNumber('+1 402 935 7733', 'GB')).toMatchObject({ kind: 'official' });
    expect(checkPhoneNumber('001-402-935-7733', 'CN')).toMatchObject({ kind: 'official' });
  });

  it('knows short service numbers and the mainland anti-fraud line with an area code', () => {
    expect(checkPhoneNumber('95188', 'CN')).toMatchObject({
      kind: 'official',
      matches: [{ owner: { id: 'alipay' }, sourceKind: 'public-code' }],
    });
    expect(checkPhoneNumber('95516', null)).toMatchObject({
      matches: [{ owner: { id: 'unionpay' } }],
    });
    expect(checkPhoneNumber('0571-96110', 'CN')).toMatchObject({
      kind: 'official',
      matches: [{ owner: { kind: 'anti-fraud', id: '96110' }, sourceKind: 'secondary' }],
    });
    // Only an area code may stand before 96110.
    expect(checkPhoneNumber('99996110', 'CN').kind).toBe('unknown');
  });

  it.each(KNOWN_FAKE_NUMBERS.map((n) => [n.number, n] as const))(
    '%s is a known fake, with where it was seen',
    (number, entry) => {
      const result = checkPhoneNumber(number, null);
      expect(result).toMatchObject({ kind: 'fake', fakes: [entry] });
    },
  );

  it('calls every fake number of the research notes a known fake', () => {
    const { fake } = researchNumbers();
    expect(fake.length).toBeGreaterThanOrEqual(5);
    for (const number of fake) expect(checkPhoneNumber(number, 'US').kind, number).toBe('fake');
  });

  it('never calls a number that only third parties report official', () => {
    const { unverified } = researchNumbers();
    expect(unverified.length).toBeGreaterThan(8);
    for (const number of unverified) {
      for (const region of ['US', 'CN', 'IN', 'AR', null]) {
        expect(checkPhoneNumber(number, region).kind, `${number} in ${region}`).toBe('unknown');
      }
    }
  });

  it('answers "not one we can confirm" for 200 unrelated numbers, never official', () => {
    const countries = getCountries().filter((c) => getExampleNumber(c, examples));
    const numbers = countries
      .map((country: CountryCode) => [country, getExampleNumber(country, examples)!] as const)
      .slice(0, 200);
    expect(numbers).toHaveLength(200);
    for (const [country, example] of numbers) {
      for (const form of [example.formatNational(), example.formatInternational()]) {
        expect(checkPhoneNumber(form, country).kind, `${country} ${form}`).toBe('unknown');
      }
    }
  });

  it('answers "not a phone number" for bad input', () => {
    for (const input of ['', 'PayPal support', '1'.repeat(40), '95١88', '客服电话：95188']) {
      expect(checkPhoneNumber(input, 'CN').kind, input).toBe('invalid');
    }
  });
});
