import type { Phone, RegionCode } from './schema';

/**
 * The person's region from their browser languages (`en-GB` → `GB`, `zh-CN` → `CN`), or `null`
 * when no language names one. Only used to order phone numbers, never sent anywhere.
 */
export function regionFromLanguages(languages: readonly string[]): RegionCode | null {
  for (const lang of languages) {
    const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(lang);
    if (match) return match[1]!.toUpperCase();
  }
  return null;
}

const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** 2 = the number is for the person's own country, 1 = their wider area, 0 = elsewhere. */
function relevance(phone: Phone, region: RegionCode | null): number {
  if (region === null) return 0;
  if (phone.regionCodes.includes(region)) return 2;
  if (EU_COUNTRIES.has(region) && phone.regionCodes.includes('EU')) return 1;
  if (phone.regionCodes.includes('INTL')) return 1;
  return 0;
}

/**
 * Numbers people may dial, the person's region first (stable otherwise, so the registry's order
 * — most useful first — is kept within a group).
 */
export function dialablePhones(phones: readonly Phone[], region: RegionCode | null): Phone[] {
  return phones
    .filter((phone) => phone.use === 'call')
    .map((phone, index) => ({ phone, index, score: relevance(phone, region) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ phone }) => phone);
}

/** Numbers the provider calls *from*; shown so a genuine callback can be recognised. */
export function callbackPhones(phones: readonly Phone[]): Phone[] {
  return phones.filter((phone) => phone.use === 'callback-only');
}

/** A `tel:` URI for a number as printed (`(402) 935-7733` → `tel:4029357733`). */
export function telUri(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
