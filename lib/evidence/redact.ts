/**
 * Redaction. The redacted copy is always a new artifact that names its original's SHA-256;
 * the original bytes are never changed (see `addRedaction` in store.ts).
 */

/** What {@link maskSensitiveText} replaced. */
export interface MaskCounts {
  cards: number;
  emails: number;
  phones: number;
}

const MASK = '•';
/** Dates look like phone numbers to a pattern; they are evidence, not personal data. */
const DATE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/** Luhn checksum, so ordinary long numbers (order ids) are not taken for card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Masks card numbers (13–19 digits passing the Luhn check; the last four stay), e-mail
 * addresses (the domain stays) and phone numbers (7–15 digits, optionally with `+`, spaces,
 * dashes, dots or brackets; the last two stay) in `text`.
 */
export function maskSensitiveText(text: string): { text: string; counts: MaskCounts } {
  const counts: MaskCounts = { cards: 0, emails: 0, phones: 0 };
  let out = text.replace(/\b\d(?:[ -]?\d){12,18}\b/g, (match) => {
    const digits = match.replace(/\D/g, '');
    if (!passesLuhn(digits)) return match;
    counts.cards++;
    let seen = 0;
    const keepFrom = digits.length - 4;
    return match.replace(/\d/g, (d) => (seen++ >= keepFrom ? d : MASK));
  });
  out = out.replace(
    /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g,
    (_match, domain: string) => {
      counts.emails++;
      return `${MASK.repeat(3)}@${domain}`;
    },
  );
  out = out.replace(/(?<![\w•])\+?\(?\d[\d\s().-]{5,18}\d(?![\w•])/g, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE.test(match.trim())) return match;
    counts.phones++;
    let seen = 0;
    const keepFrom = digits.length - 2;
    return match.replace(/\d/g, (d) => (seen++ >= keepFrom ? d : MASK));
  });
  return { text: out, counts };
}

/** A rectangle to black out, in image pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clamps regions to the image and drops empty ones, rounding outwards so nothing peeks out. */
export function normaliseRegions(
  regions: readonly Region[],
  width: number,
  height: number,
): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const x0 = Math.max(0, Math.floor(Math.min(r.x, r.x + r.width)));
    const y0 = Math.max(0, Math.floor(Math.min(r.y, r.y + r.height)));
    const x1 = Math.min(width, Math.ceil(Math.max(r.x, r.x + r.width)));
    const y1 = Math.min(height, Math.ceil(Math.max(r.y, r.y + r.height)));
    if (x1 > x0 && y1 > y0) out.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/**
 * A PNG copy of `png` with `regions` filled solid black: never blurred, since blur can be undone.
 * Needs `OffscreenCanvas` (extension pages and workers).
 */
export async function redactPng(png: Uint8Array, regions: readonly Region[]): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(
    new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
  );
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(bitmap, 0, 0);
  context.fillStyle = '#000';
  for (const r of normaliseRegions(regions, bitmap.width, bitmap.height)) {
    context.fillRect(r.x, r.y, r.width, r.height);
  }
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
