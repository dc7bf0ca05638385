import { describeUserAgent } from '../environment';
import type { CaptureDraft, CaptureRecordV1 } from '../schema';

/**
 * Schema version 1 → 2: the Foundation's record gains the fields version 2 adds, with values
 * that say honestly what is unknown (no page info, no extracted fields, source `legacy`). Its
 * chain position is given by the database upgrade, which links old records in time order.
 */
export function migrateV1ToV2(old: CaptureRecordV1): CaptureDraft {
  const { browser, os } = describeUserAgent(old.userAgent);
  return {
    schemaVersion: 2,
    id: old.id,
    capturedAt: old.capturedAt,
    capturedAtUtc: old.capturedAtUtc,
    timeZone: old.timeZone,
    url: old.url,
    title: old.title,
    providerId: old.providerId,
    state: old.state,
    detectedAt: null,
    fields: {},
    extensionVersion: old.extensionVersion,
    userAgent: old.userAgent,
    browser,
    os,
    page: null,
    source: 'legacy',
    artifacts: old.artifacts.map((a) => ({ ...a })),
    notes: '',
    tags: [],
    caseId: null,
    redactions: [],
  };
}
