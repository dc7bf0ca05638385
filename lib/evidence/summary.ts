import { z } from 'zod';
import { StateIdSchema } from '../states';
import { OutsideCategorySchema, Sha256Schema, type CaptureRecord } from './schema';

/**
 * The light index of the evidence locker: one small summary per stored record, in its own store
 * (`summaries`), written in the same transaction as the record it describes. The locker lists a
 * thousand records from it without reading or validating a thousand full records (artifacts,
 * page info, chain links); the full record is read, and validated, only when it is opened or
 * exported.
 *
 * A record that failed validation when its summary was made (a damaged record kept as it was)
 * gets a summary that says so, so the locker can still count it without listing it.
 */

/** What a locker row shows and filters on. Every text is the record's own (untrusted page text). */
export const RecordSummarySchema = z
  .object({
    id: z.string().min(1),
    /** Sort key of the `by-time` index; empty for a damaged record. */
    capturedAtUtc: z.string(),
    capturedAt: z.string(),
    providerId: z.string().nullable(),
    state: StateIdSchema.nullable(),
    caseId: z.string().nullable(),
    title: z.string(),
    url: z.string(),
    /** The first screenshot, for the row's thumbnail. */
    thumbnail: Sha256Schema.nullable(),
    /** For a file added from outside the browser: what the person called it. */
    file: z
      .object({
        category: OutsideCategorySchema,
        description: z.string(),
        fileName: z.string(),
      })
      .strict()
      .nullable(),
    /** When an imported record was imported; `null` for the person's own. */
    importedAt: z.string().nullable(),
    /** Why the stored record failed validation; absent for a valid record. */
    damaged: z.string().optional(),
  })
  .strict();
export type RecordSummary = z.infer<typeof RecordSummarySchema>;

/** The summary of a (validated) record. */
export function summaryOf(record: CaptureRecord): RecordSummary {
  const thumbnail = record.artifacts.find(
    (a) => a.kind === 'screenshot-visible' || a.kind === 'screenshot-full',
  );
  return {
    id: record.id,
    capturedAtUtc: record.capturedAtUtc,
    capturedAt: record.capturedAt,
    providerId: record.providerId,
    state: record.state,
    caseId: record.caseId,
    title: record.title,
    url: record.url,
    thumbnail: thumbnail?.sha256 ?? null,
    file: record.file
      ? {
          category: record.file.category,
          description: record.file.description,
          fileName: record.file.fileName,
        }
      : null,
    importedAt: record.origin?.importedAt ?? null,
  };
}

/** The summary of a stored value that does not validate: counted as damaged, never listed. */
export function damagedSummary(id: string, error: string): RecordSummary {
  return {
    id,
    capturedAtUtc: '',
    capturedAt: '',
    providerId: null,
    state: null,
    caseId: null,
    title: '',
    url: '',
    thumbnail: null,
    file: null,
    importedAt: null,
    damaged: error.slice(0, 2000),
  };
}
