import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTimeFormat, deviceTimeZone, displayNames } from '../../lib/intl';

describe('kept Intl formatters', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes a formatter once per locale and options, and formats as a new one would', () => {
    const options = { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' } as const;
    const first = dateTimeFormat('en-US', options);
    expect(dateTimeFormat('en-US', { ...options })).toBe(first);
    expect(dateTimeFormat('en-US', { ...options, day: '2-digit' })).not.toBe(first);
    expect(dateTimeFormat('zh-Hant-TW', options)).not.toBe(first);
    const at = new Date('2026-11-30T17:00:00Z');
    expect(first.format(at)).toBe(new Intl.DateTimeFormat('en-US', options).format(at));
    expect(displayNames('en', 'region')).toBe(displayNames('en', 'region'));
    expect(displayNames('en', 'region').of('TW')).toBe('Taiwan');
  });

  it('throws for what the constructor refuses, every time, and keeps nothing', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Not/AZone' })).toThrow(RangeError);
  });

  it('keeps a bounded number of formatters: many free-text time zones do not pile up', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 200);
    const made = zones.map((timeZone) => dateTimeFormat('en', { timeZone }));
    // The last ones are still kept; the first were let go when the cache started again.
    expect(dateTimeFormat('en', { timeZone: zones.at(-1)! })).toBe(made.at(-1));
    expect(dateTimeFormat('en', { timeZone: zones[0]! })).not.toBe(made[0]);
  });

  it("reads the device's time zone again after a minute (it changes when travelling)", () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    const start = 5_000_000_000_000;
    deviceTimeZone(start);
    const calls = spy.mock.calls.length;
    deviceTimeZone(start + 30_000);
    expect(spy.mock.calls.length).toBe(calls);
    const later = deviceTimeZone(start + 61_000);
    expect(spy.mock.calls.length).toBe(calls + 1);
    expect(later).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  });
});
