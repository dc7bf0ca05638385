// Small statistics helpers shared by the benchmarks.

/**
 * The q-quantile (0…1) of `values`, by nearest rank.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return /** @type {number} */ (sorted[rank]);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number[]} values */
export const p95 = (values) => quantile(values, 0.95);

/**
 * Milliseconds with a sensible number of digits.
 * @param {number} ms
 */
export function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

/** @param {number[]} values */
export const mean = (values) =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * A figure against its goal, as printed: `goal ≤ 100 ms: met` (or `missed`).
 * @param {number} value
 * @param {number} goal the largest value that meets it
 * @param {(n: number) => string} [format]
 */
export function goal(value, goal, format = formatMs) {
  return `goal ≤ ${format(goal)}: ${value <= goal ? 'met' : 'MISSED'}`;
}

/** A ratio as printed: `1.23×`. @param {number} ratio */
export const formatRatio = (ratio) => `${ratio.toFixed(2)}×`;
