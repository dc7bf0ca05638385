import { describe, expect, it } from 'vitest';
import { caseClocks } from '../../lib/cases/case-clocks';
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  businessDaysBetween,
  clockPosition,
  dueDate,
  localDate,
} from '../../lib/cases/clocks';
import {
  channelsForRegion,
  ESCALATION_CHANNELS,
  ESCALATION_REGIONS,
} from '../../lib/cases/escalation';
import { paypalCase } from './cases-fixtures';

describe('local dates and time zones', () => {
  it('puts one instant on different days in different zones', () => {
    const instant = new Date('2026-11-25T17:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-11-25');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-11-26');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-25T03:00:00Z'), 'America/New_York')).toBe('2026-11-24');
  });

  it('counts calendar days across a daylight-saving change without drifting', () => {
    // Europe/London leaves summer time on 25 October 2026.
    expect(addCalendarDays('2026-10-20', 10)).toBe('2026-10-30');
    const start = localDate(new Date('2026-10-20T23:30:00Z'), 'Europe/London');
    expect(start).toBe('2026-10-21');
    expect(dueDate(start, { amount: 8, unit: 'weeks' })).toBe('2026-12-16');
  });
});

describe('business days', () => {
  it('does not count the start day and skips weekends', () => {
    // Friday 27 November 2026 + 1 business day = Monday 30 November.
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30');
    // Wednesday 25 November + 15 business days = Wednesday 16 December.
    expect(addBusinessDays('2026-11-25', 15)).toBe('2026-12-16');
    // A complaint on a Saturday: the first business day is Monday.
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-25', 35)).toBe('2027-01-13');
  });

  it('counts business days between two dates', () => {
    expect(businessDaysBetween('2026-11-25', '2026-12-16')).toBe(15);
    expect(businessDaysBetween('2026-11-27', '2026-11-29')).toBe(0);
    expect(businessDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(businessDaysBetween('2026-12-01', '2026-11-30')).toBe(0);
  });
});

describe('month ends', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30');
  });

  it('crosses the year end', () => {
    expect(addCalendarDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addMonths('2026-10-15', 6)).toBe('2027-04-15');
  });
});

describe('clock positions', () => {
  const fifteen = { amount: 15, unit: 'business_days' } as const;

  it('is running before the due day, with business days left', () => {
    expect(clockPosition('2026-11-25', fifteen, '2026-12-02')).toEqual({
      start: '2026-11-25',
      due: '2026-12-16',
      elapsed: 5,
      remaining: 10,
      passed: false,
    });
  });

  it('is not passed on the due day and passed the day after', () => {
    expect(clockPosition('2026-11-25', fifteen, '2026-12-16').passed).toBe(false);
    expect(clockPosition('2026-11-25', fifteen, '2026-12-16').remaining).toBe(0);
    expect(clockPosition('2026-11-25', fifteen, '2026-12-17').passed).toBe(true);
  });
});

