import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { ESCALATION_CHANNELS } from '../cases/escalation';
import { PROVIDERS } from '../providers';
import { FACTS_CHECKED, type LocalizedText, type Source } from '../providers/schema';
import { ANTI_FRAUD_CN } from '../scams/anti-fraud';
import { KNOWN_FAKE_NUMBERS, type KnownFakeNumber } from '../scams/known';
import { readPhoneNumber, type NotANumberReason, type ReadNumber } from './read';

/**
 * The number check: is this number one of the official numbers in our own data (a wallet's, a
 * regulator's, the mainland police anti-fraud lines), a number known to have been passed off as
 * a wallet's customer service, or neither? Never "safe": a number we cannot confirm is one not
 * to call. Everything is compared on this device; the number goes nowhere.
 *
 * Numbers are compared as the phone network sees them: our data's numbers are turned into
 * international form (E.164) in their own region, and what the person typed is read in their
 * region and in each region of our numbers, so `(402) 935-7733`, `+1 402 935 7733` and
 * `004029357733`… match where they should. Short service numbers (95188, 110) have no
 * international form and are compared digit for digit.
 */

/** How far a number's source can be trusted, as the UI says it. */
export type SourceKind = 'official' | 'official-copy' | 'public-code' | 'secondary';

/** One official number of our data. JSON-able: it travels in the `numbers/check` reply. */
export interface OfficialNumber {
  owner:
    | { kind: 'provider'; id: string }
    | { kind: 'channel'; id: string }
    | { kind: 'anti-fraud'; id: string };
  /** As printed in our data. */
  number: string;
  /** Regions it is for (`US`, `CN`; may include `EU` or `INTL`). */
  regionCodes: string[];
  /** What it is for, when our data says. */
  purpose?: LocalizedText;
  /** Region as our data names it, when it does (`United Kingdom — PayPal Credit only`). */
  region?: LocalizedText;
  /** `callback-only`: the wallet calls from it; it is never offered for dialling. */
  use: 'call' | 'callback-only';
  source: Pick<Source, 'url' | 'citation'>;
  sourceKind: SourceKind;
  /** When it was last checked against its source (`2026-11`), or the date of an older copy. */
  checked: string;
}

/** What the number check answers. */
export type NumberCheck =
  | { kind: 'invalid'; reason: NotANumberReason }
  | { kind: 'official'; read: string; matches: OfficialNumber[] }
  | { kind: 'fake'; read: string; fakes: KnownFakeNumber[] }
  | { kind: 'unknown'; read: string };

function sourceKind(source: Source): SourceKind {
  if (source.type === 'press' || source.type === 'secondary') return 'secondary';
  return source.type;
}

/** Every official number of the registry, the escalation table and the anti-fraud lines. */
export const OFFICIAL_NUMBERS: readonly OfficialNumber[] = Object.freeze([
  ...PROVIDERS.flatMap((provider) =>
    provider.contacts.phones.map((phone): OfficialNumber => ({
      owner: { kind: 'provider', id: provider.id },
      number: phone.number,
      regionCodes: [...phone.regionCodes],
      purpose: phone.purpose,
      region: phone.region,
      use: phone.use,
      source: { url: phone.source.url, citation: phone.source.citation },
      sourceKind: sourceKind(phone.source),
      checked: phone.source.date ?? FACTS_CHECKED,
    })),
  ),
  ...ESCALATION_CHANNELS.flatMap((channel) =>
    channel.phones.map((phone): OfficialNumber => ({
      owner: { kind: 'channel', id: channel.id },
      number: phone.number,
      regionCodes: [...channel.regions],
      ...(phone.note ? { purpose: phone.note } : {}),
      use: 'call',
      source: { url: phone.source, citation: phone.citation },
      sourceKind: phone.secondary ? 'secondary' : 'official',
      checked: FACTS_CHECKED,
    })),
  ),
  ...ANTI_FRAUD_CN.flatMap((entry) =>
    entry.number
      ? [
          {
            owner: { kind: 'anti-fraud', id: entry.id },
            number: entry.number,
            regionCodes: ['CN'],
            purpose: entry.text,
            use: 'call',
            source: { url: entry.source.url, citation: entry.source.citation },
            sourceKind: sourceKind(entry.source),
            checked: entry.source.date ?? FACTS_CHECKED,
          } satisfies OfficialNumber,
        ]
      : [],
  ),
]);

/** Mainland numbers that may be shown with an area code first (0571-96110). */
const AREA_CODE_NUMBERS = new Set(
  ANTI_FRAUD_CN.filter((e) => e.areaCodePrefix && e.number).map((e) => e.number!),
);

