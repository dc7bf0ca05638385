import { z } from 'zod';
import { CaptureRecordSchema } from '../schema';
import { damagedSummary, summaryOf, type RecordSummary } from '../summary';

/**
 * Database version 3 → 4: the locker's light index. Every stored record gets its summary (see
 * `summary.ts`), made from the record validated in full once, here. A stored value that does not
 * validate is left exactly as it was; its summary only says that it is damaged and why, so the
 * locker keeps reporting it. Nothing is changed or dropped: the step only adds summaries.
 */
export function summaryOfStored(key: string, value: unknown): RecordSummary {
  const parsed = CaptureRecordSchema.safeParse(value);
  return parsed.success
    ? summaryOf(parsed.data)
    : damagedSummary(key, z.prettifyError(parsed.error));
}
