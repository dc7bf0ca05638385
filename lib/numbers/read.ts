/**
 * Reading what a person typed, pasted or selected as a phone number, before anything compares
 * it: plain string work, no phone metadata, so the page guard's background check and the number
 * check share it. Tolerates the ways numbers are printed (spaces, dots, dashes, brackets, `+` or
 * `00`, full-width digits, digits of one other script) and refuses everything that is not a
 * number with a reason the person can act on.
 */

/** Why a text is not a phone number. */
export type NotANumberReason =
  'empty' | 'letters' | 'mixed-scripts' | 'symbols' | 'too-short' | 'too-long';

/** A phone number as read: its digits and whether it was written in international form. */
export interface ReadNumber {
  /** Digits only, ASCII, without the `+` or `00` of an international number. */
  digits: string;
  /** Written with `+` or `00` before the country code. */
  international: boolean;
}

export type ReadResult = { ok: true; value: ReadNumber } | { ok: false; reason: NotANumberReason };

/** Longest text we look at (a selection can be a whole page). */
export const MAX_INPUT = 80;
/** E.164 allows 15 digits after the country code's `+`. */
const MAX_DIGITS = 15;
/** The shortest service numbers (110, 145) have 3 digits. */
const MIN_DIGITS = 3;

/**
 * The code point of `0` in each script whose digits we read (after NFKC, which already turns
 * full-width digits into ASCII): ASCII, Arabic-Indic, Extended Arabic-Indic (Persian, Urdu),
 * Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
 * Tibetan, Myanmar, Khmer.
 */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
  0x1040, 0x17e0,
];

/** Characters printed between the digits of a number: spaces, dots, dashes, brackets, slash. */
const SEPARATOR = /[\s.\-‐‑‒–—―−()[\]/]/u;

/** Reads `input` as a phone number, or says why it is not one. */
export function readPhoneNumber(input: string): ReadResult {
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT) return { ok: false, reason: 'too-long' };
  let digits = '';
  let international = false;
  const zeros = new Set<number>();
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) {
      digits += String(code - zero);
      zeros.add(zero);
    } else if (char === '+' && index === 0) {
      international = true;
    } else if (/\p{L}/u.test(char)) {
      return { ok: false, reason: 'letters' };
    } else if (!SEPARATOR.test(char)) {
      return { ok: false, reason: /\p{Nd}/u.test(char) ? 'mixed-scripts' : 'symbols' };
    }
    index += 1;
  }
  // Digits of two scripts in one number is how a look-alike is disguised, never how one is printed.
  if (zeros.size > 1) return { ok: false, reason: 'mixed-scripts' };
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  if (digits.length < MIN_DIGITS) return { ok: false, reason: 'too-short' };
  if (digits.length > MAX_DIGITS) return { ok: false, reason: 'too-long' };
  return { ok: true, value: { digits, international } };
}