/** Region codes libphonenumber knows, from a list that may hold `EU` or `INTL`. */
function countries(regionCodes: readonly string[]): CountryCode[] {
  return regionCodes.filter((r): r is CountryCode => /^[A-Z]{2}$/.test(r) && isSupportedCountry(r));
}

/** A short service number's digits (up to 6, no country code), or `null`. */
function shortForm(number: string): string | null {
  const digits = number.replace(/\D/g, '');
  return !number.trim().startsWith('+') && digits.length <= 6 ? digits : null;
}

/** A number of our data in international form, read in its own regions. */
function internationalForm(number: string, regionCodes: readonly string[]): string | null {
  const tries = number.trim().startsWith('+') ? [undefined] : countries(regionCodes);
  let possible: string | null = null;
  for (const region of tries) {
    const parsed = parsePhoneNumberFromString(number, region);
    if (parsed?.isValid()) return parsed.number;
    if (parsed?.isPossible()) possible ??= parsed.number;
  }
  // A number for callers anywhere (`INTL`) is printed with its country code, often without `+`.
  const withCode = parsePhoneNumberFromString(`+${number.replace(/\D/g, '')}`);
  return possible ?? (withCode?.isValid() ? withCode.number : null);
}

interface Keyed<T> {
  item: T;
  short: string | null;
  e164: string | null;
}

function keyed<T>(items: readonly T[], of: (item: T) => [string, readonly string[]]): Keyed<T>[] {
  return items.map((item) => {
    const [number, regions] = of(item);
    const short = shortForm(number);
    return { item, short, e164: short ? null : internationalForm(number, regions) };
  });
}

const OFFICIAL = keyed(OFFICIAL_NUMBERS, (n) => [n.number, n.regionCodes]);
const FAKES = keyed(KNOWN_FAKE_NUMBERS, (n) => [n.number, n.regionCodes]);
/** Every region our numbers are read in: typed national numbers are read in each. */
const DATA_REGIONS = countries([
  ...new Set([...OFFICIAL_NUMBERS, ...KNOWN_FAKE_NUMBERS].flatMap((n) => n.regionCodes)),
]);

/**
 * The international forms a typed number can stand for: as written when it has a country code,
 * else read in the person's region and in every region of our numbers.
 */
function interpretations(read: ReadNumber, personRegion: string | null): Set<string> {
  const found = new Set<string>();
  const regions = read.international
    ? [undefined]
    : [...countries(personRegion ? [personRegion] : []), ...DATA_REGIONS];
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(
      read.international ? `+${read.digits}` : read.digits,
      region,
    );
    if (parsed?.isPossible()) found.add(parsed.number);
  }
  return found;
}

/** How to show a number we do not know: in international form where the person's region reads it. */
function displayOf(read: ReadNumber, personRegion: string | null): string {
  const [region] = countries(personRegion ? [personRegion] : []);
  const parsed = read.international
    ? parsePhoneNumberFromString(`+${read.digits}`)
    : region && parsePhoneNumberFromString(read.digits, region);
  if (parsed && parsed.isPossible()) return parsed.formatInternational();
  return `${read.international ? '+' : ''}${read.digits}`;
}

/** True when `read` is the short number `short`, alone or after a mainland area code. */
function matchesShort(read: ReadNumber, short: string): boolean {
  if (read.international) return false;
  if (read.digits === short) return true;
  return (
    AREA_CODE_NUMBERS.has(short) &&
    read.digits.endsWith(short) &&
    /^0\d{2,3}$/.test(read.digits.slice(0, -short.length))
  );
}

function matching<T>(list: readonly Keyed<T>[], read: ReadNumber, forms: Set<string>): T[] {
  return list
    .filter(({ short, e164 }) =>
      short !== null ? matchesShort(read, short) : e164 !== null && forms.has(e164),
    )
    .map(({ item }) => item);
}

/**
 * Checks `input` (typed, pasted or selected text) against our numbers. `personRegion` is the
 * region of the person's browser language (`GB`, `CN`), or `null`: national numbers are read
 * there first, and matches for it come first.
 */
export function checkPhoneNumber(input: string, personRegion: string | null): NumberCheck {
  const result = readPhoneNumber(input);
  if (!result.ok) return { kind: 'invalid', reason: result.reason };
  const read = result.value;
  const forms = interpretations(read, personRegion);
  const fakes = matching(FAKES, read, forms);
  if (fakes.length > 0) return { kind: 'fake', read: fakes[0]!.number, fakes };
  const matches = matching(OFFICIAL, read, forms);
  if (matches.length === 0) return { kind: 'unknown', read: displayOf(read, personRegion) };
  const here = (n: OfficialNumber) =>
    personRegion && n.regionCodes.includes(personRegion) ? 0 : 1;
  const sorted = [...matches].sort((a, b) => here(a) - here(b));
  return { kind: 'official', read: sorted[0]!.number, matches: sorted };
}