describe('escalation table', () => {
  it('covers the regions the complaint process needs', () => {
    for (const region of ['US', 'GB', 'EU', 'CN', 'HK', 'IN', 'PH', 'BR', 'AU', 'MY']) {
      expect(channelsForRegion(region).length, region).toBeGreaterThan(0);
    }
    expect(ESCALATION_REGIONS).toContain('GB');
  });

  it('gives every entry a source, except ones marked low confidence with a caution', () => {
    for (const channel of ESCALATION_CHANNELS) {
      const sourced = channel.sources.length + channel.citations.length > 0;
      if (!sourced) {
        expect(channel.confidence, channel.id).toBe('low');
        expect(channel.caution, channel.id).toBeDefined();
      }
      for (const clock of channel.clocks) {
        expect(clock.source, clock.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('states the timelines the sources give', () => {
    const clock = (channel: string, id: string) =>
      ESCALATION_CHANNELS.find((c) => c.id === channel)?.clocks.find((k) => k.id === id);
    expect(clock('us-cfpb', 'cfpb-response')).toMatchObject({ amount: 15, unit: 'calendar_days' });
    expect(clock('us-cfpb', 'cfpb-close')).toMatchObject({ amount: 60 });
    expect(clock('us-reg-e', 'reg-e-notice')).toMatchObject({ amount: 60, owner: 'you' });
    expect(clock('us-reg-e', 'reg-e-investigate')).toMatchObject({
      amount: 10,
      unit: 'business_days',
    });
    expect(clock('us-reg-e', 'reg-e-extended')).toMatchObject({ amount: 45 });
    expect(clock('uk-fos', 'fos-eight-weeks')).toMatchObject({ amount: 8, unit: 'weeks' });
    expect(clock('uk-fos', 'fos-payment-services')).toMatchObject({
      amount: 15,
      unit: 'business_days',
    });
    expect(clock('uk-fos', 'fos-payment-services-exceptional')).toMatchObject({ amount: 35 });
    expect(clock('uk-fos', 'fos-refer-within')).toMatchObject({
      amount: 6,
      unit: 'months',
      startsAt: 'final_response',
    });
    expect(clock('my-ofs', 'ofs-refer-within')).toMatchObject({ amount: 6, unit: 'months' });
  });

  it('states the clocks the regulators’ own pages give (research of November 2026)', () => {
    const clock = (channel: string, id: string) =>
      ESCALATION_CHANNELS.find((c) => c.id === channel)?.clocks.find((k) => k.id === id);
    const ids = (channel: string) =>
      ESCALATION_CHANNELS.find((c) => c.id === channel)?.clocks.map((k) => k.id);
    // Philippines: 7 days for a simple complaint, 45 for a complex one (MORB Appendix 115).
    expect(ids('ph-bsp')).toEqual(['bsp-simple', 'bsp-complex']);
    expect(clock('ph-bsp', 'bsp-simple')).toMatchObject({ amount: 7, unit: 'calendar_days' });
    expect(clock('ph-bsp', 'bsp-complex')).toMatchObject({ amount: 45, unit: 'calendar_days' });
    // Malaysia: the OFS after 60 days without a reply.
    expect(clock('my-ofs', 'ofs-no-reply')).toMatchObject({
      amount: 60,
      startsAt: 'first_contact',
    });
    // Australia: 30 days for the firm, 2 years after its answer, 6 years at the outside.
    expect(clock('au-afca', 'afca-idr-30-days')).toMatchObject({ amount: 30, owner: 'provider' });
    expect(clock('au-afca', 'afca-two-years')).toMatchObject({ amount: 24, unit: 'months' });
    expect(clock('au-afca', 'afca-six-years')).toMatchObject({ amount: 72, unit: 'months' });
    // Regulation E: the liability tiers, and the 90-day and results-notice variants in words.
    expect(clock('us-reg-e', 'reg-e-lost-access')).toMatchObject({
      amount: 2,
      unit: 'business_days',
      owner: 'you',
    });
    expect(clock('us-reg-e', 'reg-e-extended')?.label.en).toMatch(/90 days.*point-of-sale/);
    expect(clock('us-reg-e', 'reg-e-investigate')?.label.en).toMatch(/3 business days/);
    // India: one year after the reply, or one year and 30 days when there is none.
    expect(clock('in-rbi-cms', 'rbi-one-year')).toMatchObject({ amount: 12, unit: 'months' });
    expect(clock('in-rbi-cms', 'rbi-no-reply')).toMatchObject({
      amount: 395,
      startsAt: 'first_contact',
    });
    // Sources: the regulators' own pages, no vendor blog or number aggregator.
    for (const channel of ESCALATION_CHANNELS) {
      for (const k of channel.clocks) {
        expect(k.source, `${channel.id} ${k.id}`).not.toMatch(
          /marqeta|increase\.com|consumercomplianceoutlook|respicio|economictimes|pep\.paypal/,
        );
      }
    }
  });

  it('shows no postal address that no current source confirms', () => {
    const postal = Object.fromEntries(
      ESCALATION_CHANNELS.filter((c) => c.postal).map((c) => [c.id, c.postal]),
    );
    expect(Object.keys(postal)).toEqual(['au-afca']);
  });

  it('marks numbers seen only on third-party pages as secondary', () => {
    const phone = (channel: string, number: string) =>
      ESCALATION_CHANNELS.find((c) => c.id === channel)?.phones.find((p) => p.number === number);
    expect(phone('uk-fos', '0300 123 9 123')?.secondary).toBe(false);
    expect(phone('uk-fos', '0800 023 4567')?.secondary).toBe(true);
    expect(phone('in-rbi-cms', '14448')?.secondary).toBe(true);
    expect(phone('au-afca', '1800 931 678')?.secondary).toBe(false);
  });

  it('routes Hong Kong, Taiwan, Singapore and Ireland only to bodies there', () => {
    const ids = (region: string) => channelsForRegion(region).map((c) => c.id);
    expect(ids('HK')).toEqual(['hk-hkma-svf']);
    expect(ids('TW')).toEqual(['tw-foi']);
    expect(ids('SG')).toEqual(['sg-fidrec']);
    expect(ids('IE')).toEqual(['ie-fspo']);
    for (const region of ['HK', 'TW', 'MO']) {
      expect(ids(region).filter((id) => id.startsWith('cn-'))).toEqual([]);
    }
  });
});

describe('clocks of a case', () => {
  it('tells a UK payment-services complainant when they may go to the FOS', () => {
    const record = paypalCase({
      status: 'waiting_for_provider',
      contacts: [
        {
          id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
          channel: 'phone',
          at: '2026-11-25T15:00:00.000+08:00',
        },
      ],
    });
    const atDay = (iso: string) =>
      caseClocks(record, new Date(iso), 'UTC').find((c) => c.clock.id === 'fos-payment-services')!
        .position!;
    expect(atDay('2026-12-16T08:00:00Z')).toMatchObject({ due: '2026-12-16', passed: false });
    const after = atDay('2026-12-17T01:00:00Z');
    expect(after.passed).toBe(true);
    expect(after.elapsed).toBe(16);
    // The clock not yet started: no final response.
    const refer = caseClocks(record, new Date('2026-12-17T01:00:00Z'), 'UTC').find(
      (c) => c.clock.id === 'fos-refer-within',
    );
    expect(refer?.position).toBeNull();
  });

  it('counts days in the case’s time zone, not the device’s', () => {
    // Logged at 07:30 on Thursday 26 November in Shanghai = still Wednesday in UTC.
    const record = paypalCase({
      contacts: [
        {
          id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
          channel: 'chat',
          at: '2026-11-26T07:30:00.000+08:00',
        },
      ],
    });
    const fos = caseClocks(record, new Date('2026-11-27T00:00:00Z'), 'UTC').find(
      (c) => c.clock.id === 'fos-payment-services',
    )!;
    expect(fos.position?.start).toBe('2026-11-26');
    expect(fos.position?.due).toBe('2026-12-17');
  });
});

describe('clocks by product', () => {
  const firstContact = [
    {
      id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      channel: 'phone' as const,
      at: '2026-11-25T15:00:00.000+08:00',
    },
  ];
  const fosClocks = (providerId: string) =>
    caseClocks(
      { ...paypalCase({ contacts: firstContact }), providerId },
      new Date('2026-12-01T00:00:00Z'),
      'UTC',
    )
      .filter((c) => c.channel.id === 'uk-fos')
      .map((c) => c.clock.id);

  it('gives a payment wallet the FOS payment-services clocks, not the 8 weeks', () => {
    expect(fosClocks('paypal')).toContain('fos-payment-services');
    expect(fosClocks('paypal')).not.toContain('fos-eight-weeks');
  });

  it('gives a credit provider the 8 weeks, not the payment-services clocks', () => {
    expect(fosClocks('klarna')).toContain('fos-eight-weeks');
    expect(fosClocks('klarna')).not.toContain('fos-payment-services');
  });
});

describe('escalation table kinds', () => {
  it('marks Regulation E as rules the provider must follow, not a place to escalate to', () => {
    expect(ESCALATION_CHANNELS.find((c) => c.id === 'us-reg-e')?.kind).toBe('rules');
    expect(ESCALATION_CHANNELS.find((c) => c.id === 'us-cfpb')?.kind).toBe('channel');
  });
});
