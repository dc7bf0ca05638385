/**
 * Decodes one Punycode label (RFC 3492), the `xn--…` form of an internationalised domain name
 * (`xn--pypal-4ve.com` is `pаypal.com` with a Cyrillic `а`). Browsers show such hosts in this
 * form to the extension, so look-alikes must be decoded before they can be compared. Returns
 * the label unchanged when it is not Punycode or does not decode.
 */
export function decodePunycodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  const input = label.slice(4);
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const delimiter = input.lastIndexOf('-');
  const output = delimiter > 0 ? [...input.slice(0, delimiter)].map((c) => c.codePointAt(0)!) : [];
  let n = 128;
  let bias = 72;
  let i = 0;
  const adapt = (delta: number, points: number, first: boolean) => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / points);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  const digit = (code: number) =>
    code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : base;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const old = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return label;
      const d = digit(input.charCodeAt(index++));
      if (d >= base) return label;
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    bias = adapt(i - old, output.length + 1, old === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    output.splice(i, 0, n);
    i += 1;
  }
  try {
    return String.fromCodePoint(...output);
  } catch {
    return label;
  }
}
