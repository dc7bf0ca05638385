import { createCase } from '../../lib/cases/operations';
import type { CaseRecord } from '../../lib/cases/schema';

/** 25 November 2026, 14:03 in Shanghai (06:03 UTC), a Wednesday. */
export const NOW = new Date('2026-11-25T06:03:00.000Z');
export const SHANGHAI = { now: NOW, offsetMinutes: 480 };

/** A logged phone call with every detail: agent, employee id, reference, promise. */
export const PHONE_CALL: CaseRecord['contacts'][number] = {
  id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  channel: 'phone',
  at: '2026-11-25T15:00:00.000+08:00',
  agentName: 'Lee',
  employeeId: 'A1024',
  reference: 'PP-778812',
  promised: 'Call back',
  promisedBy: '2026-11-30',
};

/** A case for a failed PayPal payment, as started from a detection. */
export function paypalCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const record = createCase(
    {
      id: '0b6a3f4e-8d2c-4c1b-9f6e-2a7d5c3b1e90',
      providerId: 'paypal',
      state: 'payment_failed',
      region: 'GB',
      facts: {
        occurredAt: '2026-11-25T14:03:00.000+08:00',
        timeZone: 'Asia/Shanghai',
        amount: '24.50',
        currency: 'USD',
        amountText: '$24.50 USD',
        merchant: 'Coffee Corner Ltd.',
        transactionId: '7XK29341AB',
        device: 'Windows',
        browser: 'Chrome 131',
        tried: 'Retried once and checked my balance',
      },
    },
    SHANGHAI,
  );
  return { ...record, ...overrides };
}
